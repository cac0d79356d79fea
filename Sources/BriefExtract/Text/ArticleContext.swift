import BriefModel
import Foundation

/// One article prepared for the rules: tokenised body sentences, the dates in them, the organisations
/// the article defines (`Full Name (ACR)`), and the gazetteers.
struct ArticleContext {
    let article: Article
    let g: Gazetteers
    let resolver: DateResolver
    /// Body sentences (headings left out), in reading order.
    let sentences: [TokenizedSentence]
    /// Dates per sentence (same order as `sentences`); dates inside a wire opener are left out.
    let dates: [[DateMention]]
    /// Dates per sentence as the rules read them (see `eventDates`).
    private(set) var events: [[DateMention]]
    /// Organisations the article spells out, by lower-cased acronym and full name.
    let definedOrganisations: [String: Gazetteers.KnownOrganisation]
    /// First word → the most words of a known organisation's name starting with it (gazetteer and article).
    let organisationLengths: [String: Int]
    /// Every word of the article (for checking whether an acronym is used).
    let words: Set<String>
    let datelineCountry: String?
    /// Where the dateline or wire opener ends in the first body sentence (see `openerEnd(in:)`).
    private let opener: String.Index?
    /// Places and organisations per sentence (same order as `sentences`), found once.
    let places: [[PlaceMention]]
    private(set) var organisations: [[OrganisationMention]]
    /// Position in `sentences` by (paragraph, sentence index in the article), for constant-time lookups.
    private let positions: [SentenceKey: Int]

    private struct SentenceKey: Hashable {
        var paragraph: Int, sentence: Int
    }

    /// People counted dead, missing and rescued per sentence (same order as `sentences`), read once for the
    /// incident and figure rules.
    let counts: [CasualtyCounts]

    struct CasualtyCounts {
        var dead, missing, survivors: Int?
    }

    init(article: Article, gazetteers g: Gazetteers) {
        self.article = article
        self.g = g
        resolver = DateResolver(gazetteers: g, published: article.published)
        let body = article.paragraphs.filter { !$0.isHeading }
        sentences = body.flatMap(\.sentences).map(TokenizedSentence.init)
        positions = Dictionary(sentences.enumerated().map { (SentenceKey(paragraph: $1.sentence.paragraph, sentence: $1.sentence.index), $0) },
                               uniquingKeysWith: { first, _ in first })
        // the opener in the first body sentence, as a place in its text
        if let length = article.openerLength, let first = sentences.first, first.sentence.index == 0, length > first.sentence.start {
            opener = first.text.index(first.text.startIndex, offsetBy: min(length - first.sentence.start, first.text.count))
        } else {
            opener = nil
        }
        var dates: [[DateMention]] = []
        var anchor: PartialDate?
        var paragraph = -1
        for (k, s) in sentences.enumerated() {
            if s.sentence.paragraph != paragraph { anchor = nil; paragraph = s.sentence.paragraph }
            var found = resolver.mentions(in: s, anchor: &anchor)
            // dates inside the opener (`TUNIS, May 2 (XYZ) —`) are the filing date, not events
            if k == 0, let end = opener {
                found.removeAll { $0.range.lowerBound < end }
            }
            dates.append(found)
        }
        self.dates = dates
        events = []
        var words = Set<String>()
        for s in sentences { for t in s.tokens where t.kind == .word { words.insert(t.base) } }
        self.words = words
        var defined: [String: Gazetteers.KnownOrganisation] = [:]
        for s in sentences {
            for (name, acronym) in ArticleContext.definitions(in: s, g: g) {
                let known = Gazetteers.KnownOrganisation(name: name, acronym: acronym)
                defined[acronym.lowercased()] = known
                defined[name.lowercased()] = known
            }
        }
        definedOrganisations = defined
        organisationLengths = Gazetteers.longestNames(byFirstWord: defined.keys, into: g.organisationLengths)
        datelineCountry = article.dateline.flatMap { g.country(ofPlace: $0) }
        places = sentences.map { Places.find(in: $0, g: g) }
        counts = sentences.map {
            CasualtyCounts(dead: IncidentRule.deadCount($0, g: g), missing: IncidentRule.missingCount($0, g: g),
                           survivors: IncidentRule.survivorCount($0, g: g))
        }
        var orgs: [[OrganisationMention]] = []
        orgs.reserveCapacity(sentences.count)
        organisations = []
        events = sentences.indices.map { findEventDates($0) }
        for s in sentences { orgs.append(Organisations.mentions(in: s, ctx: self)) }
        organisations = orgs
    }

    /// The position in `sentences` of the sentence at `paragraph` and `sentence` (indices in the article).
    func sentenceIndex(paragraph: Int, sentence: Int) -> Int? {
        positions[SentenceKey(paragraph: paragraph, sentence: sentence)]
    }

    /// Where the dateline or wire opener ends in a sentence's text: only the first body sentence has one
    /// (`TUNIS, May 2 (XYZ) — `), as the parser found it.
    func openerEnd(in text: String) -> String.Index? {
        guard let first = sentences.first, first.text == text else { return nil }
        return opener
    }

    /// `Full Name (ACR)` pairs in a sentence.
    static func definitions(in s: TokenizedSentence, g: Gazetteers) -> [(String, String)] {
        var out: [(String, String)] = []
        let t = s.tokens
        for i in t.indices where t[i].isPunct("(") && i + 2 < t.count && t[i + 2].isPunct(")") && t[i + 1].kind == .word {
            let acr = t[i + 1].text
            guard t[i + 1].isAllCaps || g.organisation(named: acr) != nil else { continue }
            // walk back over capitalised words and inner connectors
            var start = i
            var j = i - 1
            while j >= 0 {
                let tok = t[j]
                if tok.isCapitalised { start = j; j -= 1; continue }
                // `… and the European Union (EU)`: `and the` joins two names, it is not inside one
                if tok.lower == "the", j > 0, t[j - 1].lower == "and" { break }
                if tok.kind == .word, Names.connectors.contains(tok.lower), j > 0, t[j - 1].isCapitalised || Names.connectors.contains(t[j - 1].lower) {
                    j -= 1; continue
                }
                break
            }
            while start < i, !t[start].isCapitalised || (t[start].isPossessive && g.country(ofPlace: t[start].base) != nil) || t[start].lower == "the" {
                start += 1
            }
            guard start < i else { continue }
            // when the acronym spells the initials of the last words, the name starts there
            let capitals = (start..<i).filter { t[$0].isCapitalised }
            let letters = acr.filter(\.isLetter)
            if letters.count >= 2, letters.allSatisfy(\.isUppercase), capitals.count > letters.count {
                let tail = capitals.suffix(letters.count)
                if String(tail.map { t[$0].text.first! }) == letters { start = tail.first! }
            }
            let name = s.span(start, i - 1)
            if name.lowercased() != acr.lowercased() { out.append((name, acr)) }
        }
        return out
    }

    /// The organisation a name or acronym stands for: the article's own definitions first, then the gazetteer.
    func known(_ name: String) -> Gazetteers.KnownOrganisation? {
        let key = Gazetteers.fold(name)
        return definedOrganisations[key] ?? g.organisation(named: key)
    }

    /// The most words a known organisation's name starting at this token can have (0: none starts here).
    /// A longer name folds to lower case with straight apostrophes and keeps the token whole; a one-word
    /// name also drops a possessive (`Interpol's`).
    func longestOrganisationName(at token: Token) -> Int {
        let longest = organisationLengths[Gazetteers.straightApostrophes(token.lower)] ?? 0
        return longest == 0 && known(token.text) != nil ? 1 : longest
    }

    /// `Full Name (ACR)` when the article uses the acronym, else the full name.
    func display(_ org: Gazetteers.KnownOrganisation) -> String {
        if let acr = org.acronym, acr != org.name, words.contains(acr) { return "\(org.name) (\(acr))" }
        return org.name
    }

    func organisation(_ org: Gazetteers.KnownOrganisation, role: String?, evidence: [Evidence]) -> Organisation {
        Organisation(name: org.name, acronym: org.acronym.flatMap { $0 != org.name && words.contains($0) ? $0 : nil },
                     role: role, evidence: evidence)
    }
}

/// Shared word classes for names.
enum Names {
    static let connectors: Set<String> = ["of", "for", "and", "on", "to", "the", "de", "la", "du", "des", "del", "di", "in", "against", "y"]
    static let particles: Set<String> = ["de", "da", "del", "della", "di", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "al", "el", "ul", "ud", "le", "la", "abu"]
}

extension Evidence {
    /// The same sentence, credited to another rule.
    func relabelled(_ rule: String) -> Evidence {
        Evidence(paragraph: paragraph, sentence: sentence, start: start, end: end, text: text, rule: rule)
    }
}
