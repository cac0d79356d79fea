import BriefModel

/// Sinkings and crashes with dead or missing people, including earlier ones mentioned in passing.
/// Each sentence with a vessel and a sinking word, or a casualty count with a death word, is a mention
/// (a candidate with its evidence); a sentence without a vessel of its own adds to the mention before it.
/// The opening incident also takes what the next paragraphs add (nationalities, a location, a date). Then
/// one merge per article joins the mentions of one event (same toll or same day, vessels that agree).
/// A yearly or route-wide toll is a figure, not an incident; `41 drowned or are missing` is one combined
/// figure, neither dead nor missing; `two dozen` counts 24 and `several dozen` counts no one. The words
/// read are the `incident.*` lexicons (`IncidentWords`).
enum IncidentRule {
    private struct Draft {
        var incident = Incident()
        var paragraph: Int
        /// A dated sinking or crash with deaths told without a number (`hundreds died when the trawler sank`).
        var uncounted = false
        /// The sentences the mention was read from (indices into the article's sentences).
        var sentences: [Int]
    }

    /// A count as written: a number, or words that give none (`several dozen`, `hundreds`).
    private enum Quantity {
        case exact(Int, end: Int)
        case vague
    }

    static func extract(_ ctx: ArticleContext) -> [Incident] {
        let g = ctx.g, w = g.incidentWords
        var drafts: [Draft] = []
        let firstParagraph = ctx.sentences.first?.sentence.paragraph ?? 0
        for (si, s) in ctx.sentences.enumerated() {
            let vessel = vesselPhrase(s, g: g)
            let sinking = isSinking(s, g: g)
            let dead = ctx.counts[si].dead
            let missing = ctx.counts[si].missing
            let aggregate = isAggregate(s, ctx.eventDates(si), g: g)
            let isSeed = (vessel != nil && sinking) || dead != nil || (missing != nil && (sinking || vessel != nil))
            guard isSeed else {
                if let last = drafts.indices.last,
                   isNear(s.sentence.paragraph, to: drafts[last], opening: last == 0 && drafts[0].paragraph <= firstParagraph + 3) {
                    addFollowUp(si, to: &drafts[last], ctx, aggregate: aggregate)
                }
                continue
            }
            if vessel == nil && aggregate { continue }
            var date = incidentDate(s, ctx.eventDates(si), g: g)
            var location = incidentLocation(s, g: g) ?? placePhrase(s, ctx.places[si], g)
            var read = [si]
            // `Two people were found dead on one of the boats`: the vessels of the sentence before, with its date and place
            if date == nil, location == nil, si > 0, let v = vessel, refersBack(to: v, in: s, w),
               vesselPhrase(ctx.sentences[si - 1], g: g) != nil {
                let prev = ctx.sentences[si - 1]
                date = incidentDate(prev, ctx.eventDates(si - 1), g: g)
                location = locationPhrase(prev, g) ?? placePhrase(prev, ctx.places[si - 1], g)
                read.append(si - 1)
            }
            // `In May, a boat drifted for 19 days. Twenty-three people died …`: the date of the sentence before
            if date == nil, si > 0, ctx.sentences[si - 1].sentence.paragraph == s.sentence.paragraph,
               drafts.last?.sentences.contains(si - 1) != true,
               let earlier = incidentDate(ctx.sentences[si - 1], ctx.eventDates(si - 1), g: g) {
                date = earlier
                read.append(si - 1)
            }
            var inc = Incident(date: date, location: location, vessel: vessel, dead: dead, missing: missing,
                               survivors: ctx.counts[si].survivors, nationality: nil, evidence: [Evidence(s.sentence, rule: "incident.sentence")])
            inc.nationality = nationalities(s, ctx.places[si], g: g)
            // a sinking or crash is an incident even when all were saved (`the boat sank on Monday; all 40 were rescued`)
            let uncounted = vessel != nil && sinking && date != nil && !aggregate
                && (s.hasWord { g.deathWords.contains($0) || w.actualSinking.contains($0) } || missingAnchor(in: s, w) != nil)
            if var last = drafts.last, adds(inc, paragraph: s.sentence.paragraph, to: last, firstParagraph: firstParagraph,
                                            aftermath: vessel == nil && !sinking, w) {
                merge(&last.incident, inc, w)
                last.uncounted = last.uncounted || uncounted
                last.sentences += read
                drafts[drafts.count - 1] = last
                continue
            }
            drafts.append(Draft(incident: inc, paragraph: s.sentence.paragraph, uncounted: uncounted, sentences: read))
        }
        if let i = drafts.firstIndex(where: { $0.paragraph <= firstParagraph + 3 }) { extendOpening(&drafts[i], ctx) }
        return consolidate(drafts, w).filter { $0.incident.dead != nil || $0.incident.missing != nil || $0.uncounted }
            .map { finish($0, ctx) }
    }

    /// Whether a sentence tells of a sinking or crash.
    private static func isSinking(_ s: TokenizedSentence, g: Gazetteers) -> Bool {
        s.hasWord { g.sinkingWords.contains($0) } || g.sinkingPhrases.contains { s.contains(phrase: $0) }
    }

    /// Whether a sentence in `paragraph` may still tell of the mention `last`: the same paragraph, or near
    /// the opening for the opening incident.
    private static func isNear(_ paragraph: Int, to last: Draft, opening: Bool) -> Bool {
        paragraph == last.paragraph || (opening && paragraph <= last.paragraph + 3)
    }

    /// A sentence that is no mention of its own but tells more of the one before: who was on board
    /// (`Everyone on board was Eritrean`), a count not yet known (`a search went on for 17 still missing`),
    /// and when it happened (`the accident occurred on Monday night`).
    private static func addFollowUp(_ si: Int, to draft: inout Draft, _ ctx: ArticleContext, aggregate: Bool) {
        let s = ctx.sentences[si], g = ctx.g
        if let n = nationalities(s, ctx.places[si], g: g) { draft.incident.nationality = union(draft.incident.nationality, n) }
        guard !aggregate else { return }
        if hasSeveralDays(s, g) { draft.sentences.append(si) }
        if draft.incident.missing == nil, let n = ctx.counts[si].missing { draft.incident.missing = n; draft.sentences.append(si) }
        if draft.incident.date == nil, isSinking(s, g: g) || s.hasWord({ g.incidentWords.occurrenceVerbs.contains($0) }),
           let d = incidentDate(s, ctx.eventDates(si), g: g) {
            draft.incident.date = d
            draft.sentences.append(si)
        }
    }

    /// The opening incident takes what the next paragraphs add: a location, nationalities, a fuller name of
    /// its vessel, and a date when it had none (several days in one month give the month).
    private static func extendOpening(_ draft: inout Draft, _ ctx: ArticleContext) {
        let g = ctx.g
        var inc = draft.incident
        // from the last paragraph the mention was read in (`• 19 bodies recovered` … `DAKAR — … capsized`)
        let from = draft.sentences.map { ctx.sentences[$0].sentence.paragraph }.max() ?? draft.paragraph
        let later = ctx.sentences.enumerated().filter { $0.element.sentence.paragraph > from && $0.element.sentence.paragraph <= from + 3 }
        var dayDates: [PartialDate] = []
        for (si, s) in later {
            if inc.location == nil, let l = locationPhrase(s, g) { inc.location = l }
            if let n = nationalities(s, ctx.places[si], g: g) { inc.nationality = union(inc.nationality, n) }
            if inc.survivors == nil { inc.survivors = ctx.counts[si].survivors }
            if let v = vesselPhrase(s, g: g), let own = inc.vessel, head(v) == head(own), v.count > own.count { inc.vessel = v }
            if hasSeveralDays(s, g) { draft.sentences.append(si) }
            dayDates += ctx.eventDates(si).filter { !$0.isStatistic && !$0.isSpeechAttached && $0.hasDay }.map(\.date)
        }
        if inc.date == nil || inc.date!.precision == 1, let first = dayDates.first {
            let sameMonth = dayDates.allSatisfy { $0.year == first.year && $0.month == first.month }
            if dayDates.count > 1 && sameMonth { inc.date = PartialDate(year: first.year, month: first.month) }
            else if dayDates.count == 1 { inc.date = first }
        }
        draft.incident = inc
    }

    /// One merge per article: mentions with the same toll, or told of the same day, whose vessels agree and
    /// whose dates do not differ, are one incident (`19 bodies recovered` … `the pirogue overturned on Saturday`).
    private static func consolidate(_ drafts: [Draft], _ w: IncidentWords) -> [Draft] {
        var out: [Draft] = []
        for d in drafts {
            if let k = out.firstIndex(where: { sameEvent($0.incident, d.incident, w) }) {
                merge(&out[k].incident, d.incident, w)
                out[k].uncounted = out[k].uncounted || d.uncounted
                out[k].sentences += d.sentences
            } else {
                out.append(d)
            }
        }
        return out
    }

    private static func sameEvent(_ a: Incident, _ b: Incident, _ w: IncidentWords) -> Bool {
        if let va = a.vessel, let vb = b.vessel, !vesselsAgree(va, vb, w) { return false }
        if let da = a.date, let db = b.date, da != db { return false }
        let sameToll = (a.dead != nil && a.dead == b.dead) || (a.missing != nil && a.missing == b.missing)
        let sameDay = a.date?.day != nil && a.date == b.date
        return sameToll || sameDay
    }

    /// `pickup` and `pickup truck`, `boat` and `pirogue`: names that may be of one vessel.
    private static func vesselsAgree(_ a: String, _ b: String, _ w: IncidentWords) -> Bool {
        let wa = Set(a.split(separator: " ").map(String.init)), wb = Set(b.split(separator: " ").map(String.init))
        return !wa.isDisjoint(with: wb) || isGeneric(a, w) || isGeneric(b, w)
    }

    private static func isGeneric(_ vessel: String, _ w: IncidentWords) -> Bool { w.genericVessels.contains(vessel) }

    /// The last touches: deaths over several days give the month, and an incident, told in the past, is never
    /// later than the article (a month written without its year is then last year's).
    private static func finish(_ draft: Draft, _ ctx: ArticleContext) -> Incident {
        var inc = draft.incident
        let w = ctx.g.incidentWords
        if let d = inc.date, d.day != nil, draft.sentences.contains(where: { hasSeveralDays(ctx.sentences[$0], ctx.g) }) {
            inc.date = PartialDate(year: d.year, month: d.month)
        }
        if let d = inc.date, let p = ctx.article.published, d.month != nil,
           d.year > p.year || (d.year == p.year && (d.month ?? 0) > (p.month ?? 12)) {
            inc.date = PartialDate(year: d.year - 1, month: d.month, day: d.day)
        }
        return inc
    }

    /// `died of thirst over several days`, `died over 19 days`: deaths spread over days; not a vessel that
    /// drifted for days before the deaths (`drowned when a pirogue that had drifted for three days capsized`).
    private static func hasSeveralDays(_ s: TokenizedSentence, _ g: Gazetteers) -> Bool {
        let w = g.incidentWords, t = s.tokens
        let spans = t.indices.filter { i in
            w.severalDaysPhrases.phrases.contains { p in i + p.count <= t.count && (0..<p.count).allSatisfy { t[i + $0].lower == p[$0] } }
                || (i + 2 < t.count && w.spanPrepositions.contains(t[i].lower) && t[i + 1].value != nil && w.dayUnits.contains(t[i + 2].lower))
        }
        return spans.contains { p in
            guard let d = t[..<p].lastIndex(where: { g.deathWords.contains($0.lower) }) else { return false }
            return !t[d..<p].contains { g.vesselFirstWords.contains($0.lower) }
        }
    }

    /// Whether a sentence's incident is the one before it told further: no other vessel (or the same kind),
    /// no other date, and in the same paragraph (or near the opening, for the opening incident). Bodies
    /// recovered or brought ashore a few days later (`aftermath`: no vessel, no sinking) are the same incident.
    private static func adds(_ inc: Incident, paragraph: Int, to last: Draft, firstParagraph: Int, aftermath: Bool,
                             _ w: IncidentWords) -> Bool {
        let sameVessel = inc.vessel == nil || head(last.incident.vessel) == head(inc.vessel)
            || last.incident.vessel.map { vesselsAgree($0, inc.vessel!, w) && (isGeneric($0, w) || isGeneric(inc.vessel!, w)) } ?? false
        var sameDate = inc.date == nil || last.incident.date == nil || last.incident.date == inc.date
        if aftermath, let a = last.incident.date.flatMap(DayMath.days(of:)), let b = inc.date.flatMap(DayMath.days(of:)),
           (0...3).contains(b - a) {
            sameDate = true
        }
        let near = paragraph == last.paragraph || (last.paragraph == firstParagraph && paragraph <= firstParagraph + 3)
        return sameVessel && sameDate && near
    }

    /// `the boat`, `one of the boats`, `that vessel`: a vessel already told of.
    private static func refersBack(to vessel: String, in s: TokenizedSentence, _ w: IncidentWords) -> Bool {
        let t = s.tokens
        guard let headWord = vessel.split(separator: " ").last.map(String.init),
              let i = t.firstIndex(where: { $0.lower == headWord }) else { return false }
        var j = i - 1
        while j >= 0, t[j].kind == .word, !w.referringDeterminers.contains(t[j].lower), i - j <= 3 { j -= 1 }
        return j >= 0 && w.referringDeterminers.contains(t[j].lower)
    }

    private static func head(_ vessel: String?) -> String? { vessel?.split(separator: " ").last.map(String.init) }

    /// The incident's date: one written after the vessel or the casualties (`capsized … on Sunday`), or one
    /// opening the sentence (`In May, a fishing boat …`), or the only one of the sentence when its clause
    /// tells of no other event (an arrest, a report); not a date belonging to another event of the sentence.
    private static func incidentDate(_ s: TokenizedSentence, _ dates: [DateMention], g: Gazetteers) -> PartialDate? {
        let usable = dates.filter { !$0.isStatistic && !$0.isSpeechAttached }
        let t = s.tokens
        let anchor = t.firstIndex { g.vessels.contains($0.lower) || g.deathWords.contains($0.lower) || g.sinkingWords.contains($0.lower) }
        // `between May 3 and May 9`, `from 12 to 15 March`: deaths over several days give the month
        if let month = dayRange(s, dates, rangeJoiners: g.incidentWords.rangeJoiners) { return month }
        // `A boat was stopped near Ormara last week, and in March a boat … sank off Jiwani`: with several dates,
        // the one in the clause of the sinking or the deaths
        if usable.count >= 2, let event = eventWord(s, g: g) {
            let (lo, hi) = clause(around: event, in: s)
            let inClause = usable.filter { let k = s.tokenIndex(at: $0.range.lowerBound); return k > lo && k < hi }
            if inClause.count == 1 { return inClause[0].date }
        }
        guard let anchor else { return usable.first?.date }
        let anchorIndex = t[anchor].range.lowerBound
        // `four men died in the container … was jailed on Thursday`: not a date told after another event
        let other = g.incidentWords.otherEventVerbs
        if let after = usable.first(where: { $0.range.lowerBound > anchorIndex }) {
            let k = s.tokenIndex(at: after.range.lowerBound)
            return t[anchor..<k].contains(where: { other.contains($0.lower) }) ? nil : after.date
        }
        if let opening = usable.first, s.tokenIndex(at: opening.range.lowerBound) <= 3 { return opening.date }
        // `In a separate incident on Friday, a lorry …`: a date in the sentence's opening phrase
        // (after a dateline too: `TAPACHULA, Mexico — In August, ten migrants …`)
        if let opening = usable.first, case let k = s.tokenIndex(at: opening.range.lowerBound),
           let comma = t[k...].firstIndex(where: { $0.isPunct(",") }), comma < anchor,
           !t[..<k].contains(where: { g.incidentWords.otherEventVerbs.contains($0.lower) }) { return opening.date }
        // `a crossing in June in which a fishing boat sank`: the only date, in a clause of no other event
        // (no arrest or report between the date and the next word of the sinking or deaths)
        if usable.count == 1 {
            let k = s.tokenIndex(at: usable[0].range.lowerBound)
            let (_, hi) = clause(around: min(k, t.count - 1), in: s)
            let w = g.incidentWords
            if let e = (k..<hi).first(where: { g.sinkingWords.contains(t[$0].lower) || w.eventVerbs.contains(t[$0].lower) }),
               !t[k..<e].contains(where: { w.otherEventVerbs.contains($0.lower) }) {
                return usable[0].date
            }
        }
        return nil
    }

    /// The tokens between the commas or semicolons around token `i` (exclusive bounds).
    private static func clause(around i: Int, in s: TokenizedSentence) -> (Int, Int) {
        let t = s.tokens
        let boundaries = t.indices.filter { t[$0].isPunct(",") || t[$0].isPunct(";") }
        return (boundaries.last(where: { $0 < i }) ?? -1, boundaries.first(where: { $0 > i }) ?? t.count)
    }

    private static func merge(_ a: inout Incident, _ b: Incident, _ w: IncidentWords) {
        // a day of the month already known is kept over the month alone
        if let ad = a.date, let bd = b.date, ad.day == nil, bd.day != nil, ad.year == bd.year, ad.month == bd.month { a.date = bd }
        a.date = a.date ?? b.date
        a.location = a.location ?? b.location
        // `their boat` … `the iron boat`: the fuller name of the same vessel; `the boat` … `the pirogue`: the kind
        if let v = b.vessel, let av = a.vessel, (head(av) == head(v) && v.count > av.count) || (isGeneric(av, w) && !isGeneric(v, w)) {
            a.vessel = v
        }
        a.vessel = a.vessel ?? b.vessel
        a.dead = a.dead ?? b.dead
        a.missing = a.missing ?? b.missing
        a.survivors = a.survivors ?? b.survivors
        if let n = b.nationality { a.nationality = union(a.nationality, n) }
        a.evidence += b.evidence
    }

    private static func union(_ a: [String]?, _ b: [String]) -> [String] {
        var out = a ?? []
        for x in b where !out.contains(x) { out.append(x) }
        return out
    }

    /// The month of a range of days in one month (`between May 25 and May 28`, `12 to 15 March`).
    static func dayRange(_ s: TokenizedSentence, _ dates: [DateMention], rangeJoiners: WordSet) -> PartialDate? {
        let days = dates.filter { $0.hasDay && !$0.isSpeechAttached }
        for (a, b) in zip(days, days.dropFirst()) where a.date != b.date && a.date.year == b.date.year && a.date.month == b.date.month {
            // `12 to 15 March` is one mention holding both days
            let from = s.tokenIndex(at: a.range.upperBound), to = s.tokenIndex(at: b.range.lowerBound)
            let between = from < to ? s.tokens[from..<to].map(\.lower) : []
            if between.count <= 2, between.isEmpty || between.contains(where: rangeJoiners.contains) {
                return PartialDate(year: a.date.year, month: a.date.month)
            }
        }
        return nil
    }

    /// A toll over a whole year or route (`died on the central route in 2021`, `since March`, "so far this
    /// year"); a range of days is an incident over several days, not a statistic's period.
    private static func isAggregate(_ s: TokenizedSentence, _ dates: [DateMention], g: Gazetteers) -> Bool {
        let words = g.incidentWords, w = words
        if dates.contains(where: \.isStatistic), dayRange(s, dates, rangeJoiners: g.incidentWords.rangeJoiners) == nil { return true }
        if words.bareYear.contains(s.text) && !dates.contains(where: { $0.date.month != nil }) { return true }
        // `At least 41 people have died on the border since the crisis began`: a toll over time
        let sinceTheStart = s.hasWord { w.sinceWords.contains($0) } && s.hasWord { w.aggregateAuxiliaries.contains($0) }
        return sinceTheStart || w.periodPhrases.phrases.contains { s.contains(phrase: $0) } || s.hasWord { w.routeNouns.contains($0) }
            || isYearSpan(s, w.rangeJoiners)
    }

    /// `1996–2014`, `between 2015 and 2020`: a span of years a statistic covers.
    private static func isYearSpan(_ s: TokenizedSentence, _ joiners: WordSet) -> Bool {
        let t = s.tokens
        func isYear(_ k: Int) -> Bool { k < t.count && t[k].kind == .number && t[k].text.count == 4 && (1900...2100).contains(t[k].value ?? 0) }
        return t.indices.contains { isYear($0) && (isYear($0 + 2) && (t[$0 + 1].kind != .word || joiners.contains(t[$0 + 1].lower)) || isYear($0 + 1)) }
    }

    /// The vessel or vehicle, with its material or kind: `wooden pirogue`, `pick-up truck`, `fishing boat`.
    static func vesselPhrase(_ s: TokenizedSentence, g: Gazetteers) -> String? {
        let t = s.tokens, w = g.incidentWords
        func lowerPhrase(_ start: Int, _ n: Int) -> String { t[start..<(start + n)].map(\.lower).joined(separator: " ") }
        // a capitalised place that spells a vessel word is the place (`VAN, Türkiye —`, `in Van`)
        for i in t.indices where t[i].kind == .word && g.vesselFirstWords.contains(t[i].lower)
            && !(t[i].isCapitalised && g.country(ofPlace: t[i].base) != nil) {
            for n in stride(from: 3, through: 1, by: -1) where i + n <= t.count {
                let phrase = lowerPhrase(i, n)
                // `inflatable` is a vessel on its own (`an inflatable carrying 61 people`) but a modifier before one
                let modifiesNext = n == 1 && g.vesselModifiers.contains(phrase) && i + 1 < t.count && g.vesselFirstWords.contains(t[i + 1].lower)
                guard g.vessels.contains(phrase), !modifiesNext, !(i > 0 && w.rescuerModifiers.contains(t[i - 1].lower)) else { continue }
                var start = i
                while start > 0, g.vesselModifiers.contains(t[start - 1].lower), i - start < 2 { start -= 1 }
                // `the sealed container of a lorry`: the vehicle the container belongs to
                let k = i + n + 2
                if k < t.count, w.partitiveWords.contains(t[i + n].lower), w.articles.contains(t[i + n + 1].lower),
                   let vehicle = (1...3).reversed().lazy.filter({ k + $0 <= t.count }).map({ lowerPhrase(k, $0) }).first(where: g.vessels.contains) {
                    return vehicle
                }
                return t[start..<(i + n)].map(\.lower).filter { !w.droppedModifiers.contains($0) }.joined(separator: " ")
            }
        }
        return nil
    }

    /// The number of dead: `claimed the lives of N`, `N bodies`, `the bodies of N`, `N people … died`,
    /// `killing two dozen`; not the dead of a combined toll (`41 drowned or are missing`).
    static func deadCount(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        let t = s.tokens, w = g.incidentWords
        guard t.contains(where: { w.deathCues.contains($0.lower) }) else { return nil }
        for i in t.indices {
            let lower = t[i].lower
            if w.lifeNouns.contains(lower), i + 2 < t.count, w.partitiveWords.contains(t[i + 1].lower), let n = exact(t, i + 2, w) { return n }
            // `claimed 12 lives`, `12 lives were lost`, `cost at least 30 lives`
            if w.lifeNouns.contains(lower), i > 0, let n = exact(t, i - 1, w) { return n }
            if w.bodyNouns.contains(lower) {
                if i + 2 < t.count, w.partitiveWords.contains(t[i + 1].lower), let n = exact(t, i + 2, w) { return n }
                if i > 0, let n = exact(t, i - 1, w) { return n }
            }
            // `the death toll rose to 31`, `the toll stood at 12`
            if w.tollNouns.contains(lower), let n = tollCount(t, after: i, w) { return n }
        }
        let lost = t.indices.contains { w.lossVerbs.contains(t[$0].lower) && $0 + 1 < t.count && w.lossObjects.contains(t[$0 + 1].lower) }
        // `15 migrants lost their lives`: the count before `lost` when lives follow
        if lost, let n = count(before: [[String]](w.lossVerbs.entries.map { [$0] }), in: s, w) { return n }
        // `killing five Pakistani nationals`, `killed at least 7 migrants`: the count follows the verb
        if let n = count(after: w.killVerbs, in: s, w) { return n }
        return count(before: w.deathVerbs.entries.map { [$0] }, in: s, w)
    }

    /// `the death toll rose to 31`, `the toll of 12`: the count after `to`, `at` or `of`.
    private static func tollCount(_ t: [Token], after i: Int, _ w: IncidentWords) -> Int? {
        var j = i + 1
        while j + 1 < t.count, j - i <= 14, !(t[j].kind == .punct && !t[j].isPunct("'") && !t[j].isPunct("’")) {
            if w.tollPrepositions.contains(t[j].lower) || (j == i + 1 && w.partitiveWords.contains(t[j].lower)) {
                var k = j + 1
                while k < t.count, w.approximators.contains(t[k].lower), k - j <= 3 { k += 1 }
                if case .exact(let n, let end) = quantity(t, k, w), !w.notCounts.contains(end + 1 < t.count ? t[end + 1].lower : "") { return n }
            }
            j += 1
        }
        return nil
    }

    /// The number missing: `17 who were still missing`, `12 others remain unaccounted for`, "nine people
    /// were never found"; not the missing of a combined toll.
    static func missingCount(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        count(before: g.incidentWords.missingPhrases.phrases, in: s, g.incidentWords, vessels: g.vessels)
    }

    /// `41 people drowned or are missing`, `462 have died or gone missing`: one toll of dead and missing together.
    static func combinedCount(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        let w = g.incidentWords
        return count(before: w.deathVerbs.entries.map { [$0] }, in: s, w, combined: true)
    }

    /// Words between a verb and the count it takes: `killed at least 7`, `killing some 20`.
    /// The count right after one of `words` (`killing five people`), past approximators; not a measure
    /// (`killed 15 kilometres from …`) nor a partitive (`killing three of the …` still counts three).
    private static func count(after words: WordSet, in s: TokenizedSentence, _ w: IncidentWords) -> Int? {
        let t = s.tokens
        for d in t.indices where words.contains(t[d].lower) {
            var j = d + 1
            while j < t.count, w.approximators.contains(t[j].lower), j - d <= 3 { j += 1 }
            guard case .exact(let n, let end) = quantity(t, j, w) else { continue }
            let next = end + 1 < t.count ? t[end + 1].lower : ""
            if w.notCounts.contains(next) || (j > 0 && t[j - 1].kind == .punct && w.moneySymbols.contains(t[j - 1].text)) { continue }
            return n
        }
        return nil
    }

    static func survivorCount(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        let t = s.tokens, w = g.incidentWords
        for i in t.indices where w.survivorNouns.contains(t[i].lower) {
            if i > 0, let n = exact(t, i - 1, w) { return n }
        }
        return count(before: w.survivorVerbs.entries.map { [$0] }, in: s, w)
    }

    /// Where a phrase of `anchors` ends at token `d`: its first token.
    private static func anchorStart(_ anchors: [[String]], at d: Int, in t: [Token]) -> Int? {
        for p in anchors where p.count <= d + 1 && p.last == t[d].lower {
            let start = d - p.count + 1
            if (0..<p.count).allSatisfy({ t[start + $0].lower == p[$0] }) { return start }
        }
        return nil
    }

    /// The first token of a phrase of the missing in the sentence.
    private static func missingAnchor(in s: TokenizedSentence, _ w: IncidentWords) -> Int? {
        s.tokens.indices.first { anchorStart(w.missingPhrases.phrases, at: $0, in: s.tokens) != nil }
    }

    /// Whether the death word or missing phrase at `start...end` is half of a combined toll: "drowned or
    /// are missing`, `died or went missing`, `missing or dead".
    private static func isCombined(_ t: [Token], start: Int, end: Int, _ w: IncidentWords) -> Bool {
        let deathVerbs = w.deathVerbs, missing = w.missingPhrases.phrases
        for p in w.combinedAuxiliaries.phrases {
            // forward: the auxiliary phrase, then the other half
            if end + p.count + 1 < t.count, (0..<p.count).allSatisfy({ t[end + 1 + $0].lower == p[$0] }) {
                let k = end + p.count + 1
                if deathVerbs.contains(t[k].lower) || (k..<min(k + 3, t.count)).contains(where: { anchorStart(missing, at: $0, in: t) == k }) { return true }
            }
            // backward: the other half, then the auxiliary phrase
            let k = start - p.count - 1
            if k >= 0, (0..<p.count).allSatisfy({ t[k + 1 + $0].lower == p[$0] }), deathVerbs.contains(t[k].lower) || anchorStart(missing, at: k, in: t) != nil {
                return true
            }
        }
        return false
    }

    /// The nearest count before one of the `anchors` phrases in the same clause, skipping partitives
    /// (`three of them`), parts named in passing (`including three women`), ages and measures (`15 kilometres`).
    /// With `combined`, only the counts of combined tolls (`41 drowned or are missing`); without, none of them.
    static func count(before anchors: [[String]], in s: TokenizedSentence, _ w: IncidentWords,
                      vessels: Set<String> = [], combined: Bool = false) -> Int? {
        let t = s.tokens
        let anchorEnds = Set(anchors.compactMap(\.last))
        for d in t.indices where anchorEnds.contains(t[d].lower) {
            guard let start = anchorStart(anchors, at: d, in: t) else { continue }
            // `searching for the missing`, `most of the dead`: the word as a noun counts no one; nor does a vessel
            // that `went missing` (`after their boat went missing`)
            if start > 0 && w.articles.contains(t[start - 1].lower) { continue }
            if start > 1 && w.goingVerbs.contains(t[start - 1].lower) && vessels.contains(t[start - 2].lower) { continue }
            if isCombined(t, start: start, end: d, w) != combined { continue }
            var j = start - 1
            walk: while j >= 0, !t[j].isPunct(";"), !anchorEnds.contains(t[j].lower) {
                switch quantity(t, j, w) {
                case .vague?: break walk
                case .exact(let n, let end)?:
                    if let skip = skipsCount(t, at: j, end: end, anchor: start, w) {
                        if skip { return n }
                        j -= 1
                        continue walk
                    }
                    return n
                case nil: break
                }
                j -= 1
            }
        }
        return nil
    }

    /// Whether a number before a death word is the count: `true` to take it at once (a partitive right
    /// before the verb, `four of whom drowned`), `false` to pass over it (an age, a date's day, a part
    /// named in passing, a measure, money), `nil` when it is an ordinary count.
    private static func skipsCount(_ t: [Token], at j: Int, end: Int, anchor d: Int, _ w: IncidentWords) -> Bool? {
        let next = end + 1 < t.count ? t[end + 1].lower : ""
        // `Abdullahi Musa, 27, said his brother died`: an age between commas counts no one
        if j > 0, t[j - 1].isPunct(","), next == "," { return false }
        // `a girl aged about 12`, `Ten migrants, including three women, died`: a part named in passing
        var k = j - 1
        while k >= 0, w.approximators.contains(t[k].lower) || w.articles.contains(t[k].lower), j - k <= 3 { k -= 1 }
        if k >= 0, anchorStart(w.partPhrases.phrases, at: k, in: t) != nil || w.ageWords.contains(t[k].lower) { return false }
        // `SFAX, May 15 (NAW) — Dozens are feared dead`: the day of a date counts no one
        if j > 0, w.months.contains(t[j - 1].lower) || w.months.contains(next) { return false }
        // `four of whom drowned`: the part is the count when the verb follows it at once
        if w.partitiveWords.contains(next), end + 2 < t.count, w.partitivePronouns.contains(t[end + 2].lower),
           end + 3 == d || (end + 4 == d && w.partitiveAuxiliaries.contains(t[end + 3].lower)) { return true }
        if w.partitiveWords.contains(next) || w.notCounts.contains(next) { return false }
        if j > 0, t[j - 1].kind == .punct, w.moneySymbols.contains(t[j - 1].text) { return false }
        return nil
    }

    
    /// The count written at token `i`: a number (`23`, `eight`), `two dozen` (24), or words that give no
    /// number (`several dozen`, `hundreds`).
    private static func quantity(_ t: [Token], _ i: Int, _ w: IncidentWords) -> Quantity? {
        guard i >= 0, i < t.count else { return nil }
        let lower = t[i].lower
        if w.vagueCounts.contains(lower) { return .vague }
        if w.dozenWords.contains(lower) {
            if i > 0, w.vagueCounts.contains(t[i - 1].lower) { return .vague }
            if i > 0, let n = plainNumber(t, i - 1, w) { return .exact(n * 12, end: i) }
            return .exact(12, end: i)
        }
        guard let n = plainNumber(t, i, w) else { return nil }
        if i + 1 < t.count, w.dozenWords.contains(t[i + 1].lower) { return .exact(n * 12, end: i + 1) }
        return .exact(n, end: i)
    }

    private static func exact(_ t: [Token], _ i: Int, _ w: IncidentWords) -> Int? {
        if case .exact(let n, _) = quantity(t, i, w) { return n }
        return nil
    }

    private static func plainNumber(_ t: [Token], _ i: Int, _ w: IncidentWords) -> Int? {
        guard i >= 0, i < t.count else { return nil }
        if t[i].kind == .number { return Numbers.integer(value: t[i].value) }
        // `one` counts only as a person on its own (`one was missing`), not in `one of the boats`
        if t[i].kind == .word, !w.dozenWords.contains(t[i].lower), let n = Numbers.integer(value: t[i].value),
           n != 1 || (i + 1 < t.count && w.lonePersonWords.contains(t[i + 1].lower)) {
            return n
        }
        return nil
    }

    /// `off western Libya`, `near Zarzis`, `about four kilometres from Hardelot beach`.
    static func locationPhrase(_ s: TokenizedSentence, _ g: Gazetteers) -> String? {
        g.incidentWords.location.firstMatch(in: s.text)?[0]
    }

    /// The first token that tells of the sinking, crash or deaths (not the vessel).
    static func eventWord(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        let w = g.incidentWords
        return s.tokens.firstIndex { g.sinkingWords.contains($0.lower) || w.eventVerbs.contains($0.lower) }
    }

    /// Where the incident happened: with several places written, the one told with the sinking or the deaths.
    static func incidentLocation(_ s: TokenizedSentence, g: Gazetteers) -> String? {
        let all = g.incidentWords.location.matches(in: s.text)
        guard all.count >= 2, let event = eventWord(s, g: g) else { return locationPhrase(s, g) }
        let eventStart = s.tokens[event].range.lowerBound
        let boundaries = s.tokens.filter { $0.isPunct(",") || $0.isPunct(";") }.map(\.range.lowerBound)
        let lo = boundaries.last(where: { $0 < eventStart })
        if let m = all.first(where: { ($0.range()?.lowerBound).map { r in lo.map { r > $0 } ?? true } ?? false }), let phrase = m[0] { return phrase }
        return locationPhrase(s, g)
    }

    /// `in southern Tunisia`, `on the island of Kos`: a place after `in` or `on` when no `off`/`near` is written.
    static func placePhrase(_ s: TokenizedSentence, _ places: [PlaceMention], _ g: Gazetteers) -> String? {
        let t = s.tokens, w = g.incidentWords
        // a region with no country counts (`in the Channel`), a bare compass word does not
        for p in places where !p.isPeople && (p.country != nil || p.end - p.start > 1 || !w.compassWords.contains(p.name.lowercased())) {
            var j = p.start - 1
            while j >= 0, g.routeWords.fillers.contains(t[j].lower) { j -= 1 }
            guard j >= 0, w.placePrepositions.contains(t[j].lower), p.start - j <= 4 else { continue }
            return s.span(j, p.end - 1)
        }
        return nil
    }

    /// Nationalities of the people on board: `Eritrean nationals`, `12 Sudanese`, `were Guinean`, "most of them
    /// Guinean and Malian`, `were from Eritrea and Sudan`, `a majority from A and B, and smaller numbers from C",
    /// `of at least four nationalities: A, B, C`, `Seven Myanmar migrants`; never those of suspects, drivers or crews.
    static func nationalities(_ s: TokenizedSentence, _ places: [PlaceMention], g: Gazetteers) -> [String]? {
        let t = s.tokens, w = g.incidentWords
        var out: [String] = []
        func add(_ country: String, as written: String? = nil) {
            if let d = written ?? g.demonym(ofCountry: country), !out.contains(d) { out.append(d) }
        }
        // `two Egyptian men accused of steering the boat`, `the driver, a Mexican man`: not the victims
        func nearRole(_ i: Int) -> Bool {
            t[max(0, i - 6)..<min(t.count, i + 6)].contains { w.notVictims.contains($0.lower) }
        }
        for p in places where p.isPeople && !nearRole(p.start) {
            if let c = p.country { add(c) }
        }
        var i = 0
        while i < t.count {
            // `Seven Myanmar migrants`, `all Myanmar nationals`: a country's name before the victims
            if t[i].isCapitalised, i + 1 < t.count, w.victimNouns.contains(t[i + 1].lower), let c = g.countryNamed(t[i].base), !nearRole(i) {
                add(c, as: t[i].text)
            }
            guard w.nationalityIntroducers.contains(t[i].lower) || w.nationalityListNouns.contains(t[i].lower) else { i += 1; continue }
            var j = i + 1
            if j < t.count, t[j].isPunct(":") { j += 1 }
            let fromList = j < t.count && w.originWords.contains(t[j].lower)
            if fromList { j += 1 }
            var listed = false
            while j < t.count {
                if w.articles.contains(t[j].lower) { j += 1; continue }
                if !fromList, t[j].isCapitalised, let c = g.country(ofDemonym: t[j].base) { if !nearRole(j) { add(c) }; listed = true; j += 1; continue }
                if fromList, t[j].isCapitalised, let c = g.countryNamed(t[j].base) { add(c); listed = true; j += 1; continue }
                // `from Guinea, Mali and Ivory Coast`: a country named in several words
                if fromList, let p = places.first(where: { $0.start == j && !$0.isPeople }), let c = p.country, g.countryNamed(p.name) != nil {
                    add(c); listed = true; j = p.end; continue
                }
                if listed, w.listJoiners.contains(t[j].lower) { j += 1; continue }
                break
            }
            i = j
        }
        return out.isEmpty ? nil : out
    }
}
