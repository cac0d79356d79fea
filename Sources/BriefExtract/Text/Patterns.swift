import Foundation

/// A compiled regular expression, shared safely (NSRegularExpression is immutable).
struct Pattern: @unchecked Sendable {
    let re: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = true) {
        // Patterns are constants of this module; a bad one is a programming error caught by the tests.
        re = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// One match: groups as strings and as ranges of the searched text.
    struct Match {
        let string: String
        let result: NSTextCheckingResult
        subscript(_ i: Int) -> String? {
            guard let r = Range(result.range(at: i), in: string) else { return nil }
            return String(string[r])
        }
        func range(_ i: Int = 0) -> Range<String.Index>? { Range(result.range(at: i), in: string) }
    }

    func matches(in text: String) -> [Match] {
        re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Match(string: text, result: $0) }
    }

    func firstMatch(in text: String) -> Match? {
        re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { Match(string: text, result: $0) }
    }

    func contains(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// A pattern matching any of the phrases as whole words, longest first.
    static func words(_ phrases: [String]) -> Pattern {
        let alternation = phrases.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|")
        return Pattern("(?<![\\w’'])(?:\(alternation))(?![\\w’'])")
    }
}
