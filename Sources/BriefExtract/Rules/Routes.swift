import BriefModel

/// Journeys as ordered country lists. Within a clause, each place takes the cue before it (`from`,
/// `originating in` start; `through`, `via`, `by way of` pass; `to`, `towards`, `reaching`, `on to` end);
/// origins go first, passages named after the destination go before it, cities become countries and
/// `Europe` becomes the European Union. `Through Doha or Cairo` gives one route per alternative.
/// A clause listing several origins is a statistic, and places after `with` or `in` are not a journey.
/// When no sentence holds a whole journey, a departure and a destination told in different sentences
/// are joined; a journey without a stated start begins in the country the article's migrants come from
/// (or the dateline's, unless that is a destination country). Origins named apart in one clause start
/// separate journeys; `most of them from A, B and C` tells who travelled, not where from; a place reached
/// before the journey goes on (`then`, `before`, `cross`) is a passage; `from there` goes on from the place
/// the sentence before reached; goods shipped are not journeys; `the Pakistan-Iran-Turkey route` is a route.
/// Towns the gazetteers do not list are looked up in the table of towns where a cue names them ("from
/// Sikasso"); legs told in different sentences are joined where one ends in the country the next starts
/// from; an official's trip to a meeting is no journey.
enum RouteRule {
    enum Cue { case origin, transit, destination, location, none }

    private struct Hop {
        var country: String
        var cue: Cue
        var alternative: Bool   // joined to the previous hop by `or`
        var token: Int
        var fromPeople = false  // the travellers' nationality, not a place of departure
        var joined = false      // joined to the previous place by `and`, `or` or a comma
        var described = false   // `most of them from …`: told of the travellers, unless a destination follows
        var intended = false    // where the journey was meant to end, named before its legs (`set off … for Libya, travelling through …`)
        var chained = false     // a passage only because a destination followed it (`flown to Dubai, then to Libya`), in a clause with no start
    }


    static func extract(_ ctx: ArticleContext) -> [Route] {
        let lex = ctx.g.routeWords
        let home = homePlace(ctx)
        var routes: [Route] = []
        var originOnly: [(String, Evidence)] = []
        var destinationOnly: [(String, Evidence)] = []
        // places a sentence goes to with no start (`to cross to Yemen and then walk to Saudi Arabia`)
        var destinationChains: [([String], Evidence)] = []
        var articleOrigin: String?
        func addRoute(_ countries: [String], _ ev: Evidence) {
            guard countries.count >= 2, !routes.contains(where: { $0.countries == countries }) else { return }
            routes.append(Route(countries: countries, evidence: [ev]))
        }
        var pending: [([Hop], Evidence)] = []
        // the last place a sentence says someone went to, for a next sentence going on `from there`
        var lastReached: (country: String, paragraph: Int)?
        for (si, s) in ctx.sentences.enumerated() {
            // towns the gazetteers do not list count where a route names them (`from Sikasso in Mali`)
            let places = (ctx.places[si] + Places.towns(in: s, except: ctx.places[si], g: ctx.g)).sorted { $0.start < $1.start }
            guard !places.isEmpty else { continue }
            var reachedHere: String?
            defer { if let r = reachedHere { lastReached = (r, s.sentence.paragraph) } }
            for clause in clauses(s, lex) {
                let inClause = places.filter { clause.contains($0.start) }
                var hops: [Hop] = []
                // `From there he crossed into Turkey`: the journey goes on from the place the sentence before reached
                // (a place named earlier in the clause is the `there`: `to Libya and from there to Italy`)
                if let from = lastReached, s.sentence.paragraph - from.paragraph <= 1, let k = clause.first(where: {
                    $0 + 1 < s.tokens.count && s.tokens[$0].lower == "from" && ["there", "where"].contains(s.tokens[$0 + 1].lower) }),
                   inClause.contains(where: { $0.start > k }), !inClause.contains(where: { p in
                       p.start < k && p.country != nil && [.destination, .transit].contains(cue(before: p.start, in: s, after: -1, lex).0) }) {
                    hops.append(Hop(country: from.country, cue: .transit, alternative: false, token: k))
                }
                var lastCue: Cue = .none
                var previousEnd = -10
                for p in inClause {
                    // a region without a country (`the Aegean`) neither starts nor ends a leg
                    // a region without a country (`across the Sahel and southern Algeria`) passes its cue on
                    guard let c = p.country else {
                        if case let (found?, _) = cue(before: p.start, in: s, after: previousEnd, lex) { lastCue = found; previousEnd = p.end }
                        continue
                    }
                    // `cross Poland's border`: a country's border named, not a stop on the way
                    if s.tokens[p.end - 1].isPossessive, p.end < s.tokens.count, lex.borderNouns.contains(s.tokens[p.end].lower) { continue }
                    if p.isPeople {
                        // `Pakistanis travelling through …`: the travellers' country is where the journey starts
                        hops.append(Hop(country: c, cue: .origin, alternative: false, token: p.start, fromPeople: true))
                        previousEnd = p.end
                        continue
                    }
                    let (found, joiner) = cue(before: p.start, in: s, after: previousEnd, lex)
                    if p.isTown, joiner == nil, ![.origin, .transit, .destination].contains(found) { continue }
                    // a town listed beside places of another country is a word of another kind (`Edo, Delta and Ogun states`)
                    if p.isTown, joiner != nil, let last = hops.last, last.country != c { continue }
                    // `most of them from Guinea and Mali`, `migrants from Chad`: where the travellers come from
                    if found == .origin, joiner == nil, describesTravellers(before: p.start, s, ctx.g) {
                        hops.append(Hop(country: c, cue: .origin, alternative: false, token: p.start, fromPeople: true, described: true))
                        lastCue = .origin
                        previousEnd = p.end
                        continue
                    }
                    if joiner != nil, hops.last?.described == true, p.start - previousEnd <= 2 {
                        hops.append(Hop(country: c, cue: .origin, alternative: false, token: p.start, fromPeople: true, joined: true, described: true))
                        previousEnd = p.end
                        continue
                    }
                    let alternative = joiner == "or"
                    var cue = found ?? .none
                    // `leave from Senegal or Gambia for the Canary Islands`: a bare `for` ends a journey already started
                    if found == nil, joiner == nil, hops.contains(where: { ($0.cue == .origin && !$0.fromPeople) || $0.cue == .transit }) {
                        if let j = wordBefore(p.start, s, lex), s.tokens[j].lower == "for" { cue = .destination }
                    }
                    if joiner != nil || (found == nil && cue == .none && previousEnd >= 0 && p.start - previousEnd <= 4) { cue = lastCue }
                    // `the Libyan coast, from where boats leave for …`: a place passed through
                    if cue == .none || found == nil, followedByFromWhere(p.end, s) { cue = .transit }
                    // `with Malaysia as the usual destination`
                    if namedAsDestination(p.end, s, lex) { cue = .destination }
                    var hop = Hop(country: c, cue: cue, alternative: alternative, token: p.start, joined: joiner != nil)
                    // `set off from Kumasi for Libya, travelling through …`, `a route they hoped would end in Italy: from …`
                    hop.intended = cue == .destination && introducedByIntent(p.start, s, lex)
                    // (`heading for Libya, from where they hoped to travel on to Europe`: the journey goes on from it)
                    if let previous = hops.last, previous.intended,
                       s.tokens[previous.token..<p.start].contains(where: { lex.goingOn.contains($0.lower) }) {
                        hops[hops.count - 1].intended = false
                    }
                    hops.append(hop)
                    lastCue = cue
                    previousEnd = p.end
                }
                // `moved migrants from Turkey to Germany`: travellers' origin followed by where they went is a departure
                // (a list of several countries is who they were: `mostly from Guinea, Ivory Coast and Cameroon`)
                let describedCountries = Set(hops.filter(\.described).map(\.country))
                if describedCountries.count > 1 { hops.removeAll(where: \.described) }
                for k in hops.indices where hops[k].fromPeople && hops[k].described && describedCountries.count == 1 {
                    if hops[(k + 1)...].contains(where: { !$0.fromPeople && ($0.cue == .destination || $0.cue == .transit) }) {
                        hops[k].fromPeople = false
                    }
                }
                // `The migrants, all from Punjab, … planned to travel on from Iran to Turkey`: where they come from
                // starts the journey, and a later `from` is a leg of it
                if let first = hops.firstIndex(where: { $0.cue == .origin && !$0.fromPeople }), hops[first].described {
                    for k in hops.indices where k > first && hops[k].cue == .origin && !hops[k].described && !hops[k].fromPeople {
                        hops[k].cue = .transit
                    }
                }
                // `flown from Dhaka to Benghazi via Dubai`: passages named right after a destination come before it
                var k = 1
                while k < hops.count {
                    guard hops[k].cue == .transit, !hops[k].joined, !hops[k].alternative, hops[k - 1].cue == .destination,
                          !hops[k - 1].fromPeople,
                          !s.tokens[hops[k - 1].token..<hops[k].token].contains(where: { lex.sequenceWords.contains($0.lower) || $0.isPunct(",") })
                    else { k += 1; continue }
                    var end = k + 1
                    while end < hops.count, hops[end].cue == .transit, hops[end].joined || hops[end].alternative { end += 1 }
                    let destination = hops.remove(at: k - 1)
                    hops.insert(destination, at: end - 1)
                    k = end
                }
                if let d = hops.last(where: { $0.cue == .destination && !$0.alternative }) { reachedHere = d.country }
                // `make it to Libya and then try to cross to Italy`, `flown to Dubai, then to Benghazi`: a place
                // reached before the journey goes on is a passage
                // (a chain of destinations with no start, `first sent to Dubai and then to Egypt`, is a journey
                // from wherever the article's travellers start)
                let destinations = hops.indices.filter { hops[$0].cue == .destination && !hops[$0].fromPeople }
                let started = hops.contains { $0.cue == .origin || $0.cue == .transit }
                // with no start, only travellers carried by others make a chain a journey ("flown to Dubai, then to
                // Libya`), not those who `make it to Libya and try to cross to Malta"
                let conveyed = destinations.first.map { first in
                    s.tokens[clause.lowerBound..<hops[first].token].contains { lex.conveyingVerbs.contains($0.lower) } } ?? false
                for (x, y) in zip(destinations, destinations.dropFirst()) where !hops[y].alternative && !hops[y].joined && (started || conveyed) {
                    let between = s.tokens[hops[x].token..<hops[y].token].map(\.lower)
                    if between.contains(where: { lex.sequenceWords.contains($0) }) {
                        var k = x
                        repeat {
                            hops[k].cue = .transit
                            hops[k].chained = !started
                            k += 1
                        } while k < y && hops[k].alternative
                    }
                }
                let ev = Evidence(s.sentence, rule: "route.cues")
                // goods shipped or bought abroad (`engines imported from Turkey to Libya`) travel, people do not
                if carriesGoods(clause, s, before: inClause.first(where: { !$0.isPeople })?.start ?? clause.upperBound, lex) { continue }
                // `who flew in from Brussels for the launch`: an official's trip to a meeting is no migrants' journey
                if tripToAMeeting(clause, s, lex) { continue }
                // `flew 160 stranded Malians back to Bamako`, `extradited from Germany`: a return is no smuggling journey
                // `Ethiopians returning from Yemen … back to Ethiopia through Djibouti`: the travellers' own way home
                if let back = returnJourney(hops, clause, s, home: home?.country, lex) {
                    addRoute(back, Evidence(s.sentence, rule: "route.return"))
                    continue
                }
                if s.tokens[clause].contains(where: { lex.returnWords.contains($0.lower) }) { continue }
                // with a place of departure named, demonyms tell who travelled, not where from
                if hops.contains(where: { $0.cue == .origin && !$0.fromPeople }) { hops.removeAll { $0.fromPeople } }
                func journey(_ hops: [Hop]) {
                    let origins = hops.filter { $0.cue == .origin }
                    // the European Union is where journeys end, never where migrants come from
                    if let o = origins.first(where: { $0.country != europeanUnion }), articleOrigin == nil { articleOrigin = o.country }
                    // several origins listed together: with a way on from them ("came from Guinea and Mali, crossing
                    // Algeria`), one journey each, as for `from Senegal or Gambia"; with none, a statistic
                    var hops = hops
                    if Set(origins.filter { !$0.alternative }.map(\.country)).count > 1 {
                        // (nationalities need a journey of two steps: "Eritreans and Ethiopians cross Sudan to reach
                        // Libya`, not `moved Iraqi and Syrian nationals across the border into Turkey")
                        let onward = Set(hops.filter { $0.cue == .destination || $0.cue == .transit }.map(\.country))
                        guard !onward.isEmpty, onward.count > 1 || !origins.allSatisfy(\.fromPeople) else { return }
                        for k in hops.indices.dropFirst() where hops[k].cue == .origin && hops[k - 1].cue == .origin {
                            hops[k].alternative = true
                        }
                    }
                    let moving = hops.filter { [.origin, .transit, .destination].contains($0.cue) }
                    let hasEnd = moving.contains { $0.cue == .destination || $0.cue == .transit }
                    var path = moving
                    let locations = hops.filter { $0.cue == .location }
                    if !locations.isEmpty {
                        if let firstDest = moving.firstIndex(where: { $0.cue == .destination }) {
                            // `stopped off the Moroccan coast … bound for Spain`: a start
                            let before = locations.filter { $0.token < moving[firstDest].token && $0.token < moving[0].token }
                            if !before.isEmpty && !moving.contains(where: { $0.cue == .origin }) { path = before.prefix(1).map { var h = $0; h.cue = .origin; return h } + path }
                        } else if moving.contains(where: { $0.cue == .origin && !$0.fromPeople }), let last = locations.last, last.token > moving.last!.token,
                                  !moving.contains(where: { $0.country == last.country }) {
                            // `from the Libyan coast … sank off Malta`: where the journey ended
                            path.append(last)
                        }
                    }
                    let countries = Set(path.map(\.country))
                    if countries.count == 1 {
                        if let h = path.first, h.cue == .origin, h.country != europeanUnion { originOnly.append((h.country, ev)) }
                        if let h = path.first(where: { $0.cue == .destination }) { destinationOnly.append((h.country, ev)) }
                        return
                    }
                    // a journey needs a start or a passage, not only destinations (`posted to Dhaka … journeys to Europe`)
                    guard countries.count >= 2, hasEnd || path.count != moving.count,
                          path.contains(where: { $0.cue == .origin || $0.cue == .transit }) else {
                        if path.allSatisfy({ $0.cue == .destination }) { destinationChains.append((collapse(path.map(\.country), lex), ev)) }
                        return
                    }
                    pending.append((order(path), ev))
                }
                // `travelled from Balochistan via Iran …, and many took boats from Libya to Italy`: origins
                // named apart (not listed together) start separate journeys
                let originStarts = hops.indices.filter { hops[$0].cue == .origin && !hops[$0].joined && !hops[$0].fromPeople }
                if originStarts.count > 1, Set(originStarts.map { hops[$0].country }).count == originStarts.count,
                   !hops.indices.contains(where: { hops[$0].cue == .origin && hops[$0].joined && $0 > 0 && hops[$0 - 1].cue == .origin }) {
                    let cuts = [0] + originStarts.dropFirst() + [hops.count]
                    for (x, y) in zip(cuts, cuts.dropFirst()) where x < y { journey(Array(hops[x..<y])) }
                } else {
                    journey(hops)
                }
            }
        }
        // two-country journeys with a start (`Bangladeshis … arriving in Italy`) frame legs told without one
        let frames = pending.compactMap { hops, _ -> [String]? in
            let c = collapse(hops.map(\.country), lex)
            return hops.first?.cue == .origin && c.count == 2 ? c : nil
        }
        // where legs with a start end: a leg told without one that begins there goes on from it (`chained` joins them)
        let legEnds = Set(pending.compactMap { hops, _ in hops.first?.cue == .origin ? collapse(hops.map(\.country), lex).last : nil })
        for (hops, ev) in pending {
            for branch in branches(hops) {
                var countries = collapse(branch.map(\.country), lex)
                var rule = ev.rule
                if branch.first?.cue != .origin, let first = countries.first, legEnds.contains(first), countries.count >= 2 {
                    addRoute(countries, ev)
                    continue
                }
                if branch.first?.cue != .origin, branch.contains(where: \.chained) {
                    // a chain of destinations starts where the article's travellers are from: the dateline's country,
                    // unless journeys end there or the sentence names it in another role (`crossed Poland's border`)
                    let sentence = ctx.sentenceIndex(paragraph: ev.paragraph, sentence: ev.sentence).map { ctx.places[$0] } ?? []
                    guard let origin = home?.country, !lex.destinationCountries.contains(origin), !countries.contains(origin),
                          !sentence.contains(where: { $0.country == origin && $0.name.lowercased() != home?.name.lowercased() })
                    else { continue }
                    addRoute([origin] + countries, ev.relabelled("route.dateline-origin"))
                    continue
                }
                if branch.first?.cue != .origin {
                    if let frame = frames.first(where: { !countries.contains($0[0]) && !countries.contains($0[1]) }) {
                        countries = [frame[0]] + countries + [frame[1]]
                        rule = "route.within-journey"
                    } else if let origin = [articleOrigin, home?.country.flatMap({ lex.destinationCountries.contains($0) ? nil : $0 })]
                                .compactMap({ $0 }).first(where: { !countries.contains($0) }) {
                        // (the article's origin, or its own country when the leg already passes the origin)
                        countries.insert(origin, at: 0)
                        rule = "route.article-origin"
                    } else if !branch.contains(where: { $0.cue == .destination }) {
                        // only passages, with neither start nor end: not a journey
                        continue
                    }
                }
                addRoute(countries, ev.relabelled(rule))
            }
        }
        // `… before they reached Mexico. All of them were hoping to reach the United States`, "… to the Djiboutian
        // shore. 'We wanted to cross to Yemen and then walk to Saudi Arabia'": places the next sentence says the
        // travellers were going on to, with a verb of arriving or a `then`, end the journey told just before
        let continuations = destinationOnly.map { ([$0.0], $0.1) } + destinationChains
        for k in routes.indices {
            guard let ev = routes[k].evidence.first, let at = ctx.sentenceIndex(paragraph: ev.paragraph, sentence: ev.sentence) else { continue }
            for (countries, next) in continuations where ctx.sentenceIndex(paragraph: next.paragraph, sentence: next.sentence) == at + 1 {
                let goesOn = countries.first == routes[k].countries.last ? Array(countries.dropFirst()) : countries
                guard !goesOn.isEmpty, Set(goesOn).isDisjoint(with: routes[k].countries),
                      ctx.sentences[at + 1].tokens.contains(where: { lex.arrivalVerbs.contains($0.lower) || lex.sequenceWords.contains($0.lower) })
                else { continue }
                routes[k] = Route(countries: routes[k].countries + goesOn, evidence: routes[k].evidence + [next.relabelled("route.next-destination")])
                break
            }
        }
        // `the Pakistan-Iran-Turkey route`, `the Bangladesh–UAE–Libya–Italy journey`: a route named by its countries
        for s in ctx.sentences {
            for (countries, _) in compoundRoutes(s, ctx.g) { addRoute(countries, Evidence(s.sentence, rule: "route.compound")) }
        }
        if routes.isEmpty, let o = originOnly.first, let d = destinationOnly.first(where: { $0.0 != o.0 }) {
            routes.append(Route(countries: [o.0, d.0], evidence: [o.1.relabelled("route.joined-departure"),
                                                                  d.1.relabelled("route.joined-destination")]))
        }
        return withoutSummaries(chained(routes), lex)
    }

    static let europeanUnion = "European Union"

    /// Where the article was written: the dateline's place, or a place that opens the body before a colon,
    /// comma or dash (`Colombo, Sri Lanka/14 February:`, `LILLE, France —`) when no dateline was read.
    static func homePlace(_ ctx: ArticleContext) -> (name: String, country: String?)? {
        if let dateline = ctx.article.dateline, let country = ctx.datelineCountry { return (dateline, country) }
        guard let first = ctx.places.first?.first, first.start == 0, let country = first.country, !first.isPeople,
              let s = ctx.sentences.first, s.sentence.index == 0, first.end < s.tokens.count, s.tokens[first.end].kind == .punct
        else { return nil }
        return (first.name, country)
    }


    /// Countries joined by hyphens or dashes before a word for a route; cities become their countries.
    static func compoundRoutes(_ s: TokenizedSentence, _ g: Gazetteers) -> [([String], Int)] {
        let lex = g.routeWords
        let t = s.tokens
        var out: [([String], Int)] = []
        func place(_ name: String) -> String? {
            let c = g.country(ofPlace: name)
            return c
        }
        var i = 0
        while i < t.count {
            var parts: [String] = []
            var j = i
            if t[i].kind == .word, t[i].base.unicodeScalars.contains("-") {
                parts = t[i].base.split(separator: "-").map(String.init)
                j = i + 1
            } else if t[i].kind == .word, i + 2 < t.count, t[i + 1].isPunct("–") || t[i + 1].isPunct("—") {
                parts = [t[i].base]
                j = i + 1
                while j + 1 < t.count, t[j].isPunct("–") || t[j].isPunct("—"), t[j + 1].kind == .word {
                    parts.append(t[j + 1].base)
                    j += 2
                }
            }
            if parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }) {
                let countries = parts.compactMap(place)
                let next = t[j..<min(j + 3, t.count)].map(\.lower)
                if countries.count == parts.count, next.contains(where: { lex.routeNouns.contains($0) }) {
                    out.append((collapse(countries, lex), i))
                }
            }
            i = max(j, i + 1)
        }
        return out
    }



    private static func describesTravellers(before start: Int, _ s: TokenizedSentence, _ g: Gazetteers) -> Bool {
        let lex = g.routeWords
        let t = s.tokens
        var j = start - 1
        while j >= 0, t[j].lower == "the" { j -= 1 }
        guard j >= 1, t[j].lower == "from" else { return false }
        let w = t[j - 1].lower
        // `Afghans from Iran` is a departure; `most of them from`, `migrants from` describe who travelled
        return lex.travellerNouns.contains(w) || (t[j - 1].isCapitalised && g.country(ofDemonym: t[j - 1].base) != nil && !t[j - 1].lower.hasSuffix("s"))
    }



    /// Whether the clause moves goods: a verb of trade, or goods named before its first place (`before`), and
    /// no travellers.
    private static func carriesGoods(_ clause: Range<Int>, _ s: TokenizedSentence, before firstPlace: Int, _ lex: RouteWords) -> Bool {
        let words = s.tokens[clause].map(\.lower)
        let goodsFirst = s.tokens[clause.lowerBound..<max(clause.lowerBound, min(firstPlace, clause.upperBound))].contains { lex.goodsNouns.contains($0.lower) }
        guard goodsFirst || words.contains(where: { lex.goodsVerbs.contains($0) }) else { return false }
        return !words.contains { lex.travellerNouns.contains($0) && !lex.travellerQuantifiers.contains($0) }
    }




    /// `flew in from Brussels for the launch`: the clause tells of a trip to a meeting.
    private static func tripToAMeeting(_ clause: Range<Int>, _ s: TokenizedSentence, _ lex: RouteWords) -> Bool {
        let t = s.tokens
        return clause.contains { k in
            k + 2 < clause.upperBound && t[k].lower == "for" && ["the", "a", "an"].contains(t[k + 1].lower) && lex.meetingNouns.contains(t[k + 2].lower)
        }
    }




    /// Whether a place is named as where a journey was meant to end: after `for` (`left Kumasi for Libya`,
    /// `bound for Sebha`) or `end in` (`a route they hoped would end in Italy`).
    private static func introducedByIntent(_ start: Int, _ s: TokenizedSentence, _ lex: RouteWords) -> Bool {
        guard let j = wordBefore(start, s, lex) else { return false }
        let w = s.tokens[j].lower
        return w == "for" || (w == "in" && j > 0 && ["end", "ends", "ended", "ending"].contains(s.tokens[j - 1].lower))
    }

    /// `Malaysia as the usual destination`: a place named as where journeys end.
    private static func namedAsDestination(_ end: Int, _ s: TokenizedSentence, _ lex: RouteWords) -> Bool {
        let t = s.tokens
        guard end < t.count, t[end].lower == "as" else { return false }
        var j = end + 1
        while j < t.count, j - end <= 4, lex.destinationQualifiers.contains(t[j].lower) { j += 1 }
        return j < t.count && ["destination", "destinations"].contains(t[j].lower)
    }

    /// The word before a place, past fillers and capitalised words (`for` in `for the Balearic island of Formentera`).
    private static func wordBefore(_ start: Int, _ s: TokenizedSentence, _ lex: RouteWords) -> Int? {
        var j = start - 1
        while j >= 0, lex.fillers.contains(s.tokens[j].lower) || isNameWord(j, s) { j -= 1 }
        return j >= 0 ? j : nil
    }

    /// A capitalised word inside the sentence (a name or an adjective such as `Balearic`), not its first word.
    private static func isNameWord(_ j: Int, _ s: TokenizedSentence) -> Bool {
        j > 0 && s.tokens[j].isCapitalised
    }

    private static func followedByFromWhere(_ end: Int, _ s: TokenizedSentence) -> Bool {
        let t = s.tokens
        var j = end
        if j < t.count, t[j].isPunct(",") { j += 1 }
        return j + 1 < t.count && t[j].lower == "from" && ["where", "which", "there"].contains(t[j + 1].lower)
    }

    /// Origins first; passages named after the destination (`to Spain by way of Mali and Algeria`) go before it.
    private static func order(_ hops: [Hop]) -> [Hop] {
        let origins = hops.filter { $0.cue == .origin }
        var rest = hops.filter { $0.cue != .origin }
        // the end the journey was meant to have, named before its legs, comes after them; what reached before it is a passage
        if let i = rest.firstIndex(where: { $0.intended && !$0.alternative }), i + 1 < rest.count, hops.contains(where: { $0.cue == .origin }),
           !rest[(i + 1)...].contains(where: { $0.country == rest[i].country }) {
            var end = rest.remove(at: i)
            end.cue = .destination
            for k in rest.indices where rest[k].cue == .destination { rest[k].cue = .transit }
            rest.append(end)
            return origins + rest
        }
        if let d = rest.firstIndex(where: { $0.cue == .destination }) {
            let lateTransits = rest[(d + 1)...].filter { $0.cue == .transit }
            if !lateTransits.isEmpty && !rest[(d + 1)...].contains(where: { $0.cue == .destination }) {
                let dest = rest[d]
                rest = Array(rest[..<d]) + lateTransits + [dest] + rest[(d + 1)...].filter { $0.cue != .transit }
            }
        }
        return origins + rest
    }

    /// One path per alternative: hops joined by `or` are choices at the same step.
    private static func branches(_ hops: [Hop]) -> [[Hop]] {
        var steps: [[Hop]] = []
        for h in hops {
            if h.alternative, !steps.isEmpty { steps[steps.count - 1].append(h) } else { steps.append([h]) }
        }
        var out: [[Hop]] = [[]]
        for step in steps { out = out.flatMap { prefix in step.map { prefix + [$0] } } }
        return out
    }

    private static func collapse(_ countries: [String], _ lex: RouteWords) -> [String] {
        var out: [String] = []
        for c in countries where out.last != c {
            // `Germany, once inside the European Union`: the Union after one of its members adds no step
            if c == europeanUnion, let last = out.last, lex.euMembers.contains(last) { continue }
            out.append(c)
        }
        return out
    }



    /// A journey home told by the travellers returning: from the place after `returning from`, through its
    /// passages (`via Dubai`, `through Djibouti`), to where the clause says they go back to, else to the
    /// travellers' country (`Nigerians returning from Libya`), else to the article's country. Only travellers
    /// named in the clause make it a journey (`the women, returning from Iraq`), not an official's trip home.
    private static func returnJourney(_ hops: [Hop], _ clause: Range<Int>, _ s: TokenizedSentence, home: String?, _ lex: RouteWords) -> [String]? {
        let t = s.tokens
        guard let k = hops.firstIndex(where: { h in
            h.cue == .origin && !h.fromPeople && wordBefore(h.token, s, lex).map { phrase(lex.returnCues, endsAt: $0, s) } == true
        }) else { return nil }
        let people = hops.first(where: \.fromPeople)?.country
        guard people != nil || t[clause].contains(where: { lex.travellerNouns.contains($0.lower) && !lex.travellerQuantifiers.contains($0.lower) })
        else { return nil }
        let later = hops[(k + 1)...]
        guard let end = later.first(where: { $0.cue == .destination })?.country ?? people ?? home else { return nil }
        let passages = later.filter { $0.cue == .transit }.map(\.country)
        let countries = collapse([hops[k].country] + passages + [end], lex)
        return countries.count >= 2 && Set(countries).count == countries.count ? countries : nil
    }

    /// Whether one of the phrases ends at token `j`.
    private static func phrase(_ phrases: [[String]], endsAt j: Int, _ s: TokenizedSentence) -> Bool {
        phrases.contains { words in
            j - words.count + 1 >= 0 && s.tokens[(j - words.count + 1)...j].map(\.lower) == words
        }
    }

    /// Whether the location word at `j` (`near`) follows a noun the travellers were taken to: `to the camps`,
    /// `into safe houses` (one to three lower-case words after the cue, the first of them possibly a determiner).
    private static func takenNear(_ j: Int, _ s: TokenizedSentence, after previousEnd: Int, _ lex: RouteWords) -> Bool {
        let t = s.tokens
        var k = j - 1
        while k > max(previousEnd, 0), j - k <= 3, t[k].kind == .word, !t[k].isCapitalised, !lex.destinationOpeners.contains(t[k].lower) {
            k -= 1
        }
        return k < j - 1 && k >= max(previousEnd, 0) && lex.destinationOpeners.contains(t[k].lower)
    }

    /// Token ranges of the clauses of a sentence (split at semicolons and `while`/`whereas`; a clause that
    /// opens with one of those words ends at its first comma).
    private static func clauses(_ s: TokenizedSentence, _ lex: RouteWords) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        // `While boats from A had been the concern, most now fly to B`: a clause opened by `while` ends at its comma
        var opened = false
        for (i, tok) in s.tokens.enumerated() {
            if lex.clauseBreaks.contains(tok.lower), i == start {
                opened = true
            } else if tok.isPunct(";") || lex.clauseBreaks.contains(tok.lower) || (opened && tok.isPunct(",")) {
                out.append(start..<i)
                start = i + 1
                opened = false
            }
        }
        out.append(start..<s.tokens.count)
        return out
    }

    /// The cue before a place, looking back over filler words (nil when none is found); or the joiner
    /// (`and`, `or`, a comma) linking it to the previous place.
    private static func cue(before start: Int, in s: TokenizedSentence, after previousEnd: Int, _ lex: RouteWords) -> (Cue?, String?) {
        let t = s.tokens
        if previousEnd >= 0, previousEnd < start {
            let between = t[previousEnd..<start].map(\.lower).filter { $0 != "the" }
            if between == ["and"] || between == [","] || between == [",", "and"] { return (nil, "and") }
            if between == ["or"] { return (nil, "or") }
        }
        var j = start - 1
        var steps = 0
        while j >= 0, j >= max(previousEnd, 0), steps < 6 {
            let w = t[j].lower
            for (words, c) in lex.cues where words.last == w && j - words.count + 1 >= 0 {
                guard t[(j - words.count + 1)...j].map(\.lower) == words else { continue }
                // `to the camps near Dunkirk`, `to safe houses near Calais`: a place near where they were taken ends the journey
                if c == .location, takenNear(j, s, after: previousEnd, lex) { return (.destination, nil) }
                // `to Myawaddy in Myanmar`, `from Sikasso in Mali`: a country after a town the gazetteer does not
                // know takes the town's cue
                if words == ["in"], isNameWord(j - 1, s), case let (town?, _) = cue(before: j - 1, in: s, after: previousEnd, lex),
                   [.origin, .transit, .destination].contains(town) {
                    return (town, nil)
                }
                // `from his village in Ethiopia`, `from Kafr el-Sheikh in Egypt` start a journey; "to farms in Côte
                // d'Ivoire` ends one where victims are put to work (not `to a hospital in Ibiza")
                // (`to gold-mining towns in Mali`: the workplace may have words of its own)
                if words == ["in"], j >= 2, t[j - 1].kind == .word {
                    let workplace = lex.workplaces.contains(t[j - 1].lower)
                    var k = j - 1
                    while k > max(previousEnd, 0), j - k <= 4, t[k].kind == .word,
                          lex.determiners.contains(t[k].lower) || t[k].isCapitalised || lex.workplaces.contains(t[k].lower)
                            || Names.particles.contains(String(t[k].lower.split(separator: "-").first ?? "")) || k == j - 1
                            || (workplace && !lex.destinationOpeners.contains(t[k].lower) && !lex.sourceOpeners.contains(t[k].lower)) {
                        k -= 1
                    }
                    if k >= max(previousEnd, 0), k < j - 1 {
                        if lex.sourceOpeners.contains(t[k].lower) { return (.origin, nil) }
                        if lex.destinationOpeners.contains(t[k].lower), workplace { return (.destination, nil) }
                    }
                }
                // `After a few weeks in Hungary, they were driven to Czechia`: where the leg starts
                if words == ["in"], t.first?.lower == "after", j <= 6 { return (.origin, nil) }
                return (c, nil)
            }
            if lex.fillers.contains(w) || isNameWord(j, s) || t[j].isPossessive || t[j].kind == .number || w == "kilometres" || w == "about" {
                j -= 1
                steps += 1
                continue
            }
            break
        }
        return (nil, nil)
    }
}
