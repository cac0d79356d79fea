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
}
