import Foundation
import XCTest

/// The input size limit: an article over it fails at once with one line naming the file and the limit,
/// exit 65, and no output; `--max-input-size` moves the limit.
extension EndToEndTests {
    /// A plain-text article of about `bytes` bytes (one paragraph repeated), written to the scratch folder.
    func largeArticle(named name: String, bytes: Int) -> String {
        let paragraph = "ISLAMABAD: Officials of the agency said on Friday that the network had moved migrants from "
            + "Pakistan through Iran and Turkey to Greece, and that further arrests would follow.\n"
        var text = "A long article\n\n"
        text += String(repeating: paragraph, count: bytes / paragraph.utf8.count + 1)
        let path = scratch.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func testAnArticleOverTheDefaultLimitFailsAtOnce() throws {
        let path = largeArticle(named: "huge.txt", bytes: 5_200_000)
        let output = scratch.appendingPathComponent("huge.pdf").path
        for command in ["build", "extract"] {
            try expectFailure([command, path, "-o", output], status: 65, naming: path)
            let run = try brief([command, path, "-o", output])
            XCTAssertTrue(run.stderr.contains("over the input size limit of 5 MB"), run.stderr)
            XCTAssertTrue(run.stderr.contains("--max-input-size"), run.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        }
    }

    func testTheLimitCanBeLoweredAndRaised() throws {
        let path = largeArticle(named: "middling.txt", bytes: 300_000)
        let json = scratch.appendingPathComponent("facts.json").path
        try expectFailure(["extract", path, "--max-input-size", "200KB", "-o", json], status: 65, naming: path)
        let lowered = try brief(["extract", path, "--max-input-size", "200KB", "-o", json])
        XCTAssertTrue(lowered.stderr.contains("over the input size limit of 200 KB"), lowered.stderr)

        let raised = try brief(["extract", path, "--max-input-size", "1MB", "-o", json])
        XCTAssertEqual(raised.status, 0, raised.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: json))
    }

    func testAMeaninglessLimitIsABadCommandLine() throws {
        let path = largeArticle(named: "small.txt", bytes: 2_000)
        for size in ["lots", "-5MB", "0", ""] {
            let run = try brief(["extract", path, "--max-input-size", size])
            XCTAssertEqual(run.status, 64, "\(size): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--max-input-size"), run.stderr)
        }
    }

    func testEachLineOfAFeedHasTheLimit() throws {
        let body = String(repeating: "Smugglers moved the group from Libya to Italy by boat, officials said. ", count: 40)
        let line = "{\"headline\": \"Boat reaches Lampedusa\", \"body\": \"\(body)\", \"published\": \"2024-05-02\"}"
        let path = scratch.appendingPathComponent("feed.jsonl").path
        _ = FileManager.default.createFile(atPath: path, contents: Data((line + "\n").utf8))
        let run = try brief(["extract", path, "--max-input-size", "1KB"])
        XCTAssertEqual(run.status, 65, run.stderr)
        XCTAssertTrue(run.stderr.contains("line 1 is"), run.stderr)
        XCTAssertTrue(run.stderr.contains("over the input size limit of 1 KB"), run.stderr)
    }
}
