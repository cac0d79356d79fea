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

    func testAWideTableInANarrowColumnSetsSmallerTypeRatherThanBreakingWords() throws {
        let table = Table(header: ["Date", "Place", "Vessel", "Dead", "Missing", "Nationality"], rows: [
            [RichText(plain: "March 2024"), RichText(plain: "off Pasni"), RichText(plain: "wooden boat"), RichText(plain: "7"),
             RichText(plain: "5"), RichText(plain: "Pakistani")],
        ], columnWeights: [1.2, 1.6, 1.2, 0.7, 0.8, 1.2])
        let block = TableBlock(table, theme: theme, fonts: fonts, spaceBefore: 0)
        let wide = try XCTUnwrap(block.place(width: theme.bodyFrame.width, height: 400, atFrameTop: true))
        let narrow = try XCTUnwrap(block.place(width: 190, height: 400, atFrameTop: true))
        func texts(_ p: Placement) -> [ShapedText] {
            p.items.compactMap { if case .text(let t, _, _) = $0 { return t } else { return nil } }
        }
        XCTAssertEqual(texts(wide).map(\.style.size), Array(repeating: 8.5, count: 12))
        for text in texts(narrow) {
            XCTAssertLessThan(text.style.size, 8.5, "smaller type in the narrow column")
            XCTAssertGreaterThanOrEqual(text.style.size, 8.5 * 0.75 - 0.001)
        }
        // every one-word header and cell stays on one line: no word is broken
        let set = texts(narrow)
        XCTAssertEqual(set.count, 12, "six header cells, then six cells")
        for (i, text) in set.enumerated() where i < 6 || i >= 9 { XCTAssertEqual(text.lines.count, 1, "cell \(i)") }
        XCTAssertLessThanOrEqual(narrow.items.compactMap(\.bounds).map(\.maxX).max() ?? 0, 190.01)
    }
}
