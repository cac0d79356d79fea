import BriefModel

/// Bodies that organised, hosted, co-hosted, collaborated on or supported the reported meeting or launch.
///
/// A sentence qualifies when it names a meeting (`organiser.event-nouns`). Two constructions give bodies:
/// - a cue phrase followed by its objects (`organised by A and B`, `in collaboration with C`, `with the
///   financial support of D`): the phrase's list (`organiser.cue.*`) gives the role;
/// - an active verb with the bodies as its subject (`A and B jointly organised …`), where the subject may be
///   parted from the verb by cue phrases (`A, in partnership with B, with the support of C, on Monday opened …`).
/// The bodies of a meeting told in a relative clause on another meeting (`a course that Frontex organised
/// last year`) are not this meeting's. All words are in `Gazetteers/organisers.json`.
enum OrganiserRule {
    /// The `organiser.*` lists as the files hold them.
    final class Lists: Decodable, Sendable {
        let eventNouns: WordSet
        let cueOrganiser, cueHost, cuePartner, cueSupporter: TokenPhraseSet
        /// First words of partner cues that name partners only when the sentence says something was organised.
        let partnersOnlyWhenOrganised: WordSet
        let activeVerbs, hostVerbs, verbsNeedingEventObject: WordSet
        /// Words that end the search for a meeting noun after a verb such as `held`.
        let objectStops: WordSet
        let venueWords, clauseOpeners, relativePronouns, indefiniteArticles: WordSet
        /// `the two organisations`: the bodies of the sentence before.
        let groupNouns, groupDeterminers, pairWords: WordSet
        /// Words between a body and its parent body (`DSI of the Ministry of Justice`).
        let parentLinks: WordSet
        /// `Ministry of Health, Government of Nepal` is one body.
        let governmentWords: WordSet
        /// Words that join the bodies of one list (`A, B and the C`).
        let listJoiners: WordSet
        let definiteArticles: WordSet
        /// Adverbs that belong to an organising verb (`jointly organised`).
        let verbAdverbs: WordSet
    }

    /// The lexicons' namespace: the lists are named `organiser.*`.
    static let namespace = "organiser"

    /// A cue phrase found in a sentence, with the role it gives the bodies after it.
    private struct Cue {
        let start: Int
        let end: Int
        let role: Role
        /// The phrase's first word.
        let firstWord: String
    }

    enum Role: String {
        case organiser, host, partner, supporter
    }

    static func extract(_ ctx: ArticleContext) -> [Organisation] {
        let w = ctx.g.organiserWords
        var result: [Organisation] = []
        func add(_ m: OrganisationMention, role: Role, _ s: TokenizedSentence, rule: String) {
            let display = Organisations.display(m, ctx: ctx)
            guard !result.contains(where: { $0.displayName == display || $0.name == (m.known?.name ?? m.literal) }) else { return }
            let ev = [Evidence(s.sentence, rule: OrganiserRule.namespace + "." + rule)]
            if let k = m.known { result.append(ctx.organisation(k, role: role.rawValue, evidence: ev)) }
            else { result.append(Organisation(name: m.literal, role: role.rawValue, evidence: ev)) }
        }
        for (si, s) in ctx.sentences.enumerated() where s.tokens.contains(where: { isEventNoun($0, w) }) {
            let cues = cueMatches(s, w)
            let verbs = activeVerbs(s, w)
            guard !cues.isEmpty || !verbs.isEmpty else { continue }
            let organised = !verbs.isEmpty || cues.contains { $0.role == .organiser || $0.role == .host }
            // one phrase's objects stop where the next phrase or verb begins
            let starts = (cues.map(\.start) + verbs.map(\.start)).sorted()
            for verb in verbs {
                let role: Role = w.hostVerbs.contains(s.tokens[verb.verb].lower) ? .host : .organiser
                for o in subject(of: verb.start, in: s, cues: cues, ctx) {
                    add(o, role: role, s, rule: rule(s, verb.start, verb.verb + 1))
                }
            }
            for cue in cues {
                if w.partnersOnlyWhenOrganised.contains(cue.firstWord), !organised { continue }
                let next = starts.first { $0 > cue.start } ?? s.tokens.count
                let objects = bodies(in: s, from: cue.end, to: objectEnd(s, from: cue.end, to: next, w), ctx)
                for o in objects { add(o, role: cue.role, s, rule: rule(s, cue.start, cue.end)) }
                // `co-hosted by the two organisations`: the bodies the sentence before named
                if objects.isEmpty, si > 0, let count = groupCount(s, from: cue.end, to: next, w) {
                    for o in ctx.organisations[si - 1].prefix(count) { add(o, role: cue.role, s, rule: rule(s, cue.start, cue.end) + "-before") }
                }
            }
        }
        return result
    }

    private static func isEventNoun(_ t: Token, _ w: Lists) -> Bool {
        t.kind == .word && (w.eventNouns.contains(t.lower) || (t.lower.hasSuffix("s") && w.eventNouns.contains(String(t.lower.dropLast()))))
    }

    /// The cue phrases of a sentence in reading order, each with its role.
    private static func cueMatches(_ s: TokenizedSentence, _ w: Lists) -> [Cue] {
        let sets: [(TokenPhraseSet, Role)] = [(w.cueOrganiser, .organiser), (w.cueHost, .host), (w.cuePartner, .partner),
                                              (w.cueSupporter, .supporter)]
        var out: [Cue] = []
        var i = 0
        while i < s.tokens.count {
            var best: Cue?
            for (set, role) in sets {
                if let m = set.match(s.tokens, at: i), m.end > (best?.end ?? i) {
                    best = Cue(start: i, end: m.end, role: role, firstWord: s.tokens[i].lower)
                }
            }
            if let b = best { out.append(b); i = b.end } else { i += 1 }
        }
        return out
    }

    /// Active organising verbs: `start` is where the verb phrase begins (`jointly organised`), `verb` the verb.
    private static func activeVerbs(_ s: TokenizedSentence, _ w: Lists) -> [(start: Int, verb: Int)] {
        let t = s.tokens
        var out: [(start: Int, verb: Int)] = []
        for (k, tok) in t.enumerated() where tok.kind == .word && w.activeVerbs.contains(tok.lower) {
            // `organised by`: a cue, not a subject's verb
            if k + 1 < t.count, w.cueOrganiser.match(t, at: k) != nil || w.cueHost.match(t, at: k) != nil || w.cueSupporter.match(t, at: k) != nil { continue }
            // `held a two-day seminar`, not `held three suspects`: these verbs organise only a meeting
            if w.verbsNeedingEventObject.contains(tok.lower) {
                var j = k + 1
                var object = false
                while j < min(k + 7, t.count), t[j].kind != .punct || t[j].isPunct("-") || t[j].isPunct("'") || t[j].isPunct("’") {
                    if isEventNoun(t[j], w) { object = true; break }
                    if w.objectStops.contains(t[j].lower) { break }
                    j += 1
                }
                guard object else { continue }
            }
            // `jointly organised`: an adverb before the verb belongs to it
            let start = k > 0 && w.verbAdverbs.contains(t[k - 1].lower) ? k - 1 : k
            // `a course that Frontex organised`: another meeting's organisers
            if isRelativeClauseOnAnotherMeeting(t, verb: start, w) { continue }
            out.append((start, k))
        }
        return out
    }

    /// Whether the verb at `verb` is in `a/an MEETING … that/which SUBJECT verb`.
    private static func isRelativeClauseOnAnotherMeeting(_ t: [Token], verb: Int, _ w: Lists) -> Bool {
        var k = verb - 1
        while k >= 0, !t[k].isPunct(","), !t[k].isPunct(";"), !w.relativePronouns.contains(t[k].lower) { k -= 1 }
        guard k > 0, w.relativePronouns.contains(t[k].lower) else { return false }
        // the meeting noun the clause hangs on, and its article
        var n = k - 1
        while n >= 0, n > k - 8, !isEventNoun(t[n], w) { n -= 1 }
        guard n >= 0, n > k - 8 else { return false }
        var d = n - 1
        while d >= 0, d > n - 5, t[d].kind == .word, !w.indefiniteArticles.contains(t[d].lower), !w.definiteArticles.contains(t[d].lower) { d -= 1 }
        return d >= 0 && d > n - 5 && w.indefiniteArticles.contains(t[d].lower)
    }

    /// The bodies that are the subject of the verb phrase starting at `verb`: the list right before it
    /// (`A, B and C organised`), or, when cue phrases part the subject from its verb ("A, in collaboration
    /// with B, organised"), the bodies before the first of them.
    private static func subject(of verb: Int, in s: TokenizedSentence, cues: [Cue], _ ctx: ArticleContext) -> [OrganisationMention] {
        let t = s.tokens
        // the clause before the verb
        var clauseStart = verb
        while clauseStart > 0, !t[clauseStart - 1].isPunct(";") { clauseStart -= 1 }
        if let first = cues.first(where: { $0.start >= clauseStart && $0.start < verb }) {
            var end = first.start
            while end > clauseStart, t[end - 1].isPunct(",") { end -= 1 }
            let found = bodies(in: s, from: clauseStart, to: end, ctx)
            if !found.isEmpty { return found }
        }
        // the list of bodies that ends right before the verb (`A, B and the C (ACR) jointly organised`)
        var end = verb
        while end > clauseStart, t[end - 1].isPunct(",") { end -= 1 }
        let found = bodies(in: s, from: clauseStart, to: end, ctx)
        guard let last = found.last, isGlue(t[last.end..<end], ctx.g.organiserWords) else { return [] }
        var first = found.count - 1
        while first > 0, isGlue(t[found[first - 1].end..<found[first].start], ctx.g.organiserWords) { first -= 1 }
        return Array(found[first...])
    }

    /// Whether tokens only join bodies of one list: commas, `and`, `the`, an acronym in brackets.
    private static func isGlue(_ tokens: ArraySlice<Token>, _ w: Lists) -> Bool {
        tokens.allSatisfy { $0.isPunct(",") || $0.isPunct("(") || $0.isPunct(")") || $0.isAllCaps || w.listJoiners.contains($0.lower) }
    }

    /// Bodies in tokens `from..<to`: `Ministry of Health, Government of Nepal` is one body, and a body's parent
    /// right after it (`the DSI of the Ministry of Justice`) is not another.
    private static func bodies(in s: TokenizedSentence, from: Int, to: Int, _ ctx: ArticleContext) -> [OrganisationMention] {
        let w = ctx.g.organiserWords
        let t = s.tokens
        // a list of portfolios with commas: `Ministry of Labour, Employment and Social Security` is one body
        let found = joinPortfolioLists(Organisations.mentions(in: s, from: from, to: to, ctx: ctx), s, to: to, ctx)
        var out: [OrganisationMention] = []
        for m in found {
            if let last = out.last {
                let between = t[last.end..<m.start]
                // `Bali Process Regional Support Office`: a name right after another is one body with it
                if between.isEmpty, !t[last.end - 1].isPossessive {
                    let literal = Organisations.trimmed(s.span(last.start, m.end - 1))
                    let known = ctx.known(literal) ?? m.known.map { Gazetteers.KnownOrganisation(name: literal, acronym: $0.acronym) }
                    out[out.count - 1] = OrganisationMention(start: last.start, end: m.end, known: known, literal: literal)
                    continue
                }
                // `, Government of X` completes the body before it
                if between.count == 1, between.first!.isPunct(","), w.governmentWords.contains(t[m.start].lower), last.known == nil {
                    let literal = Organisations.trimmed(s.span(last.start, m.end - 1))
                    out[out.count - 1] = OrganisationMention(start: last.start, end: m.end, known: nil, literal: literal)
                    continue
                }
                // `(DSI) of the Ministry of Justice`: the parent of the body before
                let words = between.filter { !$0.isPunct("(") && !$0.isPunct(")") && !$0.isAllCaps }
                if !words.isEmpty, between.contains(where: { $0.isPunct(")") }),
                   words.allSatisfy({ w.parentLinks.contains($0.lower) }), words.first.map({ w.parentLinks.contains($0.lower) }) == true,
                   words.first.map { w.definiteArticles.contains($0.lower) } == false {
                    continue
                }
            }
            out.append(m)
        }
        return out
    }

    /// Joins `Ministry of A` and the portfolio words after its comma (`…, Employment and Social Security`) that
    /// the mention finder left out.
    private static func joinPortfolioLists(_ found: [OrganisationMention], _ s: TokenizedSentence, to: Int, _ ctx: ArticleContext) -> [OrganisationMention] {
        let t = s.tokens
        return found.map { m in
            guard m.known == nil, m.end + 1 < to, t[m.end].isPunct(","), !found.contains(where: { $0.start > m.end && $0.start < to && $0.start <= m.end + 1 }) else { return m }
            var k = m.end + 1
            var last = m.end
            while k < to, t[k].isCapitalised || (Names.connectors.contains(t[k].lower) && k + 1 < to && t[k + 1].isCapitalised) {
                if t[k].isCapitalised { last = k + 1 }
                k += 1
            }
            guard last > m.end + 1 else { return m }
            let tail = t[(m.end + 1)..<last]
            guard tail.contains(where: { ctx.g.organiserWords.listJoiners.contains($0.lower) && !$0.isCapitalised }),
                  !tail.contains(where: { ctx.g.country(ofPlace: $0.base) != nil || ctx.g.country(ofDemonym: $0.base) != nil
                      || ctx.g.organisationHeads.contains($0.lower) }),
                  last >= to || t[last].isPunct(",") else { return m }
            return OrganisationMention(start: m.start, end: last, known: nil, literal: Organisations.trimmed(s.span(m.start, last - 1)))
        }
    }

    /// Where a cue's objects end: at a venue (`at the …`), a clause break, or the sentence's end.
    private static func objectEnd(_ s: TokenizedSentence, from a: Int, to b: Int, _ w: Lists) -> Int {
        let t = s.tokens
        return (a..<b).first { k in
            w.venueWords.contains(t[k].lower) || t[k].isPunct(";") || t[k].isPunct(".")
                || (t[k].isPunct(",") && k + 1 < b && w.clauseOpeners.contains(t[k + 1].lower) && !(k + 2 < b && w.definiteArticles.contains(t[k + 2].lower)))
        } ?? b
    }

    /// `the two organisations`, `both agencies`: how many bodies of the sentence before are meant.
    private static func groupCount(_ s: TokenizedSentence, from a: Int, to b: Int, _ w: Lists) -> Int? {
        let words = s.tokens[a..<b]
        guard words.contains(where: { w.groupDeterminers.contains($0.lower) || w.pairWords.contains($0.lower) }),
              words.contains(where: { w.groupNouns.contains($0.lower) }) else { return nil }
        if words.contains(where: { w.pairWords.contains($0.lower) }) { return 2 }
        if let n = words.first(where: { $0.isNumberWord })?.value { return Int(n) }
        return Int.max
    }

    /// A short rule id from the words of the phrase: `jointly organised` → `jointly-organised`.
    private static func rule(_ s: TokenizedSentence, _ a: Int, _ b: Int) -> String {
        s.tokens[a..<b].map(\.lower).joined(separator: "-")
    }
}
