import BriefGraphics
import BriefModel
import XCTest
@testable import BriefLayout

/// Blocks whose size grows with the number of facts split over pages instead of failing: the route
/// diagram between routes, the key figures between rows, the timeline chart between dates (each part with
/// its own axis). Only one item taller than an empty page cannot be set.
final class GrowingBlockSplitTests: XCTestCase {
    let theme = Theme.standard
    var fonts: FontLibrary { FlowEngineTests.fonts }

    private func parts(_ document: LaidOutDocument, kind: String) -> [(page: Page, block: PlacedBlock)] {
        document.pages.flatMap { page in page.blocks.filter { $0.kind == kind }.map { (page, $0) } }
    }

    private func count(_ page: Page, _ block: PlacedBlock, where test: (PageItem) -> Bool) -> Int {
        page.items[block.items].filter(test).count
    }

    func testManyRoutesGoOnOverThePageOneWholeRouteAtATime() throws {
        let countries = ["Pakistan", "Iran", "Turkey", "Greece", "Italy", "Libya", "Niger", "Mali", "Senegal", "Spain",
                         "Bangladesh", "Egypt", "Sudan", "Chad", "Tunisia", "France", "Belgium"]
        // 40 routes from 40 different origins, 3 to 7 countries each: far taller than one page.
        let routes = (0..<40).map { r in (0..<(3 + r % 5)).map { countries[(r * 3 + $0 * 5) % countries.count] + ($0 == 0 ? " \(r)" : "") } }
        let block = RouteDiagramBlock(routes: routes, theme: theme, fonts: fonts, spaceBefore: 0)
        let document = try FlowEngine(theme: theme).layout([block])
        PaginationRules(theme: theme).check(document, seed: 0)
        let pieces = parts(document, kind: "route")
        XCTAssertGreaterThanOrEqual(pieces.count, 3)
        XCTAssertEqual(pieces.map(\.block.continued), [false] + Array(repeating: true, count: pieces.count - 1))
        // Every route is drawn once, whole: one origin box (filled in the accent colour) and one label each.
        let origins = pieces.map { page, block in
            count(page, block) { if case .rect(_, let fill, _, _, _) = $0 { return fill == theme.accent } else { return false } }
        }
        XCTAssertEqual(origins.reduce(0, +), 40)
        let labelStyle = theme.chartLabel.with(bold: true, alignment: .left, color: theme.muted)
        let labels = pieces.map { page, block in
            count(page, block) { if case .text(let text, _, _) = $0 { return text.style == labelStyle } else { return false } }
        }
        XCTAssertEqual(labels, origins, "each part carries the labels of its own routes")
    }

    func testManyKeyFiguresSplitBetweenRowsEachPartInItsPanel() throws {
        let figures = (1...120).map { KeyFigure(value: "\($0 * 17)", label: "figure number \($0)") }
        let block = KeyFiguresBlock(figures, theme: theme, fonts: fonts, spaceBefore: 0)
        let document = try FlowEngine(theme: theme).layout([block])
        PaginationRules(theme: theme).check(document, seed: 0)
        let pieces = parts(document, kind: "key-figures")
        XCTAssertGreaterThanOrEqual(pieces.count, 2)
        for (page, block) in pieces {
            // The panel behind each part spans exactly that part.
            let panels = page.items[block.items].compactMap { item -> Rect? in
                if case .rect(let r, let fill, _, _, _) = item, fill == theme.panel { return r }
                return nil
            }
            XCTAssertEqual(panels.count, 1)
            XCTAssertEqual(panels.first?.height ?? 0, block.frame.height, accuracy: 0.01)
        }
        let values = pieces.map { page, block in
            count(page, block) { if case .text(let text, _, _) = $0 { return text.style == theme.figureValue } else { return false } }
        }
        XCTAssertEqual(values.reduce(0, +), 120, "every figure set once")
    }

    func testATimelineOfManyDatesGoesOnOverThePageWithItsAxis() throws {
        let points = ChartTests.points(160, start: PartialDate(year: 2015, month: 1, day: 1), spanDays: 3_600)
        let distinctDates = Set(points.map(\.date)).count
        let heading = HeadingBlock("Timeline", level: 1, destination: "t", style: theme.heading, fonts: fonts,
                                   spaceBefore: 0, spaceAfter: 6, ruleColor: theme.rule)
        let chart = TimelineChartBlock(points: points, theme: theme, fonts: fonts, spaceBefore: 4)
        let document = try FlowEngine(theme: theme).layout([heading, chart])
        PaginationRules(theme: theme).check(document, seed: 0)
        let pieces = parts(document, kind: "timeline")
        XCTAssertGreaterThanOrEqual(pieces.count, 2, "a timeline of \(distinctDates) dates should go on over the page")
        var dots = 0
        for (page, block) in pieces {
            // Each part has its own calendar band (the axis) ...
            let bands = count(page, block) {
                if case .rect(let r, let fill, _, _, _) = $0 { return fill == theme.panel && abs(r.height - TimelineChartBlock.bandHeight) < 0.01 }
                return false
            }
            XCTAssertEqual(bands, 1, "page \(page.number): one axis band per part")
            dots += count(page, block) { if case .circle = $0 { return true } else { return false } }
        }
        // ... and every date is marked once over all the parts.
        XCTAssertEqual(dots, distinctDates)
    }

    func testASingleRouteTallerThanAPageStillFailsClearly() {
        // One route of 200 countries cannot be split (a route stays whole): the one case left for exit 70.
        let route = (0..<200).map { "Country \($0)" }
        let block = RouteDiagramBlock(routes: [route], theme: theme, fonts: fonts, spaceBefore: 0)
        XCTAssertThrowsError(try FlowEngine(theme: theme).layout([block])) { error in
            XCTAssertTrue("\(error)".contains("route block is taller than an empty page frame"), "\(error)")
        }
    }
}
