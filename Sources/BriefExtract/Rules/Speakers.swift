import BriefModel

/// Named people quoted or reported speaking. A person is a run of capitalised words that are not titles,
/// places, organisations or calendar words; they count as a speaker when a speech verb follows the name
/// (after an optional appositive: “X, the IOM chief of mission in Libya, warned”), precedes it
/// (“…,” said X) or “according to” introduces it. Later mentions (“Amina Rauf”, “Rauf”, “Ms Rauf”) are
/// joined to the full name. The title is the role before the name (“Foreign Secretary X”) and/or the
/// appositive after it; the organisation is a body named in or beside the title.
enum SpeakerRule {
    private struct Person {
        var tokens: [String]
        var name: String
        var title: String?
        var organisation: String?
        var statements: [Evidence] = []
        var firstSeen: Int
    }

    private struct NameSpan {
        var start: Int
        var end: Int
        var words: [String]
    }

    static func extract(_ ctx: ArticleContext) -> [Speaker] {
        let g = ctx.g
        var people: [Person] = []
        let bylineWords = Set((ctx.article.byline ?? "").split(separator: " ").map { $0.lowercased() })

        var lastSpeaker: (person: Int, paragraph: Int)?
        for (si, s) in ctx.sentences.enumerated() {
            let places = ctx.places[si]
            let orgs = ctx.organisations[si]
            var blocked = Set<Int>()
            for p in places { blocked.formUnion(p.start..<p.end) }
            for o in orgs { blocked.formUnion(o.start..<o.end) }
            let spans = names(in: s, blocked: blocked, g: g)
            // “… he said.” right after a named speaker, in the same paragraph (or a quote opening the next), is that
            // speaker's statement
            let opensWithQuote = s.tokens.first.map { g.speakerWords.quoteMarks.contains($0.text) } ?? false
            if spans.isEmpty, let last = lastSpeaker, pronounSpeech(s, g: g),
               last.paragraph == s.sentence.paragraph || (opensWithQuote && last.paragraph + 1 == s.sentence.paragraph) {
                let ev = Evidence(s.sentence, rule: SpeakerWords.namespace + "." + Cue.pronoun.name)
                if !people[last.person].statements.contains(ev) { people[last.person].statements.append(ev) }
                continue
            }
            let previous = si > 0 ? ctx.sentences[si - 1].tokens : []
            let units = runUnits(s, spans, previous: previous, g: g)
            let members = groupMembers(s, spans, ctx: ctx)
            var described = Set<Int>()   // tokens of the titles already read: no name there speaks
            for (n, span) in spans.enumerated() where !described.contains(span.start) || members[n] != nil || units?[n] != nil {
                let speech: SpeechRole?
                if let member = members[n] { speech = member } else if let unit = units?[n] { speech = unit }
                else if units != nil { speech = nil } else { speech = speechRole(s, span, g: g) }
                if let a = speech?.appositive { described.formUnion(a) }
                var index = people.firstIndex { refers(span.words, to: $0.tokens) }
                if index == nil {
                    guard span.words.count >= 2, Set(span.words.map { $0.lowercased() }) != bylineWords else { continue }
                    people.append(Person(tokens: span.words, name: span.words.joined(separator: " "), firstSeen: si))
                    index = people.count - 1
                } else if span.words.count > people[index!].tokens.count {
                    people[index!].tokens = span.words
                    people[index!].name = span.words.joined(separator: " ")
                }
                guard let i = index else { continue }
                if people[i].title == nil {
                    let (title, org) = describe(s, span, speech: speech, ctx: ctx)
                    if title != nil || org != nil {
                        people[i].title = title
                        if people[i].organisation == nil { people[i].organisation = org }
                    }
                }
                if let speech {
                    let ev = Evidence(s.sentence, rule: SpeakerWords.namespace + "." + speech.rule)
                    if !people[i].statements.contains(ev) { people[i].statements.append(ev) }
                    lastSpeaker = (i, s.sentence.paragraph)
                }
            }
        }
        return people.filter { !$0.statements.isEmpty }.sorted { $0.firstSeen < $1.firstSeen }.map {
            Speaker(name: $0.name, title: $0.title, organisation: $0.organisation, statements: $0.statements)
        }
    }

    /// The names of a run of speaker units (“Speakers included Ms A, TITLE, ORG; Mr B, TITLE, ORG; and …”, or a
    /// bulleted list of presenters after “… were led by:”), by their index in `spans`, each with its title's
    /// tokens as the appositive; nil when the sentence is no such run (a run gives its units and no other speaker).
    private static func runUnits(_ s: TokenizedSentence, _ spans: [NameSpan], previous: [Token], g: Gazetteers) -> [Int: SpeechRole]? {
        let t = s.tokens
        let w = g.speakerWords
        guard !spans.isEmpty else { return nil }
        /// Where the unit a name opens would start: the tokens before it are honorifics, bullets and joiners.
        func unitStart(_ span: NameSpan) -> Int {
            var b = span.start
            while b > 0, isHonorific(t[b - 1].lower, g) || w.bulletMarks.contains(t[b - 1].text) || w.listJoiners.contains(t[b - 1].lower)
                || (t[b - 1].isCapitalised && (g.titleWords.contains(t[b - 1].lower) || g.ranks.contains(t[b - 1].lower))) { b -= 1 }
            return b
        }
        func opensUnit(_ span: NameSpan) -> Bool {
            guard span.end < t.count, t[span.end].isPunct(",") else { return false }
            let b = unitStart(span)
            return b == 0 || t[b - 1].isPunct(";") || t[b - 1].isPunct(":") || cueEnds(at: b - 1, in: t, g: g)
        }
        let separators = t.indices.filter { t[$0].isPunct(";") }
        let cued = !separators.isEmpty && spans.contains { span in
            let b = unitStart(span)
            return b > 0 && b < separators[0] && opensUnit(span) && (cueEnds(at: b - 1, in: t, g: g) || t[b - 1].isPunct(":"))
        }
        let previousOpensList = previous.last.map { $0.isPunct(":") || $0.isPunct(";") } ?? false
        let bulleted = unitStart(spans[0]) == 0 && opensUnit(spans[0]) && (previousOpensList || (t.last?.isPunct(";") ?? false))
        guard cued || bulleted else { return nil }
        var out: [Int: SpeechRole] = [:]
        for (n, span) in spans.enumerated() where opensUnit(span) {
            let end = separators.first { $0 > span.end } ?? (w.sentenceEnds.contains(t[t.count - 1].text) ? t.count - 1 : t.count)
            guard end > span.end + 1 else { continue }
            out[n] = SpeechRole(cue: .run, appositive: (span.end + 1)..<end)
        }
        return out
    }

    /// Whether a phrase that names the next person as the one speaking ends at token `i`: “remarks by”, “Speakers
    /// included”.
    private static func cueEnds(at i: Int, in t: [Token], g: Gazetteers) -> Bool {
        let w = g.speakerWords
        guard i >= 0 else { return false }
        if w.cuesBefore.contains(where: { SpeakerWords.matches($0, endingAt: i, in: t) }) { return true }
        return i > 0 && w.listVerbs.contains(t[i].lower) && w.listNouns.contains(t[i - 1].lower)
    }

    /// “Members of the Committee on X, including A, B and C, stressed …”: each listed name speaks as a member of
    /// the body, by its index in `spans`.
    private static func groupMembers(_ s: TokenizedSentence, _ spans: [NameSpan], ctx: ArticleContext) -> [Int: SpeechRole] {
        let t = s.tokens
        let g = ctx.g
        let w = g.speakerWords
        guard let link = t.indices.first(where: { w.groupLinks.contains(t[$0].lower) }), link > 3, t[link - 1].isPunct(","),
              let head = (0..<link).first(where: { w.groupNouns.contains(t[$0].lower) }), head + 1 < link,
              w.titleComplementLinks.contains(t[head + 1].lower), head == 0 || t[head - 1].kind == .punct else { return [:] }
        // the names after the link, joined by commas and “and”, up to “, VERB”
        var listed: [Int] = []
        var k = link + 1
        for (n, span) in spans.enumerated() where span.start >= k {
            while k < span.start, isHonorific(t[k].lower, g) { k += 1 }
            guard span.start == k else { break }
            listed.append(n)
            k = span.end
            if k < t.count, t[k].isPunct(",") { k += 1 }
            if k < t.count, w.listJoiners.contains(t[k].lower) { k += 1 }
        }
        var verbAt = k
        if verbAt < t.count, w.additiveWords.contains(t[verbAt].lower) { verbAt += 1 }
        guard listed.count >= 2, verbAt < t.count, g.speechVerbs.contains(t[verbAt].lower) || w.speechPhrase(at: verbAt, in: t) != nil else { return [:] }
        var bodyStart = head + 2
        if bodyStart < link, w.articles.contains(t[bodyStart].lower) { bodyStart += 1 }
        let noun = t[head].lower
        let member = w.pluralEndings.first { noun.hasSuffix($0) }.map { String(noun.dropLast($0.count)) } ?? noun
        let title = member + " " + s.span(head + 1, link - 2)
        let body = Organisations.trimmed(s.span(bodyStart, link - 2))
        let organisation = ctx.known(body).map(ctx.display) ?? body
        var out: [Int: SpeechRole] = [:]
        for n in listed { out[n] = SpeechRole(cue: .group, verb: t[verbAt].lower, title: title, organisation: organisation) }
        return out
    }

    /// Whether a word is an honorific (“Ms”, “Dr.”, “Barrister”).
    private static func isHonorific(_ word: String, _ g: Gazetteers) -> Bool {
        g.honorifics.contains(word) || g.honorifics.contains(word + ".")
    }

    /// “he said”, “she added”, “said he”: a pronoun with a speech verb.
    private static func pronounSpeech(_ s: TokenizedSentence, g: Gazetteers) -> Bool {
        let t = s.tokens
        for i in t.indices where g.speakerWords.pronouns.contains(t[i].lower) {
            if i + 1 < t.count, g.speechVerbs.contains(t[i + 1].lower) { return true }
            if i > 0, g.speechVerbs.contains(t[i - 1].lower) { return true }
        }
        return false
    }

    /// Whether a mention names a person already met: “Amina Rauf” and “Rauf” name “Amina Sadia Rauf”;
    /// a single word must be the surname (or a later part of a long name), never the given name alone.
    private static func refers(_ words: [String], to person: [String]) -> Bool {
        if words.count >= 2 { return Set(words).isSubset(of: Set(person)) || Set(person).isSubset(of: Set(words)) }
        let w = words[0]
        return person.last == w || (person.count > 2 && person.contains(w) && person.first != w)
    }

    /// Runs of name words; titles, honorifics, ranks, places and organisations are not part of a name.
    private static func names(in s: TokenizedSentence, blocked: Set<Int>, g: Gazetteers) -> [NameSpan] {
        let t = s.tokens
        let w = g.speakerWords
        func isNameWord(_ i: Int) -> Bool {
            let tok = t[i]
            // “al-Mahdi”, “bin-Salem”, “ould-Cheikh”: a lower-case particle joined to a capitalised name
            if tok.kind == .word, !tok.isCapitalised, !blocked.contains(i), tok.base.utf8.contains(UInt8(ascii: "-")), let dash = tok.base.firstIndex(of: "-"),
               Names.particles.contains(String(tok.base[..<dash]).lowercased()) || w.joinedParticles.contains(String(tok.base[..<dash]).lowercased()),
               tok.base[tok.base.index(after: dash)...].first?.isUppercase == true { return true }
            guard tok.kind == .word, tok.isCapitalised, !blocked.contains(i), !tok.isAllCaps || tok.base.count == 1 else { return false }
            let l = tok.base.lowercased()
            if isCompoundTitle(l, g) { return false }
            // “Abdourahman Said Ali”: a capitalised “Said” between two name words is a name
            if w.quoteVerbs.contains(l), i > 0, i + 1 < t.count, t[i + 1].isCapitalised, isNameWord(i - 1), isNameWord(i + 1) { return true }
            if g.titleWords.contains(l) || g.honorifics.contains(l) || g.honorifics.contains(l + ".") || g.ranks.contains(l)
                || g.organisationHeads.contains(l) || g.portfolios.contains(l) || g.months[l] != nil || g.weekdays[l] != nil || g.country(ofDemonym: l) != nil
                || g.speechVerbs.contains(l) || w.commonWords.contains(l) { return false }
            return true
        }
        var out: [NameSpan] = []
        var i = 0
        while i < t.count {
            guard isNameWord(i) else { i += 1; continue }
            var j = i + 1
            while j < t.count {
                if isNameWord(j) { j += 1; continue }
                if Names.particles.contains(t[j].lower), j + 1 < t.count, isNameWord(j + 1) { j += 2; continue }
                break
            }
            // a run followed by an organisation word is part of a name of a place or body (“Jinnah International Airport”)
            let followedByHead = j < t.count && t[j].isCapitalised && g.organisationHeads.contains(t[j].base.lowercased())
            // “the Red Solidaria de Apoyo”: a name after an article is a body or a place
            let afterArticle = i > 0 && w.articles.contains(t[i - 1].text)
                // “Chief of Naval Staff”: a name after a title and “of” completes the title
                || (i > 1 && w.titleComplementLinks.contains(t[i - 1].lower) && (g.titleNouns.contains(t[i - 2].lower) || g.titleWords.contains(t[i - 2].lower)))
            if !followedByHead && !afterArticle {
                out.append(NameSpan(start: i, end: j, words: t[i..<j].map(\.base)))
            }
            i = j
        }
        return out
    }


    /// Where “said” stands before “said ROLE, NAME.” (a role with a title noun, the name closing the sentence), or nil.
    private static func roleBeforeClosingName(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> Int? {
        let t = s.tokens
        let w = g.speakerWords
        guard span.start >= 3, t[span.start - 1].isPunct(","), span.end >= t.count || w.sentenceEnds.contains(t[span.end].text) else { return nil }
        var q = span.start - 2
        while q >= 0, span.start - q <= 12 {
            if w.quoteVerbs.contains(t[q].lower) {
                let role = t[(q + 1)..<(span.start - 1)]
                return role.contains(where: { g.titleNouns.contains($0.lower) || g.titleWords.contains($0.lower) }) ? q : nil
            }
            if t[q].kind == .punct, !w.roleInnerPunctuation.contains(t[q].text) { return nil }
            q -= 1
        }
        return nil
    }

    /// “Lieutenant-Colonel”, “Prosecutor-General”, “Vice-Chancellor”: a hyphenated word whose parts are all titles or ranks.
    static func isCompoundTitle(_ word: String, _ g: Gazetteers) -> Bool {
        guard word.unicodeScalars.contains("-") else { return false }
        let parts = word.split(separator: "-").map(String.init)
        return parts.count >= 2 && parts.allSatisfy { g.titleNouns.contains($0) || g.titleWords.contains($0) || g.ranks.contains($0) || g.speakerWords.titlePrefixes.contains($0) }
    }



    /// How a sentence gives a name its statement; with the verb, it names the evidence's rule
    /// (`speaker.appositive-said`, `speaker.according-to`).
    private enum Cue {
        case verb, apposed, appositive, listed, speakerList, role, quote, accordingTo, and, pronoun, who, cueBefore, group, run, bullet
        var name: String { Lexicons.listName(String(describing: self)) }
    }

    private struct SpeechRole {
        var cue: Cue
        var verb: String?
        var rule: String {
            guard let verb else { return cue.name }
            return cue == .verb ? verb : cue.name + "-" + verb
        }
        /// Token range of an appositive after the name, if any.
        var appositive: Range<Int>?
        /// The title and organisation the construction gives outright (the members of a named body).
        var title: String?
        var organisation: String?
        /// The name is followed by “of the <body>” before the verb.
        var attachment: Range<Int>?
    }

    /// Whether the name is the one speaking in this sentence.
    private static func speechRole(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> SpeechRole? {
        let t = s.tokens
        let w = g.speakerWords
        func isVerb(_ i: Int) -> Bool { i < t.count && g.speechVerbs.contains(t[i].lower) || w.speechPhrase(at: i, in: t) != nil }
        func isAdditive(_ i: Int) -> Bool { i < t.count && w.additiveWords.contains(t[i].lower) }
        func opensWithTitle(_ i: Int) -> Bool {
            let first = i < t.count && w.articles.contains(t[i].lower) ? i + 1 : i
            return first < t.count && (g.titleNouns.contains(t[first].lower) || g.titleWords.contains(t[first].lower))
        }
        // “identified as X”, “in Mae Sot”, “X's brother”: a name given by others, a place, someone else
        if span.start > 0, w.placePrepositions.contains(t[span.start - 1].lower)
            || w.namingPhrases.contains(where: { SpeakerWords.matches($0, endingAt: span.start - 1, in: t) }) { return nil }
        if t[span.end - 1].isPossessive { return nil }
        var k = span.end
        // “X, who said …”, “X, who also told …”
        if k + 2 < t.count, t[k].isPunct(","), w.relativePronouns.contains(t[k + 1].lower) {
            let v = isAdditive(k + 2) ? k + 3 : k + 2
            if isVerb(v) { return SpeechRole(cue: .who, verb: t[v].lower, appositive: nil) }
        }
        // “a survivor, X, told the court”: the name is itself the appositive
        if k < t.count, t[k].isPunct(","), isVerb(k + 1) { return SpeechRole(cue: .apposed, verb: t[k + 1].lower, appositive: nil) }
        if k < t.count, t[k].isPunct(",") {
            // an appositive closed by “, VERB”
            var j = k + 1
            var depth = 0
            while j < t.count {
                if t[j].isPunct("(") { depth += 1 } else if t[j].isPunct(")") { depth -= 1 }
                if depth == 0, t[j].isPunct(","), isVerb(j + 1) || (isAdditive(j + 1) && isVerb(j + 2)) {
                    return SpeechRole(cue: .appositive, verb: t[isVerb(j + 1) ? j + 1 : j + 2].lower, appositive: (k + 1)..<j)
                }
                // “X, head of the Y Commission said.” (no comma before a closing “said”)
                if depth == 0, j > k + 2, w.quoteVerbs.contains(t[j].lower), j + 1 == t.count || w.sentenceEnds.contains(t[j + 1].text),
                   !t[(k + 1)..<j].contains(where: { $0.isPunct(",") }), opensWithTitle(k + 1) {
                    return SpeechRole(cue: .appositive, verb: t[j].lower, appositive: (k + 1)..<j)
                }
                if w.quoteMarks.contains(t[j].text) || t[j].isPunct(";") { break }
                j += 1
            }
        }
        // “X of the Guinean Navy presented”
        var attachment: Range<Int>?
        // “X from UNHCR said”, “X at the IOM said”, “X (UNHCR) said”: the same
        if k + 1 < t.count, w.attachmentLinks.contains(t[k].lower) {
            var j = k + 1
            if w.articles.contains(t[j].lower) { j += 1 }
            if j < t.count, let end = Organisations.capitalisedRun(t, from: j, to: t.count, headWords: g.organisationHeads), end > j { attachment = k..<end; k = end }
        } else if k + 2 < t.count, t[k].isPunct("("), t[k + 2].isPunct(")"), t[k + 1].kind == .word, t[k + 1].isCapitalised {
            attachment = k..<(k + 3)
            k += 3
        }
        if isAdditive(k) { k += 1 }
        // “Lawyers for Benali said”: a name governed by a preposition is not the one speaking
        let governed = span.start > 0 && w.governingWords.contains(t[span.start - 1].text)
        if isVerb(k), !governed { return SpeechRole(cue: .verb, verb: t[k].lower, appositive: nil, attachment: attachment) }
        // “X and Y also spoke”, “X, Y and Z addressed the meeting”: every name of a list before a speech verb
        var l = span.end
        while l < t.count, t[l].isPunct(",") || w.listJoiners.contains(t[l].lower) {
            var m = l + 1
            while m < t.count, t[m].isCapitalised, t[m].kind == .word { m += 1 }
            guard m > l + 1 else { break }
            l = m
            if isAdditive(l) { l += 1 }
            if isVerb(l), t[(span.end)..<l].contains(where: { w.listJoiners.contains($0.lower) }) { return SpeechRole(cue: .listed, verb: t[l].lower, appositive: nil) }
        }
        // “Other speakers included X, Y and Z”: names listed after speakers
        if let sp = t.indices.first(where: { w.listNouns.contains(t[$0].lower) }), sp < span.start,
           sp + 1 < t.count, w.listVerbs.contains(t[sp + 1].lower) || t[sp + 1].isPunct(":") {
            return SpeechRole(cue: .speakerList, appositive: nil)
        }
        // “A presentation by IOM's project officer X”, “inaugurated by the Minister, X”: a cue before the title
        var cueEnd = preTitle(s, span, g: g)?.range.lowerBound ?? span.start
        while cueEnd > 0, isHonorific(t[cueEnd - 1].lower, g) || w.articles.contains(t[cueEnd - 1].lower) { cueEnd -= 1 }
        if cueEnds(at: cueEnd - 1, in: t, g: g) { return SpeechRole(cue: .cueBefore, appositive: nil) }
        // “…,” said Save the Children's director in Côte d'Ivoire, Mariam Sanogo.”: a role between the verb and the
        // name that closes the sentence
        if let verb = roleBeforeClosingName(s, span, g: g) { return SpeechRole(cue: .role, verb: t[verb].lower, appositive: nil) }
        // before the name: “said X”, “according to X”, allowing titles and honorifics in between
        var b = span.start - 1
        while b >= 0, t[b].kind == .word, t[b].isCapitalised, g.titleWords.contains(t[b].lower) || g.honorifics.contains(t[b].lower) || g.ranks.contains(t[b].lower) {
            b -= 1
        }
        // “said survivor Imran Ali”, “said local fisherman X”: up to three lower-case role words between the verb and the name
        // … or a role with acronyms and ranks (“said RAB-9 commander Lt Col X”)
        if b >= 1, !(w.quoteVerbs.contains(t[b].lower)) {
            var r = b
            func roleWord(_ tok: Token) -> Bool {
                if tok.kind == .number || tok.isPunct("-") { return true }   // “RAB-9”
                guard tok.kind == .word, !w.stopBefore.contains(tok.lower), !g.speechVerbs.contains(tok.lower) else { return false }
                if !tok.isCapitalised || tok.isAllCaps || tok.base.filter(\.isLetter).allSatisfy(\.isUppercase) { return true }
                let l = tok.base.lowercased()
                return g.titleWords.contains(l) || g.titleNouns.contains(l) || g.ranks.contains(l) || g.honorifics.contains(l) || isCompoundTitle(l, g)
            }
            while r >= 1, b - r < 6, roleWord(t[r]) {
                if w.quoteVerbs.contains(t[r - 1].lower) { b = r - 1; break }
                r -= 1
            }
        }
        // “…,” recalled X: any speech verb right after the quote or comma
        if b >= 1, !w.quoteVerbs.contains(t[b].lower), g.speechVerbs.contains(t[b].lower), w.isPastTense(t[b].lower),
           t[b - 1].isPunct(",") || w.quoteMarks.contains(t[b - 1].text) {
            return SpeechRole(cue: .quote, verb: t[b].lower, appositive: nil, attachment: attachment)
        }
        // “He said X had collected the money”: the verb has its own subject, X is in the reported speech
        if b >= 1, w.quoteVerbs.contains(t[b].lower), w.pronouns.contains(t[b - 1].lower) { return nil }
        if b >= 0, w.quoteVerbs.contains(t[b].lower) {
            let end = span.end
            if end < t.count, t[end].isPunct(",") {
                var j = end + 1
                while j < t.count, !w.quoteMarks.contains(t[j].text), !t[j].isPunct(";"), !(t[j].isPunct(".") && j == t.count - 1) { j += 1 }
                return SpeechRole(cue: .quote, verb: t[b].lower, appositive: (end + 1)..<j)
            }
            // “…,” said Superintendent X of the Ghana Police Service
            return SpeechRole(cue: .quote, verb: t[b].lower, appositive: nil, attachment: attachment)
        }
        if let phrase = w.attributionPhrases.first(where: { SpeakerWords.matches($0, endingAt: b, in: t) }) {
            // “According to X, head of the IOM office in Agadez, most migrants …”: the appositive is the role
            if span.end < t.count, t[span.end].isPunct(","),
               let close = (span.end + 1..<t.count).first(where: { t[$0].isPunct(",") || t[$0].isPunct(";") || ($0 == t.count - 1 && w.sentenceEnds.contains(t[$0].text)) }),
               close > span.end + 1, !t[span.end + 1].isCapitalised || g.titleWords.contains(t[span.end + 1].lower) || g.titleNouns.contains(t[span.end + 1].lower) {
                return SpeechRole(cue: .accordingTo, appositive: (span.end + 1)..<close)
            }
            return SpeechRole(cue: .accordingTo, appositive: nil)
        }
        // “X inaugurated the event and said …”: a speech verb later in the clause the name opens (the name is
        // the subject: nothing but its title stands before it in the clause, unlike “police detained X near Y and said”)
        var opener = span.start - 1
        while opener >= 0, t[opener].kind == .word, t[opener].isCapitalised || g.titleNouns.contains(t[opener].lower) || g.titleWords.contains(t[opener].lower) { opener -= 1 }
        let opensClause = opener < 0 || t[opener].kind == .punct
        if opensClause, span.end < t.count, t[span.end].kind == .word, !t[span.end].isCapitalised, !w.stopBefore.contains(t[span.end].lower) || isAdditive(span.end) {
            var j = span.end
            while j + 1 < t.count, j - span.end < 10, t[j].kind != .punct || t[j].isPunct("-") {
                if w.listJoiners.contains(t[j].lower), isVerb(j + 1), !w.attributionPhrases.contains(where: { $0.first == t[j + 1].lower }) {
                    return SpeechRole(cue: .and, verb: t[j + 1].lower, appositive: nil)
                }
                if w.relativeWords.contains(t[j].lower) { break }
                j += 1
            }
        }
        return nil
    }

    /// The title and organisation of a person at one mention.
    private static func describe(_ s: TokenizedSentence, _ span: NameSpan, speech: SpeechRole?, ctx: ArticleContext) -> (String?, String?) {
        let g = ctx.g
        let w = g.speakerWords
        let t = s.tokens
        if let given = speech?.title { return (given, speech?.organisation) }
        var parts: [String] = []
        var orgRanges: [(Range<Int>, Bool)] = []   // token range to search, accept bare names
        let isUnit = speech?.cue == .run
        var rolesBefore = 0
        // role before the name (a unit of a run has none: only honorifics stand there)
        if !isUnit, let pre = preTitle(s, span, g: g) {
            parts.append(pre.text)
            rolesBefore = 1
            orgRanges.append((pre.range, false))
        }
        if let a = speech?.appositive, !a.isEmpty, let post = appositive(s, a, g: g) {
            // “, of the IOM,”: a body, not a role
            let namesBody = post.range.first.map { w.bodyOpeners.contains(t[$0].lower) } ?? false
            if !namesBody { parts.append(post.text) }
            orgRanges.append((post.range, namesBody))
        }
        if let att = speech?.attachment { orgRanges.append((att, true)) }
        var organisation: String?
        if isUnit, let a = speech?.appositive { organisation = unitOrganisation(s, a, ctx: ctx) }
        for (range, bare) in orgRanges where organisation == nil {
            // a name after “of/for/at the” in a title counts even without an organisation word
            let mentions = Organisations.mentions(in: s, from: range.lowerBound, to: range.upperBound, ctx: ctx, acceptBareNames: false)
            if let m = mentions.first {
                organisation = Organisations.display(m, ctx: ctx)
            } else {
                // (“Minister for Human Rights” names a portfolio, not a body)
                for j in range where j + 1 < range.upperBound && w.titleBodyLinks.contains(t[j].lower) {
                    var from = w.articles.contains(t[j + 1].lower) ? j + 2 : j + 1
                    // “with the aid group Littoral Solidaire”: a name after a common noun for a body
                    if let named = (from..<min(from + 3, range.upperBound)).first(where: { w.bodyNouns.contains(t[$0].lower) }),
                       named + 1 < range.upperBound, t[named + 1].isCapitalised, t[from..<named].allSatisfy({ !$0.isCapitalised }) {
                        from = named + 1
                    }
                    // (“Undersecretary of the Interior”, “Minister of Justice”: a portfolio, no body named)
                    if let m = Organisations.mentions(in: s, from: from, to: range.upperBound, ctx: ctx, acceptBareNames: true).first, m.start == from,
                       m.known != nil || !w.roleComplements.contains(t[m.end - 1].lower),
                       m.known != nil || !(m.start..<m.end).allSatisfy({ g.portfolios.contains(t[$0].lower) || Names.connectors.contains(t[$0].lower) }) {
                        organisation = Organisations.display(m, ctx: ctx)
                        break
                    }
                }
                if organisation == nil, bare, let m = Organisations.mentions(in: s, from: range.lowerBound, to: range.upperBound, ctx: ctx, acceptBareNames: true).first {
                    organisation = Organisations.display(m, ctx: ctx)
                }
            }
        }
        // “Myria's director”: the owner of the role, a capitalised name that is no place
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                guard let first = range.first, w.articles.contains(t[first].lower) || t[first].isCapitalised else { continue }
                let start = w.articles.contains(t[first].lower) ? first + 1 : first
                var j = start
                // (“Save the Children's director”: connectors inside the owner's name)
                while j < range.upperBound, t[j].isCapitalised || (j > start && Names.connectors.contains(t[j].lower)), !t[j].isPossessive { j += 1 }
                guard j < range.upperBound, t[j].isCapitalised, t[j].isPossessive, j + 1 < range.upperBound,
                      g.titleNouns.contains(t[j + 1].lower) || g.titleWords.contains(t[j + 1].lower) else { continue }
                let owner = Organisations.trimmed(s.span(start, j))
                if g.country(ofPlace: owner) == nil, g.country(ofDemonym: owner) == nil {
                    organisation = ctx.known(owner).map(ctx.display) ?? owner
                }
            }
        }
        // a unit of a known body (“RAB-9 commander”): the body
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                for j in range where t[j].kind == .word && t[j].base.unicodeScalars.contains("-") {
                    let prefix = String(t[j].base.split(separator: "-")[0])
                    if prefix.count >= 2, prefix.allSatisfy(\.isUppercase), let k = ctx.known(prefix) { organisation = ctx.display(k); break }
                }
            }
        }
        // an acronym the gazetteer does not know (“HRCP chairperson”) still names the body
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                organisation = range.first { t[$0].isAllCaps && t[$0].base.count >= 3 && g.country(ofPlace: t[$0].base) == nil && !g.titleWords.contains(t[$0].lower) }
                    .map { t[$0].base }
            }
        }
        // “the agency's chief of mission”, “head of the ministry's unit”: the body the text spoke of just before
        // (a title opening with it is the role without it)
        for k in parts.indices {
            guard let range = antecedent(in: parts[k], w: w) else { continue }
            if k < rolesBefore, range.lowerBound == parts[k].startIndex { parts[k].removeSubrange(range) }
            // (a force's word alone, as in “Superintendent of Police”, names no body as well as the antecedent)
            let bareHead = organisation.map { g.organisationHeads.contains($0.lowercased()) } ?? true
            if bareHead, let named = recentOrganisation(before: span.start, in: s, ctx: ctx) { organisation = named }
            break
        }
        if organisation == nil { organisation = commonBody(in: orgRanges.map(\.0), s, ctx: ctx) }
        return (parts.isEmpty ? nil : parts.joined(separator: ", "), organisation)
    }


    /// The body a unit's title names: its parts from the first that names a body to the end of the first role
    /// (“Programme Officer, Free Movement Directorate, ECOWAS Commission, on …” → “Free Movement Directorate,
    /// ECOWAS Commission”); the part after the role when none names one.
    private static func unitOrganisation(_ s: TokenizedSentence, _ range: Range<Int>, ctx: ArticleContext) -> String? {
        let t = s.tokens
        let g = ctx.g
        let w = g.speakerWords
        var parts: [Range<Int>] = []
        var a = range.lowerBound, end = range.upperBound, depth = 0
        for j in range {
            if t[j].isPunct("(") { depth += 1 } else if t[j].isPunct(")") { depth -= 1 }
            guard depth == 0 else { continue }
            // a second role (“… & Assistant Professor, …”) ends the first
            if w.roleJoiners.contains(t[j].text) { end = j; break }
            if t[j].isPunct(",") {
                parts.append(a..<j)
                a = j + 1
                // the topic of a presentation (“, on …”) ends the title
                if a < range.upperBound, w.topicLinks.contains(t[a].lower) { end = a; break }
            }
        }
        if a < end { parts.append(a..<end) }
        parts = parts.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        let first = parts.dropFirst().firstIndex { !Organisations.mentions(in: s, from: $0.lowerBound, to: $0.upperBound, ctx: ctx).isEmpty }
        let from = first ?? 1
        guard t[parts[from].lowerBound].isCapitalised, !g.titleNouns.contains(t[parts[from].lowerBound].lower) else { return nil }
        let body = parts[from].lowerBound..<parts[parts.count - 1].upperBound
        let mentions = Organisations.mentions(in: s, from: body.lowerBound, to: body.upperBound, ctx: ctx)
        if mentions.count == 1, let m = mentions.first, m.known != nil, m.start == body.lowerBound { return Organisations.display(m, ctx: ctx) }
        return Organisations.trimmed(s.span(body.lowerBound, body.upperBound - 1))
    }

    /// Where a title says “the agency's ” (and the like): “Commissioner, the agency's director”, “head of the
    /// ministry's unit”; nil when it does not.
    private static func antecedent(in title: String, w: SpeakerWords) -> Range<String.Index>? {
        // word ranges of the title, with whether a comma ends the word before
        var words: [Range<String.Index>] = []
        var i = title.startIndex
        while i < title.endIndex {
            guard title[i] != " " else { i = title.index(after: i); continue }
            let end = title[i...].firstIndex(of: " ") ?? title.endIndex
            words.append(i..<end)
            i = end
        }
        for (k, r) in words.enumerated() where k + 2 < words.count && w.articles.contains(title[r].lowercased()) {
            let owner = Gazetteers.straightApostrophes(String(title[words[k + 1]]).lowercased())
            guard owner.hasSuffix("'s"), w.bodyNouns.contains(String(owner.dropLast(2))) else { continue }
            return r.lowerBound..<words[k + 2].lowerBound
        }
        return nil
    }

    /// A body named in common words after a title's “of the”, “for the”: “spokesman for the Djiboutian coast
    /// guard”, “head of the coast guard station in Chania” (with the place that ends it).
    private static func commonBody(in ranges: [Range<Int>], _ s: TokenizedSentence, ctx: ArticleContext) -> String? {
        let t = s.tokens
        let g = ctx.g
        let w = g.speakerWords
        for range in ranges {
            // (“who heads the coast guard station”: a verb of a role before it does as well)
            for j in range where j + 2 < range.upperBound && w.articles.contains(t[j + 1].lower)
                && ((w.titleBodyLinks.contains(t[j].lower) || w.titleComplementLinks.contains(t[j].lower))
                    && j > range.lowerBound && g.titleNouns.contains(t[j - 1].lower) || w.roleVerbs[t[j].lower]?.isEmpty == false) {
                let from = j + 2
                guard var noun = (from..<min(from + 4, range.upperBound)).first(where: { w.bodyNouns.contains(t[$0].lower) }), noun > from,
                      t[from...noun].allSatisfy({ $0.kind == .word && !$0.isPossessive && !w.stopBefore.contains($0.lower) }) else { continue }
                while noun + 1 < range.upperBound, w.bodyNouns.contains(t[noun + 1].lower) { noun += 1 }
                var end = noun + 1
                // “… station in Chania”: a place closing the range belongs to the body
                if end + 1 < range.upperBound, w.placePrepositions.contains(t[end].lower),
                   t[(end + 1)..<range.upperBound].allSatisfy({ $0.isCapitalised }) { end = range.upperBound }
                return s.span(from, end - 1)
            }
        }
        return nil
    }

    /// The body named last before token `before` of a sentence, in it or in the two sentences before.
    private static func recentOrganisation(before: Int, in s: TokenizedSentence, ctx: ArticleContext) -> String? {
        guard let si = ctx.sentenceIndex(paragraph: s.sentence.paragraph, sentence: s.sentence.index) else { return nil }
        for k in stride(from: si, through: max(0, si - 2), by: -1) {
            // (a force's word alone, “of Police”, names no body)
            let mentions = ctx.organisations[k].filter { (k < si || $0.end <= before) && !ctx.g.organisationHeads.contains($0.literal.lowercased()) }
            if let m = mentions.last(where: { $0.known != nil }) ?? mentions.last { return Organisations.display(m, ctx: ctx) }
        }
        return nil
    }

    /// The role written before the name: “Interior Secretary”, “IOM senior protection officer”,
    /// “FIA Director General (Operations)”, or an appositive before it (“The report's co-author, X”).
    private static func preTitle(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> (text: String, range: Range<Int>)? {
        let t = s.tokens
        let w = g.speakerWords
        var end = span.start            // exclusive
        // honorifics directly before the name are not part of the title
        while end > 0, g.honorifics.contains(t[end - 1].lower) || g.honorifics.contains(t[end - 1].lower + ".") { end -= 1 }
        // “The Chief of Naval Staff, Admiral X, said”: a rank after the comma, the role before it
        // (“A spokesman for the coast guard, Lieutenant X, said”: the rank comes first, as in “Lieutenant X, spokesman …”)
        var rankEnd = end
        while rankEnd > 0, g.ranks.contains(t[rankEnd - 1].lower) || isCompoundTitle(t[rankEnd - 1].lower, g)
            // “Police Commissioner”, “Navy Captain”: the force before a rank belongs to it
            || (rankEnd < end && g.organisationHeads.contains(t[rankEnd - 1].lower) && t[rankEnd - 1].isCapitalised) { rankEnd -= 1 }
        var rank: String?
        if rankEnd < end, rankEnd > 1, t[rankEnd - 1].isPunct(","), span.end < t.count, t[span.end].isPunct(","),
           g.titleNouns.contains(t[rankEnd - 2].lower) || t[rankEnd - 2].isCapitalised
            || t[max(0, rankEnd - 9)..<(rankEnd - 1)].contains(where: { g.titleNouns.contains($0.lower) }) {
            rank = s.span(rankEnd, end - 1)
            end = rankEnd
        }
        var apposed = false
        if end > 0, t[end - 1].isPunct(",") {
            // “The report's co-author, Dr X, said”: only when the name is itself closed by a comma (or closes a
            // sentence after “said ROLE,”)
            guard span.end < t.count && t[span.end].isPunct(",") || roleBeforeClosingName(s, span, g: g) != nil else { return nil }
            end -= 1
            apposed = true
        }
        var start = end
        var depth = 0
        while start > 0 {
            let tok = t[start - 1]
            if tok.isPunct(")") { depth += 1; start -= 1; continue }
            if tok.isPunct("(") { depth -= 1; start -= 1; continue }
            if depth > 0 { start -= 1; continue }
            // “Commissioner for Health, Humanitarian Affairs and Social Development”: a comma inside a title's list
            if tok.isPunct(","), start >= 2, start < end, t[start - 2].isCapitalised, t[start].isCapitalised,
               (max(0, start - 7)..<(start - 1)).contains(where: { q in
                   q > 0 && w.titleComplementLinks.contains(t[q].lower) && (g.titleNouns.contains(t[q - 1].lower) || g.titleWords.contains(t[q - 1].lower))
               }) {
                start -= 1
                continue
            }
            if tok.kind == .punct && !tok.isPunct("-") { break }
            if tok.kind == .number { break }
            // “and” stays inside a title between capitalised words (“for East and Southern Africa”)
            if w.stopBefore.contains(tok.lower) && !(w.listJoiners.contains(tok.lower) && start >= 2 && t[start - 2].isCapitalised)
                // “ambassador to the African Union”, “adviser to the minister”: “to” after a title noun
                && !(w.titleAddressees.contains(tok.lower) && start >= 2 && g.titleNouns.contains(t[start - 2].lower)) { break }
            if g.speechVerbs.contains(tok.lower) { break }
            start -= 1
        }
        func isTitleWord(_ tok: Token) -> Bool {
            let l = tok.base.lowercased()
            return g.titleNouns.contains(l) || g.titleWords.contains(l) || g.ranks.contains(l) || isCompoundTitle(l, g)
        }
        // “the head of the unit on migrant smuggling, X”: a role set off by commas may hold words that end a title
        // read word by word; it starts at its first title word (and the words before it that no stop word parts)
        if apposed, !t[start..<end].contains(where: isTitleWord) {
            var clause = start
            while clause > 0, end - clause < 16, t[clause - 1].kind != .punct || t[clause - 1].isPunct("-") { clause -= 1 }
            if let first = (clause..<end).first(where: { isTitleWord(t[$0]) }) {
                start = first
                while start > clause, !w.stopBefore.contains(t[start - 1].lower), !g.speechVerbs.contains(t[start - 1].lower) { start -= 1 }
            }
        }
        // a title does not end in a connector (“the Minister of Health and”, before “Social Welfare, X”)
        guard start < end, end - start <= 14, !Names.connectors.contains(t[end - 1].lower) else { return nil }
        // next to the name, after places, brackets, connectors and the capitalised words of a complement
        // (“Minister for Coastal Affairs”), there must be a title word; a role set off by commas needs one
        // anywhere (“A spokesman for the coast guard, Lieutenant X,”)
        var k = apposed ? (t[start..<end].lastIndex(where: isTitleWord) ?? start - 1) : end - 1
        var skipDepth = 0
        while k >= start {
            let tok = t[k]
            if tok.isPunct(")") { skipDepth += 1; k -= 1; continue }
            if tok.isPunct("(") { skipDepth -= 1; k -= 1; continue }
            if skipDepth > 0 || isTitleWord(tok) { if skipDepth > 0 { k -= 1; continue }; break }
            if Names.connectors.contains(tok.lower) || tok.isCapitalised || tok.isPunct(",") { k -= 1; continue }
            return nil
        }
        guard k >= start else { return nil }
        // an indefinite article dropped, a definite one lower-cased
        var from = start
        if w.indefiniteArticles.contains(t[from].lower), from + 1 < end { from += 1 }
        var text = s.span(from, end - 1)
        if w.articles.contains(t[from].lower), t[from].isCapitalised { text = t[from].lower + text.dropFirst(t[from].text.count) }
        if let rank { text = rank + ", " + text }
        return (text, start..<end)
    }

    /// The appositive after the name, cleaned: ages and home towns are not titles; “who heads X” is “head of X”;
    /// a second descriptive phrase (“a network of …”) is dropped.
    private static func appositive(_ s: TokenizedSentence, _ r: Range<Int>, g: Gazetteers) -> (text: String, range: Range<Int>)? {
        let t = s.tokens
        let words = g.speakerWords
        guard let first = r.first, first < t.count else { return nil }
        if t[first].kind == .number { return nil }
        // split on top-level commas
        var segments: [Range<Int>] = []
        var a = r.lowerBound
        var depth = 0
        for j in r {
            if t[j].isPunct("(") { depth += 1 } else if t[j].isPunct(")") { depth -= 1 }
            if depth == 0, t[j].isPunct(",") { segments.append(a..<j); a = j + 1 }
        }
        segments.append(a..<r.upperBound)
        var kept: [Range<Int>] = []
        for (i, seg) in segments.enumerated() where !seg.isEmpty {
            let w = t[seg.lowerBound].lower
            if t[seg.lowerBound].kind == .number || words.notRoleOpeners.contains(w) { if i == 0 { return nil }; continue }
            // “, addressing the ceremony,”, “, speaking to reporters,”: what the person was doing, not a role
            if words.activitySuffixes.contains(where: { w.hasSuffix($0) && w.count > $0.count + 2 }), !t[seg.lowerBound].isCapitalised { continue }
            if i > 0 && words.appositionStarts.contains(w) { break }
            // “, after the ruling”, “, on Monday”: when the person spoke, not the role
            if i > 0 && words.circumstanceOpeners.contains(w) { break }
            kept.append(seg)
        }
        guard let firstSeg = kept.first, let lastSeg = kept.last else { return nil }
        // “a nurse with MSF who treated them”: a relative clause inside the appositive is not the role
        var lastEnd = lastSeg.upperBound
        if let rel = (firstSeg.lowerBound + 2..<lastEnd).first(where: { words.relativePronouns.contains(t[$0].lower) }) { lastEnd = rel }
        var f = firstSeg.lowerBound
        // (“the command's spokesperson” keeps its article)
        if words.articles.contains(t[f].lower), !(f + 1 < lastEnd && t[f + 1].isPossessive) { f += 1 }
        // “who heads X” is “head of X”; “who is X” is X; any other relative clause is no role
        var lead = ""
        if f < lastEnd, words.relativePronouns.contains(t[f].lower) {
            guard f + 1 < lastEnd, let role = words.roleVerbs[t[f + 1].lower] else { return nil }
            lead = role
            f += 2
            if lead.isEmpty, f < lastEnd, words.articles.contains(t[f].lower) { f += 1 }
        }
        guard f < lastEnd else { return nil }
        let rest = s.span(f, lastEnd - 1)
        let text = lead.isEmpty ? rest : lead + " " + rest
        guard !text.isEmpty else { return nil }
        return (text, firstSeg.lowerBound..<lastEnd)
    }
}
