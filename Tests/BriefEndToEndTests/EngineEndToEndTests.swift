import Foundation
import XCTest

/// Engine features seen through the `brief` binary: the table of contents, tagged PDF, tall table rows.
extension EndToEndTests {
    /// Bookmark titles and their pages (from qpdf).
    func outlinePages(_ pdf: String) throws -> [(title: String, page: Int)] {
        let outline = try tool("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outline.utf8)) as? [String: Any])
        return (json["outlines"] as? [[String: Any]] ?? []).compactMap { entry in
            guard let title = entry["title"] as? String, let page = entry["destpageposfrom1"] as? Int else { return nil }
            return (title, page)
        }
    }

    func testContentsFlagListsEverySectionWithThePageItStartsOn() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.reference), "corpus not present")
        let pdf = scratch.appendingPathComponent("contents.pdf").path
        let run = try brief(["build", Self.reference, "-o", pdf, "--contents"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try tool("qpdf", ["--check", pdf]).status, 0)
        let pages = try XCTUnwrap(field("Pages", in: try tool("pdfinfo", [pdf]).stdout).flatMap { Int($0) })

        // Page 1 as text: each section title, then its page number at the end of the same line.
        let first = try tool("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"]).stdout
        let lines = first.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains("Contents"))
        let sections = try outlinePages(pdf).filter { $0.title != "Contents" }
        XCTAssertGreaterThanOrEqual(sections.count, 6)
        for section in sections {
            let line = lines.first { $0.hasPrefix(section.title + " ") && $0.last?.isNumber == true }
            XCTAssertEqual(line?.split(separator: " ").last.map(String.init), "\(section.page)",
                           "contents line for \(section.title): \(line ?? "none")")
        }
        let last = try tool("pdftotext", ["-layout", "-f", "\(pages)", "-l", "\(pages)", pdf, "-"]).stdout
        XCTAssertTrue(last.contains("Page \(pages) of \(pages)"))

        // Each entry is a link to its section's named destination.
        let qdf = scratch.appendingPathComponent("contents-qdf.pdf").path
        XCTAssertEqual(try tool("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]).status, 0)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        for id in ["summary", "convened", "speakers", "routes", "timeline", "outlook", "sources"] {
            XCTAssertTrue(raw.contains("/Dest (\(id))"), "no link to \(id)")
        }
    }

    func testWithoutTheFlagTheBriefHasNoContents() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: Self.reference), "corpus not present")
        let pdf = scratch.appendingPathComponent("plain.pdf").path
        XCTAssertEqual(try brief(["build", Self.reference, "-o", pdf]).status, 0)
        XCTAssertFalse(try outlinePages(pdf).contains { $0.title == "Contents" })
    }
}
