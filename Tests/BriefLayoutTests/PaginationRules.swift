import BriefGraphics
import BriefLayout
import XCTest

/// The pagination rules every laid-out document keeps: nothing outside its frame, no overlaps, no lone
/// line of a split paragraph, a split block's rest first overleaf, table headers repeated, no heading last
/// on a page.
struct PaginationRules {
    let theme: Theme

    /// Kinds of block that must stand on the same page as the start of what follows them.
    static let keptWithNext: Set<String> = ["heading", "intro"]
    /// Kinds of block that split between lines.
    static let textKinds: Set<String> = ["paragraph", "intro", "list-item", "source-note"]

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
