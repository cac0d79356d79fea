/// An organisation named in a sentence: one the gazetteer or the article knows, or a capitalised name
/// with an organisation word in it (“Polish Border Guard”, “Tunis Court of Appeal”).
struct OrganisationMention: Sendable {
    var start: Int
    var end: Int
    var known: Gazetteers.KnownOrganisation?
    var literal: String
}

enum Organisations {
    /// Organisations in tokens `from..<to` of a sentence, in reading order.
    /// `acceptBareNames`: a capitalised name without an organisation word counts too (after “of the” in a title).
    static func mentions(in s: TokenizedSentence, from: Int = 0, to: Int? = nil, ctx: ArticleContext,
                         acceptBareNames: Bool = false) -> [OrganisationMention] {
        let t = s.tokens
        let end = min(to ?? t.count, t.count)
        let g = ctx.g
        let w = g.speakerWords
        var out: [OrganisationMention] = []
        var i = max(0, from)
        while i < end {
            let tok = t[i]
            if tok.isPunct("(") {
                // “(ACR)” right after a mention belongs to it
                if i + 2 < t.count, t[i + 2].isPunct(")") { i += 3 } else { i += 1 }
                continue
            }
            guard tok.kind == .word, tok.isCapitalised, !w.articles.contains(tok.lower) else { i += 1; continue }
            // “Senegal's National Unit …”: the country is not part of the name
            // (“the EU's ambassador”: a body that is also a place is a body here)
            if tok.isPossessive, g.country(ofPlace: tok.base) != nil, ctx.known(tok.base) == nil { i += 1; continue }
            // longest known name starting here
            var found: OrganisationMention?
            var n = min(ctx.longestOrganisationName(at: tok), end - i)
            while n >= 1, found == nil {
                let words = t[i..<(i + n)]
                // (“the UN migration agency”: a known name of several words may end in a lower-case word)
                if words.allSatisfy({ $0.kind == .word }), words.last!.isCapitalised || n >= 2 {
                    let name = words.map(\.text).joined(separator: " ")
                    if let k = known(name, ctx) {
                        found = OrganisationMention(start: i, end: i + n, known: k, literal: name)
                    }
                }
                n -= 1
            }
            if var f = found {
                // “AU Commission”, “EU Delegation to Nigeria”: an acronym heading a longer name
                if f.end - f.start == 1, let ext = capitalisedRun(t, from: f.end, to: end, headWords: g.organisationHeads), t[f.start].isAllCaps,
                   t[f.end..<ext].contains(where: { g.organisationHeads.contains($0.base.lowercased()) }),
                   // “IOM Chief of Mission”: a role after the acronym, not a longer name
                   !t[f.end..<ext].contains(where: { g.titleNouns.contains($0.base.lowercased()) || g.titleWords.contains($0.base.lowercased()) }) {
                    f = OrganisationMention(start: f.start, end: ext, known: nil, literal: trimmed(s.span(f.start, ext - 1)))
                }
                out.append(f)
                i = f.end
                continue
            }
            // a capitalised run with an organisation word
            let runEnd = capitalisedRun(t, from: i, to: end, headWords: g.organisationHeads) ?? (i + 1)
            var a = i, b = runEnd
            // leading roles (“Deputy Head of the …”, “Secretary General of the …”) are not part of the name;
            // a modifier counts as a role only before another role word (“National Guard” stays whole)
            func isRole(_ k: Int) -> Bool {
                let l = t[k].lower
                if g.organisationHeads.contains(l) { return false }
                if g.titleNouns.contains(l) { return true }
                return g.titleWords.contains(l) && k + 1 < b && (g.titleNouns.contains(t[k + 1].lower) || g.titleWords.contains(t[k + 1].lower))
            }
            while a < b, isRole(a) || Names.connectors.contains(t[a].lower) || g.honorifics.contains(t[a].lower) {
                a += 1
            }
            while b > a, Names.connectors.contains(t[b - 1].lower) { b -= 1 }
            // “Police Lieutenant General”, “Navy Captain”: ranks and title words after a force are a person's title
            // (“Ministry of Justice” keeps its complement)
            while b > a + 1, !Names.connectors.contains(t[b - 2].lower), g.ranks.contains(t[b - 1].lower)
                || (g.titleWords.contains(t[b - 1].lower) && !g.organisationHeads.contains(t[b - 1].lower)) { b -= 1 }
            if b == a + 1, g.organisationHeads.contains(t[a].lower), i + 1 < runEnd { i = runEnd; continue }
            // “Amadou Diallo of the Guinean Navy”: when the organisation word comes only after “of”, so does the name
            if let of = (a..<b).first(where: { w.ownerLinks.contains(t[$0].lower) }),
               !t[a..<of].contains(where: { g.organisationHeads.contains($0.base.lowercased()) }),
               t[of..<b].contains(where: { g.organisationHeads.contains($0.base.lowercased()) }) {
                a = of + 1
                if a < b, w.articles.contains(t[a].lower) { a += 1 }
            }
            // “Superintendent of Police Faisal Ahmed Khan”, “Police Lieutenant General Surachai Wongsakul”: a name
            // right after the organisation word (and any rank or title words after it) is a person
            if let h = (a..<b).last(where: { g.organisationHeads.contains(t[$0].base.lowercased()) }) {
                var name = h + 1
                while name < b, g.ranks.contains(t[name].lower) || g.titleWords.contains(t[name].lower) { name += 1 }
                if b - name >= 2, (name..<b).allSatisfy({ t[$0].isCapitalised && !Names.connectors.contains(t[$0].lower) && !t[$0].isAllCaps
                    && g.country(ofPlace: t[$0].base) == nil && g.country(ofDemonym: t[$0].base) == nil
                    && !g.titleWords.contains(t[$0].lower) && !g.titleNouns.contains(t[$0].lower) }) {
                    b = h + 1
                }
            }
            // “the Tunisian National Guard and Frontex”: two bodies joined by “and”, each a body on its own
            if let k = (a..<b).first(where: { w.listJoiners.contains(t[$0].lower) }), k > a, k + 1 < b {
                func isBody(_ r: Range<Int>) -> Bool {
                    var r = r
                    if r.lowerBound < r.upperBound, w.articles.contains(t[r.lowerBound].lower) { r = (r.lowerBound + 1)..<r.upperBound }
                    guard !r.isEmpty else { return false }
                    return ctx.known(t[r].map(\.text).joined(separator: " ")) != nil
                        || t[r].contains { g.organisationHeads.contains($0.base.lowercased()) }
                }
                let left = a..<k, right = (k + 1)..<b
                if isBody(left) && isBody(right) && (ctx.known(t[right].map(\.text).joined(separator: " ")) != nil
                    || ctx.known(t[left].map(\.text).joined(separator: " ")) != nil) {
                    b = k
                    i = k + 1
                    let literal = trimmed(s.span(a, b - 1))
                    out.append(OrganisationMention(start: a, end: b, known: known(literal, ctx), literal: literal))
                    continue
                }
            }
            if a < b {
                let hasHead = t[a..<b].contains { g.organisationHeads.contains($0.base.lowercased()) }
                let isPlace = g.country(ofPlace: t[a..<b].map(\.text).joined(separator: " ")) != nil || g.isRegion(s.span(a, b - 1))
                // a bare name ending in a place or people (“for Southern Africa”, “for Overseas Kenyans”) is not a body
                let last = t[b - 1].base
                // … unless another word names it (“Maiti Nepal”)
                let namedOtherwise = t[a..<(b - 1)].contains { tok in
                    !w.geographicFillers.contains(tok.lower) && g.country(ofPlace: tok.base) == nil && !g.isRegion(tok.base) && g.country(ofDemonym: tok.base) == nil
                }
                let endsInPlace = (g.country(ofPlace: last) != nil || g.isRegion(last) || g.country(ofDemonym: last) != nil) && !namedOtherwise
                if (hasHead || (acceptBareNames && !endsInPlace)) && !isPlace {
                    let literal = trimmed(s.span(a, b - 1))
                    out.append(OrganisationMention(start: a, end: b, known: known(literal, ctx), literal: literal))
                }
            }
            i = max(runEnd, i + 1)
        }
        // “Interpol's Regional Liaison Bureau”: the owner is part of the next name
        return out.enumerated().filter { k, m in
            !(t[m.end - 1].isPossessive && k + 1 < out.count && out[k + 1].start == m.end)
        }.map(\.element)
    }

    /// The organisation a name stands for. An article's “Ana Lopez (UNHCR) said” is not a definition of UNHCR:
    /// when a defined name has no organisation word, does not spell the acronym and the gazetteer knows the
    /// acronym as another body, the gazetteer's body is meant (and the person's name is no body at all).
    static func known(_ name: String, _ ctx: ArticleContext) -> Gazetteers.KnownOrganisation? {
        guard let k = ctx.known(name), let acr = k.acronym, acr != k.name,
              let listed = ctx.g.organisation(named: acr), listed.name != k.name else { return ctx.known(name) }
        let words = k.name.split(separator: " ")
        let hasHead = words.contains { ctx.g.organisationHeads.contains($0.lowercased()) }
        let initials = String(words.compactMap { $0.first }.filter(\.isUppercase))
        let spells = initials.hasPrefix(acr.filter(\.isLetter)) || acr.filter(\.isLetter).hasPrefix(initials)
        if hasHead || spells { return k }
        return Gazetteers.fold(name) == Gazetteers.fold(k.name) ? nil : listed
    }

    /// End of the run of capitalised words (with inner connectors) starting at `from`, or nil if none.
    static func capitalisedRun(_ t: [Token], from: Int, to: Int, headWords: Set<String>) -> Int? {
        var j = from
        var last: Int?
        while j < to {
            // a possessive ends a name (“Interpol's Regional Liaison Bureau” is two), unless a body's word follows
            // (“Aasha Women's Network”, “the Federal Prosecutor's Office”)
            if t[j].isCapitalised {
                last = j + 1
                j += 1
                if t[j - 1].isPossessive && j - 1 > from && !(j < to && t[j].isCapitalised && headWords.contains(t[j].base.lowercased())) { break }
                continue
            }
            // a plural possessive inside a name: “Ministry of Workers' Welfare”
            if (t[j].isPunct("'") || t[j].isPunct("’")), last == j, t[j - 1].text.hasSuffix("s"), j + 1 < to, t[j + 1].isCapitalised {
                j += 1; continue
            }
            // “of the” stays inside a name; “and the” joins two names
            if t[j].kind == .word, Names.connectors.contains(t[j].lower), last != nil, j + 1 < to,
               t[j + 1].isCapitalised || (t[j].lower != "and" && t[j + 1].lower == "the" && j + 2 < to && t[j + 2].isCapitalised) {
                j += 1; continue
            }
            break
        }
        return last
    }

    static func trimmed(_ s: String) -> String {
        var n = s
        if n.hasSuffix("'s") || n.hasSuffix("’s") { n.removeLast(2) }
        if n.hasPrefix("The ") || n.hasPrefix("the ") { n = String(n.dropFirst(4)) }
        return n
    }

    /// How an organisation is written in the facts.
    static func display(_ m: OrganisationMention, ctx: ArticleContext) -> String {
        m.known.map(ctx.display) ?? m.literal
    }
}
