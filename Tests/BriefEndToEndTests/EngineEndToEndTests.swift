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
        try Self.requireReferenceArticle()
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
        try Self.requireReferenceArticle()
        let pdf = scratch.appendingPathComponent("plain.pdf").path
        XCTAssertEqual(try brief(["build", Self.reference, "-o", pdf]).status, 0)
        XCTAssertFalse(try outlinePages(pdf).contains { $0.title == "Contents" })
    }
}

extension EndToEndTests {
    func testTheBriefIsATaggedPDFInEnglish() throws {
        try Self.requireReferenceArticle()
        let pdf = scratch.appendingPathComponent("tagged.pdf").path
        XCTAssertEqual(try brief(["build", Self.reference, "-o", pdf, "--contents"]).status, 0)
        XCTAssertEqual(field("Tagged", in: try tool("pdfinfo", [pdf]).stdout), "yes")
        let check = try tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertFalse(check.stderr.contains("WARNING"), check.stderr)

        // One Document root holding the blocks in reading order; poppler finds nothing to warn about.
        let structure = try tool("pdfinfo", ["-struct", pdf])
        XCTAssertFalse(structure.stderr.contains("Warning"), structure.stderr)
        let elements = structure.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(elements.first, "Document")
        for role in ["H1 (block)", "H2 (block)", "TOC", "P (block)", "L (block)", "LI (block)", "Table (block)", "Figure", "Div", "Link (inline)"] {
            XCTAssertTrue(elements.contains(role), "no \(role) element")
        }
        // Headings come in reading order.
        let headings = elements.filter { $0.hasPrefix("H2") }.count
        XCTAssertGreaterThanOrEqual(headings, 8)

        // The paragraphs' text is in the structure (beside the links, in spans).
        let text = try tool("pdfinfo", ["-struct-text", pdf]).stdout
        XCTAssertTrue(text.contains("\"Who spoke\""))
        XCTAssertTrue(text.contains("\"The Federal Investigation Agency"), "paragraph text missing from the structure")

        let qdf = scratch.appendingPathComponent("tagged-qdf.pdf").path
        XCTAssertEqual(try tool("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]).status, 0)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        XCTAssertTrue(raw.contains("/Lang (en)"))
        XCTAssertEqual(raw.components(separatedBy: "/MarkInfo").count, 2, "one /MarkInfo")
    }

    func testTaggedOutputIsTheSameBytesWithAndWithoutContents() throws {
        try Self.requireReferenceArticle()
        for flags in [[], ["--contents"]] {
            let a = scratch.appendingPathComponent("a.pdf").path, b = scratch.appendingPathComponent("b.pdf").path
            XCTAssertEqual(try brief(["build", Self.reference, "-o", a] + flags).status, 0)
            XCTAssertEqual(try brief(["build", Self.reference, "-o", b] + flags).status, 0)
            XCTAssertEqual(FileManager.default.contents(atPath: a), FileManager.default.contents(atPath: b), "\(flags)")
        }
    }
}

extension EndToEndTests {
    /// The sample's facts with `change` applied, written to `name` (without an origin, so errors name this file).
    func editedFacts(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> String {
        let sample = Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path
        let path = scratch.appendingPathComponent(name).path
        XCTAssertEqual(try brief(["extract", sample, "-o", path]).status, 0)
        var json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        json.removeValue(forKey: "origin")
        change(&json)
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testASpeakerRowTallerThanAPageSplitsAcrossPages() throws {
        let words = (1...900).map { "Department\($0)" }.joined(separator: " ")
        let facts = try editedFacts("tall-row.json") { json in
            var speakers = json["speakers"] as? [[String: Any]] ?? []
            speakers[0]["organisation"] = "Organisation of " + words + " Endmark"
            json["speakers"] = speakers
        }
        let pdf = scratch.appendingPathComponent("tall-row.pdf").path
        let run = try brief(["render", facts, "-o", pdf])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try tool("qpdf", ["--check", pdf]).status, 0)
        let text = try tool("pdftotext", [pdf, "-"]).stdout
        XCTAssertTrue(text.contains("Organisation of Department1\n"), "the start of the name")
        XCTAssertTrue(text.contains("Endmark"), "the end of the name")
        let pages = try XCTUnwrap(field("Pages", in: try tool("pdfinfo", [pdf]).stdout).flatMap { Int($0) })
        XCTAssertGreaterThan(pages, 4)
    }

    func testATitleTallerThanAPageIsOneLayoutErrorWithExitCode70() throws {
        let facts = try editedFacts("tall-title.json") { json in
            json["headline"] = (1...1500).map { "headline\($0)" }.joined(separator: " ")
        }
        try expectFailure(["render", facts, "-o", scratch.appendingPathComponent("x.pdf").path], status: 70, naming: facts)
        let run = try brief(["render", facts, "-o", scratch.appendingPathComponent("x.pdf").path])
        XCTAssertTrue(run.stderr.contains("title block is taller than an empty page frame"), run.stderr)
    }
}
