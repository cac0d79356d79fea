import BriefGraphics
import XCTest

/// The hyphenator's house rules on top of the patterns.
final class HyphenatorTests: XCTestCase {
    let hyphenator = Hyphenator.englishUS

    /// The word split at each point, e.g. ["organ", "isation"].
    func pieces(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        var result: [String] = [], last = 0
        for point in hyphenator.points(in: word) {
            result.append(String(decoding: bytes[last..<point.offset], as: UTF8.self))
            last = point.offset
        }
        result.append(String(decoding: bytes[last...], as: UTF8.self))
        return result
    }

    func testPatternsAreInstalled() throws {
        try XCTSkipUnless(hyphenator.hasPatterns, "hyphen-en-us is not installed")
    }

    func testOrdinaryWordsSplitAtLegalPointsWithThreeLettersEachSide() throws {
        try XCTSkipUnless(hyphenator.hasPatterns)
        for word in ["organisation", "international", "cooperation", "government", "smuggling", "information",
                     "responsibility", "development", "enforcement"] {
            let points = hyphenator.points(in: word)
            XCTAssertFalse(points.isEmpty, "\(word) has no break")
            for point in points {
                XCTAssertTrue(point.addsHyphen)
                // A line may end at any one point: both fragments keep three letters.
                XCTAssertGreaterThanOrEqual(point.offset, 3, "\(word): \(pieces(word))")
                XCTAssertGreaterThanOrEqual(word.utf8.count - point.offset, 3, "\(word): \(pieces(word))")
            }
        }
        // Legal points only (the patterns give or-gan-i-sa-tion, in-ter-na-tion-al, de-vel-op-ment).
        let legal = ["organisation": [5, 6, 8], "international": [5, 7], "development": [5, 7, 8]]
        for (word, offsets) in legal.sorted(by: { $0.key < $1.key }) {
            let found = hyphenator.points(in: word).map(\.offset)
            XCTAssertTrue(found.allSatisfy(offsets.contains), "\(word): \(pieces(word))")
        }
    }

    func testPunctuationStaysOutside() throws {
        try XCTSkipUnless(hyphenator.hasPatterns)
        let parts = pieces("(organisation),")
        XCTAssertEqual(parts.joined(), "(organisation),")
        XCTAssertTrue(parts.first!.hasPrefix("(") && parts.first!.count >= 4, "\(parts)")
        XCTAssertTrue(parts.last!.hasSuffix("),") && parts.last!.count >= 5, "\(parts)")
        for word in ["government’s", "“organisation”", "organisation's"] {
            let parts = pieces(word)
            XCTAssertGreaterThan(parts.count, 1, word)
            XCTAssertEqual(parts.joined(), word)
        }
        XCTAssertEqual(pieces("government’s").last, "ment’s")
    }

    func testNamesAcronymsAndShortWordsAreNeverHyphenated() {
        for word in ["UNODC", "Islamabad", "Islamabad’s", "iPhone", "McDonald", "COVID-19", "PROTECT", "Pakistan,",
                     "route", "state", "trade", "rules", "2024", "A4", "B2B", "naïve", "Émigration", "https://example.org/smuggling",
                     "info@example.org", "www.organisation.org", "unodc.org", "عبدالله"] {
            XCTAssertEqual(hyphenator.points(in: word), [], word)
        }
    }

    func testCompoundsBreakOnlyAtTheirHyphen() {
        XCTAssertEqual(hyphenator.points(in: "co-operation"), [HyphenationPoint(offset: 3, addsHyphen: false)])
        XCTAssertEqual(pieces("well-established"), ["well-", "established"])
        XCTAssertEqual(pieces("decision-making,"), ["decision-", "making,"])
        XCTAssertEqual(hyphenator.points(in: "non-EU"), [], "capitals: never")
        XCTAssertEqual(hyphenator.points(in: "x-ray"), [], "one letter before the hyphen")
    }

    func testMissingPatternsGiveNoHyphens() {
        let none = Hyphenator(patternsAt: "/nonexistent/hyph.dic")
        XCTAssertFalse(none.hasPatterns)
        XCTAssertEqual(none.points(in: "organisation"), [])
        XCTAssertEqual(none.points(in: "co-operation").count, 1)
    }
}
