import Foundation

/// Line splitting and blank trimming without Foundation's NSString bridge (slow on Linux); the answers are
/// those of `components(separatedBy: "\n")` and `trimmingCharacters(in: .whitespaces)`.
enum Text {
    /// A character of `CharacterSet.whitespaces` as CoreFoundation defines it: tab, the space separators
    /// and the zero-width space.
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether the text is empty or only blanks.
    static func isBlank(_ s: some StringProtocol) -> Bool { s.unicodeScalars.allSatisfy(isBlank) }

    /// The lines of a text (split at every "\n" character; "\r\n" is one character and does not split).
    static func lines(_ text: String) -> [String] {
        guard newlinesStandAlone(text) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        // every "\n" byte is a character of its own: split the bytes, memchr finding each line's end
        var copy = text
        return copy.withUTF8 { b -> [String] in
            guard let base = b.baseAddress else { return [""] }
            var lines: [String] = []
            var start = 0
            while true {
                let rest = b.count - start
                guard rest > 0, let hit = memchr(base + start, 0x0A, rest) else {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self))
                    return lines
                }
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
                start = end + 1
            }
        }
    }

    /// Whether every line feed is a character of its own: not after a carriage return ("\r\n") and not
    /// followed by a combining mark (what follows is ASCII, a Latin letter below U+0300 or a General
    /// Punctuation mark from U+2010 to U+203F, such as an opening quote).
    private static func newlinesStandAlone(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b in
            for i in b.indices where b[i] == 0x0A {
                if i > 0 && b[i - 1] == 0x0D { return false }
                guard i + 1 < b.count, b[i + 1] >= 0x80 else { continue }
                let lead = b[i + 1]
                if lead >= 0xC2 && lead <= 0xCB { continue }
                if lead == 0xE2, i + 2 < b.count, b[i + 2] == 0x80, i + 3 < b.count, b[i + 3] >= 0x90 { continue }
                return false
            }
            return true
        } ?? false
    }
}

extension Substring {
    /// The text without leading and trailing blanks (`Text.isBlank`).
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Text.isBlank($0) }),
              let last = scalars.lastIndex(where: { !Text.isBlank($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    /// The text without leading and trailing blanks (`Text.isBlank`).
    func trimmingBlanks() -> String { self[...].trimmingBlanks() }
}
