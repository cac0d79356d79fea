import BriefModel
import Foundation

/// Every dated event, past or scheduled, including the main event; periods of statistics are left out.
/// Each entry is labelled with the words of its clause around the date ("The capsizing of a trawler off
/// southern Greece"), and with the toll of an incident on that date.
enum TimelineRule {
    static func extract(_ ctx: ArticleContext, event: Event?, incidents: [Incident]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        if let e = event, let d = e.date {
            let sentence = e.evidence.first.flatMap { ev in
                ctx.sentences.firstIndex { $0.sentence.paragraph == ev.paragraph && $0.sentence.index == ev.sentence }
            }
            let mention = sentence.flatMap { i in ctx.eventDates(i).first { $0.date == d } }
            let text = e.evidence.first?.text ?? ctx.article.headline
            let label = mention.flatMap { clauseLabel(text, around: $0.range, ctx) } ?? label(text)
            entries.append(TimelineEntry(date: d, label: withToll(label, d, incidents), evidence: e.evidence))
        }
        for (i, s) in ctx.sentences.enumerated() {
            // deaths over a range of days ("died … between May 25 and May 28") are dated by the month
            let dates = ctx.eventDates(i)
            let deathRange = s.hasWord { ctx.g.deathWords.contains($0) } ? IncidentRule.dayRange(s, dates) : nil
            for m in dates where !m.isStatistic {
                if let month = deathRange, m.hasDay, m.date.year == month.year, m.date.month == month.month {
                    if !entries.contains(where: { $0.date == month }) {
                        entries.append(TimelineEntry(date: month, label: withToll(label(s.text), month, incidents),
                                                     evidence: [Evidence(s.sentence, rule: "timeline.day-range")]))
                    }
                    continue
                }
                if entries.contains(where: { $0.date == m.date }) { continue }
                let label = clauseLabel(s.text, around: m.range, ctx) ?? label(s.text)
                entries.append(TimelineEntry(date: m.date, label: withToll(label, m.date, incidents),
                                             evidence: [Evidence(s.sentence, rule: "timeline.date")]))
            }
        }
        return entries.sorted { $0.date < $1.date }
    }

    /// Words that end a clause before a date, or start a new one after it.
    static let boundaries = [",", ";", ":", " — ", " – ", "(", ")", " such as ", " following ", " after ", " before ",
                             " when ", " that ", " which ", " including ", " while ", " as "]
    /// The boundaries without their blanks, for the words after a date.
    static let trimmedBoundaries = boundaries.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    /// Marks trimmed off the words of a label.
    static let labelMarks = Set(".,;:\"“”".unicodeScalars)
    /// Words left dangling before a date once the date is taken out ("… launched in").
    static let danglingWords: Set<String> = ["in", "on", "at", "from", "by", "during", "of", "since", "until", "and", "the",
                                            "earlier", "later", "early", "late", "mid", "last", "this", "next", "for", "to", "with", "about"]

    /// The clause around a date, without the date: the words before it back to the clause's start, and
    /// when those are few, the words after it to the clause's end. Nil unless the clause reads as a
    /// label on its own: it opens with a capital or an article ("The capsizing of…", not "was set up"),
    /// and does not end on a reporting verb ("officials said").
    static func clauseLabel(_ text: String, around range: Range<String.Index>, _ ctx: ArticleContext) -> String? {
        var before = String(text[..<range.lowerBound])
        if let end = ArticleContext.openerEnd(before) { before = String(before[end...]) }
        let searchBefore = SearchableText(before)
        if let cut = boundaries.compactMap({ searchBefore.range(of: $0, backwards: true)?.upperBound }).max() {
            before = String(before[cut...])
        }
        var head = before.split(separator: " ").map(String.init)
        while let last = head.last, danglingWords.contains(last.lowercased()) { head.removeLast() }
        var words = head
        if head.count < 4 {
            var after = String(text[range.upperBound...])
            let searchAfter = SearchableText(after)
            if let cut = trimmedBoundaries.compactMap({ searchAfter.range(of: $0)?.lowerBound }).min() {
                after = String(after[..<cut])
            }
            words += after.split(separator: " ").map(String.init)
        }
        words = words.map { $0.trimmingScalars { labelMarks.contains($0) } }.filter { !$0.isEmpty }
        guard words.count >= 4, let first = words.first, let last = words.last,
              first.first?.isUppercase == true || ["the", "a", "an"].contains(first),
              !ctx.g.speechVerbs.contains(last.lowercased()) else { return nil }
        let limit = 14
        var label = words.prefix(limit).joined(separator: " ")
        if words.count > limit { label += "…" }
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// Adds the death toll of an incident on the same date ("; 350 dead") when the label lacks it.
    static func withToll(_ label: String, _ date: PartialDate, _ incidents: [Incident]) -> String {
        guard let dead = incidents.first(where: { $0.date == date })?.dead, !label.contains("\(dead)") else { return label }
        return "\(label); \(dead) dead"
    }

    /// A short label: the sentence, cut at a word boundary.
    static func label(_ text: String) -> String {
        var t = text
        if let r = ArticleContext.openerEnd(t) { t = String(t[r...]).trimmingCharacters(in: .whitespaces) }
        guard t.count > 90 else { return t }
        let cut = t.prefix(90)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
