@testable import BriefExtract
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
        let needles = [",", " — ", " – ", "(", " as ", "s", "’", "é", "e", "\u{2002}", " ", "boat", "🚣"]
        for t in Self.tricky {
            let searchable = SearchableText(t)
            for n in needles {
                XCTAssertEqual(searchable.range(of: n), t.range(of: n), "\(t.debugDescription) \(n)")
                XCTAssertEqual(searchable.range(of: n, backwards: true), t.range(of: n, options: .backwards), "\(t.debugDescription) \(n)")
            }
        }
    }

    func testTrimmingScalarsMatchesFoundation() {
        let marks = ".,;:\"“”"
        for t in Self.tricky + ["“quoted.”", "..", ",;x;,", "\u{301}."] {
            XCTAssertEqual(t.trimmingScalars { marks.unicodeScalars.contains($0) },
                           t.trimmingCharacters(in: CharacterSet(charactersIn: marks)), t)
        }
    }

    func testOpenerCheckDoesNotHideOpeners() {
        let openers = ["TUNIS, May 2 (XYZ) — The", "KARACHI: Police", "**DAKAR** — A", "ST. LOUIS - x", "O’HARE -- y", "AB: z"]
        for t in openers { XCTAssertNotNil(ArticleContext.openerEnd(t), t) }
        for t in ["The boat", "A: b", "Tunis — x", ""] { XCTAssertNil(ArticleContext.openerEnd(t), t) }
    }

    func testOutlookWordBytes() {
        XCTAssertEqual(OutlookRule.wordBytes("Plans to, re-open!"), Array(" plans to  re-open  ".utf8))
        XCTAssertEqual(OutlookRule.wordBytes("Café 2x"), Array(" café  x ".utf8))
    }
}
