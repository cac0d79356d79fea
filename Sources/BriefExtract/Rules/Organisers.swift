import BriefModel

/// Bodies that organised, hosted, co-hosted, collaborated on or supported the reported meeting or launch.
/// A sentence qualifies when it names a meeting and uses an organising phrase; the bodies are read from
/// the subject before an active verb ("X and Y jointly organised") or the objects after a phrase
/// ("organised by", "in collaboration with", "with financial support from"), up to "at <venue>".
enum OrganiserRule {
    static let meetingWords: Set<String> = ["conference", "workshop", "meeting", "seminar", "summit", "event", "session", "training",
                                            "forum", "dialogue", "consultation", "symposium", "roundtable", "round-table", "course",
                                            "launch", "webinar"]
    /// A verb that says a meeting was organised or hosted.
    static let organisedVerb = Pattern(#"\b(?:co-)?(?:organi[sz]ed|hosted|convened)\b"#)

    /// Phrases after which the organisers are named, with the role they give.
    static let after = Pattern(#"\b(?:(co-organi[sz]ed|organi[sz]ed|co-hosted|hosted|convened|arranged|sponsored|supported|funded|financed|co-funded|backed)\s+by|in\s+(collaboration|cooperation|co-operation|partnership|association|conjunction|coordination|co-ordination)\s+with|under\s+the\s+(auspices)\s+of|(together|jointly)\s+with|(working|partnering)\s+(?:closely\s+)?with|with\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+|technical\s+)?(support|funding|backing)\s+(?:of|from))\b"#)
    /// Active verbs with the organisers as subject.
    static let active = Pattern(#"\b(?:jointly\s+|co-)?(organi[sz]ed|organi[sz]es|hosted|hosts|convened|convenes|held|holds)\b(?!\s+by)"#)

    static func extract(_ ctx: ArticleContext) -> [Organisation] {
        var result: [Organisation] = []
        func add(_ m: OrganisationMention, role: String, _ s: TokenizedSentence, rule: String) {
            let display = Organisations.display(m, ctx: ctx)
            guard !result.contains(where: { $0.displayName == display || $0.name == (m.known?.name ?? m.literal) }) else { return }
            let ev = [Evidence(s.sentence, rule: rule)]
            if let k = m.known { result.append(ctx.organisation(k, role: role, evidence: ev)) }
            else { result.append(Organisation(name: m.literal, role: role, evidence: ev)) }
        }
        for (si, s) in ctx.sentences.enumerated() where s.hasWord({ meetingWords.contains($0) || ($0.hasSuffix("s") && meetingWords.contains(String($0.dropLast()))) }) {
            let afterMatches = after.matches(in: s.text)
            let activeMatches = active.matches(in: s.text)
            guard !afterMatches.isEmpty || !activeMatches.isEmpty else { continue }
            // boundaries: every phrase start, so one phrase's objects stop where the next begins
            let starts = (afterMatches + activeMatches).compactMap { $0.range()?.lowerBound }.sorted()
            for m in activeMatches {
                guard let r = m.range() else { continue }
                let verbToken = s.tokenIndex(at: r.lowerBound)
                // "held a two-day seminar", not "held three suspects": holding is organising only of a meeting
                if ["held", "holds"].contains((m[1] ?? "").lowercased()) {
                    var k = verbToken + 1
                    var object = false
                    while k < min(verbToken + 6, s.tokens.count), s.tokens[k].kind != .punct || s.tokens[k].isPunct("-") {
                        let w = s.tokens[k].lower
                        if meetingWords.contains(w) || (w.hasSuffix("s") && meetingWords.contains(String(w.dropLast()))) { object = true; break }
                        if ["after", "before", "on", "at", "in", "for", "with", "during", "when", "while", "and", "by"].contains(w) { break }
                        k += 1
                    }
                    guard object else { continue }
                }
                var from = verbToken - 1
                while from > 0, !s.tokens[from - 1].isPunct(","), !s.tokens[from - 1].isPunct(";") { from -= 1 }
                for o in Organisations.mentions(in: s, from: max(0, from), to: verbToken, ctx: ctx) {
                    add(o, role: role(m[1] ?? ""), s, rule: "organiser.\(rule(m[0] ?? ""))")
                }
            }
            for m in afterMatches {
                guard let r = m.range() else { continue }
                let a = s.tokenIndex(at: r.upperBound)
                let nextStart = starts.first { $0 > r.lowerBound }
                var b = nextStart.map { s.tokenIndex(at: $0) } ?? s.tokens.count
                // the objects end at a venue ("at the …"), a clause or the sentence end
                if let stop = (a..<b).first(where: { s.tokens[$0].lower == "at" || s.tokens[$0].isPunct(";") || s.tokens[$0].isPunct(".")
                    || (s.tokens[$0].isPunct(",") && $0 + 1 < b && ["which", "who", "where", "held", "and"].contains(s.tokens[$0 + 1].lower) && !(($0 + 2 < b) && s.tokens[$0 + 2].lower == "the")) }) {
                    b = stop
                }
                let phrase = (m[0] ?? "").lowercased()
                // "working with" names partners only where the sentence says the meeting was organised
                if phrase.hasPrefix("working") || phrase.hasPrefix("partnering"), organisedVerb.firstMatch(in: s.text) == nil { continue }
                let role = phrase.contains("support") || phrase.contains("funding") || phrase.contains("backing") || phrase.hasPrefix("sponsored") || phrase.hasPrefix("supported")
                    || phrase.hasPrefix("funded") || phrase.hasPrefix("co-funded") || phrase.hasPrefix("financed") || phrase.hasPrefix("backed")
                    ? "supporter" : (phrase.contains("host") ? "host" : (phrase.contains("with") ? "partner" : "organiser"))
                let objects = Organisations.mentions(in: s, from: a, to: b, ctx: ctx)
                for o in objects {
                    add(o, role: role, s, rule: "organiser.\(rule(phrase))")
                }
                // "co-hosted by the two organisations": the bodies the sentence before named
                let words = s.tokens[a..<b].map(\.lower)
                if objects.isEmpty, si > 0, words.contains(where: { ["two", "both", "three", "these", "the"].contains($0) }),
                   words.contains(where: { ["organisations", "organizations", "agencies", "bodies", "institutions", "partners"].contains($0) }) {
                    let count = words.contains("three") ? 3 : (words.contains("two") || words.contains("both") ? 2 : Int.max)
                    for o in ctx.organisations[si - 1].prefix(count) { add(o, role: role, s, rule: "organiser.\(rule(phrase))-before") }
                }
            }
        }
        return result
    }

    private static func role(_ verb: String) -> String { verb.lowercased().contains("host") ? "host" : "organiser" }

    /// A short rule id from the phrase: "jointly organised" → "jointly-organised".
    private static func rule(_ phrase: String) -> String {
        phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: "-")
    }
}
