import BriefGraphics
import BriefLayout
import BriefModel
import XCTest

/// The pagination rules checked on a few hundred random documents (fixed seeds): from a single block to
/// several pages of tables with long rows, key figures, lists, timelines, route diagrams and very long
/// paragraphs.
final class PaginationPropertyTests: XCTestCase {
    let theme = Theme.standard
    var fonts: FontLibrary { FlowEngineTests.fonts }

    /// Kinds of block that must stand on the same page as the start of what follows them.
    static let keptWithNext: Set<String> = ["heading", "intro"]
    /// Kinds of block that split between lines.
    static let textKinds: Set<String> = ["paragraph", "intro", "list-item", "source-note"]

    func testRandomDocumentsKeepEveryPaginationRule() throws {
        var pageCounts: [Int] = []
        var seen: [String: Int] = [:]   // kinds placed, and "split <kind>" for pieces that continue
        for seed in 1...300 {
            var random = SeededRandom(seed: UInt64(1_000 + seed))
            let report = seed % 10 == 0
                ? SyntheticReport.make(sections: 1, random: &random, rich: true, blocksPerSection: 1...1)
                : SyntheticReport.make(sections: Int.random(in: 1...6, using: &random), random: &random, rich: true)
            let document = try ReportLayout(theme: theme, fonts: fonts).layout(report)
            check(document, seed: seed)
            pageCounts.append(document.pages.count)
            for block in document.pages.flatMap(\.blocks) {
                seen[block.kind, default: 0] += 1
                if block.continued { seen["split " + block.kind, default: 0] += 1 }
                if block.kind == "table", block.frame.height > 0.9 * theme.bodyFrame.height { seen["tall row", default: 0] += 1 }
            }

            // Laid out a second time (shaping now comes from the cache): the same blocks in the same places.
            let again = try ReportLayout(theme: theme, fonts: fonts).layout(report)
            XCTAssertEqual(again.pages.count, document.pages.count, "seed \(seed): page count changed on a second layout")
            XCTAssertEqual(again.pages.map(\.blocks), document.pages.map(\.blocks), "seed \(seed): blocks moved on a second layout")
        }
        // The sample covers one-page documents as well as long ones.
        XCTAssertEqual(pageCounts.min(), 1)
        XCTAssertGreaterThanOrEqual(pageCounts.max() ?? 0, 6)
        for kind in ["table", "key-figures", "list-item", "intro", "timeline", "route", "split table", "split paragraph",
                     "split list-item", "tall row"] {
            XCTAssertGreaterThan(seen[kind] ?? 0, 2, "the random documents lack \(kind) blocks: \(seen.sorted { $0.key < $1.key })")
        }
    }

    /// A fresh font library (no cache) gives the same pages as a warm one.
    func testAFreshFontLibraryGivesTheSamePages() throws {
        for seed in [3, 77, 215] {
            var random = SeededRandom(seed: UInt64(1_000 + seed))
            let report = SyntheticReport.make(sections: Int.random(in: 1...6, using: &random), random: &random, rich: true)
            let warm = try ReportLayout(theme: theme, fonts: fonts).layout(report)
            let cold = try ReportLayout(theme: theme, fonts: FontLibrary()).layout(report)
            XCTAssertEqual(cold.pages.map(\.blocks), warm.pages.map(\.blocks), "seed \(seed)")
        }
    }

    func check(_ document: LaidOutDocument, seed: Int, file: StaticString = #filePath, line: UInt = #line) {
        let frame = theme.bodyFrame
        let paper = Rect(x: theme.marginLeft, y: theme.marginTop, width: frame.width,
                         height: theme.pageHeight - theme.marginTop - theme.marginBottom)
        let tolerance = 0.5
        func inside(_ r: Rect, _ outer: Rect) -> Bool {
            r.x >= outer.x - tolerance && r.maxX <= outer.maxX + tolerance && r.y >= outer.y - tolerance
                && r.maxY <= outer.maxY + tolerance
        }
        func fail(_ page: Page, _ message: String) {
            XCTFail("seed \(seed) page \(page.number)/\(document.pages.count): \(message)", file: file, line: line)
        }

        XCTAssertFalse(document.pages.isEmpty, "seed \(seed)", file: file, line: line)
        for (index, page) in document.pages.enumerated() {
            XCTAssertFalse(page.blocks.isEmpty, "seed \(seed): page \(page.number) is empty", file: file, line: line)
            var owned = IndexSet()
            for (b, block) in page.blocks.enumerated() {
                // Nothing outside its frame: the block in the body frame, its items in the block.
                if !inside(block.frame, frame) { fail(page, "\(block.kind) \(block.frame) leaves the body frame") }
                for item in page.items[block.items] {
                    if let bounds = item.bounds, !inside(bounds, block.frame) {
                        fail(page, "an item of \(block.kind) at \(bounds) leaves its block \(block.frame)")
                    }
                }
                owned.insert(integersIn: block.items)
                // No overlap: each block starts below the one before it.
                if b > 0, block.frame.y < page.blocks[b - 1].frame.maxY - 0.01 {
                    fail(page, "\(block.kind) overlaps the \(page.blocks[b - 1].kind) above it")
                }
                // No lone line of a split paragraph at the foot or the head of a page.
                if Self.textKinds.contains(block.kind), block.continues || block.continued, (block.lines ?? 0) < 2 {
                    fail(page, "a lone line of a split \(block.kind)")
                }
                // A split block starts the next page, marked as continued.
                if block.continues {
                    XCTAssertEqual(b, page.blocks.count - 1, "seed \(seed) page \(page.number): a split block is not last",
                                   file: file, line: line)
                    let next = index + 1 < document.pages.count ? document.pages[index + 1].blocks.first : nil
                    if next?.kind != block.kind || next?.continued != true {
                        fail(page, "\(block.kind) continues but page \(page.number + 1) does not start with its rest")
                    }
                }
                if block.kind == "table", !startsWithHeaderRow(block, on: page) {
                    fail(page, "table\(block.continued ? " (continued)" : "") without its header row")
                }
            }
            // Page decorations (header, footer) stay within the margins.
            for (i, item) in page.items.enumerated() where !owned.contains(i) {
                if let bounds = item.bounds, !inside(bounds, paper) { fail(page, "decoration at \(bounds) leaves the margins") }
            }
            // No heading last on a page, nor a heading followed only by blocks kept with the next.
            if index < document.pages.count - 1, let last = page.blocks.last {
                if Self.keptWithNext.contains(last.kind), !last.continues {
                    fail(page, "ends with a \(last.kind) whose next block is overleaf")
                }
            }
        }
    }

    /// Whether the table piece begins with the header row: an accent-filled band at its top edge carrying
    /// text in the header style.
    func startsWithHeaderRow(_ block: PlacedBlock, on page: Page) -> Bool {
        let items = page.items[block.items]
        let band = items.first { item in
            if case .rect(let r, let fill, _, _, _) = item { return fill == theme.accent && abs(r.y - block.frame.y) < 0.01 }
            return false
        }
        guard case .rect(let header, _, _, _, _)? = band else { return false }
        return items.contains { item in
            if case .text(let text, _, let origin) = item {
                return text.style == theme.tableHeader && origin.y >= header.y && origin.y < header.maxY
            }
            return false
        }
    }
}
