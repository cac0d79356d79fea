import BriefArticle
import BriefExtract
import Foundation
import XCTest

/// A very large article goes through parsing and extraction whole (speed itself is measured by the
/// `brief-bench` benchmark, not here).
final class ThroughputTests: XCTestCase {
    func testLargeArticleIsProcessedWhole() throws {
        let paragraph = """
        Deputy Director Amal Haddad, head of the Coastal Unit, said on Monday that 14 people drowned when a wooden boat \
        capsized off Lampedusa, and that the migrants had travelled from Sfax through Libya to Italy. "We need help," she said. \
        The seminar was organised by the International Organization for Migration (IOM) with support from the European Union. \
        Agents charged Rs2.5m each in December last year.
        """
        let body = Array(repeating: paragraph, count: 1500).joined(separator: "\n\n")
        let text = "A very long report\nTest Outlet\n2024-05-15\n\nTUNIS — " + body
        let start = Date()
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "big.txt", format: .plainText).first)
        let parsed = Date()
        let facts = FactExtractor(gazetteers: try Gazetteers.bundled()).extract(from: article)
        let done = Date()
        let mb = Double(text.utf8.count) / 1_000_000
        print(String(format: "%.2f MB: parse %.2fs, extract %.2fs", mb, parsed.timeIntervalSince(start), done.timeIntervalSince(parsed)))
        XCTAssertEqual(facts.speakers.count, 1)
    }
}
