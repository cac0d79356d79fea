import BriefModel

/// Splits a paragraph into sentences without breaking on abbreviations (Mr., Sept., U.N., No.),
/// initials, decimals or inside quotations; records each sentence's character offsets.
///
/// The rules walk the paragraph's characters. When every scalar of the paragraph is a character of its
/// own (`isPlain`), they walk the scalars instead, which gives the same sentences much faster.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "gen", "col", "capt", "lt", "sgt", "maj", "brig", "cdr", "rev", "hon", "inc",
        "ltd", "co", "corp", "vs", "etc", "approx", "govt", "dept", "est", "fig", "jr", "sr", "mt", "ft", "rs", "e.g",
        "i.e", "u.s", "u.n", "u.k", "a.m", "p.m", "op", "art", "para", "sen", "rep", "gov", "supt", "insp", "engr",
    ]

    static func split(_ text: String, paragraph: Int) -> [Sentence] {
        isPlain(text) ? scalarSplit(text, paragraph: paragraph) : characterSplit(text, paragraph: paragraph)
    }

    /// The sentences found by walking characters (the reference for `scalarSplit`).
    static func characterSplit(_ text: String, paragraph: Int) -> [Sentence] {
        let chars = Array(text)
        return split(chars, paragraph: paragraph) { String(chars[$0..<$1]) }
    }

    /// The sentences of a plain text (`isPlain`), found by walking its scalars.
    static func scalarSplit(_ text: String, paragraph: Int) -> [Sentence] {
        let walk = ScalarWalk(text)
        return split(walk.scalars, paragraph: paragraph) { a, b in walk.string(a, b) }
    }

    /// Whether the text can be split by walking its scalars (see `isPlainScalarText`).
    static func isPlain(_ s: String) -> Bool { s.isPlainScalarText }

    /// The splitting rules over characters or scalars; `text(a, b)` is the text of units `a..<b`.
    private static func split<U: SplitUnit>(_ chars: [U], paragraph: Int, text: (Int, Int) -> String) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var inQuote = false
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, chars[s].isWhitespace { s += 1 }
            while e > s, chars[e - 1].isWhitespace { e -= 1 }
            if e > s {
                sentences.append(Sentence(paragraph: paragraph, index: sentences.count, start: s, end: e,
                                          text: text(s, e)))
            }
            start = end
        }
        while i < chars.count {
            let c = chars[i]
            if c.is("\"") { inQuote.toggle() } else if c.is("“") { inQuote = true } else if c.is("”") { inQuote = false }
            if c.is(".") || c.is("!") || c.is("?") {
                var j = i + 1
                while j < chars.count, chars[j].isAny(of: ".!?") { j += 1 }
                // closing quotes and brackets belong to the sentence
                var closesQuote = false
                while j < chars.count, chars[j].isAny(of: "\"”’')]") {
                    if chars[j].is("\"") || chars[j].is("”") { closesQuote = true }
                    j += 1
                }
                if closesQuote { inQuote = false }
                if j >= chars.count { i = j; continue }
                guard chars[j].isWhitespace else { i += 1; continue }
                var k = j
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                guard k < chars.count else { i = j; continue }
                let next = chars[k]
                let startsSentence = next.isUppercase || next.isNumber || next.isAny(of: "\"“‘'(")
                if startsSentence && !inQuote && !(c.is(".") && isAbbreviation(chars, dot: i, text: text)) {
                    emit(j)
                }
                i = j
                continue
            }
            i += 1
        }
        emit(chars.count)
        return sentences
    }

    /// Whether the word ending at the dot at `dot` is an abbreviation or an initial.
    private static func isAbbreviation<U: SplitUnit>(_ chars: [U], dot: Int, text: (Int, Int) -> String) -> Bool {
        var s = dot
        while s > 0, !chars[s - 1].isWhitespace, !chars[s - 1].isAny(of: "(\"“") { s -= 1 }
        let word = text(s, dot)
        if word.isEmpty { return false }
        if word.count == 1, word.first!.isUppercase { return true }          // initial: "J. Smith"
        let lower = word.lowercased()
        if abbreviations.contains(lower) { return true }
        // dotted acronyms: "U.N.", "U.S."
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return true }
        return false
    }
}

/// A character, or a scalar of a plain text (where it is a character of its own), as the splitter reads it.
private protocol SplitUnit {
    var isWhitespace: Bool { get }
    var isUppercase: Bool { get }
    var isNumber: Bool { get }
    /// Whether this is the character `c` (a single scalar).
    func `is`(_ c: Unicode.Scalar) -> Bool
    /// Whether this is one of the characters of `set` (single scalars).
    func isAny(of set: String) -> Bool
}

extension Character: SplitUnit {
    func `is`(_ c: Unicode.Scalar) -> Bool { self == Character(c) }
    func isAny(of set: String) -> Bool { set.contains(self) }
}

extension Unicode.Scalar: SplitUnit {
    /// The answers of `Character(self)`, with ASCII answered directly.
    var isWhitespace: Bool { isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : Character(self).isWhitespace }
    var isUppercase: Bool { isASCII ? (0x41...0x5A).contains(value) : Character(self).isUppercase }
    var isNumber: Bool { isASCII ? (0x30...0x39).contains(value) : Character(self).isNumber }
    func `is`(_ c: Unicode.Scalar) -> Bool { self == c }
    func isAny(of set: String) -> Bool { set.unicodeScalars.contains(self) }
}
