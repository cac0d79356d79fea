import BriefModel
import Foundation
import XCTest

/// Numbers too large to be counts or figures in an article stay text: extraction keeps them out of the facts,
/// and neither `extract` nor `build` traps converting them.
extension EndToEndTests {
    func testAbsurdNumbersInAnArticleStayText() throws {
        let article = scratch.appendingPathComponent("absurd.txt")
        try Data("""
        Smugglers charged huge fees, officials say

        ISLAMABAD, April 26, 2024: Officials of the Federal Investigation Agency said on Friday that the network took 99999999999999999999999999999999 billion euros from migrants moved from Pakistan through Iran and Turkey to Greece.

        Each migrant paid a fee of 1e400 dollars, and 99999999999999999999 people drowned on 12 June 9999 when the boat sank off Pylos. Another 1e30 were missing since June 0000 and 18446744073709551616 survived.

        The agency said 9223372036854775807 suspects were arrested on 3 March 99999 and Rs99999999999999999999 crore was seized.

        """.utf8).write(to: article)
        let facts = scratch.appendingPathComponent("absurd.json").path
        let extracted = try brief(["extract", article.path, "-o", facts])
        XCTAssertEqual(extracted.status, 0, extracted.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: facts))) as? [String: Any])
        // The sinking is found, but none of its absurd numbers is a count.
        let incidents = json["incidents"] as? [[String: Any]] ?? []
        XCTAssertFalse(incidents.isEmpty)
        for incident in incidents {
            for key in ["dead", "missing", "survivors"] { XCTAssertNil(incident[key], "\(key) in \(incident)") }
        }
        XCTAssertFalse(String(decoding: try Data(contentsOf: URL(fileURLWithPath: facts)), as: UTF8.self).contains("\"0000"), "no year 0")
        for figure in json["figures"] as? [[String: Any]] ?? [] {
            let value = try XCTUnwrap(figure["value"] as? Double)
            XCTAssertTrue(FactLimits.figures.contains(value), "\(figure)")
        }
        let pdf = scratch.appendingPathComponent("absurd.pdf").path
        let built = try brief(["build", article.path, "-o", pdf])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(try tool("qpdf", ["--check", pdf]).status, 0)
        XCTAssertEqual(try brief(["render", facts, "-o", pdf]).status, 0)
    }}
