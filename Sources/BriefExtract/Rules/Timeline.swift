import BriefModel
import Foundation

/// Every dated event, past or scheduled, including the main event; periods of statistics are left out.
/// Each entry is labelled with the words of its clause around the date ("The capsizing of a trawler off
/// southern Greece"), and with the toll of an incident on that date.
enum TimelineRule {
    static func extract(_ ctx: ArticleContext, event: Event?, incidents: [Incident]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        if let e = event, let d = e.date {
            let sentence = e.evidence.first.flatMap { ctx.sentenceIndex(paragraph: $0.paragraph, sentence: $0.sentence) }
            let mention = sentence.flatMap { i in ctx.eventDates(i).first { $0.date == d } }
            let text = e.evidence.first?.text ?? ctx.article.headline
            let label = mention.flatMap { clauseLabel(text, around: $0.range, ctx) } ?? label(text, ctx)
            entries.append(TimelineEntry(date: d, label: withToll(label, d, incidents), evidence: e.evidence))
        }
        for (i, s) in ctx.sentences.enumerated() {
            // deaths over a range of days (`died … between May 25 and May 28`) are dated by the month
            let dates = ctx.eventDates(i)
            let deathRange = s.hasWord { ctx.g.deathWords.contains($0) } ? IncidentRule.dayRange(s, dates, rangeJoiners: ctx.g.incidentWords.rangeJoiners) : nil
            for m in dates where !m.isStatistic {
                if let month = deathRange, m.hasDay, m.date.year == month.year, m.date.month == month.month {
                    if !entries.contains(where: { $0.date == month }) {
                        entries.append(TimelineEntry(date: month, label: withToll(label(s.text, ctx), month, incidents),
                                                     evidence: [Evidence(s.sentence, rule: "timeline.day-range")]))
                    }
                    continue
                }
                if entries.contains(where: { $0.date == m.date }) { continue }
                let label = clauseLabel(s.text, around: m.range, ctx) ?? label(s.text, ctx)
                entries.append(TimelineEntry(date: m.date, label: withToll(label, m.date, incidents),
                                             evidence: [Evidence(s.sentence, rule: "timeline.date")]))
            }
        }
        return entries.sorted { $0.date < $1.date }
    }

    /// Marks that end a clause before a date, or start a new one after it.
    static let markBoundaries = [",", ";", ":", " — ", " – ", "(", ")"]
    /// Words that end a clause before a date, or start a new one after it (with their blanks).
    static let wordBoundaries = [" such as ", " following ", " after ", " before ", " when ", " that ", " which ", " including ",
                                 " while ", " as "]
    static let boundaries = markBoundaries + wordBoundaries
    /// Marks trimmed off the words of a label.
    static let labelMarks = Set(".,;:\"“”".unicodeScalars)
    /// The `timeline.*` lexicons (`Gazetteers/dates.json`): words trimmed off the ends of a label.
    final class Words: Decodable, Sendable {
        /// Words left dangling before a date once the date is taken out (`… launched in`).
        let danglingWords: WordSet
        /// Words that join a clause to the one before it, dropped from the front of a label with the auxiliary
        /// that may follow them (`and had stopped a boat` → `Stopped a boat`).
        let conjunctions, auxiliaries: WordSet
        /// Verbs of a reporting frame left out of the front of a label (`Officials said the …` → `The …`), and
        /// the word that may follow them (`that`).
        let reportingVerbs, complementizers: WordSet
        /// Articles: a label may open with one; a noun phrase starts at one.
        let articles: WordSet
    }

    /// The lexicons' namespace: the lists are named `timeline.*`.
    static let namespace = "timeline"

    /// The clause around a date, without the date, as a label: the words before it back to the nearest clause
    /// start; when a word such as `before` cut those short, back to the nearest mark or the start of the
    /// sentence (`The crew would be produced before a magistrate on Thursday`); else the nearest clause with
    /// the words after the date to the clause's end (`Last month, a boat sank off Pasni` → "A boat sank off
    /// Pasni").
    /// Joining words and a reporting frame at the front are left out (`and had stopped …`, "He said the PMSA
    /// had …"). Nil unless the clause reads as a label on its own: at least four words, opening with a capital
    /// or an article or trimmed at the front (`was set up` is no label), not ending on a reporting verb.
    static func clauseLabel(_ text: String, around range: Range<String.Index>, _ ctx: ArticleContext) -> String? {
        var before = String(text[..<range.lowerBound])
        if let end = ctx.openerEnd(in: text) { before = String(text[end..<range.lowerBound]) }
        let searchBefore = SearchableText(before)
        func nearestStart(_ marks: [String]) -> String.Index {
            marks.compactMap { mark in
                // a comma between two capitalised words lists names (`Myanmar, Thailand and Viet Nam`): no clause ends there
                var found = searchBefore.range(of: mark, backwards: true)
                while mark == ",", let r = found, isListComma(r, in: before) {
                    found = SearchableText(String(before[..<r.lowerBound])).range(of: mark, backwards: true)
                }
                return found?.upperBound
            }.max() ?? before.startIndex
        }
        func head(from start: String.Index) -> (words: [String], trimmed: Bool) {
            var words = labelWords(before[start...])
            while let last = words.last, ctx.g.timelineWords.danglingWords.contains(last.lowercased()) { words.removeLast() }
            return frontTrimmed(words, ctx.g.timelineWords)
        }
        func reads(_ words: [String], trimmed: Bool) -> Bool {
            guard words.count >= 4, let first = words.first, let last = words.last else { return false }
            return (trimmed || first.first?.isUppercase == true || ctx.g.timelineWords.articles.contains(first))
                && !ctx.g.speechVerbs.contains(last.lowercased())
        }
        // the clause back to the nearest start; back to the nearest mark when a word cut it short; the nearest
        // clause with the one after the date (right after a mark when nothing comes before: `Last month, a boat …`),
        // tried in that order
        let start = nearestStart(boundaries)
        let nearest = head(from: antecedentStart(before, relativeClauseAt: start, ctx.g.timelineWords) ?? start)
        let candidates: [() -> (words: [String], trimmed: Bool)] = [
            { nearest },
            { head(from: nearestStart(markBoundaries)) },
            { nearest.words.isEmpty ? frontTrimmed(wordsAfter(text, range, pastMark: true), ctx.g.timelineWords)
                                    : (nearest.words + wordsAfter(text, range, pastMark: false), nearest.trimmed) },
        ]
        for make in candidates {
            let candidate = make()
            guard reads(candidate.words, trimmed: candidate.trimmed) else { continue }
            let limit = 14
            var label = candidate.words.prefix(limit).joined(separator: " ")
            if candidate.words.count > limit { label += "…" }
            return label.prefix(1).uppercased() + label.dropFirst()
        }
        return nil
    }

    /// Relative pronouns that open a clause about the noun right before them.
    static let relativePronouns = [" that ", " which "]

    /// When the clause before a date is a relative clause right after its noun ("… recalled the trawler that
    /// capsized off Greece in June"), where the noun phrase starts: the article at most three words back
    /// (`the trawler that capsized off Greece`). Nil for other clauses and for `, which` (an aside).
    private static func antecedentStart(_ before: String, relativeClauseAt start: String.Index, _ w: Words) -> String.Index? {
        guard let pronoun = relativePronouns.first(where: { before[..<start].hasSuffix($0) }) else { return nil }
        let clauseStart = before.index(start, offsetBy: -pronoun.count)
        let words = before[..<clauseStart].split(separator: " ").suffix(3)
        guard let noun = words.last, noun.last?.isLetter == true,
              let article = words.lastIndex(where: { w.articles.contains($0.lowercased()) }), article != words.endIndex - 1
        else { return nil }
        return words[article].startIndex
    }

    /// The words after a date to the end of its clause; with `pastMark`, past a mark right after the date
    /// (`Last month, a boat sank` → `a boat sank`).
    private static func wordsAfter(_ text: String, _ range: Range<String.Index>, pastMark: Bool) -> [String] {
        var rest = text[range.upperBound...]
        if pastMark, rest.drop(while: { $0 == " " }).first.map({ ",;:".contains($0) }) == true {
            rest = rest.drop { $0 == " " }.dropFirst()
        }
        // blanks around the rest, so that a word boundary matches at its edges and never inside a word
        let padded = SearchableText(" " + rest + " ")
        let end = boundaries.compactMap { padded.range(of: $0)?.lowerBound }.min() ?? padded.text.endIndex
        return labelWords(padded.text[..<end])
    }

    /// The words of a stretch of text, with the marks at their edges trimmed off.
    private static func labelWords(_ text: Substring) -> [String] {
        var words = text.split(separator: " ").map { String($0).trimmingScalars { labelMarks.contains($0) && $0 != "," } }
            .filter { !$0.isEmpty && $0 != "," }
        // commas stay inside a label (`from Cambodia, Laos and Myanmar`), not at its ends
        if let last = words.last { words[words.count - 1] = last.trimmingScalars { labelMarks.contains($0) } }
        if let first = words.first { words[0] = first.trimmingScalars { labelMarks.contains($0) } }
        return words.filter { !$0.isEmpty }
    }

    /// Whether the comma at `r` stands between two capitalised words (a list of names).
    private static func isListComma(_ r: Range<String.Index>, in text: String) -> Bool {
        let before = text[..<r.lowerBound].split(separator: " ").last
        let after = text[r.upperBound...].split(separator: " ").first
        return before?.first?.isUppercase == true && after?.first?.isUppercase == true
    }

    /// The words without joining words and a reporting frame at the front (`and had`, `Officials said that`),
    /// and whether any were dropped.
    private static func frontTrimmed(_ words: [String], _ lists: Words) -> (words: [String], trimmed: Bool) {
        var w = words[...]
        if let first = w.first, lists.conjunctions.contains(first.lowercased()) {
            w = w.dropFirst()
            while let next = w.first, lists.auxiliaries.contains(next.lowercased()) { w = w.dropFirst() }
        }
        // `He said the …`, `Officials said that …`: a speaker and a reporting verb within the first words
        // (the verb first: `…, a spokesman for the court, said the suspects …`)
        if let verb = w.prefix(4).firstIndex(where: { lists.reportingVerbs.contains($0.lowercased()) }), verb + 1 < w.endIndex {
            let next = w[verb + 1]
            if lists.complementizers.contains(next) { w = w[(verb + 2)...] }
            else if lists.articles.contains(next.lowercased()) || next.first?.isUppercase == true { w = w[(verb + 1)...] }
        }
        return (Array(w), w.count != words.count)
    }

    /// Adds the death toll of an incident on the same date (`; 350 dead`) when the label lacks it.
    static func withToll(_ label: String, _ date: PartialDate, _ incidents: [Incident]) -> String {
        guard let dead = incidents.first(where: { $0.date == date })?.dead, !label.contains("\(dead)") else { return label }
        return "\(label); \(dead) dead"
    }

    /// A short label: the sentence, cut at a word boundary.
    static func label(_ text: String, _ ctx: ArticleContext) -> String {
        var t = text
        if let r = ctx.openerEnd(in: t) { t = String(t[r...]).trimmingCharacters(in: .whitespaces) }
        guard t.count > 90 else { return t }
        let cut = t.prefix(90)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(words).trimmingScalars { labelMarks.contains($0) } + "…"
    }
}
