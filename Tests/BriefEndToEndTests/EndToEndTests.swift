import Foundation
import XCTest

/// The `brief` binary on real articles: the PDF it writes is opened with qpdf and poppler's tools and
/// checked for what a reader would see; bad input must give one error line and leave no file behind.
final class EndToEndTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var reference: String { corpus.appendingPathComponent("articles/00-dawn-islamabad.txt").path }

    /// Skips a test that reads the reference article of the shared corpus when no `shared/` lies beside the clone.
    static func requireReferenceArticle() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: reference),
                          "needs the shared corpus's reference article at \(reference), which is not beside this clone")
    }

    var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: The reference brief

    func testReferenceArticleGivesACleanBriefThatNamesItsFacts() throws {
        try Self.requireReferenceArticle()
        let pdf = scratch.appendingPathComponent("dawn.pdf").path
        let run = try brief(["build", Self.reference, "-o", pdf])
        XCTAssertEqual(run.status, 0, run.stderr)

        let check = try tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)

        let info = try tool("pdfinfo", [pdf]).stdout
        let pages = try XCTUnwrap(field("Pages", in: info).flatMap { Int($0) })
        XCTAssertTrue((2...4).contains(pages), "a 2–4 page brief, got \(pages)")
        XCTAssertEqual(field("Title", in: info), "World cooperation sought to fight human smuggling")
        XCTAssertEqual(field("Page size", in: info)?.hasPrefix("595.28 x 841.89"), true)
        XCTAssertTrue(info.contains("CreationDate:    Sat Apr 27 00:00:00 2024"), info)

        let text = try tool("pdftotext", ["-layout", pdf, "-"]).stdout
        for name in ["Syrus Sajjad Qazi", "Jeremy Milsom", "Philipp Gross"] {
            XCTAssertTrue(text.contains(name), "speaker \(name) missing from the brief")
        }
        for expected in ["350", "Page 1 of \(pages)", "Page \(pages) of \(pages)", "Federal Investigation Agency",
                         "Pakistan", "Iran", "Turkey", "European Union", "June 2023", "November 2023", "Sources"] {
            XCTAssertTrue(text.contains(expected), "\"\(expected)\" missing from the brief")
        }

        // Bookmarks mirror the sections.
        let outline = try tool("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outline.utf8)) as? [String: Any])
        let titles = (json["outlines"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        for section in ["Summary", "Who convened", "Who spoke", "Smuggling routes", "Incidents", "Timeline", "Outlook", "Sources"] {
            XCTAssertTrue(titles.contains(section), "no bookmark for \(section): \(titles)")
        }

        let fonts = try tool("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the end but three.
            XCTAssertEqual(columns[columns.count - 5], "yes", "font not embedded: \(line)")
        }
    }

    func testTheSameArticleGivesTheSameBytes() throws {
        try Self.requireReferenceArticle()
        let a = scratch.appendingPathComponent("a.pdf").path, b = scratch.appendingPathComponent("b.pdf").path
        XCTAssertEqual(try brief(["build", Self.reference, "-o", a]).status, 0)
        XCTAssertEqual(try brief(["build", Self.reference, "-o", b]).status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: a), FileManager.default.contents(atPath: b))
    }

    func testExtractThenRenderCorrectedFacts() throws {
        let sample = Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path
        let facts = scratch.appendingPathComponent("facts.json").path
        XCTAssertEqual(try brief(["extract", sample, "-o", facts]).status, 0)
        var json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: facts))) as? [String: Any])
        json["headline"] = "Corrected headline for the brief"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: facts))
        let pdf = scratch.appendingPathComponent("corrected.pdf").path
        let run = try brief(["render", facts, "-o", pdf])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(field("Title", in: try tool("pdfinfo", [pdf]).stdout), "Corrected headline for the brief")
    }

    func testPNGAndSVGHaveAPagePerPDFPage() throws {
        let sample = Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path
        let pdf = scratch.appendingPathComponent("s.pdf").path
        XCTAssertEqual(try brief(["build", sample, "-o", pdf]).status, 0)
        let pages = try XCTUnwrap(field("Pages", in: try tool("pdfinfo", [pdf]).stdout).flatMap { Int($0) })
        for format in ["png", "svg"] {
            let out = scratch.appendingPathComponent("s.\(format)").path
            let run = try brief(["build", sample, "-o", out, "--format", format, "--dpi", "40"])
            XCTAssertEqual(run.status, 0, run.stderr)
            for page in 1...pages {
                XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("s-\(page).\(format)").path))
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("s-\(pages + 1).\(format)").path))
        }
    }

    // MARK: Bad input

    func testMissingFile() throws {
        let path = scratch.appendingPathComponent("nowhere.txt").path
        try expectFailure(["build", path, "-o", scratch.appendingPathComponent("x.pdf").path], status: 66, naming: path)
    }

    func testEmptyFile() throws {
        let path = scratch.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        try expectFailure(["build", path, "-o", scratch.appendingPathComponent("x.pdf").path], status: 65, naming: path)
    }

    func testBinaryFile() throws {
        let path = scratch.appendingPathComponent("image.txt").path
        var bytes = [UInt8](repeating: 0, count: 2048)
        for i in bytes.indices { bytes[i] = UInt8((i * 7919) % 256) }
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        try expectFailure(["build", path, "-o", scratch.appendingPathComponent("x.pdf").path], status: 65, naming: path)
    }

    func testUnwritableOutput() throws {
        let sample = Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path
        let locked = scratch.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
        // Root may write anywhere; then a path under a plain file stands in for an unwritable place.
        let target = FileManager.default.isWritableFile(atPath: locked.path)
            ? scratch.appendingPathComponent("file.txt/brief.pdf").path : locked.appendingPathComponent("brief.pdf").path
        _ = FileManager.default.createFile(atPath: scratch.appendingPathComponent("file.txt").path, contents: Data("x".utf8))
        try expectFailure(["build", sample, "-o", target], status: 73, naming: target)
    }

    func testMalformedFactsFile() throws {
        let path = scratch.appendingPathComponent("facts.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("{\"source\": \"Dawn\"}".utf8))
        try expectFailure(["render", path, "-o", scratch.appendingPathComponent("x.pdf").path], status: 65, naming: path)
    }

    /// One line on standard error naming the file, the exit status, and no PDF (or temporary file) left.
    func expectFailure(_ arguments: [String], status: Int32, naming path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try brief(arguments)
        XCTAssertEqual(run.status, status, run.stderr, file: file, line: line)
        let lines = run.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one error line, got: \(run.stderr)", file: file, line: line)
        XCTAssertTrue(run.stderr.contains(path), "the error names the file: \(run.stderr)", file: file, line: line)
        let left = (FileManager.default.enumerator(atPath: scratch.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".pdf") || $0.contains(".tmp") }
        XCTAssertEqual(left, [], "files left behind", file: file, line: line)
    }

    // MARK: Helpers

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static var binary: URL {
        // The test bundle sits in the products folder beside the binary (or is that folder).
        let bundle = Bundle(for: EndToEndTests.self).bundleURL
        let candidates = [bundle.appendingPathComponent("brief"), bundle.deletingLastPathComponent().appendingPathComponent("brief")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    func brief(_ arguments: [String]) throws -> Run {
        try run(Self.binary.path, arguments)
    }

    func tool(_ name: String, _ arguments: [String]) throws -> Run {
        try run("/usr/bin/env", [name] + arguments)
    }

    func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Self.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func field(_ name: String, in info: String) -> String? {
        for line in info.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
