import BriefModel

/// The human-readable form of `extract --explain`: each fact, then the rule and the sentence behind it.
enum Explanation {
    static func text(for facts: Facts) -> String {
        var out: [String] = []
        func fact(_ label: String, _ evidence: [Evidence]) {
            out.append("• \(label)")
            for e in evidence {
                out.append("    rule \(e.rule), paragraph \(e.paragraph + 1), sentence \(e.sentence + 1):")
                out.append("    “\(e.text)”")
            }
        }
        out.append("\(facts.headline)")
        out.append([facts.source, facts.published?.iso, facts.dateline].compactMap { $0 }.joined(separator: " · "))
        if let event = facts.event {
            fact("event: \(event.kind.rawValue), \(event.date?.iso ?? "no date"), \(event.location ?? "no place")", event.evidence)
        }
        for o in facts.organisers { fact("organiser: \(o.displayName)\(o.role.map { " — \($0)" } ?? "")", o.evidence) }
        for s in facts.speakers {
            fact("speaker: \(s.name); title: \(s.title ?? "—"); organisation: \(s.organisation ?? "—")", s.statements)
        }
        for r in facts.routes { fact("route: \(r.countries.joined(separator: " → "))", r.evidence) }
        for i in facts.incidents {
            let parts = [i.date?.iso, i.location, i.vessel, i.dead.map { "\($0) dead" }, i.missing.map { "\($0) missing" },
                         i.survivors.map { "\($0) survivors" }, i.nationality?.joined(separator: ", ")].compactMap { $0 }
            fact("incident: " + parts.joined(separator: "; "), i.evidence)
        }
        for t in facts.timeline { fact("timeline: \(t.date.iso) — \(t.label)", t.evidence) }
        for f in facts.figures { fact("figure: \(f.value) \(f.unit) (\(f.context))", f.evidence) }
        return out.joined(separator: "\n") + "\n"
    }
}
