import BriefModel

/// Every dated event, past or scheduled, including the main event; periods of statistics are left out.
enum TimelineRule {
    static func extract(_ ctx: ArticleContext, event: Event?) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        if let e = event, let d = e.date {
            entries.append(TimelineEntry(date: d, label: label(e.evidence.first?.text ?? ctx.article.headline), evidence: e.evidence))
        }
        for (i, s) in ctx.sentences.enumerated() {
            for m in ctx.dates[i] where !m.isStatistic {
                if entries.contains(where: { $0.date == m.date }) { continue }
                entries.append(TimelineEntry(date: m.date, label: label(s.text), evidence: [Evidence(s.sentence, rule: "timeline.date")]))
            }
        }
        return entries.sorted { $0.date < $1.date }
    }

    /// A short label: the sentence, cut at a word boundary.
    static func label(_ text: String) -> String {
        var t = text
        if let r = ArticleContext.openerEnd(t) { t = String(t[r...]).trimmingCharacters(in: .whitespaces) }
        guard t.count > 110 else { return t }
        let cut = t.prefix(110)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
