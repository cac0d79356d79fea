import Foundation

/// A compiled regular expression, shared safely (NSRegularExpression is immutable). The parsing and
/// extraction stages both read text with it.
public struct Pattern: @unchecked Sendable {
    let re: NSRegularExpression
    /// The literals one of which every match holds (see `LiteralGate`): texts without any are not searched.
    let gate: LiteralGate?

    /// Case-insensitive unless told otherwise.
    public init(_ pattern: String, caseInsensitive: Bool = true) {
        // Patterns are constants of the modules that use them; a bad one is a programming error caught by the tests.
        re = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        gate = RequiredLiterals.of(pattern, caseInsensitive: caseInsensitive).map { LiteralGate(literals: $0, caseInsensitive: caseInsensitive) }
    }

    /// Whether the text may hold a match (false only when it holds none of the required literals).
    func mayMatch(_ text: String) -> Bool { gate?.mayMatch(text) ?? true }

    /// One match: groups as strings and as ranges of the searched text.
    public struct Match {
        let string: String
        let result: NSTextCheckingResult
        /// Group `i`, or nil when it took no part in the match.
        public subscript(_ i: Int) -> String? {
            guard let r = Range(result.range(at: i), in: string) else { return nil }
            return String(string[r])
        }
        public func range(_ i: Int = 0) -> Range<String.Index>? { Range(result.range(at: i), in: string) }
    }

    public func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Match(string: text, result: $0) }
    }

    /// The matches that lie inside `part` of `text`. Look-arounds and word boundaries still see the text
    /// around it, so these are the matches of the whole text that lie inside `part`, provided none of
    /// the whole text's matches starts before `part` and ends inside it.
    public func matches(in text: String, within part: Range<String.Index>) -> [Match] {
        guard mayMatch(text) else { return [] }
        return re.matches(in: text, options: [.withTransparentBounds, .withoutAnchoringBounds], range: NSRange(part, in: text))
            .map { Match(string: text, result: $0) }
    }

    public func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        return re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { Match(string: text, result: $0) }
    }

    public func contains(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// `text` with every match replaced by `template` (`$1` stands for group 1).
    public func replacingMatches(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// A pattern matching any of the phrases as whole words, longest first.
    public static func words(_ phrases: [String]) -> Pattern {
        let alternation = phrases.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|")
        return Pattern("(?<![\\w’'])(?:\(alternation))(?![\\w’'])")
    }
}
