import BriefGraphics
import BriefLayout
import BriefModel
import XCTest

/// The flow engine on long synthetic reports: nothing outside its frame, no heading last on a page, no
/// line of a paragraph left alone at either side of a page break, table headers repeated.
final class FlowEngineTests: XCTestCase {
    nonisolated(unsafe) static let fonts = FontLibrary()
    let theme = Theme.standard

    func testLongSyntheticReportsKeepThePaginationRules() throws {
        for seed in 1...12 {
            var random = SeededRandom(seed: UInt64(seed))
            let report = SyntheticReport.make(sections: 18, random: &random)
            let layout = ReportLayout(theme: theme, fonts: Self.fonts)
            let document = try layout.layout(report)
            XCTAssertGreaterThan(document.pages.count, 3, "seed \(seed)")
            check(document, seed: seed)
        }
    }

    func check(_ document: LaidOutDocument, seed: Int) {
        let frame = theme.bodyFrame
        let page = Rect(x: theme.marginLeft, y: theme.marginTop, width: theme.pageWidth - theme.marginLeft - theme.marginRight,
                        height: theme.pageHeight - theme.marginTop - theme.marginBottom)
        for p in document.pages {
            for block in p.blocks {
                XCTAssertGreaterThanOrEqual(block.frame.y, frame.y - 0.01, "seed \(seed) page \(p.number): \(block.kind) above the frame")
                XCTAssertLessThanOrEqual(block.frame.maxY, frame.maxY + 0.02, "seed \(seed) page \(p.number): \(block.kind) below the frame")
                if block.kind == "paragraph", block.continues || block.continued, let lines = block.lines {
                    XCTAssertGreaterThanOrEqual(lines, 2, "seed \(seed) page \(p.number): a lone line of a split paragraph")
                }
            }
            for item in p.items {
                guard let b = item.bounds else { continue }
                XCTAssertGreaterThanOrEqual(b.x, page.x - 0.5, "seed \(seed) page \(p.number): item left of the margin")
                XCTAssertLessThanOrEqual(b.maxX, page.maxX + 0.5, "seed \(seed) page \(p.number): item right of the margin \(b)")
                XCTAssertGreaterThanOrEqual(b.y, page.y - 0.5, "seed \(seed) page \(p.number): item above the margin")
                XCTAssertLessThanOrEqual(b.maxY, page.maxY + 0.5, "seed \(seed) page \(p.number): item below the margin")
            }
            if p.number < document.pages.count {
                XCTAssertNotEqual(p.blocks.last?.kind, "heading", "seed \(seed): heading last on page \(p.number)")
                // Nothing but headings and an introducing paragraph after the last heading would be a stranded heading.
                if let last = p.blocks.lastIndex(where: { $0.kind == "heading" }) {
                    XCTAssertTrue(p.blocks[(last + 1)...].contains { $0.kind != "heading" && $0.kind != "intro" },
                                  "seed \(seed): heading without its text on page \(p.number)")
                }
            }
            // A table continued from the previous page starts with its header row again.
            for block in p.blocks where block.kind == "table" && block.continued {
                let headerFill = p.items.contains { item in
                    if case .rect(let r, let fill, _, _, _) = item { return fill == theme.accent && abs(r.y - block.frame.y) < 0.01 }
                    return false
                }
                XCTAssertTrue(headerFill, "seed \(seed) page \(p.number): continued table without its header row")
            }
        }
    }

    func testTwoColumnsFillLeftThenRightUnderAFullWidthTitle() throws {
        var twoColumns = theme
        twoColumns.columns = 2
        var random = SeededRandom(seed: 7)
        let report = SyntheticReport.make(sections: 14, random: &random)
        let document = try ReportLayout(theme: twoColumns, fonts: Self.fonts).layout(report)
        check(document, seed: 7)
        let body = theme.bodyFrame
        let columnWidth = (body.width - twoColumns.columnGap) / 2
        let title = try XCTUnwrap(document.pages.first?.blocks.first)
        XCTAssertEqual(title.kind, "title")
        XCTAssertEqual(title.frame.width, body.width, accuracy: 0.01, "the title spans both columns")
        for page in document.pages {
            var lastColumn = 0
            for block in page.blocks where block.kind != "title" {
                XCTAssertEqual(block.frame.width, columnWidth, accuracy: 0.01, "page \(page.number): \(block.kind) not in a column")
                let column = block.frame.x > body.x + columnWidth ? 1 : 0
                XCTAssertGreaterThanOrEqual(column, lastColumn, "page \(page.number): the flow went back to the left column")
                lastColumn = column
            }
        }
        XCTAssertTrue(document.pages.contains { $0.blocks.contains { $0.frame.x > body.x + columnWidth } }, "the right column is used")
    }

    func testParagraphSplitLeavesAtLeastTwoLinesOnEachSide() throws {
        let text = String(repeating: "Border agencies shared case files and compared the routes that smugglers use. ", count: 40)
        let block = TextBlock(runs: [StyledRun(text)], style: theme.body, fonts: Self.fonts)
        let width = theme.bodyFrame.width
        let whole = try XCTUnwrap(block.place(width: width, height: 10_000, atFrameTop: true))
        let lineHeight = whole.height / Double(try XCTUnwrap(whole.lines))
        // Room for about one and a half lines: an orphan would result, so nothing is placed.
        XCTAssertNil(block.place(width: width, height: 1.5 * lineHeight, atFrameTop: false))
        let part = try XCTUnwrap(block.place(width: width, height: 5.5 * lineHeight, atFrameTop: false))
        XCTAssertNotNil(part.rest)
        XCTAssertGreaterThanOrEqual(part.lines ?? 0, 2)
    }

    func testABlockTallerThanAnEmptyPageIsAnErrorNotALoop() {
        final class Tall: FixedBlock {
            override func build(width: Double) -> (items: [PageItem], height: Double) { ([], 5_000) }
        }
        XCTAssertThrowsError(try FlowEngine(theme: theme).layout([Tall(kind: "chart", spaceBefore: 0)])) { error in
            XCTAssertTrue("\(error)".contains("taller than an empty page"))
        }
    }

    func testAHeadingAndItsIntroductionMoveOnWithTheList() throws {
        // Sweep the filler so that every split point near the foot of the page is tried.
        for words in stride(from: 300, through: 480, by: 2) {
            let filler = (0..<words).map { ["border", "agency", "report", "cooperation"][$0 % 4] }.joined(separator: " ")
            let report = Report(info: DocumentInfo(title: "T", author: "A", subject: "S", created: nil, runningHeader: "T"),
                                subtitle: "S",
                                sections: [Section(id: "a", title: "Background", blocks: [.paragraph(RichText(plain: filler))]),
                                           Section(id: "b", title: "Outlook", blocks: [
                                               .paragraph(RichText(plain: "Points to watch:")),
                                               .bullets([RichText(plain: "A first point about the patrols that runs on."),
                                                         RichText(plain: "A second point.")])])])
            let document = try ReportLayout(theme: theme, fonts: Self.fonts).layout(report)
            for page in document.pages.dropLast() {
                let kinds = page.blocks.map(\.kind)
                if let last = kinds.lastIndex(of: "heading") {
                    XCTAssertTrue(kinds[(last + 1)...].contains("list-item") || kinds[(last + 1)...].contains("paragraph"),
                                  "\(words) words: page \(page.number) ends \(kinds.suffix(3))")
                }
            }
        }
    }

    func testHeadingMovesToTheNextPageWithItsParagraph() throws {
        let fill = String(repeating: "Filler text about cooperation between border agencies. ", count: 60)
        var blocks: [Flowable] = []
        // Fill most of the page, then a heading that would fit but its paragraph would not start after it.
        for _ in 0..<3 { blocks.append(TextBlock(runs: [StyledRun(fill)], style: theme.body, fonts: Self.fonts, spaceBefore: 6)) }
        blocks.append(HeadingBlock("Routes", level: 1, destination: "routes", style: theme.heading, fonts: Self.fonts,
                                   spaceBefore: 16, spaceAfter: 6))
        blocks.append(TextBlock(runs: [StyledRun(fill)], style: theme.body, fonts: Self.fonts, spaceBefore: 0))
        let document = try FlowEngine(theme: theme).layout(blocks)
        for page in document.pages.dropLast() { XCTAssertNotEqual(page.blocks.last?.kind, "heading") }
        XCTAssertEqual(document.outline.map(\.title), ["Routes"])
    }
}

/// A deterministic random source (SplitMix64), so failures can be reproduced by seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Long reports made of random sections: paragraphs of random length, bullet lists, tables, figures.
enum SyntheticReport {
    static let words = ("border agency cooperation migrants smuggling network route officials conference ministry "
        + "investigation trafficking partnership regional capsized vessel coastguard protection reported funding "
        + "programme statement arrested prosecutors evidence international").split(separator: " ").map(String.init)

    static func sentence(_ random: inout SeededRandom) -> String {
        let n = Int.random(in: 6...22, using: &random)
        let text = (0..<n).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    static func paragraph(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 1...9, using: &random)).map { _ in sentence(&random) }.joined(separator: " ")
    }

    static let countries = ["Pakistan", "Iran", "Turkey", "Greece", "Italy", "Libya", "Afghanistan",
                            "Bosnia and Herzegovina", "United Kingdom", "Central African Republic", "Serbia"]

    /// A report of `sections` random sections. `rich` adds what the plain mix lacks (subheadings, tables
    /// with long rows, very long paragraphs, timelines, route diagrams); the plain mix is unchanged so old
    /// seeds give the same documents.
    static func make(sections: Int, random: inout SeededRandom, rich: Bool = false, blocksPerSection: ClosedRange<Int> = 1...4) -> Report {
        var out: [Section] = []
        for s in 0..<sections {
            var blocks: [Block] = []
            for _ in 0..<Int.random(in: blocksPerSection, using: &random) {
                blocks += block(&random, rich: rich)
            }
            out.append(Section(id: "s\(s)", title: "Section \(s + 1): " + sentence(&random), blocks: blocks))
        }
        let info = DocumentInfo(title: "Synthetic report", author: "tests", subject: "layout", created: nil,
                                runningHeader: "Synthetic report")
        return Report(info: info, subtitle: "Generated", sections: out)
    }

    /// One random block (or an introducing paragraph and its list).
    static func block(_ random: inout SeededRandom, rich: Bool) -> [Block] {
        switch Int.random(in: 0..<(rich ? 17 : 10), using: &random) {
        case 0:
            let rows = (0..<Int.random(in: 2...30, using: &random)).map { _ in
                [RichText(plain: sentence(&random)), RichText(plain: sentence(&random)), RichText(plain: "\(Int.random(in: 1...999, using: &random))")]
            }
            return [.table(Table(header: ["Name", "Detail", "Count"], rows: rows, columnWeights: [2, 4, 1]))]
        case 1:
            // An introducing paragraph stays with its list.
            return [.paragraph(RichText(plain: String(sentence(&random).dropLast()) + ":")),
                    .bullets((0..<Int.random(in: 1...6, using: &random)).map { _ in RichText(plain: sentence(&random)) })]
        case 2:
            return [.keyFigures((0..<Int.random(in: 1...6, using: &random)).map { i in
                KeyFigure(value: "\(Int.random(in: 1...9999, using: &random))", label: "figure \(i)")
            })]
        case 10:
            // Rows of several sentences per cell: a row can take a good part of a page.
            let rows = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                [RichText(plain: sentence(&random)), RichText(plain: (0..<Int.random(in: 1...12, using: &random)).map { _ in sentence(&random) }.joined(separator: " "))]
            }
            return [.table(Table(header: ["Organisation", "Statement"], rows: rows, columnWeights: [1, 3]))]
        case 11:
            return [.subheading(String(sentence(&random).dropLast()))]
        case 12:
            // A very long paragraph: several pages on its own.
            return [.paragraph(RichText(plain: (0..<Int.random(in: 30...90, using: &random)).map { _ in sentence(&random) }.joined(separator: " ")))]
        case 13:
            let points = (0..<Int.random(in: 1...9, using: &random)).map { _ in
                TimelinePoint(date: PartialDate(year: 2023, month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random)),
                              label: String(sentence(&random).prefix(Int.random(in: 10...90, using: &random))))
            }
            return [.timeline(points)]
        case 14:
            let routes = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 2...7, using: &random)).map { _ in countries.randomElement(using: &random)! }
            }
            return [.routeDiagram(routes)]
        case 16 where Int.random(in: 0..<4, using: &random) == 0:
            // A row taller than a page: it splits between the lines of its cells.
            let rows = [[RichText(plain: sentence(&random)), RichText(plain: (0..<120).map { _ in sentence(&random) }.joined(separator: " "))],
                        [RichText(plain: sentence(&random)), RichText(plain: paragraph(&random))]]
            return [.table(Table(header: ["Organisation", "Statement"], rows: rows.shuffled(using: &random), columnWeights: [1, 3]))]
        case 15:
            return [.bullets((0..<Int.random(in: 1...12, using: &random)).map { _ in RichText(plain: paragraph(&random)) })]
        default:
            return [.paragraph(RichText(plain: paragraph(&random)))]
        }
    }
}
