@testable import BriefArticle
import Foundation
import XCTest

/// The native text helpers give Foundation's answers.
final class TextTests: XCTestCase {
    func testBlanksAreFoundationsWhitespaces() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(Text.isBlank(s), CharacterSet.whitespaces.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    static let tricky = ["", " ", "\t", "a", " a ", "\u{A0}x\u{3000}", " \u{301}é ", "\u{200B}zero\u{200B}", "\n a\n", "x\r\ny",
                         "line one\n\nline two\n", "\n\u{301}combined\n", "\u{FEFF} bom ", "tab\tinside\t", "“quoted” — ok  "]

    func testTrimmingMatchesFoundation() {
        for t in Self.tricky {
            XCTAssertEqual(t.trimmingBlanks(), t.trimmingCharacters(in: .whitespaces), t.debugDescription)
            XCTAssertEqual(Text.isBlank(t), t.trimmingCharacters(in: .whitespaces).isEmpty, t.debugDescription)
        }
    }

    func testLinesMatchFoundation() {
        for t in Self.tricky {
            XCTAssertEqual(Text.lines(t), t.components(separatedBy: "\n"), t.debugDescription)
        }
    }

    /// Paragraphs for the splitter: abbreviations, initials, decimals, quotations, closing marks, Latin and
    /// General Punctuation letters, and texts that are not plain (combining marks, CR LF, emoji, Greek).
    static let paragraphs = [
        "", " ", "One. Two.", "Mr. Smith met Dr. J. Doe at 3 p.m. Then they left.", "The U.N. said so. U.S. officials agreed.",
        "It cost Rs2.5m. The boat sank.", "“We need help.” She left. \"Go!\" he said. (It rained.) Fine?", "Wait... What?! Yes.",
        "Café owners in Málaga met. Émile spoke. José’s boat left. Ñandú é. Œuvre.", "‘Quoted.’ 12 died. ( Aside. )",
        "x\r\ny. Z", "e\u{301}cole. Naïve. É\u{301}", "Ελλάδα. Κρήτη, 12. μετανάστες.", "emoji 🚣‍♂️ boat. Then",
        "No. 5 was late. Sept. 3 came. etc. And", "He said \"no. Never.\" Then. \u{A0}Next.\u{2003}Last.", "E.g. this. i.e. that.",
        "A.B.C. and D. 2. 3.5 units. \u{2126}mega. ǅ. Ǆ.", "Tab\tend.\tNext. Line\u{2028}sep. Other.\u{85}Nel.",
    ]

    func testScalarSplitMatchesCharacterSplit() throws {
        var texts = Self.paragraphs
        // The project's own articles always; the shared corpus as well when it is beside the checkout.
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["BriefExtractTests/Development/articles", "BriefExtractTests/Unseen/articles",
                       "BriefExtractTests/Unseen2/articles", "../reports/samples", "../../shared/corpus/articles"]
        for folder in folders {
            let url = tests.appendingPathComponent(folder).standardized
            for file in (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
            where ["txt", "md"].contains(file.pathExtension) {
                texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            }
        }
        var plain = 0
        for t in texts where SentenceSplitter.isPlain(t) {
            plain += 1
            XCTAssertEqual(SentenceSplitter.scalarSplit(t, paragraph: 3), SentenceSplitter.characterSplit(t, paragraph: 3), t)
        }
        XCTAssertGreaterThan(plain, 100)
        for t in texts { XCTAssertEqual(SentenceSplitter.split(t, paragraph: 1), SentenceSplitter.characterSplit(t, paragraph: 1), t) }
    }

    func testOpenersAreFoundWithTheirLength() {
        let openers = ["TUNIS, May 2 (XYZ) — The": "TUNIS, May 2 (XYZ) — ", "KARACHI: Police": "KARACHI: ", "**DAKAR** — A": "**DAKAR** — ",
                       "ST. LOUIS - x": "ST. LOUIS - ", "O’HARE -- y": "O’HARE -- ", "AB: z": "AB: "]
        for (text, opener) in openers {
            XCTAssertEqual(Body.opener(of: text)?.range().map { String(text[..<$0.upperBound]) }, opener, text)
        }
        for t in ["The boat", "A: b", "Tunis — x", ""] { XCTAssertNil(Body.opener(of: t), t) }
    }

    func testArticleRecordsItsOpener() throws {
        let a = try XCTUnwrap(ArticleParser().parse(text: "A headline\nOutlet\n2024-05-15\n\nLAHORE: Police said.", origin: "t.txt",
                                                     format: .plainText).first)
        XCTAssertEqual(a.dateline, "Lahore")
        XCTAssertEqual(a.openerLength, 8)
    }
}
