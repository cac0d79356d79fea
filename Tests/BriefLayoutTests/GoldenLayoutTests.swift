import BriefGraphics
import BriefLayout
import BriefModel
import Foundation
import XCTest

/// Where the engine puts each block of a few hand-built reports, compared with JSON files in `Golden/`.
/// Run with `BRIEF_RECORD_GOLDEN=1` to write the files anew (then review the diff before committing).
final class GoldenLayoutTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    var fonts: FontLibrary { FlowEngineTests.fonts }

    func testBriefWithEveryKindOfBlock() throws {
        try assertGolden("every-kind", GoldenReports.everyKind())
    }

    func testTableAcrossPages() throws {
        try assertGolden("long-table", GoldenReports.longTable())
    }

    func testHeadingsNearThePageFoot() throws {
        try assertGolden("headings-at-foot", GoldenReports.headingsAtFoot())
    }

    func testLongListsAndSourceNotes() throws {
        try assertGolden("lists-and-sources", GoldenReports.listsAndSources())
    }

    // MARK: Snapshot

    /// One block as recorded: frame rounded to 0.01 pt.
    struct GoldenBlock: Codable, Equatable {
        var kind: String
        var x: Double, y: Double, width: Double, height: Double
        var lines: Int?
        var continues: Bool
        var continued: Bool

        init(_ block: PlacedBlock) {
            func round(_ v: Double) -> Double { (v * 100).rounded() / 100 }
            kind = block.kind
            x = round(block.frame.x)
            y = round(block.frame.y)
            width = round(block.frame.width)
            height = round(block.frame.height)
            lines = block.lines
            continues = block.continues
            continued = block.continued
        }

        var summary: String {
            String(format: "%@ y %.2f h %.2f", kind, y, height) + (lines.map { " lines \($0)" } ?? "")
                + (continued ? " (continued)" : "") + (continues ? " (continues)" : "")
        }
    }

    struct GoldenPage: Codable, Equatable {
        var page: Int
        var blocks: [GoldenBlock]
    }

    func assertGolden(_ name: String, _ report: Report, file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try ReportLayout(fonts: fonts).layout(report)
        let actual = document.pages.map { GoldenPage(page: $0.number, blocks: $0.blocks.map(GoldenBlock.init)) }
        let url = Self.folder.appendingPathComponent("\(name).json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        if ProcessInfo.processInfo.environment["BRIEF_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try (encoder.encode(actual) + Data("\n".utf8)).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no golden file \(url.path): run with BRIEF_RECORD_GOLDEN=1 to record it", file: file, line: line)
            return
        }
        let expected = try JSONDecoder().decode([GoldenPage].self, from: data)
        let differences = Self.differences(expected: expected, actual: actual)
        XCTAssertTrue(differences.isEmpty, "\(name): layout differs from Golden/\(name).json "
                      + "(BRIEF_RECORD_GOLDEN=1 records it anew):\n" + differences.joined(separator: "\n"), file: file, line: line)
    }

    /// Human-readable differences, one line per block that moved, changed or appeared.
    static func differences(expected: [GoldenPage], actual: [GoldenPage]) -> [String] {
        var out: [String] = []
        if expected.count != actual.count { out.append("pages: \(expected.count) → \(actual.count)") }
        for index in 0..<max(expected.count, actual.count) {
            let old = index < expected.count ? expected[index].blocks : []
            let new = index < actual.count ? actual[index].blocks : []
            for b in 0..<max(old.count, new.count) {
                let was = b < old.count ? old[b] : nil, now = b < new.count ? new[b] : nil
                guard was != now else { continue }
                let label = "page \(index + 1) block \(b + 1)"
                switch (was, now) {
                case let (was?, now?): out.append("\(label): \(was.summary) → \(now.summary)")
                case let (was?, nil): out.append("\(label): \(was.summary) is gone")
                case let (nil, now?): out.append("\(label): new \(now.summary)")
                default: break
                }
            }
        }
        return out
    }

    func testTheDiffNamesTheBlockThatMoved() {
        let block = GoldenBlock(PlacedBlock(kind: "paragraph", frame: Rect(x: 62, y: 100, width: 471.28, height: 30), lines: 2,
                                            continues: false, continued: false, items: 0..<1))
        var moved = block
        moved.y = 112.5
        let lines = Self.differences(expected: [GoldenPage(page: 1, blocks: [block, block])],
                                     actual: [GoldenPage(page: 1, blocks: [block, moved])])
        XCTAssertEqual(lines, ["page 1 block 2: paragraph y 100.00 h 30.00 lines 2 → paragraph y 112.50 h 30.00 lines 2"])
    }
}

/// Hand-built reports for the golden files: fixed text, no article.
enum GoldenReports {
    static let info = DocumentInfo(title: "Golden report", author: "tests", subject: "layout", created: nil,
                                   runningHeader: "Golden report")

    static let sentences = [
        "Officials from twelve countries met in Islamabad to compare the routes that smugglers use.",
        "The Federal Investigation Agency said it had arrested forty suspects since June.",
        "Delegates agreed to share case files within a week of an arrest.",
        "The coastguard reported that a vessel capsized off the coast with more than three hundred people aboard.",
        "Prosecutors said that the evidence showed payments routed through several intermediaries.",
        "A regional partnership will fund training for border officials over the next two years.",
    ]

    /// `count` sentences from the fixed list, starting at `start`.
    static func text(_ count: Int, from start: Int = 0) -> String {
        (0..<count).map { sentences[(start + $0) % sentences.count] }.joined(separator: " ")
    }

    static func everyKind() -> Report {
        Report(info: info, subtitle: "Dawn, 27 April 2024 · Islamabad", sections: [
            Section(id: "summary", title: "Summary", blocks: [
                .paragraph(RichText(plain: text(4))),
                .keyFigures([KeyFigure(value: "350", label: "dead in the June shipwreck"),
                             KeyFigure(value: "12", label: "countries"), KeyFigure(value: "40", label: "arrests")]),
            ]),
            Section(id: "speakers", title: "Who spoke", blocks: [
                .table(Table(header: ["Speaker", "Role", "Said"], rows: [
                    [RichText(plain: "Syrus Sajjad Qazi"), RichText(plain: "Foreign Secretary"), RichText(plain: text(1))],
                    [RichText(plain: "Jeremy Milsom"), RichText(plain: "UNODC representative"), RichText(plain: text(2, from: 1))],
                    [RichText(plain: "Philipp Gross"), RichText(plain: "European Union"), RichText(plain: text(1, from: 3))],
                ], columnWeights: [2, 2, 4])),
            ]),
            Section(id: "routes", title: "Smuggling routes", blocks: [
                .routeDiagram([["Pakistan", "Iran", "Turkey", "Greece", "Italy"], ["Pakistan", "Libya", "Italy"]]),
                .paragraph(RichText(plain: text(3, from: 2))),
            ]),
            Section(id: "timeline", title: "Timeline", blocks: [
                .timeline([TimelinePoint(date: PartialDate(year: 2023, month: 6, day: 14), label: "Shipwreck off Pylos"),
                           TimelinePoint(date: PartialDate(year: 2023, month: 11), label: "Arrests in Gujranwala"),
                           TimelinePoint(date: PartialDate(year: 2024, month: 4, day: 26), label: "Islamabad conference")]),
            ]),
            Section(id: "outlook", title: "Outlook", blocks: [
                .paragraph(RichText(plain: "Points to watch:")),
                .bullets([RichText(plain: text(1, from: 2)), RichText(plain: text(1, from: 5))]),
            ]),
            Section(id: "sources", title: "Sources", blocks: [
                .sources((1...3).map { SourceNote(number: $0, text: sentences[$0], location: "Article, paragraph \($0 + 1)") }),
            ]),
        ])
    }

    static func longTable() -> Report {
        let rows = (0..<45).map { i in
            [RichText(plain: "Organisation \(i + 1)"), RichText(plain: text(1 + i % 3, from: i)), RichText(plain: "\(i * 7 % 31)")]
        }
        return Report(info: info, subtitle: "A table over several pages", sections: [
            Section(id: "intro", title: "Introduction", blocks: [.paragraph(RichText(plain: text(6)))]),
            Section(id: "table", title: "Everyone who took part", blocks: [
                .table(Table(header: ["Organisation", "Statement", "Count"], rows: rows, columnWeights: [2, 5, 1])),
                .paragraph(RichText(plain: text(2, from: 4))),
            ]),
        ])
    }

    /// Paragraphs sized so that headings fall near the foot of pages and must move on with their text.
    static func headingsAtFoot() -> Report {
        Report(info: info, subtitle: "Headings near the page foot", sections: (0..<7).map { s in
            Section(id: "s\(s)", title: "Section \(s + 1)", blocks: [
                .paragraph(RichText(plain: text(9 + s, from: s))),
                .subheading("Details of part \(s + 1)"),
                .paragraph(RichText(plain: text(5 + 2 * s, from: s + 2))),
            ])
        })
    }

    static func listsAndSources() -> Report {
        Report(info: info, subtitle: "Lists and sources", sections: [
            Section(id: "list", title: "What was agreed", blocks: [
                .paragraph(RichText(plain: "The delegates agreed on the following:")),
                .bullets((0..<24).map { RichText(plain: text(1 + $0 % 4, from: $0)) }),
            ]),
            Section(id: "sources", title: "Sources", blocks: [
                .sources((1...30).map { SourceNote(number: $0, text: text(1 + $0 % 2, from: $0), location: "Article, paragraph \($0)") }),
            ]),
        ])
    }
}
