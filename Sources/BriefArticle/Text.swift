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
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
