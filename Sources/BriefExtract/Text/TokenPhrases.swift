/// A phrase over tokens as a lexicon writes it: words separated by spaces, `a|b` for one of several words,
/// `(a)` or `(a|b)` for a word that may be left out. `with (the) (financial|technical) support of|from`
/// matches `with support from` and `with the financial support of`. Words are matched lower-cased.
struct TokenPhrase: Sendable, Equatable {
    struct Element: Sendable, Equatable {
        let words: Set<String>
        let optional: Bool
    }
    let elements: [Element]
    /// The text it was read from.
    let source: String

    init(_ source: String) {
        self.source = source
        elements = source.lowercased().split(separator: " ").map { part in
            let optional = part.hasPrefix("(") && part.hasSuffix(")") && part.count > 2
            let body = optional ? part.dropFirst().dropLast() : part[...]
            return Element(words: Set(body.split(separator: "|").map(String.init)), optional: optional)
        }
    }

    /// The end (exclusive) of the longest match that starts at token `start`, or nil when none does.
    func match(_ tokens: [Token], at start: Int) -> Int? {
        func walk(_ e: Int, _ i: Int) -> Int? {
            if e == elements.count { return i }
            let element = elements[e]
            var best: Int?
            if i < tokens.count, element.words.contains(tokens[i].lower) { best = walk(e + 1, i + 1) }
            if element.optional, let skip = walk(e + 1, i) { best = max(best ?? skip, skip) }
            return best
        }
        guard let end = walk(0, start), end > start else { return nil }
        return end
    }
}

/// A lexicon list of token phrases (`TokenPhrase`), tried together: the longest match wins, and among
/// matches of one length the phrase listed first.
struct TokenPhraseSet: Decodable, Sendable, Equatable, LexiconList {
    let phrases: [TokenPhrase]
    /// Every word a match can start with, to skip tokens quickly.
    private let firstWords: Set<String>
    private let canStartAnywhere: Bool

    init(_ sources: [String]) {
        phrases = sources.map(TokenPhrase.init).filter { !$0.elements.isEmpty }
        var first: Set<String> = []
        var anywhere = false
        for p in phrases {
            for element in p.elements {
                first.formUnion(element.words)
                if !element.optional { break }
            }
            if p.elements.allSatisfy(\.optional) { anywhere = true }
        }
        firstWords = first
        canStartAnywhere = anywhere
    }

    init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode([String].self)) }
    var count: Int { phrases.count }

    /// A match of one of the phrases.
    struct Match: Sendable, Equatable {
        /// Tokens `start..<end` of the sentence.
        let start: Int
        let end: Int
        /// Which phrase matched (its index in the list).
        let phrase: Int
    }

    /// The longest match starting at token `start`.
    func match(_ tokens: [Token], at start: Int) -> Match? {
        guard start < tokens.count, canStartAnywhere || firstWords.contains(tokens[start].lower) else { return nil }
        var best: Match?
        for (k, p) in phrases.enumerated() {
            if let end = p.match(tokens, at: start), end > (best?.end ?? start) { best = Match(start: start, end: end, phrase: k) }
        }
        return best
    }

    /// Matches in reading order, none overlapping another (each the longest at its start).
    func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = match(tokens, at: i) { out.append(m); i = m.end } else { i += 1 }
        }
        return out
    }
}
