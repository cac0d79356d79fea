import BriefCommands
import BriefRuntime
import Foundation
import XCTest

/// Four threads rendering the reference brief at once, each with its own pipeline (and so its own font
/// library), give the same bytes as one thread alone.
final class ParallelRenderingTests: XCTestCase {
    /// What the threads share: the warm-up lock, the start signal and the results.
    final class Shared: @unchecked Sendable {
        let warmUp = NSLock()
        let warmed = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        private let lock = NSLock()
        private(set) var outputs: [(thread: Int, round: Int, bytes: Data)] = []
        private(set) var failures: [String] = []

        func record(thread: Int, round: Int, bytes: Data) { lock.withLock { outputs.append((thread, round, bytes)) } }
        func fail(_ message: String) { lock.withLock { failures.append(message) } }
    }

    var scratch: URL!

    override func setUpWithError() throws {
        try EndToEndTests.requireReferenceArticle()
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// Renders the reference brief with `pipeline` to a file named `name`; returns its bytes.
    static func render(_ pipeline: Pipeline, to path: String, contents: Bool) throws -> Data {
        let article = try pipeline.articles(at: EndToEndTests.reference)[0]
        let files = try pipeline.render(pipeline.facts(for: article), options: Pipeline.RenderOptions(contents: contents))
        try OutputTarget.write([(try OutputTarget(path), files[0])])
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func testFourThreadsGiveTheBytesOfOne() throws {
        try compareParallelWithSerial(threads: 4, rounds: 3, contents: false)
    }

    func testFourThreadsGiveTheBytesOfOneWithContents() throws {
        try compareParallelWithSerial(threads: 4, rounds: 2, contents: true)
    }

    /// Renders in `threads` threads, `rounds` times each after a warm-up render taken in turn (advice of
    /// CAIRO-PANGO-NOTES.md; without it, 12 fresh processes of 4 cold threads also gave identical bytes),
    /// then once serially afterwards, and compares every file with the serial one.
    func compareParallelWithSerial(threads: Int, rounds: Int, contents: Bool) throws {
        let shared = Shared()
        let folder = scratch!
        for thread in 0..<threads {
            shared.warmed.enter()
            shared.finished.enter()
            let worker = Thread {
                defer { shared.finished.leave() }
                var warmedUp = false
                do {
                    // Each thread its own pipeline and font library; one warm-up render per thread, in turn.
                    let pipeline = try Pipeline()
                    let warmPath = folder.appendingPathComponent("warm-\(thread).pdf").path
                    let warm = try shared.warmUp.withLock { try Self.render(pipeline, to: warmPath, contents: contents) }
                    shared.record(thread: thread, round: -1, bytes: warm)
                    warmedUp = true
                    shared.warmed.leave()
                    shared.start.wait()
                    for round in 0..<rounds {
                        let path = folder.appendingPathComponent("t\(thread)-r\(round).pdf").path
                        shared.record(thread: thread, round: round, bytes: try Self.render(pipeline, to: path, contents: contents))
                    }
                } catch {
                    shared.fail("thread \(thread): \(error)")
                    if !warmedUp { shared.warmed.leave() }
                }
            }
            worker.stackSize = 4 << 20
            worker.start()
        }
        XCTAssertEqual(shared.warmed.wait(timeout: .now() + 120), .success, "warm-up did not finish")
        for _ in 0..<threads { shared.start.signal() }
        XCTAssertEqual(shared.finished.wait(timeout: .now() + 300), .success, "parallel renders did not finish")

        let serial = try Self.render(Pipeline(), to: scratch.appendingPathComponent("serial.pdf").path, contents: contents)
        XCTAssertGreaterThan(serial.count, 20_000)
        XCTAssertEqual(String(decoding: serial.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertEqual(shared.failures, [])
        XCTAssertEqual(shared.outputs.count, threads * (rounds + 1))
        for output in shared.outputs.sorted(by: { ($0.thread, $0.round) < ($1.thread, $1.round) }) {
            XCTAssertEqual(output.bytes.count, serial.count, "thread \(output.thread) round \(output.round): size differs")
            XCTAssertTrue(output.bytes == serial, "thread \(output.thread) round \(output.round): bytes differ from the serial render")
        }
    }
}
