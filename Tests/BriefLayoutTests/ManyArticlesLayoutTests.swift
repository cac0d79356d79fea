import BriefArticle
import BriefCompose
import BriefExtract
import BriefGraphics
import BriefLayout
import BriefModel
import Foundation
import XCTest

/// A brief never refuses ordinary content because there is a lot of it: one article made of every article
/// kept with the extraction tests (dozens of routes, incidents and dated events) lays out on every page by
/// the pagination rules, with the route diagram and the long lists going on over the page.
final class ManyArticlesLayoutTests: XCTestCase {
    let theme = Theme.standard
    var fonts: FontLibrary { FlowEngineTests.fonts }

    /// The bodies of the articles in the extraction tests' sets, under one headline, as one plain-text article.
    static func combinedArticle() throws -> String {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var body: [String] = []
        for set in ["Development", "Unseen", "Unseen2"] {
            let folder = tests.appendingPathComponent("BriefExtractTests/\(set)/articles")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                // Everything after the headline that is not a byline or a trailer.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                body += lines.map(String.init).filter { line in
                    let lower = line.lowercased()
                    return !lower.hasPrefix("published in") && !lower.hasPrefix("by ") && line.trimmingCharacters(in: .whitespaces).count > 40
                }
            }
        }
        return (["A round-up of smuggling and trafficking reports", "December 2, 2024", ""] + body).joined(separator: "\n") + "\n"
    }

    func testAnArticleOfManyArticlesLaysOutOnEveryPage() throws {
        let article = try XCTUnwrap(ArticleParser().parse(text: try Self.combinedArticle(), origin: "round-up.txt",
                                                           format: .plainText).first)
        let facts = FactExtractor(gazetteers: try Gazetteers.bundled()).extract(from: article)
        XCTAssertGreaterThanOrEqual(facts.routes.count, 20, "routes")
        XCTAssertGreaterThanOrEqual(facts.timeline.count, 40, "timeline events")
        XCTAssertGreaterThanOrEqual(facts.incidents.count, 15, "incidents")

        let report = ReportComposer().compose(facts)
        let document = try ReportLayout(theme: theme, fonts: fonts).layout(report)
        PaginationRules(theme: theme).check(document, seed: 0)

        // The route diagram is one block split over pages: a part that continues, then its rest.
        let routeParts = document.pages.flatMap(\.blocks).filter { $0.kind == "route" }
        XCTAssertGreaterThanOrEqual(routeParts.count, 2, "the route diagram should go on over the page")
        XCTAssertTrue(routeParts.first?.continues == true && routeParts.dropFirst().allSatisfy(\.continued),
                      "route parts: \(routeParts.map { ($0.continues, $0.continued) })")
        // Every route keeps its label: one "Route N" label for each route of the diagram, over all its parts.
        let diagram = report.sections.flatMap(\.blocks).compactMap { block -> [[String]]? in
            if case .routeDiagram(let routes) = block { return routes }
            return nil
        }.first ?? []
        let labelStyle = theme.chartLabel.with(bold: true, alignment: .left, color: theme.muted)
        let labels = document.pages.flatMap { page in
            page.blocks.filter { $0.kind == "route" }.flatMap { block in
                page.items[block.items].filter { item in
                    if case .text(let text, _, _) = item { return text.style == labelStyle }
                    return false
                }
            }
        }
        XCTAssertGreaterThanOrEqual(Set(diagram).count, 20, "routes in the diagram")
        XCTAssertEqual(labels.count, Set(diagram).count, "route labels drawn")
    }
}
