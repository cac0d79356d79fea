import BriefModel
import Foundation

/// Numbers with units: money written out in full (Rs2.5m → 2500000, Tk 12 lakh → 1200000, €330 million →
/// 330000000), people arrested, dead, missing and rescued, the length of meetings, and any other count
/// with the noun it counts (`87 cases`, `38 per cent`). Years, dates, ages and money are not counts.
enum FigureRule {
    /// The period a sentence's counts cover, as written (`last year`), or nil.
    static func period(in s: TokenizedSentence, g: Gazetteers) -> String? {
        let w = g.figureWords
        guard s.tokens.contains(where: { w.periodWords.contains($0.lower) || g.months[$0.lower] != nil
            || ($0.kind == .number && $0.text.utf8.count == 4) }) else { return nil }
        return w.period.firstMatch(in: s.text)?[0].map { $0.prefix(1).lowercased() + $0.dropFirst() }
    }

    static func extract(_ ctx: ArticleContext) -> [Figure] {
        let w = ctx.g.figureWords
        var out: [Figure] = []
        func add(_ value: Double, _ unit: String, _ s: TokenizedSentence, _ rule: String) {
            // An absurd amount (`1e400 dollars`) stays in the text, not among the figures.
            guard FactLimits.isFigure(value), !out.contains(where: { $0.value == value && $0.unit == unit }) else { return }
            out.append(Figure(value: value, unit: unit, context: TimelineRule.label(s.text, ctx), period: period(in: s, g: ctx.g),
                              evidence: [Evidence(s.sentence, rule: rule)]))
        }
        for (i, s) in ctx.sentences.enumerated() {
            var taken: [Range<String.Index>] = []
            let hasDigit = s.tokens.contains { $0.hasDigit }
            let hasSymbol = hasDigit && s.tokens.contains { ["€", "$", "£"].contains($0.text) || currencyPrefix($0.lower, w) }
            let hasCurrencyWord = hasDigit && s.tokens.contains { w.currencyWordParts.contains($0.lower) }
            for m in (hasSymbol ? w.prefixed.matches(in: s.text) : []) {
                guard let v = m[2].flatMap(Numbers.value), let sym = m[1], let r = m.range() else { continue }
                let scale = m[3].flatMap { Numbers.scales[$0.lowercased()] } ?? 1
                add((v * scale).rounded(), w.symbolCodes[sym.lowercased()] ?? sym, s, "figure.money")
                taken.append(r)
            }
            for m in (hasCurrencyWord ? w.suffixed.matches(in: s.text) : []) {
                guard let r = m.range(), !taken.contains(where: { $0.overlaps(r) }), let v = m[1].flatMap(Numbers.value), let cur = m[3] else { continue }
                let scale = m[2].flatMap { Numbers.scales[$0.lowercased()] } ?? 1
                add((v * scale).rounded(), w.wordCodes[cur.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")] ?? cur, s, "figure.money")
                taken.append(r)
            }
            for m in (s.hasWord({ w.localScales.contains($0) }) ? w.scaledWord.matches(in: s.text) : []) {
                // `three lakh more`: lakh and crore amounts in the local currency
                guard let r = m.range(), !taken.contains(where: { $0.overlaps(r) }), let v = m[1].flatMap(Numbers.value),
                      let unit = m[2] else { continue }
                add(v * (Numbers.scales[unit.lowercased()] ?? 1), w.localCurrency.entries.first?.uppercased() ?? "", s, "figure.money")
            }
            for m in (s.hasWord({ w.arrestVerbs.contains($0) }) ? w.arrested.matches(in: s.text) : []) {
                if let n = (m[1] ?? m[2]).flatMap(Numbers.value) { add(n, "arrested", s, "figure.arrested") }
            }
            for m in (s.hasWord({ $0.hasSuffix("-day") }) ? w.duration.matches(in: s.text) : []) {
                if let n = m[1].flatMap(Numbers.value) { add(n, "days", s, "figure.duration") }
            }
            if let n = ctx.counts[i].dead { add(Double(n), "dead", s, "figure.dead") }
            if let n = ctx.counts[i].missing { add(Double(n), "missing", s, "figure.missing") }
            if let n = IncidentRule.combinedCount(s, g: ctx.g) { add(Double(n), "dead or missing", s, "figure.dead-or-missing") }
            if let n = ctx.counts[i].survivors { add(Double(n), "survivors", s, "figure.survivors") }
            let fromSentence = Set(out.filter { $0.evidence.first?.text == s.text }.map(\.value))
            for (value, unit) in counts(s, skipping: taken + ctx.eventDates(i).map(\.range), w) where !fromSentence.contains(value) {
                add(value, unit, s, "figure.count")
            }
        }
        return out
    }

    /// `Rs2.5m`, `Tk`, `USD`: a word that starts a money amount.
    static func currencyPrefix(_ word: String, _ w: FigureWords) -> Bool {
        w.currencyPrefixes.entries.contains { word.hasPrefix($0) }
    }

    /// `42 officers`, `15 public prosecutors`, `38 per cent`: a number and the one or two words it counts.
    static func counts(_ s: TokenizedSentence, skipping ranges: [Range<String.Index>], _ w: FigureWords) -> [(Double, String)] {
        let t = s.tokens
        var out: [(Double, String)] = []
        for i in t.indices {
            let tok = t[i]
            guard !ranges.contains(where: { $0.contains(tok.range.lowerBound) }) else { continue }
            // `one` is not counted when spelt out
            guard tok.kind == .number || tok.isNumberWord && tok.lower != "one", let value = tok.value else { continue }
            // years, ages (`Sani Bello, 34,`) and money are not counts
            if tok.kind == .number, !tok.text.unicodeScalars.contains(","), (1900...2100).contains(value) { continue }
            if i > 0, t[i - 1].isPunct(","), i + 1 < t.count, t[i + 1].isPunct(",") || t[i + 1].isPunct(".") { continue }
            if i > 0, w.symbolCodes[t[i - 1].lower] != nil { continue }
            var j = i + 1
            var words: [String] = []
            if let percent = w.percentPhrases.phrases.first(where: { p in j + p.count <= t.count && (0..<p.count).allSatisfy { t[j + $0].lower == p[$0] } }) {
                out.append((value, percent.joined(separator: " ")))
                continue
            }
            while j < t.count, words.count < 2, t[j].kind == .word, !t[j].isCapitalised || words.isEmpty && t[j].isCapitalised && t[j].lower.hasSuffix("s"),
                  !w.unitStops.contains(t[j].lower), !t[j].isNumberWord, Numbers.scales[t[j].lower] == nil {
                words.append(t[j].text)
                j += 1
                // a plural noun ends the unit: `87 cases under …`, `30 people reached …`
                if t[j - 1].lower.hasSuffix("s") || w.pluralNouns.contains(t[j - 1].lower) { break }
            }
            if let last = words.last, !last.hasSuffix("s"), words.count == 2 || !(j < t.count && t[j].kind == .word && !w.unitStops.contains(t[j].lower)) {
                // a singular noun is only a unit after `a`/`an` or with a measure (`15 kilometres` is plural)
                if words.count == 1 && !w.singularUnits.contains(last) { words.removeAll() }
            }
            if !words.isEmpty { out.append((value, words.joined(separator: " "))) }
        }
        return out
    }
}
