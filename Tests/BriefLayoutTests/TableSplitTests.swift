import BriefGraphics
import BriefLayout
import BriefModel
import XCTest

/// A table row taller than a page splits between the lines of its cells instead of failing.
final class TableSplitTests: XCTestCase {
    let theme = Theme.standard
    var fonts: FontLibrary { FlowEngineTests.fonts }

    func testARowTallerThanAPageSplitsByLinesAndEveryLineIsSetOnce() throws {
        let long = GoldenReports.text(150)
        let table = Table(header: ["Organisation", "Statement"], rows: [
            [RichText(plain: "Short"), RichText(plain: "A first row that fits.")],
            [RichText(plain: "United Nations Office on Drugs and Crime " + GoldenReports.text(12)), RichText(plain: long)],
            [RichText(plain: "After"), RichText(plain: "A last row.")],
        ], columnWeights: [1, 3])
        let block = TableBlock(table, theme: theme, fonts: fonts, spaceBefore: 0)
        let document = try FlowEngine(theme: theme).layout([block])
        XCTAssertGreaterThanOrEqual(document.pages.count, 3)

        // Every line of each tall cell appears once, in order, across the pages.
        var drawn: [ObjectIdentifier: [Range<Int>]] = [:]
        var cells: [ObjectIdentifier: ShapedText] = [:]
        for page in document.pages {
            let pieces = page.blocks
            XCTAssertEqual(pieces.count, 1)
            let piece = try XCTUnwrap(pieces.first)
            XCTAssertEqual(piece.continued, page.number > 1)
            XCTAssertEqual(piece.continues, page.number < document.pages.count)
            XCTAssertLessThanOrEqual(piece.frame.maxY, theme.bodyFrame.maxY + 0.01)
            // Header row on top of every page.
            guard case .rect(let band, let fill, _, _, _)? = page.items[piece.items].first else { return XCTFail("no header band") }
            XCTAssertEqual(fill, theme.accent)
            XCTAssertEqual(band.y, piece.frame.y, accuracy: 0.01)
            for item in page.items[piece.items] {
                guard case .text(let text, let lines, _) = item, text.style == theme.tableCell, text.lines.count > 20 else { continue }
                drawn[ObjectIdentifier(text), default: []].append(lines)
                cells[ObjectIdentifier(text)] = text
            }
        }
        XCTAssertEqual(drawn.count, 2, "the long organisation name and statement")
        XCTAssertEqual(drawn.values.map(\.count).max() ?? 0, document.pages.count, "the statement is on every page")
        for (id, ranges) in drawn {
            XCTAssertEqual(ranges.first?.lowerBound, 0)
            XCTAssertEqual(ranges.last?.upperBound, cells[id]?.lines.count)
            for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound, "a line lost or repeated") }
        }
    }

    func testARowThatFitsAPageMovesOnWhole() throws {
        // Text to fill most of a page, then a table whose second row is about half a page: it moves overleaf.
        let filler = TextBlock(runs: [StyledRun(GoldenReports.text(26))], style: theme.body, fonts: fonts)
        let table = Table(header: ["A", "B"], rows: [[RichText(plain: "one"), RichText(plain: "short")],
                                                     [RichText(plain: "two"), RichText(plain: GoldenReports.text(22))]],
                          columnWeights: [1, 3])
        let document = try FlowEngine(theme: theme).layout([filler, TableBlock(table, theme: theme, fonts: fonts, spaceBefore: 6)])
        let tables = document.pages.flatMap(\.blocks).filter { $0.kind == "table" }
        XCTAssertEqual(tables.map(\.lines), [1, 1], "one whole row per page")
    }
}
