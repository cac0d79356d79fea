@testable import BriefExtract
import BriefModel
import Foundation
import XCTest

/// The fast text paths give the answers of the code they stand in for.
final class TextScanningTests: XCTestCase {
    static let tricky = [
        "", "a", "U.N. officials met Dr. Amal Haddad's team.", "Rs2.5m, 1,500 migrants' boats; 3.5 km", "pick-up trucks — 14 dead",
        "“We need help,” she said – in Sfax.", "Café owners in Málaga, José’s boat", "x\r\ny", "e\u{301}cole, naïve", "İstanbul ǅ",
        "Ω \u{2126} \u{2000}em\u{2002}", "zero\u{200B}width", "Ελλάδα και Κρήτη, 12 μετανάστες", "emoji 🚣‍♂️ boat, then",
        "’s ’ ' - . , trailing.", "A.B.C. and e.g. 2.", "Mr. Smith (FIA) said: \"no\"", "N'Djamena, Côte d’Ivoire",
    ]

    func testScalarTokensMatchCharacterTokens() throws {
        var texts = Self.tricky
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpus/articles").standardized
        for file in (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? [] {
            texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        for t in texts where SearchableText.isPlain(t) {
            XCTAssertEqual(Tokenizer.scalarTokens(t), Tokenizer.characterTokens(t), t)
        }
    }

    func testSearchMatchesFoundation() {
        let needles = [",", " — ", " – ", "(", " as ", "s", "’", "é", "e", "e\u{301}", "cole", "ï", "\u{2002}", " ", "boat", "🚣", "🚣‍♂️", "Ω"]
        for t in Self.tricky {
            let searchable = SearchableText(t)
            // one difference, by design: Foundation finds a character inside another ("🚣" inside "🚣‍♂️"), this search does not
            for n in needles where !(t.contains("🚣‍♂️") && n == "🚣") {
                XCTAssertEqual(searchable.range(of: n), t.range(of: n), "\(t.debugDescription) \(n)")
                XCTAssertEqual(searchable.range(of: n, backwards: true), t.range(of: n, options: .backwards), "\(t.debugDescription) \(n)")
            }
        }
    }

    func testSearchNeverMatchesPartOfACharacter() {
        XCTAssertNil(SearchableText("emoji 🚣‍♂️ boat").range(of: "🚣"))
        XCTAssertNil(SearchableText("emoji 🚣‍♂️ boat").range(of: "🚣", backwards: true))
        XCTAssertNotNil(SearchableText("emoji 🚣‍♂️ boat").range(of: "🚣‍♂️ b", backwards: true))
    }

    func testTrimmingScalarsMatchesFoundation() {
        let marks = ".,;:\"“”"
        for t in Self.tricky + ["“quoted.”", "..", ",;x;,", "\u{301}."] {
            XCTAssertEqual(t.trimmingScalars { marks.unicodeScalars.contains($0) },
                           t.trimmingCharacters(in: CharacterSet(charactersIn: marks)), t)
        }
    }

    /// Sentences of the corpus, the held-out articles and some made-up dates.
    static func sentences() throws -> [String] {
        var texts = tricky + [
            "On 12th and 13th of May 2024 and May. 12, 2024, in mid-May, at the end of early June, since Sept 3",
            "Officials met last Friday, next Monday and on Sunday's vote; in May's report and midMay",
            "The market decided in March that 13 - 14 April and 3–4 Dec. and December 28 were the dates",
            "12     of      June, by    late-July, 14 and 15 July 2023",
        ]
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for folder in ["../../../shared/corpus/articles", "Unseen/articles"] {
            let dir = here.appendingPathComponent(folder).standardized
            for file in (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [] {
                texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            }
        }
        return texts
    }

    func testDatePatternsFindTheSameInsideTheirPart() throws {
        let p = try Gazetteers.bundled().datePatterns
        let monthPatterns = [p.monthDayYear, p.dayMonthYear, p.monthYear, p.monthRelativeYear, p.relativeMonth, p.dayMonth,
                             p.monthDay, p.monthOnly]
        var checked = 0
        for text in try Self.sentences() {
            let s = TokenizedSentence(BriefModel.Sentence(paragraph: 0, index: 0, start: 0, end: text.count, text: text))
            for (patterns, names) in [(monthPatterns, p.months), ([p.weekday], p.weekdays)] {
                for pattern in patterns {
                    let whole = pattern.matches(in: text).compactMap { $0.range() }
                    guard let part = names.part(of: s) else { XCTAssertEqual(whole, [], text); continue }
                    XCTAssertEqual(pattern.matches(in: text, within: part).compactMap { $0.range() }, whole, text)
                    checked += whole.count
                }
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    func testNumberValuesOfLowercasedWords() {
        let words = ["23", "1,500", "2.5", "1e3", "eight", "twenty-six", "thirty-one", "twenty-odd", "Eight", "dozen", "a",
                     "१२", "½", "x1", "rs2.5m", "seventeen", "ninety-nine", "forty-ten", "e\u{301}", "", "1\u{301}"]
        for w in words {
            let lower = w.lowercased()
            let expected: Double? = {
                if let first = lower.first, first.isNumber { return Double(lower.replacingOccurrences(of: ",", with: "")) }
                if let u = Numbers.units[lower] { return Double(u) }
                if let t = Numbers.tens[lower] { return Double(t) }
                let parts = lower.split(separator: "-")
                if parts.count == 2, let t = Numbers.tens[String(parts[0])], let u = Numbers.units[String(parts[1])], u < 10 { return Double(t + u) }
                return nil
            }()
            XCTAssertEqual(Numbers.value(w), expected, w)
        }
    }

    func testOutlookWordBytes() {
        XCTAssertEqual(OutlookRule.wordBytes("Plans to, re-open!"), Array(" plans to  re-open  ".utf8))
        XCTAssertEqual(OutlookRule.wordBytes("Café 2x"), Array(" café  x ".utf8))
    }
}
