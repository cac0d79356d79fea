import BriefModel

/// Sinkings and crashes with dead or missing people, including earlier ones mentioned in passing.
/// A sentence with a vessel and a sinking word, or a casualty count with a death word, starts or adds to an
/// incident; one without a vessel of its own adds to the incident before it. The incident of the opening
/// paragraph also takes what the next two paragraphs add (nationalities, a location, a date when it had
/// none: several days in one month give the month). A yearly or route-wide toll is a figure, not an incident.
/// Counts are read before death words and after killing verbs ("killing five"), from "claimed 12 lives",
/// "the toll rose to 31" and "four of whom drowned", never from ages or the day of a date. With several
/// dates or places in a sentence, those of the sinking's clause count; a dated sinking with deaths but no
/// number is an incident too; suspects' nationalities are not the victims'.
enum IncidentRule {
    private struct Draft {
        var incident = Incident()
        var paragraph: Int
        /// A dated sinking or crash with deaths told without a number ("hundreds died when the trawler sank").
        var uncounted = false
    }

    static let location = Pattern(#"\b(?:off|near|south of|north of|east of|west of|outside)\s+(?:(?:the|northern|southern|eastern|western|central|coastal|island|islands|of|town|city|port|coast|village)\s+)*\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|de|the|island|islands|coast|coastal|town|city|port|fishing|resort|village|province|region)\s+)*(?:(?:al|el|ad|as|ash|ed|ul)-)?\p{Lu}[\p{L}’'-]*)*(?:\s+(?:(?:southern|northern|eastern|western)\s+)?(?:coast|coastline|waters|shore|island|islands|province|region|peninsula)\b)?"#, caseInsensitive: false)
    static let partitive: Set<String> = ["of"]
    static let notCounts: Set<String> = ["kilometres", "kilometers", "km", "miles", "nautical", "days", "day", "hours", "hour",
                                         "years", "year", "per", "percent", "%", "weeks", "months", "metres", "meters"]

    static func extract(_ ctx: ArticleContext) -> [Incident] {
        let g = ctx.g
        var drafts: [Draft] = []
        let firstParagraph = ctx.sentences.first?.sentence.paragraph ?? 0
        for (si, s) in ctx.sentences.enumerated() {
            let words = s.tokens.map(\.lower)
            let vessel = vesselPhrase(s, g: g)
            let sinking = words.contains { g.sinkingWords.contains($0) } || g.sinkingPhrases.contains { s.contains(phrase: $0) }
            let dead = ctx.counts[si].dead
            let missing = ctx.counts[si].missing
            let isSeed = (vessel != nil && sinking) || dead != nil || (missing != nil && (sinking || vessel != nil))
            guard isSeed else {
                // a following sentence of the same paragraph tells who was on board ("Everyone on board was Eritrean")
                if let last = drafts.last, last.paragraph == s.sentence.paragraph, let n = nationalities(s, ctx.places[si], g: g) {
                    drafts[drafts.count - 1].incident.nationality = union(last.incident.nationality, n)
                }
                continue
            }
            if vessel == nil && isAggregate(s, ctx.eventDates(si)) { continue }
            var date = incidentDate(s, ctx.eventDates(si), g: g)
            var location = incidentLocation(s, g: g) ?? placePhrase(s, ctx.places[si], g.routeWords)
            // "Two people were found dead on one of the boats": the vessels of the sentence before, with its date and place
            if date == nil, location == nil, si > 0, let v = vessel, refersBack(to: v, in: s),
               vesselPhrase(ctx.sentences[si - 1], g: g) != nil {
                let prev = ctx.sentences[si - 1]
                date = incidentDate(prev, ctx.eventDates(si - 1), g: g)
                location = locationPhrase(prev) ?? placePhrase(prev, ctx.places[si - 1], g.routeWords)
            }
            var inc = Incident(date: date, location: location, vessel: vessel, dead: dead, missing: missing,
                               survivors: ctx.counts[si].survivors, nationality: nil, evidence: [Evidence(s.sentence, rule: "incident.sentence")])
            inc.nationality = nationalities(s, ctx.places[si], g: g)
            // a sinking or crash is an incident even when all were saved ("the boat sank on Monday; all 40 were rescued")
            let uncounted = vessel != nil && sinking && date != nil && !isAggregate(s, ctx.eventDates(si))
                && (words.contains { g.deathWords.contains($0) || actualSinking.contains($0) } || words.contains("missing"))
            if var last = drafts.last, adds(inc, paragraph: s.sentence.paragraph, to: last, firstParagraph: firstParagraph,
                                            aftermath: vessel == nil && !sinking) {
                merge(&last.incident, inc)
                last.uncounted = last.uncounted || uncounted
                drafts[drafts.count - 1] = last
                continue
            }
            drafts.append(Draft(incident: inc, paragraph: s.sentence.paragraph, uncounted: uncounted))
        }
        // the opening incident takes what the next paragraphs add
        if let i = drafts.firstIndex(where: { $0.paragraph == firstParagraph }) {
            var inc = drafts[i].incident
            let later = ctx.sentences.enumerated().filter { $0.element.sentence.paragraph > firstParagraph && $0.element.sentence.paragraph <= firstParagraph + 2 }
            var dayDates: [PartialDate] = []
            for (si, s) in later {
                if inc.location == nil, let l = locationPhrase(s) { inc.location = l }
                if let n = nationalities(s, ctx.places[si], g: g) { inc.nationality = union(inc.nationality, n) }
                if inc.survivors == nil { inc.survivors = ctx.counts[si].survivors }
                dayDates += ctx.eventDates(si).filter { !$0.isStatistic && !$0.isSpeechAttached && $0.hasDay }.map(\.date)
            }
            if inc.date == nil || inc.date!.precision == 1, let first = dayDates.first {
                let sameMonth = dayDates.allSatisfy { $0.year == first.year && $0.month == first.month }
                if dayDates.count > 1 && sameMonth { inc.date = PartialDate(year: first.year, month: first.month) }
                else if dayDates.count == 1 { inc.date = first }
            }
            drafts[i].incident = inc
        }
        return drafts.filter { $0.incident.dead != nil || $0.incident.missing != nil || $0.uncounted }.map(\.incident)
    }

    /// Whether a sentence's incident is the one before it told further: no other vessel (or the same kind),
    /// no other date, and in the same paragraph (or near the opening, for the opening incident). Bodies
    /// recovered or brought ashore a few days later (`aftermath`: no vessel, no sinking) are the same incident.
    private static func adds(_ inc: Incident, paragraph: Int, to last: Draft, firstParagraph: Int, aftermath: Bool) -> Bool {
        let sameVessel = inc.vessel == nil || head(last.incident.vessel) == head(inc.vessel)
        var sameDate = inc.date == nil || last.incident.date == nil || last.incident.date == inc.date
        if aftermath, let a = last.incident.date.flatMap(DayMath.days(of:)), let b = inc.date.flatMap(DayMath.days(of:)),
           (0...3).contains(b - a) {
            sameDate = true
        }
        let near = paragraph == last.paragraph || (last.paragraph == firstParagraph && paragraph <= firstParagraph + 3)
        return sameVessel && sameDate && near
    }

    /// "the boat", "one of the boats", "that vessel": a vessel already told of.
    private static func refersBack(to vessel: String, in s: TokenizedSentence) -> Bool {
        let t = s.tokens
        guard let headWord = vessel.split(separator: " ").last.map(String.init),
              let i = t.firstIndex(where: { $0.lower == headWord }) else { return false }
        var j = i - 1
        while j >= 0, t[j].kind == .word, !["the", "that", "this", "those", "these"].contains(t[j].lower), i - j <= 3 { j -= 1 }
        return j >= 0 && ["the", "that", "this", "those", "these"].contains(t[j].lower)
    }

    private static func head(_ vessel: String?) -> String? { vessel?.split(separator: " ").last.map(String.init) }

    /// The incident's date: one written after the vessel or the casualties ("capsized … on Sunday"), or one
    /// opening the sentence ("In May, a fishing boat …"); not a date belonging to another event of the sentence.
    private static func incidentDate(_ s: TokenizedSentence, _ dates: [DateMention], g: Gazetteers) -> PartialDate? {
        let usable = dates.filter { !$0.isStatistic && !$0.isSpeechAttached }
        let t = s.tokens
        let anchor = t.firstIndex { g.vessels.contains($0.lower) || g.deathWords.contains($0.lower) || g.sinkingWords.contains($0.lower) }
        // "between May 3 and May 9", "from 12 to 15 March": deaths over several days give the month
        if let month = dayRange(s, dates) { return month }
        // "A boat was stopped near Ormara last week, and in March a boat … sank off Jiwani": with several dates,
        // the one in the clause of the sinking or the deaths
        if usable.count >= 2, let event = eventWord(s, g: g) {
            let boundaries = t.indices.filter { t[$0].isPunct(",") || t[$0].isPunct(";") }
            let lo = boundaries.last(where: { $0 < event }) ?? -1
            let hi = boundaries.first(where: { $0 > event }) ?? t.count
            let inClause = usable.filter { let k = s.tokenIndex(at: $0.range.lowerBound); return k > lo && k < hi }
            if inClause.count == 1 { return inClause[0].date }
        }
        guard let anchor else { return usable.first?.date }
        let anchorIndex = t[anchor].range.lowerBound
        if let after = usable.first(where: { $0.range.lowerBound > anchorIndex }) { return after.date }
        if let opening = usable.first, s.tokenIndex(at: opening.range.lowerBound) <= 3 { return opening.date }
        // "In a separate incident on Friday, a lorry …": a date in the sentence's opening phrase
        if let opening = usable.first, let comma = t.firstIndex(where: { $0.isPunct(",") }), comma < anchor,
           s.tokenIndex(at: opening.range.lowerBound) < comma { return opening.date }
        return nil
    }

    private static func merge(_ a: inout Incident, _ b: Incident) {
        a.date = a.date ?? b.date
        a.location = a.location ?? b.location
        // "their boat" … "the iron boat": the fuller name of the same vessel
        if let v = b.vessel, let av = a.vessel, head(av) == head(v), v.count > av.count { a.vessel = v }
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

    /// The month of a range of days in one month ("between May 25 and May 28", "12 to 15 March").
    static func dayRange(_ s: TokenizedSentence, _ dates: [DateMention]) -> PartialDate? {
        let days = dates.filter { $0.hasDay && !$0.isSpeechAttached }
        for (a, b) in zip(days, days.dropFirst()) where a.date != b.date && a.date.year == b.date.year && a.date.month == b.date.month {
            // "12 to 15 March" is one mention holding both days
            let from = s.tokenIndex(at: a.range.upperBound), to = s.tokenIndex(at: b.range.lowerBound)
            let between = from < to ? s.tokens[from..<to].map(\.lower) : ["to"]
            if between.count <= 2, between.contains(where: { ["and", "to", "-", "–", "until"].contains($0) }) {
                return PartialDate(year: a.date.year, month: a.date.month)
            }
        }
        return nil
    }

    /// A toll over a whole year or route ("died on the central route in 2021", "since March"); a range of
    /// days is an incident over several days, not a statistic's period.
    private static func isAggregate(_ s: TokenizedSentence, _ dates: [DateMention]) -> Bool {
        if dates.contains(where: \.isStatistic), dayRange(s, dates) == nil { return true }
        if bareYear.contains(s.text) && !dates.contains(where: { $0.date.month != nil }) { return true }
        // "At least 41 people have died on the border since the crisis began": a toll over time
        let sinceTheStart = s.hasWord { $0 == "since" } && s.hasWord { $0 == "have" || $0 == "has" }
        return sinceTheStart || s.contains(phrase: ["so", "far", "this", "year"]) || s.hasWord { $0 == "route" || $0 == "routes" }
    }
    private static let bareYear = Pattern(#"\b(?:in|of|during|for)\s+(?:19|20)\d\d\b"#)

    /// The vessel or vehicle, with its material or kind: "wooden pirogue", "pick-up truck", "fishing boat".
    static func vesselPhrase(_ s: TokenizedSentence, g: Gazetteers) -> String? {
        let t = s.tokens
        func lowerPhrase(_ start: Int, _ n: Int) -> String { t[start..<(start + n)].map(\.lower).joined(separator: " ") }
        // a capitalised place that spells a vessel word is the place ("VAN, Türkiye —", "in Van")
        for i in t.indices where t[i].kind == .word && g.vesselFirstWords.contains(t[i].lower)
            && !(t[i].isCapitalised && g.country(ofPlace: t[i].base) != nil) {
            var n = 3
            while n >= 1 {
                if i + n <= t.count {
                    let phrase = lowerPhrase(i, n)
                    // "inflatable" is a vessel on its own ("an inflatable carrying 61 people") but a modifier before one
                    let modifiesNext = n == 1 && g.vesselModifiers.contains(phrase) && i + 1 < t.count && g.vesselFirstWords.contains(t[i + 1].lower)
                    if g.vessels.contains(phrase), !modifiesNext, !(i > 0 && ["patrol", "rescue", "coast"].contains(t[i - 1].lower)) {
                        var start = i
                        while start > 0, g.vesselModifiers.contains(t[start - 1].lower), i - start < 2 { start -= 1 }
                        // "the sealed container of a lorry": the vehicle the container belongs to
                        let k = i + n + 2
                        if k < t.count, t[i + n].lower == "of", ["a", "an", "the"].contains(t[i + n + 1].lower),
                           let vehicle = (1...3).reversed().lazy.filter({ k + $0 <= t.count }).map({ lowerPhrase(k, $0) }).first(where: g.vessels.contains) {
                            return vehicle
                        }
                        let words = t[start..<(i + n)].map(\.lower)
                        return words.filter { !["small", "overcrowded", "old", "open", "makeshift", "dilapidated", "leaking", "crowded", "flimsy", "unseaworthy"].contains($0) }.joined(separator: " ")
                    }
                }
                n -= 1
            }
        }
        return nil
    }

    /// The number of dead: "claimed the lives of N", "N bodies", "the bodies of N", "N people … died".
    static func deadCount(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        let t = s.tokens
        for i in t.indices {
            let w = t[i].lower
            if w == "lives" || w == "deaths", i + 2 < t.count, t[i + 1].lower == "of", let n = number(t, i + 2) { return n }
            // "claimed 12 lives", "12 lives were lost", "cost at least 30 lives"
            if w == "lives", i > 0, let n = number(t, i - 1) { return n }
            if w == "bodies" || w == "body" {
                if i + 2 < t.count, t[i + 1].lower == "of", let n = number(t, i + 2) { return n }
                if i > 0, let n = number(t, i - 1) { return n }
            }
            // "the death toll rose to 31", "the toll stood at 12"
            if w == "toll" {
                var j = i + 1
                while j + 1 < t.count, j - i <= 14, !(t[j].kind == .punct && !t[j].isPunct("'") && !t[j].isPunct("’")) {
                    if ["to", "at"].contains(t[j].lower) || (j == i + 1 && t[j].lower == "of") {
                        var k = j + 1
                        while k < t.count, approximators.contains(t[k].lower), k - j <= 3 { k += 1 }
                        if let n = number(t, k), !notCounts.contains(k + 1 < t.count ? t[k + 1].lower : "") { return n }
                    }
                    j += 1
                }
            }
        }
        // "15 migrants lost their lives": the count before "lost" when lives follow
        if t.indices.contains(where: { t[$0].lower == "lost" && $0 + 1 < t.count && ["their", "lives"].contains(t[$0 + 1].lower) }),
           let n = count(before: ["lost"], in: s) { return n }
        // "killing five Pakistani nationals", "killed at least 7 migrants": the count follows the verb
        if let n = count(after: ["killing", "killed", "kills", "drowning", "drowned"], in: s) { return n }
        return count(before: ["died", "drowned", "killed", "perished", "dead"], in: s)
    }

    /// Words between a verb and the count it takes: "killed at least 7", "killing some 20".
    static let approximators: Set<String> = ["at", "least", "about", "around", "some", "nearly", "almost", "roughly",
                                             "approximately", "more", "than", "up", "to", "over", "an", "estimated", "all"]

    /// The count right after one of `words` ("killing five people"), past approximators; not a measure
    /// ("killed 15 kilometres from …") nor a partitive ("killing three of the …" still counts three).
    static func count(after words: Set<String>, in s: TokenizedSentence) -> Int? {
        let t = s.tokens
        for d in t.indices where words.contains(t[d].lower) {
            var j = d + 1
            while j < t.count, approximators.contains(t[j].lower), j - d <= 3 { j += 1 }
            guard let n = number(t, j) else { continue }
            let next = j + 1 < t.count ? t[j + 1].lower : ""
            if notCounts.contains(next) || (j > 0 && t[j - 1].isPunct("€")) { continue }
            return n
        }
        return nil
    }

    static func survivorCount(_ s: TokenizedSentence) -> Int? {
        let t = s.tokens
        for i in t.indices where t[i].lower == "survivors" {
            if i > 0, let n = number(t, i - 1) { return n }
        }
        return count(before: ["rescued", "survived"], in: s)
    }

    /// The nearest count before one of `words` in the same clause, skipping partitives ("three of them")
    /// and measures ("15 kilometres").
    /// Words that tell a vessel or vehicle actually sank or crashed (not "accident", "tragedy").
    static let actualSinking: Set<String> = ["capsized", "sank", "sunk", "overturned", "crashed", "foundered", "collided", "flipped",
                                             "capsised"]

    /// Words after people that make them suspects or crew, not the ones who died or went missing.
    static let notVictims: Set<String> = ["accused", "suspected", "suspects", "smugglers", "smuggler", "traffickers", "trafficker",
                                          "captain", "captains", "skipper", "skippers", "driver", "drivers", "crew", "defendants",
                                          "arrested", "detained", "charged", "convicted", "sentenced", "jailed"]

    static let monthWords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                          "sep", "sept", "oct", "nov", "dec"]

    /// Words that say the same as a count word: "12 others remain unaccounted for" are missing.
    static let countSynonyms: [String: Set<String>] = ["missing": ["unaccounted"]]

    static func count(before words: Set<String>, in s: TokenizedSentence, vessels: Set<String> = []) -> Int? {
        let words = words.reduce(into: words) { all, w in all.formUnion(countSynonyms[w] ?? []) }
        let t = s.tokens
        // "searching for the missing", "most of the dead": the word as a noun counts no one; nor does a vessel
        // that "went missing" ("after their boat went missing")
        for d in t.indices where words.contains(t[d].lower) && !(d > 0 && t[d - 1].lower == "the")
            && !(d > 1 && ["went", "gone", "go", "goes", "going"].contains(t[d - 1].lower) && vessels.contains(t[d - 2].lower)) {
            var j = d - 1
            while j >= 0, !t[j].isPunct(";"), !words.contains(t[j].lower) {
                if let n = number(t, j) {
                    let next = j + 1 < t.count ? t[j + 1].lower : ""
                    // "Abdullahi Musa, 27, said his brother died": an age between commas counts no one
                    if j > 0, t[j - 1].isPunct(","), next == "," { j -= 1; continue }
                    // "Ten migrants, including three women, died", "eleven Sudanese, among them three children,
                    // died": a part named in passing is not the count
                    if j > 0, t[j - 1].lower == "including" || (j > 1 && t[j - 1].lower == "them" && t[j - 2].lower == "among") {
                        j -= 1
                        continue
                    }
                    // "SFAX, May 15 (NAW) — Dozens are feared dead": the day of a date counts no one
                    if j > 0, monthWords.contains(t[j - 1].lower) || monthWords.contains(next) { j -= 1; continue }
                    // "four of whom drowned": the part is the count when the verb follows it at once
                    if partitive.contains(next), j + 2 < t.count, ["whom", "them", "those"].contains(t[j + 2].lower),
                       j + 3 == d || (j + 4 == d && ["were", "had", "have", "later"].contains(t[j + 3].lower)) { return n }
                    if !partitive.contains(next) && !notCounts.contains(next) && !(j > 0 && t[j - 1].isPunct("€")) { return n }
                }
                j -= 1
            }
        }
        return nil
    }

    private static func number(_ t: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < t.count else { return nil }
        if t[i].kind == .number { return Numbers.integer(value: t[i].value) }
        // "one" counts only as a person on its own ("one was missing"), not in "one of the boats"
        if t[i].kind == .word, let n = Numbers.integer(value: t[i].value),
           t[i].lower != "one" || (i + 1 < t.count && ["was", "is", "remains", "remained", "person", "man", "woman", "child", "other"].contains(t[i + 1].lower)) {
            return n
        }
        return nil
    }

    /// "off western Libya", "near Zarzis", "off the southern island of Crete".
    static func locationPhrase(_ s: TokenizedSentence) -> String? {
        guard let m = location.firstMatch(in: s.text), let phrase = m[0] else { return nil }
        return phrase
    }

    /// The first token that tells of the sinking, crash or deaths (not the vessel).
    static func eventWord(_ s: TokenizedSentence, g: Gazetteers) -> Int? {
        s.tokens.firstIndex { g.sinkingWords.contains($0.lower) || ["drowned", "died", "killed", "killing", "perished"].contains($0.lower) }
    }

    /// Where the incident happened: with several places written, the one told with the sinking or the deaths.
    static func incidentLocation(_ s: TokenizedSentence, g: Gazetteers) -> String? {
        let all = location.matches(in: s.text)
        guard all.count >= 2, let event = eventWord(s, g: g) else { return locationPhrase(s) }
        let eventStart = s.tokens[event].range.lowerBound
        let boundaries = s.tokens.filter { $0.isPunct(",") || $0.isPunct(";") }.map(\.range.lowerBound)
        let lo = boundaries.last(where: { $0 < eventStart })
        if let m = all.first(where: { ($0.range()?.lowerBound).map { r in lo.map { r > $0 } ?? true } ?? false }), let phrase = m[0] { return phrase }
        return locationPhrase(s)
    }

    /// "in southern Tunisia", "on the island of Kos": a place after "in" or "on" when no "off"/"near" is written.
    static func placePhrase(_ s: TokenizedSentence, _ places: [PlaceMention], _ lex: RouteWords) -> String? {
        let t = s.tokens
        // a region with no country counts ("in the Channel"), a bare compass word does not
        for p in places where !p.isPeople && (p.country != nil || p.end - p.start > 1 || !["west", "east", "north", "south", "central", "western", "eastern", "northern", "southern"].contains(p.name.lowercased())) {
            var j = p.start - 1
            while j >= 0, lex.fillers.contains(t[j].lower) { j -= 1 }
            guard j >= 0, ["in", "on", "at"].contains(t[j].lower), p.start - j <= 4 else { continue }
            return s.span(j, p.end - 1)
        }
        return nil
    }

    /// Nationalities of the people on board: "Eritrean nationals", "12 Sudanese", "were Guinean",
    /// "most of them Guinean and Malian", "were from Eritrea and Sudan".
    static func nationalities(_ s: TokenizedSentence, _ places: [PlaceMention], g: Gazetteers) -> [String]? {
        let t = s.tokens
        var out: [String] = []
        func add(_ country: String) {
            if let d = g.demonym(ofCountry: country), !out.contains(d) { out.append(d) }
        }
        // "two Egyptian men accused of steering the boat": the nationality of suspects is not that of the victims
        for p in places where p.isPeople {
            let after = t[p.end..<min(p.end + 3, t.count)].map(\.lower)
            if after.contains(where: { notVictims.contains($0) }) { continue }
            if let c = p.country { add(c) }
        }
        // "were Guinean", "mostly Malian", "identified as an Iraqi and an Afghan"
        let introducers: Set<String> = ["were", "are", "them", "mostly", "mainly", "including", "was", "included", "include", "among", "comprising", "largely", "predominantly", "primarily", "chiefly", "as"]
        var i = 0
        while i < t.count {
            if introducers.contains(t[i].lower) {
                var j = i + 1
                var fromList = false
                if j < t.count, t[j].lower == "from" { fromList = true; j += 1 }
                var listed = false
                while j < t.count {
                    if ["the", "a", "an"].contains(t[j].lower) { j += 1; continue }
                    if !fromList, t[j].isCapitalised, let c = g.country(ofDemonym: t[j].base) { add(c); listed = true; j += 1; continue }
                    if fromList, t[j].isCapitalised, let c = g.countryNamed(t[j].base) {
                        add(c); listed = true; j += 1; continue
                    }
                    // "from Guinea, Mali and Ivory Coast": a country named in several words
                    if fromList, let p = places.first(where: { $0.start == j && !$0.isPeople }), let c = p.country, g.countryNamed(p.name) != nil {
                        add(c); listed = true; j = p.end; continue
                    }
                    if listed, t[j].lower == "and" || t[j].isPunct(",") { j += 1; continue }
                    break
                }
                i = j
                continue
            }
            // "smaller numbers from Chad and Niger"
            if t[i].lower == "numbers", i + 1 < t.count, t[i + 1].lower == "from" {
                var j = i + 2
                while j < t.count {
                    if t[j].lower == "the" || t[j].lower == "and" || t[j].isPunct(",") { j += 1; continue }
                    if t[j].isCapitalised, let c = g.countryNamed(t[j].base) { add(c); j += 1; continue }
                    break
                }
                i = j
                continue
            }
            i += 1
        }
        return out.isEmpty ? nil : out
    }
}
