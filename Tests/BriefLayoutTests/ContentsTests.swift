import BriefGraphics
import BriefLayout
import BriefModel
import XCTest

/// The table of contents: page numbers that agree with where the sections land, found by laying the report
/// out again until they stop changing.
final class ContentsTests: XCTestCase {
    var fonts: FontLibrary { FlowEngineTests.fonts }

    /// A report of `count` sections of a few lines each, so that several start on the first page.
    func report(sections count: Int, sentences: Int = 3) -> Report {
        Report(info: GoldenReports.info, subtitle: "Contents", sections: (0..<count).map { s in
            Section(id: "sec\(s)", title: "Section \(s + 1): " + GoldenReports.sentences[s % 6].prefix(40),
                    blocks: [.paragraph(RichText(plain: GoldenReports.text(sentences, from: s)))])
        })
    }

    /// The (destination, printed page number) of every contents line, in order.
    func contentsLines(_ document: LaidOutDocument) -> [(destination: String, number: String)] {
        var lines: [(String, String)] = []
        for page in document.pages {
            for block in page.blocks where block.kind == "contents" {
                var number: String?
                for item in page.items[block.items] {
                    switch item {
                    case .text(let text, _, _) where text.style.alignment == .right:
                        number = text.lineTexts().joined()
                    case .link(_, let target):
                        lines.append((String(target.dropFirst()), number ?? ""))
                        number = nil
                    default: break
                    }
                }
            }
        }
        return lines
    }

    func footers(_ document: LaidOutDocument) -> [String] {
        document.pages.flatMap { page in
            page.items.compactMap { item -> String? in
                guard case .text(let text, _, _) = item else { return nil }
                let line = text.lineTexts().joined()
                return line.hasPrefix("Page ") ? line : nil
            }
        }
    }

    func assertNumbersAgree(_ document: LaidOutDocument, entries: Int, file: StaticString = #filePath, line: UInt = #line) {
        let pages = Dictionary(document.outline.map { ($0.destination, $0.page) }, uniquingKeysWith: { a, _ in a })
        let lines = contentsLines(document)
        XCTAssertEqual(lines.count, entries, file: file, line: line)
        for entry in lines {
            XCTAssertEqual(entry.number, pages[entry.destination].map(String.init), "\(entry.destination)", file: file, line: line)
        }
        // "Page N of M" agrees with the final pass.
        let count = document.pages.count
        XCTAssertEqual(footers(document), (1...count).map { "Page \($0) of \(count)" }, file: file, line: line)
    }

    func testTheContentsPushesSectionsOverleafAndItsNumbersFollow() throws {
        let report = report(sections: 9)
        let without = try ReportLayout(fonts: fonts, contents: .never).layout(report)
        let with = try ReportLayout(fonts: fonts, contents: .always).layout(report)
        XCTAssertEqual(without.layoutPasses, 1)
        XCTAssertGreaterThanOrEqual(with.layoutPasses, 2)
        XCTAssertLessThanOrEqual(with.layoutPasses, 4)
        assertNumbersAgree(with, entries: 9)

        let before = Dictionary(without.outline.map { ($0.destination, $0.page) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(with.outline.map { ($0.destination, $0.page) }, uniquingKeysWith: { a, _ in a })
        // The contents takes room on page 1: a section that started there now starts later, and the
        // contents says so.
        let pushed = report.sections.map(\.id).filter { before[$0] == 1 && (after[$0] ?? 0) > 1 }
        XCTAssertFalse(pushed.isEmpty, "no section moved: \(before) \(after)")
        XCTAssertGreaterThan(with.pages.count, without.pages.count - 1)
        XCTAssertEqual(with.outline.first?.destination, ReportLayout.contentsDestination)
    }

    func testAContentsLongerThanAPageSplitsBetweenEntries() throws {
        let document = try ReportLayout(fonts: fonts).layout(report(sections: 70, sentences: 1))
        let pieces = document.pages.flatMap(\.blocks).filter { $0.kind == "contents" }
        XCTAssertGreaterThan(pieces.count, 1, "70 entries take more than a page")
        XCTAssertTrue(pieces.dropFirst().allSatisfy(\.continued))
        assertNumbersAgree(document, entries: 70)
        XCTAssertTrue(contentsLines(document).contains { Int($0.number) ?? 0 >= 3 })
    }

    func testAutomaticContentsOnlyForLongReports() throws {
        let short = try ReportLayout(fonts: fonts).layout(report(sections: 8))
        XCTAssertFalse(short.pages.flatMap(\.blocks).contains { $0.kind == "contents" })
        let long = try ReportLayout(fonts: fonts).layout(report(sections: 10))
        XCTAssertTrue(long.pages.flatMap(\.blocks).contains { $0.kind == "contents" })
    }

    func testAContentsBlockPlacedByTheReportIsSetWhereItStands() throws {
        var report = report(sections: 4)
        report.sections.insert(Section(id: "toc", title: "In this brief", blocks: [.contents]), at: 1)
        let document = try ReportLayout(fonts: fonts, contents: .always).layout(report)
        let kinds = document.pages.flatMap(\.blocks).map(\.kind)
        XCTAssertEqual(kinds.filter { $0 == "contents" }.count, 1, "only the report's own contents")
        XCTAssertEqual(Array(kinds.prefix(6)), ["title", "heading", "paragraph", "heading", "contents", "heading"])
        assertNumbersAgree(document, entries: 5)
    }

    func testEntriesAreLaidOutToTheRightEdgeWithLeaders() throws {
        let document = try ReportLayout(fonts: fonts, contents: .always).layout(report(sections: 3))
        let page = document.pages[0]
        let block = try XCTUnwrap(page.blocks.first { $0.kind == "contents" })
        var leaders = 0
        for item in page.items[block.items] {
            if case .line(let from, let to, _, _, let dash) = item {
                leaders += 1
                XCTAssertFalse(dash.isEmpty, "a dotted leader")
                XCTAssertLessThan(from.x, to.x)
                // It runs up to the number (right-aligned in a 30 pt column), not under it.
                XCTAssertGreaterThan(to.x, block.frame.maxX - 30 - 8)
                XCTAssertLessThan(to.x, block.frame.maxX - 8)
            }
            if case .text(let text, _, let origin) = item, text.style.alignment == .right, let line = text.lines.first {
                XCTAssertEqual(origin.x + line.x + line.width, block.frame.maxX, accuracy: 0.5, "numbers set right")
            }
        }
        XCTAssertEqual(leaders, 3)
    }
}
