import BriefModel

/// Named people quoted or reported speaking. A person is a run of capitalised words that are not titles,
/// places, organisations or calendar words; they count as a speaker when a speech verb follows the name
/// (after an optional appositive: "X, the IOM chief of mission in Libya, warned"), precedes it
/// ("…," said X) or "according to" introduces it. Later mentions ("Amina Rauf", "Rauf", "Ms Rauf") are
/// joined to the full name. The title is the role before the name ("Foreign Secretary X") and/or the
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

    static let stopBefore: Set<String> = ["said", "says", "told", "by", "that", "with", "when", "while", "as", "after", "before",
                                          "from", "is", "was", "were", "are", "has", "had", "have", "be", "been", "who", "which",
                                          "where", "at", "according", "to", "also", "and", "but", "if", "because", "than", "between",
                                          "among", "including", "involving", "during", "against", "under", "over", "about",
                                          "into", "through", "via", "like", "on", "met", "meets", "meeting", "thanked", "urged"]

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
            // "… he said." right after a named speaker, in the same paragraph, is that speaker's statement
            if spans.isEmpty, let last = lastSpeaker, last.paragraph == s.sentence.paragraph, pronounSpeech(s, g: g) {
                let ev = Evidence(s.sentence, rule: "speaker.pronoun")
                if !people[last.person].statements.contains(ev) { people[last.person].statements.append(ev) }
                continue
            }
            for span in spans {
                let speech = speechRole(s, span, g: g)
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
                    let ev = Evidence(s.sentence, rule: "speaker.\(speech.rule)")
                    if !people[i].statements.contains(ev) { people[i].statements.append(ev) }
                    lastSpeaker = (i, s.sentence.paragraph)
                }
            }
        }
        return people.filter { !$0.statements.isEmpty }.sorted { $0.firstSeen < $1.firstSeen }.map {
            Speaker(name: $0.name, title: $0.title, organisation: $0.organisation, statements: $0.statements)
        }
    }

    /// "he said", "she added", "said he": a pronoun with a speech verb.
    private static func pronounSpeech(_ s: TokenizedSentence, g: Gazetteers) -> Bool {
        let t = s.tokens
        for i in t.indices where t[i].lower == "he" || t[i].lower == "she" {
            if i + 1 < t.count, g.speechVerbs.contains(t[i + 1].lower) { return true }
            if i > 0, g.speechVerbs.contains(t[i - 1].lower) { return true }
        }
        return false
    }

    /// Whether a mention names a person already met: "Amina Rauf" and "Rauf" name "Amina Sadia Rauf";
    /// a single word must be the surname (or a later part of a long name), never the given name alone.
    private static func refers(_ words: [String], to person: [String]) -> Bool {
        if words.count >= 2 { return Set(words).isSubset(of: Set(person)) || Set(person).isSubset(of: Set(words)) }
        let w = words[0]
        return person.last == w || (person.count > 2 && person.contains(w) && person.first != w)
    }

    /// Runs of name words; titles, honorifics, ranks, places and organisations are not part of a name.
    private static func names(in s: TokenizedSentence, blocked: Set<Int>, g: Gazetteers) -> [NameSpan] {
        let t = s.tokens
        func isNameWord(_ i: Int) -> Bool {
            let tok = t[i]
            // "al-Mahdi", "bin-Salem", "ould-Cheikh": a lower-case particle joined to a capitalised name
            if tok.kind == .word, !tok.isCapitalised, !blocked.contains(i), tok.base.utf8.contains(UInt8(ascii: "-")), let dash = tok.base.firstIndex(of: "-"),
               Names.particles.contains(String(tok.base[..<dash]).lowercased()) || ["ould", "ben", "bint", "ad", "as", "ash", "az"].contains(String(tok.base[..<dash]).lowercased()),
               tok.base[tok.base.index(after: dash)...].first?.isUppercase == true { return true }
            guard tok.kind == .word, tok.isCapitalised, !blocked.contains(i), !tok.isAllCaps || tok.base.count == 1 else { return false }
            let l = tok.base.lowercased()
            if isCompoundTitle(l, g) { return false }
            // "Abdourahman Said Ali": a capitalised "Said" between two name words is a name
            if l == "said", i > 0, i + 1 < t.count, t[i + 1].isCapitalised, isNameWord(i - 1), isNameWord(i + 1) { return true }
            if g.titleWords.contains(l) || g.honorifics.contains(l) || g.honorifics.contains(l + ".") || g.ranks.contains(l)
                || g.organisationHeads.contains(l) || g.portfolios.contains(l) || g.months[l] != nil || g.weekdays[l] != nil || g.country(ofDemonym: l) != nil
                || g.speechVerbs.contains(l) || commonWords.contains(l) { return false }
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
            // a run followed by an organisation word is part of a name of a place or body ("Jinnah International Airport")
            let followedByHead = j < t.count && t[j].isCapitalised && g.organisationHeads.contains(t[j].base.lowercased())
            // "the Red Solidaria de Apoyo": a name after an article is a body or a place
            let afterArticle = i > 0 && ["the", "a", "an"].contains(t[i - 1].text)
                // "Chief of Naval Staff": a name after a title and "of" completes the title
                || (i > 1 && ["of", "for"].contains(t[i - 1].lower) && (g.titleNouns.contains(t[i - 2].lower) || g.titleWords.contains(t[i - 2].lower)))
            if !followedByHead && !afterArticle {
                out.append(NameSpan(start: i, end: j, words: t[i..<j].map(\.base)))
            }
            i = j
        }
        return out
    }

    /// Verbs that attribute a quote and may come before the speaker: "said survivor Imran Ali".
    static let quoteVerbs: Set<String> = ["said", "says", "added", "told"]

    /// Where "said" stands before "said ROLE, NAME." (a role with a title noun, the name closing the sentence), or nil.
    private static func roleBeforeClosingName(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> Int? {
        let t = s.tokens
        guard span.start >= 3, t[span.start - 1].isPunct(","), span.end >= t.count || [".", "!", "?"].contains(t[span.end].text) else { return nil }
        var q = span.start - 2
        while q >= 0, span.start - q <= 12 {
            if quoteVerbs.contains(t[q].lower) {
                let role = t[(q + 1)..<(span.start - 1)]
                return role.contains(where: { g.titleNouns.contains($0.lower) || g.titleWords.contains($0.lower) }) ? q : nil
            }
            if t[q].kind == .punct, ![",", "'", "’", "-", "(", ")"].contains(t[q].text) { return nil }
            q -= 1
        }
        return nil
    }

    /// "Lieutenant-Colonel", "Prosecutor-General", "Vice-Chancellor": a hyphenated word whose parts are all titles or ranks.
    static func isCompoundTitle(_ word: String, _ g: Gazetteers) -> Bool {
        guard word.unicodeScalars.contains("-") else { return false }
        let parts = word.split(separator: "-").map(String.init)
        return parts.count >= 2 && parts.allSatisfy { g.titleNouns.contains($0) || g.titleWords.contains($0) || g.ranks.contains($0) || $0 == "vice" }
    }

    /// Last words of a title's complement that name a field or staff, not a body: "Chief of Naval Staff",
    /// "Director of Operations", "Head of Mission".
    static let roleComplements: Set<String> = ["staff", "mission", "state", "operations", "investigations", "programmes",
                                               "programs", "affairs", "research", "policy", "communications", "prosecutions"]

    /// Capitalised words that start sentences or clauses and are never names.
    static let commonWords: Set<String> = ["the", "a", "an", "in", "on", "at", "according", "as", "but", "and", "it", "he", "she",
        "they", "we", "i", "this", "that", "these", "those", "his", "her", "its", "their", "our", "after", "before", "during",
        "speaking", "opening", "reading", "asked", "outside", "following", "highlighting", "addressing", "in", "under", "with",
        "while", "when", "if", "there", "one", "some", "most", "many", "all", "both", "each", "every", "no", "not", "nobody",
        "officials", "police", "participants", "survivors", "fishermen", "divers", "relatives", "families", "local", "today",
        "meanwhile", "however", "also", "earlier", "later", "last", "next", "photo", "additional", "reporting", "editing",
        "my", "your", "said", "mr", "ms", "dr", "nor", "yet", "so", "for", "from", "to", "by", "of", "into", "about", "over",
        "since", "until", "who", "what", "why", "how", "where", "which", "sea", "route", "routes", "departures", "arrivals",
        "prosecutors", "investigators", "judges", "migrants", "smugglers", "passengers", "authorities", "study", "report",
        // people named by their part in the story, capitalised at the start of a sentence ("Survivor Bilal Ahmed")
        "survivor", "witness", "relative", "resident", "fisherman", "mother", "father", "brother", "sister", "uncle", "aunt",
        "cousin", "son", "daughter", "wife", "husband", "widow", "neighbour", "neighbor", "migrant", "passenger", "farmer",
        "shopkeeper", "student", "victim", "villager", "returnee"]

    private struct SpeechRole {
        var rule: String
        /// Token range of an appositive after the name, if any.
        var appositive: Range<Int>?
        /// The name is followed by "of the <body>" before the verb.
        var attachment: Range<Int>?
    }

    /// Whether the name is the one speaking in this sentence.
    private static func speechRole(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> SpeechRole? {
        let t = s.tokens
        func isVerb(_ i: Int) -> Bool { i < t.count && g.speechVerbs.contains(t[i].lower) }
        var k = span.end
        // "a survivor, X, told the court": the name is itself the appositive
        if k < t.count, t[k].isPunct(","), isVerb(k + 1) { return SpeechRole(rule: "apposed-\(t[k + 1].lower)", appositive: nil) }
        if k < t.count, t[k].isPunct(",") {
            // an appositive closed by ", VERB"
            var j = k + 1
            var depth = 0
            while j < t.count {
                if t[j].isPunct("(") { depth += 1 } else if t[j].isPunct(")") { depth -= 1 }
                if depth == 0, t[j].isPunct(","), isVerb(j + 1) || (j + 2 < t.count && t[j + 1].lower == "also" && isVerb(j + 2)) {
                    return SpeechRole(rule: "appositive-\(t[isVerb(j + 1) ? j + 1 : j + 2].lower)", appositive: (k + 1)..<j)
                }
                if t[j].isPunct("\"") || t[j].isPunct("“") || t[j].isPunct(";") { break }
                j += 1
            }
        }
        // "X of the Guinean Navy presented"
        var attachment: Range<Int>?
        // "X from UNHCR said", "X at the IOM said", "X (UNHCR) said": the same
        if k + 1 < t.count, ["of", "from", "at", "with"].contains(t[k].lower) {
            var j = k + 1
            if t[j].lower == "the" { j += 1 }
            if j < t.count, let end = Organisations.capitalisedRun(t, from: j, to: t.count, headWords: g.organisationHeads), end > j { attachment = k..<end; k = end }
        } else if k + 2 < t.count, t[k].isPunct("("), t[k + 2].isPunct(")"), t[k + 1].kind == .word, t[k + 1].isCapitalised {
            attachment = k..<(k + 3)
            k += 3
        }
        if k < t.count, t[k].lower == "also" { k += 1 }
        // "Lawyers for Benali said": a name governed by a preposition is not the one speaking
        let governed = span.start > 0 && ["for", "against", "of", "with", "by", "about", "on", "from"].contains(t[span.start - 1].text)
        if isVerb(k), !governed { return SpeechRole(rule: t[k].lower, appositive: nil, attachment: attachment) }
        // "X and Y also spoke", "X, Y and Z addressed the meeting": every name of a list before a speech verb
        var l = span.end
        while l < t.count, t[l].isPunct(",") || t[l].lower == "and" {
            var m = l + 1
            while m < t.count, t[m].isCapitalised, t[m].kind == .word { m += 1 }
            guard m > l + 1 else { break }
            l = m
            if l < t.count, t[l].lower == "also" { l += 1 }
            if isVerb(l), t[(span.end)..<l].contains(where: { $0.lower == "and" }) { return SpeechRole(rule: "listed-\(t[l].lower)", appositive: nil) }
        }
        // "Other speakers included X, Y and Z": names listed after speakers
        if let sp = t.indices.first(where: { ["speakers", "panellists", "panelists", "presenters"].contains(t[$0].lower) }), sp < span.start,
           sp + 1 < t.count, ["included", "including", "were", "comprised", ":"].contains(t[sp + 1].lower) || t[sp + 1].isPunct(":") {
            return SpeechRole(rule: "speaker-list", appositive: nil)
        }
        // "…," said Save the Children's director in Côte d'Ivoire, Mariam Sanogo.": a role between the verb and the
        // name that closes the sentence
        if let verb = roleBeforeClosingName(s, span, g: g) { return SpeechRole(rule: "role-\(t[verb].lower)", appositive: nil) }
        // before the name: "said X", "according to X", allowing titles and honorifics in between
        var b = span.start - 1
        while b >= 0, t[b].kind == .word, t[b].isCapitalised, g.titleWords.contains(t[b].lower) || g.honorifics.contains(t[b].lower) || g.ranks.contains(t[b].lower) {
            b -= 1
        }
        // "said survivor Imran Ali", "said local fisherman X": up to three lower-case role words between the verb and the name
        // … or a role with acronyms and ranks ("said RAB-9 commander Lt Col X")
        if b >= 1, !(quoteVerbs.contains(t[b].lower)) {
            var r = b
            func roleWord(_ tok: Token) -> Bool {
                if tok.kind == .number || tok.isPunct("-") { return true }   // "RAB-9"
                guard tok.kind == .word, !stopBefore.contains(tok.lower), !g.speechVerbs.contains(tok.lower) else { return false }
                if !tok.isCapitalised || tok.isAllCaps || tok.base.filter(\.isLetter).allSatisfy(\.isUppercase) { return true }
                let l = tok.base.lowercased()
                return g.titleWords.contains(l) || g.titleNouns.contains(l) || g.ranks.contains(l) || g.honorifics.contains(l) || isCompoundTitle(l, g)
            }
            while r >= 1, b - r < 6, roleWord(t[r]) {
                if quoteVerbs.contains(t[r - 1].lower) { b = r - 1; break }
                r -= 1
            }
        }
        // "…," recalled X: any speech verb right after the quote or comma
        if b >= 1, !quoteVerbs.contains(t[b].lower), g.speechVerbs.contains(t[b].lower), t[b].lower.hasSuffix("ed"),
           t[b - 1].isPunct(",") || t[b - 1].isPunct("\"") || t[b - 1].isPunct("”") {
            return SpeechRole(rule: "quote-\(t[b].lower)", appositive: nil, attachment: attachment)
        }
        if b >= 0, quoteVerbs.contains(t[b].lower) {
            let end = span.end
            if end < t.count, t[end].isPunct(",") {
                var j = end + 1
                while j < t.count, !t[j].isPunct("\""), !t[j].isPunct("“"), !t[j].isPunct(";"), !(t[j].isPunct(".") && j == t.count - 1) { j += 1 }
                return SpeechRole(rule: "quote-\(t[b].lower)", appositive: (end + 1)..<j)
            }
            // "…," said Superintendent X of the Ghana Police Service
            return SpeechRole(rule: "quote-\(t[b].lower)", appositive: nil, attachment: attachment)
        }
        if b >= 1, t[b].lower == "to", t[b - 1].lower == "according" {
            // "According to X, head of the IOM office in Agadez, most migrants …": the appositive is the role
            if span.end < t.count, t[span.end].isPunct(","),
               let close = (span.end + 1..<t.count).first(where: { t[$0].isPunct(",") || t[$0].isPunct(";") }), close > span.end + 1,
               close + 1 < t.count, !t[span.end + 1].isCapitalised || g.titleWords.contains(t[span.end + 1].lower) || g.titleNouns.contains(t[span.end + 1].lower) {
                return SpeechRole(rule: "according-to", appositive: (span.end + 1)..<close)
            }
            return SpeechRole(rule: "according-to", appositive: nil)
        }
        // "X inaugurated the event and said …": a speech verb later in the clause the name opens (the name is
        // the subject: nothing but its title stands before it in the clause, unlike "police detained X near Y and said")
        var opener = span.start - 1
        while opener >= 0, t[opener].kind == .word, t[opener].isCapitalised || g.titleNouns.contains(t[opener].lower) || g.titleWords.contains(t[opener].lower) { opener -= 1 }
        let opensClause = opener < 0 || t[opener].kind == .punct
        if opensClause, span.end < t.count, t[span.end].kind == .word, !t[span.end].isCapitalised, !stopBefore.contains(t[span.end].lower) || t[span.end].lower == "also" {
            var j = span.end
            while j + 1 < t.count, j - span.end < 10, t[j].kind != .punct || t[j].isPunct("-") {
                if t[j].lower == "and", isVerb(j + 1), j + 1 < t.count, !["according"].contains(t[j + 1].lower) {
                    return SpeechRole(rule: "and-\(t[j + 1].lower)", appositive: nil)
                }
                if t[j].lower == "who" || t[j].lower == "which" || t[j].lower == "that" { break }
                j += 1
            }
        }
        return nil
    }

    /// The title and organisation of a person at one mention.
    private static func describe(_ s: TokenizedSentence, _ span: NameSpan, speech: SpeechRole?, ctx: ArticleContext) -> (String?, String?) {
        let g = ctx.g
        let t = s.tokens
        var parts: [String] = []
        var orgRanges: [(Range<Int>, Bool)] = []   // token range to search, accept bare names
        // role before the name
        if let pre = preTitle(s, span, g: g) {
            parts.append(pre.text)
            orgRanges.append((pre.range, false))
        }
        if let a = speech?.appositive, !a.isEmpty, let post = appositive(s, a, g: g) {
            // ", of the IOM,": a body, not a role
            if !(post.text.hasPrefix("of ") || post.text.hasPrefix("from ")) { parts.append(post.text) }
            orgRanges.append((post.range, post.text.hasPrefix("of ") || post.text.hasPrefix("from ")))
        }
        if let att = speech?.attachment { orgRanges.append((att, true)) }
        var organisation: String?
        for (range, bare) in orgRanges where organisation == nil {
            // a name after "of/for/at the" in a title counts even without an organisation word
            let mentions = Organisations.mentions(in: s, from: range.lowerBound, to: range.upperBound, ctx: ctx, acceptBareNames: false)
            if let m = mentions.first {
                organisation = Organisations.display(m, ctx: ctx)
            } else {
                // ("Minister for Human Rights" names a portfolio, not a body)
                for j in range where j + 1 < range.upperBound && ["of", "at", "with"].contains(t[j].lower) {
                    let from = t[j + 1].lower == "the" ? j + 2 : j + 1
                    // ("Undersecretary of the Interior", "Minister of Justice": a portfolio, no body named)
                    if let m = Organisations.mentions(in: s, from: from, to: range.upperBound, ctx: ctx, acceptBareNames: true).first, m.start == from,
                       m.known != nil || !roleComplements.contains(t[m.end - 1].lower),
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
        // "Myria's director": the owner of the role, a capitalised name that is no place
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                guard let first = range.first, t[first].lower == "the" || t[first].isCapitalised else { continue }
                let start = t[first].lower == "the" ? first + 1 : first
                var j = start
                // ("Save the Children's director": connectors inside the owner's name)
                while j < range.upperBound, t[j].isCapitalised || (j > start && Names.connectors.contains(t[j].lower)), !t[j].isPossessive { j += 1 }
                guard j < range.upperBound, t[j].isCapitalised, t[j].isPossessive, j + 1 < range.upperBound,
                      g.titleNouns.contains(t[j + 1].lower) || g.titleWords.contains(t[j + 1].lower) else { continue }
                let owner = Organisations.trimmed(s.span(start, j))
                if g.country(ofPlace: owner) == nil, g.country(ofDemonym: owner) == nil {
                    organisation = ctx.known(owner).map(ctx.display) ?? owner
                }
            }
        }
        // a unit of a known body ("RAB-9 commander"): the body
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                for j in range where t[j].kind == .word && t[j].base.unicodeScalars.contains("-") {
                    let prefix = String(t[j].base.split(separator: "-")[0])
                    if prefix.count >= 2, prefix.allSatisfy(\.isUppercase), let k = ctx.known(prefix) { organisation = ctx.display(k); break }
                }
            }
        }
        // an acronym the gazetteer does not know ("HRCP chairperson") still names the body
        if organisation == nil {
            for (range, _) in orgRanges where organisation == nil {
                organisation = range.first { t[$0].isAllCaps && t[$0].base.count >= 3 && g.country(ofPlace: t[$0].base) == nil && !g.titleWords.contains(t[$0].lower) }
                    .map { t[$0].base }
            }
        }
        // "the agency's chief of mission": the body the text spoke of just before, and the role without it
        for k in parts.indices {
            guard let range = antecedent(in: parts[k]) else { continue }
            parts[k].removeSubrange(range)
            if organisation == nil { organisation = recentOrganisation(before: span.start, in: s, ctx: ctx) }
            break
        }
        return (parts.isEmpty ? nil : parts.joined(separator: ", "), organisation)
    }

    /// Nouns that stand for a body already named: "the agency's director", "the ministry's spokesman".
    static let bodyNouns: Set<String> = ["agency", "organisation", "organization", "group", "charity", "ministry", "department",
                                         "office", "committee", "unit", "centre", "center", "commission", "court", "network",
                                         "service", "force", "institute", "foundation", "body", "authority", "programme",
                                         "program", "coalition", "alliance", "association", "mission", "bureau", "directorate"]

    /// Where a title says "the agency's " (and the like), at its start or after a comma ("Commissioner, the
    /// agency's director"); nil when it does not.
    private static func antecedent(in title: String) -> Range<String.Index>? {
        var from = title.startIndex
        while from < title.endIndex {
            if let r = title.range(of: "the ", range: from..<title.endIndex), r.lowerBound == title.startIndex || title[..<r.lowerBound].hasSuffix(", ") {
                let rest = title[r.upperBound...]
                if let end = rest.firstIndex(of: " ") {
                    let word = rest[..<end]
                    if word.hasSuffix("'s") || word.hasSuffix("’s"), bodyNouns.contains(String(word.dropLast(2))) {
                        return r.lowerBound..<title.index(after: end)
                    }
                }
                from = r.upperBound
            } else if let comma = title.range(of: ", ", range: from..<title.endIndex) {
                from = comma.upperBound
                continue
            } else {
                break
            }
        }
        return nil
    }

    /// The body named last before token `before` of a sentence, in it or in the two sentences before.
    private static func recentOrganisation(before: Int, in s: TokenizedSentence, ctx: ArticleContext) -> String? {
        guard let si = ctx.sentenceIndex(paragraph: s.sentence.paragraph, sentence: s.sentence.index) else { return nil }
        for k in stride(from: si, through: max(0, si - 2), by: -1) {
            let mentions = ctx.organisations[k].filter { k < si || $0.end <= before }
            if let m = mentions.last(where: { $0.known != nil }) ?? mentions.last { return Organisations.display(m, ctx: ctx) }
        }
        return nil
    }

    /// The role written before the name: "Interior Secretary", "IOM senior protection officer",
    /// "FIA Director General (Operations)", or an appositive before it ("The report's co-author, X").
    private static func preTitle(_ s: TokenizedSentence, _ span: NameSpan, g: Gazetteers) -> (text: String, range: Range<Int>)? {
        let t = s.tokens
        var end = span.start            // exclusive
        // honorifics directly before the name are not part of the title
        while end > 0, g.honorifics.contains(t[end - 1].lower) || g.honorifics.contains(t[end - 1].lower + ".") { end -= 1 }
        // "The Chief of Naval Staff, Admiral X, said": a rank after the comma, the role before it
        // ("A spokesman for the coast guard, Lieutenant X, said": the rank comes first, as in "Lieutenant X, spokesman …")
        var rankEnd = end
        while rankEnd > 0, g.ranks.contains(t[rankEnd - 1].lower) || isCompoundTitle(t[rankEnd - 1].lower, g)
            // "Police Commissioner", "Navy Captain": the force before a rank belongs to it
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
            // "The report's co-author, Dr X, said": only when the name is itself closed by a comma (or closes a
            // sentence after "said ROLE,")
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
            // "Commissioner for Health, Humanitarian Affairs and Social Development": a comma inside a title's list
            if tok.isPunct(","), start >= 2, start < end, t[start - 2].isCapitalised, t[start].isCapitalised,
               (max(0, start - 7)..<(start - 1)).contains(where: { q in
                   q > 0 && ["for", "of"].contains(t[q].lower) && (g.titleNouns.contains(t[q - 1].lower) || g.titleWords.contains(t[q - 1].lower))
               }) {
                start -= 1
                continue
            }
            if tok.kind == .punct && !tok.isPunct("-") { break }
            if tok.kind == .number { break }
            // "and" stays inside a title between capitalised words ("for East and Southern Africa")
            if stopBefore.contains(tok.lower) && !(tok.lower == "and" && start >= 2 && t[start - 2].isCapitalised)
                // "ambassador to the African Union", "adviser to the minister": "to" after a title noun
                && !(tok.lower == "to" && start >= 2 && g.titleNouns.contains(t[start - 2].lower)) { break }
            if g.speechVerbs.contains(tok.lower) { break }
            start -= 1
        }
        guard start < end, end - start <= 12 else { return nil }
        // next to the name, after places, brackets, connectors and the capitalised words of a complement
        // ("Minister for Coastal Affairs"), there must be a title word; a role set off by commas needs one
        // anywhere ("A spokesman for the coast guard, Lieutenant X,")
        func isTitleWord(_ tok: Token) -> Bool {
            let l = tok.base.lowercased()
            return g.titleNouns.contains(l) || g.titleWords.contains(l) || g.ranks.contains(l) || isCompoundTitle(l, g)
        }
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
        // lower-case leading article
        var text = s.span(start, end - 1)
        if text.hasPrefix("The ") { text = "the " + text.dropFirst(4) }
        if text.hasPrefix("A ") || text.hasPrefix("a ") { text = String(text.dropFirst(2)) }
        if text.hasPrefix("An ") || text.hasPrefix("an ") { text = String(text.dropFirst(3)) }
        if let rank { text = rank + ", " + text }
        return (text, start..<end)
    }

    /// The appositive after the name, cleaned: ages and home towns are not titles; "who heads X" is "head of X";
    /// a second descriptive phrase ("a network of …") is dropped.
    private static func appositive(_ s: TokenizedSentence, _ r: Range<Int>, g: Gazetteers) -> (text: String, range: Range<Int>)? {
        let t = s.tokens
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
            if t[seg.lowerBound].kind == .number || w == "from" || w == "aged" { if i == 0 { return nil }; continue }
            // ", addressing the ceremony,", ", speaking to reporters,": what the person was doing, not a role
            if w.hasSuffix("ing"), !t[seg.lowerBound].isCapitalised, w.count > 5 { continue }
            if i > 0 && (w == "a" || w == "an" || w == "who" || w == "which") { break }
            // ", after the ruling", ", on Monday": when the person spoke, not the role
            if i > 0 && ["after", "before", "during", "following", "on", "in", "at", "outside", "when", "speaking"].contains(w) { break }
            kept.append(seg)
        }
        guard let firstSeg = kept.first, let lastSeg = kept.last else { return nil }
        // "a nurse with MSF who treated them": a relative clause inside the appositive is not the role
        var lastEnd = lastSeg.upperBound
        if let rel = (firstSeg.lowerBound + 2..<lastEnd).first(where: { ["who", "which", "whose"].contains(t[$0].lower) }) { lastEnd = rel }
        var text = s.span(firstSeg.lowerBound, lastEnd - 1)
        for article in ["the ", "a ", "an ", "The "] where text.hasPrefix(article) { text = String(text.dropFirst(article.count)); break }
        if text.hasPrefix("who heads ") { text = "head of " + text.dropFirst("who heads ".count) }
        else if text.hasPrefix("who leads ") { text = "head of " + text.dropFirst("who leads ".count) }
        else if text.hasPrefix("who is ") { text = String(text.dropFirst("who is ".count)) }
        else if text.hasPrefix("who ") || text.hasPrefix("whose ") { return nil }
        for article in ["the ", "a ", "an "] where text.hasPrefix(article) { text = String(text.dropFirst(article.count)); break }
        guard !text.isEmpty else { return nil }
        return (text, firstSeg.lowerBound..<lastEnd)
    }
}
