@testable import BriefRuntime
import Foundation
import SystemPackage
import XCTest

final class OutputTargetTests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: scratch) }

    func testTemporaryFilesAreNeverOpenedThroughWhatIsPlanted() throws {
        let victim = scratch.appendingPathComponent("victim").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
        let link = FilePath(scratch.appendingPathComponent(".x.pdf.planted.tmp").path)
        try FileManager.default.createSymbolicLink(atPath: link.string, withDestinationPath: victim)
        XCTAssertThrowsError(try OutputTarget.openExclusively(link)) { XCTAssertEqual($0 as? Errno, .fileExists) }
        let dangling = FilePath(scratch.appendingPathComponent(".y.pdf.planted.tmp").path)
        try FileManager.default.createSymbolicLink(atPath: dangling.string, withDestinationPath: scratch.appendingPathComponent("new").path)
        XCTAssertThrowsError(try OutputTarget.openExclusively(dangling)) { XCTAssertEqual($0 as? Errno, .fileExists) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("new").path))
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep")
    }

    func testWritingIsAllOrNothing() throws {
        let good = try OutputTarget(scratch.appendingPathComponent("a/page-1.png").path)
        // The second file's folder cannot be made (a file stands where the folder would be).
        try Data("x".utf8).write(to: scratch.appendingPathComponent("blocker"))
        let bad = try OutputTarget(scratch.appendingPathComponent("blocker/page-2.png").path)
        XCTAssertThrowsError(try OutputTarget.write([(good, Data("1".utf8)), (bad, Data("2".utf8))])) {
            XCTAssertEqual(($0 as? Failure)?.kind, .cannotWrite)
        }
        let left = FileManager.default.enumerator(atPath: scratch.path)?.allObjects as? [String] ?? []
        XCTAssertEqual(left.sorted(), ["a", "blocker"], "no page and no temporary file written")
        XCTAssertTrue(TemporaryFiles.registeredPaths().isEmpty)
    }

    func testANewFileReplacesTheOldOneWhole() throws {
        let name = scratch.appendingPathComponent("brief.pdf").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: name))
        let written = try OutputTarget.write([(try OutputTarget(name), Data("new".utf8))])
        XCTAssertEqual(written, [name])
        XCTAssertEqual(try String(contentsOfFile: name, encoding: .utf8), "new")
        XCTAssertTrue(TemporaryFiles.registeredPaths().isEmpty)
    }

    func testNamesThatAreNoFiles() {
        XCTAssertThrowsError(try OutputTarget("")) { XCTAssertEqual(($0 as? Failure)?.kind, .usage) }
        XCTAssertThrowsError(try OutputTarget("out/")) { XCTAssertEqual(($0 as? Failure)?.kind, .cannotWrite) }
        XCTAssertThrowsError(try OutputTarget(scratch.path)) { XCTAssertEqual(($0 as? Failure)?.kind, .cannotWrite) }
        XCTAssertEqual(try OutputTarget("-").destination, .standardOutput)
    }
}
