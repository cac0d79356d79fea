import Foundation
import BriefModel

/// A word, number or punctuation mark of a sentence, with its place in the sentence text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable { case word, number, punct }
    let text: String
    let range: Range<String.Index>
    let kind: Kind
    /// Lower-cased text.
    let lower: String
    /// The word without a possessive ending (`Interpol's` → `Interpol`).
    let base: String
    let isCapitalised: Bool
    /// The number it spells (`Numbers.value` of the text of a number, of the lower-cased text of a word).
    let value: Double?
    /// A word spelling a number (`eight`, `thirty-one`: `Numbers.isNumberWord`).
    let isNumberWord: Bool
    /// A number, or a word with a digit in it (`Rs2.5m`).
    let hasDigit: Bool

    init(text: String, range: Range<String.Index>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        lower = text.lowercased()
        // a possessive ends in `s`, `'` or `’` (last UTF-8 byte 0x99): test the byte before the suffixes
        switch text.utf8.last {
        case UInt8(ascii: "s"):
            base = text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text
        case UInt8(ascii: "'"), 0x99:
            base = text.hasSuffix("s'") || text.hasSuffix("s’") ? String(text.dropLast()) : text
        default:
            base = text
        }
        isCapitalised = kind == .word && Token.startsUppercase(text)
        switch kind {
        case .number:
            value = Numbers.valueOfLowercased(lower)
            isNumberWord = false
        case .word where Token.spellsNoNumber(lower):
            value = nil
            isNumberWord = false
        case .word:
            value = Numbers.valueOfLowercased(lower)
            isNumberWord = Numbers.isNumberWord(lower)
        case .punct:
            value = nil
            isNumberWord = false
        }
        hasDigit = kind == .number || kind == .word && Token.containsDigit(text)
    }

    /// Whether a lower-cased word surely spells no number: it starts with three ASCII letters (or is one
    /// or two ASCII letters) that start none of the number words of `Numbers`, so neither
    /// `Numbers.valueOfLowercased` nor `Numbers.isNumberWord` can read it: both look words up by their
    /// whole text or by the part before a hyphen, and every number word is three ASCII letters or more.
    private static func spellsNoNumber(_ lower: String) -> Bool {
        var bytes = lower.utf8.makeIterator()
        var key = 0
        for position in 0..<3 {
            // one or two letters spell no number word
            guard let b = bytes.next() else { return position > 0 }
            guard b >= 0x61, b <= 0x7A else { return false }
            key = key * 26 + Int(b - 0x61)
        }
        // a combining mark after the third letter changes no answer: the start is still no number word's
        return !numberWordStarts[key]
    }

    /// For each three letters a–z (as a number in base 26), whether a number word of `Numbers` starts with them.
    private static let numberWordStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 26 * 26 * 26)
        for word in Array(Numbers.units.keys) + Array(Numbers.tens.keys) {
            var key = 0
            for b in word.utf8.prefix(3) { key = key * 26 + Int(b) - 0x61 }
            // a start that is not three letters a–z (`a dozen`) marks nothing, so such words are read
            if word.utf8.prefix(3).allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && word.utf8.count >= 3 { starts[key] = true }
        }
        return starts
    }()

    /// `text.first?.isUppercase`, answered from the first byte when it is ASCII and a whole character.
    private static func startsUppercase(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let b = utf8.first, b < 0x80, utf8.count == 1 || utf8.dropFirst().first! < 0x80 { return b >= 0x41 && b <= 0x5A }
        return text.first?.isUppercase ?? false
    }

    /// `text.contains(where: \.isNumber)`, with ASCII text answered from its bytes.
    private static func containsDigit(_ text: String) -> Bool {
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x30 && b <= 0x39 { return true }
        }
        return ascii ? false : text.contains(where: \.isNumber)
    }

    var isPossessive: Bool { base.count != text.count }
    var isAllCaps: Bool {
        kind == .word && text.count >= 2 && base.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" } && base.contains(where: \.isLetter)
    }
    func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
}

/// Splits sentence text into tokens: words keep inner apostrophes, hyphens and dots (`U.N.`, `pick-up`,
/// `Interpol's`); numbers keep separators (`1,500`, `2.5`); every other mark is its own token.
enum Tokenizer {
    static let dottedTitles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "lt", "col", "capt", "gen", "maj", "sgt", "brig",
                                            "cdr", "rev", "hon", "jr", "sr", "mt", "supt", "insp", "engr"]
    static func tokens(_ text: String) -> [Token] {
        SearchableText.isPlain(text) ? scalarTokens(text) : characterTokens(text)
    }

    /// The tokens of a plain text (`SearchableText.isPlain`: every scalar is a character), found by walking
    /// its scalars with the rules of `characterTokens`, which is much faster than walking characters.
    static func scalarTokens(_ text: String) -> [Token] {
        let walk = ScalarWalk(text)
        let u = walk.scalars
        func index(_ k: Int) -> String.Index { walk.index(k) }
        func isNumber(_ s: Unicode.Scalar) -> Bool { s.isASCII ? (0x30...0x39).contains(s.value) : Character(s).isNumber }
        func isLetterOrNumber(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII { let v = s.value | 0x20; return (0x61...0x7A).contains(v) || (0x30...0x39).contains(s.value) }
            let c = Character(s)
            return c.isLetter || c.isNumber
        }
        func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.isASCII ? s.value == 0x20 || (0x09...0x0D).contains(s.value) : Character(s).isWhitespace }
        var out: [Token] = []
        var i = 0
        while i < u.count {
            let c = u[i]
            if isWhitespace(c) { i += 1; continue }
            guard isLetterOrNumber(c) else {
                out.append(Token(text: String(Character(c)), range: index(i)..<index(i + 1), kind: .punct))
                i += 1
                continue
            }
            var j = i + 1
            while j < u.count {
                let d = u[j]
                if isLetterOrNumber(d) { j += 1; continue }
                if joiners.contains(d) {
                    let k = j + 1
                    guard k < u.count else { break }      // a closing possessive apostrophe: `migrants'`
                    let e = u[k]
                    if d == "," {
                        // thousands separator only between digits: `1,500`
                        if isNumber(u[j - 1]) && isNumber(e) { j = k; continue }
                        break
                    }
                    if d == "." {
                        // `2.5`, `U.N`, `Rs2.5m`; not a sentence-final dot
                        if isLetterOrNumber(e) { j = k; continue }
                        // dotted acronym end: `U.N.` (single letters between dots)
                        let word = u[i..<j]
                        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { j = k }
                        break
                    }
                    if isLetterOrNumber(e) { j = k; continue }
                }
                break
            }
            var range = index(i)..<index(j)
            // `Dr.`, `Lt.`, `St.`: the dot of a short title belongs to it
            if j < u.count, u[j] == ".", Tokenizer.dottedTitles.contains(text[range].lowercased()) {
                j += 1
                range = range.lowerBound..<index(j)
            }
            let numeric = isNumber(c) && u[i..<j].allSatisfy { isNumber($0) || $0 == "," || $0 == "." }
            out.append(Token(text: String(text[range]), range: range, kind: numeric ? .number : .word))
            i = j
        }
        return out
    }

    /// Marks that may join the parts of a word or number.
    private static let joiners: Set<Unicode.Scalar> = ["'", "’", "-", ".", ","]

    /// The tokens of any text, walking its characters (the reference for `scalarTokens`).
    static func characterTokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c.isLetter || c.isNumber {
                var j = text.index(after: i)
                while j < text.endIndex {
                    let d = text[j]
                    if d.isLetter || d.isNumber { j = text.index(after: j); continue }
                    // inner joiners: followed by a letter or digit
                    if "'’-.,".contains(d) {
                        let k = text.index(after: j)
                        guard k < text.endIndex else {
                            // a closing possessive apostrophe: `migrants'`
                            break
                        }
                        let e = text[k]
                        if d == "," {
                            // thousands separator only between digits: `1,500`
                            if text[text.index(before: j)].isNumber && e.isNumber { j = k; continue }
                            break
                        }
                        if d == "." {
                            // `2.5`, `U.N`, `Rs2.5m`; not a sentence-final dot
                            if e.isLetter || e.isNumber { j = k; continue }
                            // dotted acronym end: `U.N.` (single letters between dots)
                            let word = text[i..<j]
                            if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { j = k }
                            break
                        }
                        if e.isLetter || e.isNumber { j = k; continue }
                    }
                    break
                }
                // `Dr.`, `Lt.`, `St.`: the dot of a short title belongs to it
                if j < text.endIndex, text[j] == ".", Tokenizer.dottedTitles.contains(text[i..<j].lowercased()) {
                    j = text.index(after: j)
                }
                let word = String(text[i..<j])
                let isNumber = word.first!.isNumber && word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
                out.append(Token(text: word, range: i..<j, kind: isNumber ? .number : .word))
                i = j
            } else {
                let j = text.index(after: i)
                out.append(Token(text: String(c), range: i..<j, kind: .punct))
                i = j
            }
        }
        return out
    }
}

/// A sentence with its tokens, the unit most rules read.
struct TokenizedSentence: Sendable {
    let sentence: BriefModel.Sentence
    let tokens: [Token]
    var text: String { sentence.text }

    init(_ sentence: BriefModel.Sentence) {
        self.sentence = sentence
        self.tokens = Tokenizer.tokens(sentence.text)
    }

    /// The sentence text from token `a` through token `b` (inclusive).
    func span(_ a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return String(text[tokens[a].range.lowerBound..<tokens[b].range.upperBound])
    }

    /// Whether the lower-cased words appear in a row.
    func contains(phrase: [String]) -> Bool {
        guard let first = phrase.first, phrase.count <= tokens.count else { return false }
        for i in 0...(tokens.count - phrase.count) where tokens[i].lower == first {
            if (1..<phrase.count).allSatisfy({ tokens[i + $0].lower == phrase[$0] }) { return true }
        }
        return false
    }

    /// Whether some token's lower-cased text passes the test.
    func hasWord(_ test: (String) -> Bool) -> Bool { tokens.contains { $0.kind == .word && test($0.lower) } }

    /// Index of the token that starts at or after a string index.
    func tokenIndex(at index: String.Index) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= index } ?? tokens.count
    }
}

