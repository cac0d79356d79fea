import BriefModel
import XCTest

/// The byte test of `isPlainScalarText` gives the answers of its definition over scalars.
final class PlainTextTests: XCTestCase {
    /// The definition: no CR, scalars below U+0300 or in U+2010…U+2027, U+2030…U+205E.
    static func reference(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0x0D: return false
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
            default: return false
            }
        }
    }

    func testByteWalkMatchesScalarDefinition() {
        var texts = TextScanningTests.tricky + ["\r", "a\r\nb", "\u{2FF}\u{300}", "\u{200F}\u{2010}\u{2027}\u{2028}", "\u{202F}\u{2030}",
                                                "\u{205E}\u{205F}", "\u{2060}", "\u{7F}\u{80}", "\u{2013}\u{2019}\u{2026}", "\u{FEFF}x", "€"]
        // every scalar around the edges of the plain ranges, alone and in ASCII context
        for v in Array(0...0x340) + Array(0x1FF0...0x2080) + [0xFFFD, 0x1F6A8] {
            if let u = Unicode.Scalar(UInt32(v)) { texts += [String(u), "a\(u)b"] }
        }
        for t in texts {
            XCTAssertEqual(t.isPlainScalarText, Self.reference(t), t.debugDescription)
            XCTAssertEqual(t.dropFirst().isPlainScalarText, Self.reference(String(t.dropFirst())), t.debugDescription)
        }
    }
}
