import Foundation
import BriefModel

/// A text prepared for repeated substring searches that give Foundation's answers (`range(of:)`,
/// `contains`) without its NSString bridge, which is slow on Linux.
///
/// When the text and the needle are *plain* (see `isPlain`), every Unicode scalar is a character of its
/// own and no two different strings are canonically equivalent, so Foundation's search is a search for
/// the needle's UTF-8 bytes; other texts are searched character by character (where, unlike Foundation,
/// a needle never matches part of a character: "🚣" is not found inside "🚣‍♂️").
struct SearchableText {
    let text: String
    private let bytes: [UInt8]
    private let plain: Bool

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        plain = SearchableText.isPlain(text)
    }

    /// `text.range(of: needle)`, or with `backwards` the last occurrence (`options: .backwards`).
    func range(of needle: String, backwards: Bool = false) -> Range<String.Index>? {
        guard plain, SearchableText.isPlain(needle) else { return characterRange(of: needle, backwards: backwards) }
        guard let start = UTF8Search.offset(of: Array(needle.utf8), in: bytes, last: backwards) else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The search by characters (canonical equivalence, as Foundation's), for texts that are not plain.
    private func characterRange(of needle: String, backwards: Bool) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        guard backwards else { return text.firstRange(of: needle) }
        let length = needle.count
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            if text[i...].starts(with: needle) { return i..<text.index(i, offsetBy: length) }
        }
        return nil
    }

    /// `text.contains(needle)`.
    func contains(_ needle: String) -> Bool { range(of: needle) != nil }

    /// Whether byte search gives the answers of character search on `s` (see `isPlainScalarText`).
    static func isPlain(_ s: some StringProtocol) -> Bool { s.isPlainScalarText }
}

/// Substring search over UTF-8 bytes (exact code units, no Unicode equivalence).
enum UTF8Search {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { offset(of: needle, in: haystack) != nil }

    /// The byte offset of the first (or `last`) occurrence of `needle` in `haystack`.
    static func offset(of needle: [UInt8], in haystack: [UInt8], last: Bool = false) -> Int? {
        guard !needle.isEmpty else { return nil }
        guard haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                // look for a byte other than a blank first: needles padded with blanks (" plans to ") would
                // otherwise stop at every blank of the text; forwards, memchr jumps to the candidates
                let probe = n.firstIndex { $0 != 0x20 } ?? 0
                let probeByte = n[probe]
                func matches(at i: Int) -> Bool {
                    var k = 0
                    while k < n.count, h[i + k] == n[k] { k += 1 }
                    return k == n.count
                }
                let end = h.count - n.count
                if last {
                    var i = end
                    while i >= 0 { if h[i + probe] == probeByte && matches(at: i) { return i }; i -= 1 }
                } else {
                    let base = h.baseAddress!
                    var i = 0
                    while i <= end {
                        guard let hit = memchr(base + i + probe, Int32(probeByte), end - i + 1) else { return nil }
                        i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - probe
                        if matches(at: i) { return i }
                        i += 1
                    }
                }
                return nil
            }
        }
    }
}

extension String {
    /// The text without the leading and trailing scalars that pass the test (as Foundation's
    /// `trimmingCharacters(in:)` with a set of those scalars).
    func trimmingScalars(_ test: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !test($0) }),
              let last = scalars.lastIndex(where: { !test($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
