import BriefModel
import Foundation

/// Numbers with units: money written out in full (Rs2.5m → 2500000, Tk 12 lakh → 1200000, €330 million →
/// 330000000), people arrested, dead, missing and rescued, the length of meetings, and any other count
/// with the noun it counts ("87 cases", "38 per cent"). Years, dates, ages and money are not counts.
enum FigureRule {
    static let currencySymbols: [String: String] = ["rs": "PKR", "rs.": "PKR", "pkr": "PKR", "tk": "BDT", "tk.": "BDT", "bdt": "BDT",
                                                     "€": "EUR", "eur": "EUR", "$": "USD", "usd": "USD", "us$": "USD", "£": "GBP", "gbp": "GBP"]
    static let currencyWords: [String: String] = ["euro": "EUR", "euros": "EUR", "dollars": "USD", "dinars": "TND", "dinar": "TND",
                                                   "cfa francs": "XOF", "rupees": "PKR", "taka": "BDT", "pounds": "GBP", "dirhams": "AED"]
    static let prefixed = Pattern(#"(?<![\w])(Rs\.?|Tk\.?|PKR|BDT|€|\$|US\$|£|USD|EUR|GBP)\s?(\d[\d,]*(?:\.\d+)?)\s*(lakhs?|crores?|million|billion|mn|bn|m|k|thousand)?\b"#)
    static let suffixed = Pattern(#"\b(\d[\d,]*(?:\.\d+)?)\s*(lakhs?|crores?|million|billion|thousand)?\s+(euros?|dollars|dinars?|CFA francs|rupees|taka|pounds|dirhams)\b"#)
    static let scaledWord = Pattern(#"\b(\d[\d,]*(?:\.\d+)?|\w+)\s+(lakhs?|crores?)\b"#)
    static let arrested = Pattern(#"\b(?:arrested|detained|held)\s+(\d[\d,]*|\w+)\b|\b(\d[\d,]*|\w+)\s+(?:people|suspects|men|persons)\s+(?:were\s+)?(?:arrested|detained)\b"#)
    static let duration = Pattern(#"\b(\w+)-day\s+(?:regional\s+|international\s+|national\s+)?(conference|workshop|meeting|seminar|summit|training|crossing)\b"#)

    /// "arrested 214 smugglers last year", "since January", "so far this year", "in 2023": the period a count covers.
    static let periodPattern = Pattern(#"\b(?:(?:last|this|a|per|every|each) year|annually|so far this year|(?:since|in|during|throughout) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:19|20)\d{2})|in the (?:first|past|last) (?:\w+ )?(?:months?|weeks?|years?|quarter))\b"#)

    /// Words one of which `periodPattern` needs (a month or a four-digit year aside).
    static let periodWords: Set<String> = ["year", "annually", "months", "month", "weeks", "week", "quarter"]

    /// The period a sentence's counts cover, as written ("last year"), or nil.
    static func period(in s: TokenizedSentence, g: Gazetteers) -> String? {
        guard s.tokens.contains(where: { periodWords.contains($0.lower) || g.months[$0.lower] != nil
            || ($0.kind == .number && $0.text.utf8.count == 4) }) else { return nil }
        return periodPattern.firstMatch(in: s.text)?[0].map { $0.prefix(1).lowercased() + $0.dropFirst() }
    }

    static func extract(_ ctx: ArticleContext) -> [Figure] {
        var out: [Figure] = []
        func add(_ value: Double, _ unit: String, _ s: TokenizedSentence, _ rule: String) {
            // An absurd amount ("1e400 dollars") stays in the text, not among the figures.
            guard FactLimits.isFigure(value), !out.contains(where: { $0.value == value && $0.unit == unit }) else { return }
            out.append(Figure(value: value, unit: unit, context: TimelineRule.label(s.text, ctx), period: period(in: s, g: ctx.g),
                              evidence: [Evidence(s.sentence, rule: rule)]))
        }
        for (i, s) in ctx.sentences.enumerated() {
            var taken: [Range<String.Index>] = []
            let hasDigit = s.tokens.contains { $0.hasDigit }
            let hasSymbol = hasDigit && s.tokens.contains { ["€", "$", "£"].contains($0.text) || currencyPrefix($0.lower) }
            let hasCurrencyWord = hasDigit && s.tokens.contains { currencyWords[$0.lower] != nil || $0.lower == "francs" }
            for m in (hasSymbol ? prefixed.matches(in: s.text) : []) {
                guard let v = m[2].flatMap(Numbers.value), let sym = m[1], let r = m.range() else { continue }
                let scale = m[3].flatMap { Numbers.scales[$0.lowercased()] } ?? 1
                add((v * scale).rounded(), currencySymbols[sym.lowercased()] ?? sym, s, "figure.money")
                taken.append(r)
            }
            for m in (hasCurrencyWord ? suffixed.matches(in: s.text) : []) {
                guard let r = m.range(), !taken.contains(where: { $0.overlaps(r) }), let v = m[1].flatMap(Numbers.value), let cur = m[3] else { continue }
                let scale = m[2].flatMap { Numbers.scales[$0.lowercased()] } ?? 1
                add((v * scale).rounded(), currencyWords[cur.lowercased()] ?? cur, s, "figure.money")
                taken.append(r)
            }
            for m in (s.hasWord({ $0.hasPrefix("lakh") || $0.hasPrefix("crore") }) ? scaledWord.matches(in: s.text) : []) {
                // "three lakh more": lakh and crore amounts in the local currency
                guard let r = m.range(), !taken.contains(where: { $0.overlaps(r) }), let v = m[1].flatMap(Numbers.value),
                      let unit = m[2] else { continue }
                add(v * (Numbers.scales[unit.lowercased()] ?? 1), "BDT", s, "figure.money")
            }
            for m in (s.hasWord({ $0 == "arrested" || $0 == "detained" || $0 == "held" }) ? arrested.matches(in: s.text) : []) {
                if let n = (m[1] ?? m[2]).flatMap(Numbers.value) { add(n, "arrested", s, "figure.arrested") }
            }
            for m in (s.hasWord({ $0.hasSuffix("-day") }) ? duration.matches(in: s.text) : []) {
                if let n = m[1].flatMap(Numbers.value) { add(n, "days", s, "figure.duration") }
            }
            if let n = ctx.counts[i].dead { add(Double(n), "dead", s, "figure.dead") }
            if let n = ctx.counts[i].missing { add(Double(n), "missing", s, "figure.missing") }
            if let n = IncidentRule.combinedCount(s, g: ctx.g) { add(Double(n), "dead or missing", s, "figure.dead-or-missing") }
            if let n = ctx.counts[i].survivors { add(Double(n), "survivors", s, "figure.survivors") }
            let fromSentence = Set(out.filter { $0.evidence.first?.text == s.text }.map(\.value))
            for (value, unit) in counts(s, skipping: taken + ctx.eventDates(i).map(\.range)) where !fromSentence.contains(value) {
                add(value, unit, s, "figure.count")
            }
        }
        return out
    }

    /// "Rs2.5m", "Tk", "USD": a word that starts a money amount.
    static func currencyPrefix(_ w: String) -> Bool {
        ["rs", "tk", "pkr", "bdt", "usd", "eur", "gbp", "us"].contains { w.hasPrefix($0) }
    }

    static let pluralNouns: Set<String> = ["people", "men", "women", "children", "police", "staff", "personnel", "crew"]
    static let unitStops: Set<String> = ["of", "in", "to", "from", "and", "or", "were", "was", "who", "which", "had", "have", "has",
                                         "at", "on", "for", "with", "by", "the", "a", "an", "as", "each", "is", "are", "more", "than",
                                         "that", "into", "over", "after", "before", "since", "but", "would", "will", "could", "said", "when", "while", "after"]

    /// "42 officers", "15 public prosecutors", "38 per cent": a number and the one or two words it counts.
    static func counts(_ s: TokenizedSentence, skipping ranges: [Range<String.Index>]) -> [(Double, String)] {
        let t = s.tokens
        var out: [(Double, String)] = []
        for i in t.indices {
            let tok = t[i]
            guard !ranges.contains(where: { $0.contains(tok.range.lowerBound) }) else { continue }
            // "one" is not counted when spelt out
            guard tok.kind == .number || tok.isNumberWord && tok.lower != "one", let value = tok.value else { continue }
            // years, ages ("Sani Bello, 34,") and money are not counts
            if tok.kind == .number, !tok.text.unicodeScalars.contains(","), (1900...2100).contains(value) { continue }
            if i > 0, t[i - 1].isPunct(","), i + 1 < t.count, t[i + 1].isPunct(",") || t[i + 1].isPunct(".") { continue }
            if i > 0, ["€", "$", "£"].contains(t[i - 1].text) || ["rs", "tk"].contains(t[i - 1].lower) { continue }
            var j = i + 1
            var words: [String] = []
            if j + 1 < t.count, t[j].lower == "per", t[j + 1].lower == "cent" { out.append((value, "per cent")); continue }
            while j < t.count, words.count < 2, t[j].kind == .word, !t[j].isCapitalised || words.isEmpty && t[j].isCapitalised && t[j].lower.hasSuffix("s"),
                  !unitStops.contains(t[j].lower), !t[j].isNumberWord, Numbers.scales[t[j].lower] == nil {
                words.append(t[j].text)
                j += 1
                // a plural noun ends the unit: "87 cases under …", "30 people reached …"
                if t[j - 1].lower.hasSuffix("s") || pluralNouns.contains(t[j - 1].lower) { break }
            }
            if let last = words.last, !last.hasSuffix("s"), words.count == 2 || !(j < t.count && t[j].kind == .word && !unitStops.contains(t[j].lower)) {
                // a singular noun is only a unit after "a"/"an" or with a measure ("15 kilometres" is plural)
                if words.count == 1 && !["day", "year", "month", "week", "hour"].contains(last) { words.removeAll() }
            }
            if !words.isEmpty { out.append((value, words.joined(separator: " "))) }
        }
        return out
    }
}
