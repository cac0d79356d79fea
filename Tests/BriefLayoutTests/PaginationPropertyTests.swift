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
        PaginationRules(theme: theme).check(document, seed: seed, file: file, line: line)
    }
}
