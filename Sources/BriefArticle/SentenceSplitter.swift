import BriefModel

/// Splits a paragraph into sentences without breaking on abbreviations (Mr., Sept., U.N., No.),
/// initials, decimals or inside quotations; records each sentence's character offsets.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "gen", "col", "capt", "lt", "sgt", "maj", "brig", "cdr", "rev", "hon", "inc",
        "ltd", "co", "corp", "vs", "etc", "approx", "govt", "dept", "est", "fig", "jr", "sr", "mt", "ft", "rs", "e.g",
        "i.e", "u.s", "u.n", "u.k", "a.m", "p.m", "op", "art", "para", "sen", "rep", "gov", "supt", "insp", "engr",
    ]

    static func split(_ text: String, paragraph: Int) -> [Sentence] {
        let chars = Array(text)
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
                                          text: String(chars[s..<e])))
            }
            start = end
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\"" { inQuote.toggle() } else if c == "“" { inQuote = true } else if c == "”" { inQuote = false }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < chars.count, ".!?".contains(chars[j]) { j += 1 }
                // closing quotes and brackets belong to the sentence
                var closesQuote = false
                while j < chars.count, "\"”’')]".contains(chars[j]) {
                    if chars[j] == "\"" || chars[j] == "”" { closesQuote = true }
                    j += 1
                }
                if closesQuote { inQuote = false }
                if j >= chars.count { i = j; continue }
                guard chars[j].isWhitespace else { i += 1; continue }
                var k = j
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                guard k < chars.count else { i = j; continue }
                let next = chars[k]
                let startsSentence = next.isUppercase || next.isNumber || "\"“‘'(".contains(next)
                if startsSentence && !inQuote && !(c == "." && isAbbreviation(chars, dot: i)) {
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
    private static func isAbbreviation(_ chars: [Character], dot: Int) -> Bool {
        var s = dot
        while s > 0, !chars[s - 1].isWhitespace, !"(\"“".contains(chars[s - 1]) { s -= 1 }
        let word = String(chars[s..<dot])
        if word.isEmpty { return false }
        if word.count == 1, word.first!.isUppercase { return true }          // initial: "J. Smith"
        let lower = word.lowercased()
        if abbreviations.contains(lower) { return true }
        // dotted acronyms: "U.N.", "U.S."
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return true }
        return false
    }
}
