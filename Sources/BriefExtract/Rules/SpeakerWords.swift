/// The words the speaker rule reads, from the `speaker.*` lexicons (`Gazetteers/speakers.json`).
final class SpeakerWords: Sendable {
    /// Words that end a title read backwards from a name (“… said the director X”: “said” stops it).
    let stopBefore: Set<String>
    /// Capitalised words that start sentences or clauses and are never names.
    let commonWords: Set<String>
    /// Last words of a title's complement that name a field or staff, not a body (“Head of Mission”).
    let roleComplements: Set<String>
    /// Nouns that stand for a body already named: “the agency's director”.
    let bodyNouns: Set<String>
    /// Verbs that attribute a quote and may come before the speaker: “said survivor Imran Ali”.
    let quoteVerbs: Set<String>
    /// Speech said in several words after the speaker (“delivered remarks”, “led a discussion”), as word lists.
    let speechPhrases: [[String]]
    /// Words before a speaker's title and name that make them the one speaking (“remarks by”, “keynote address from”).
    let cuesBefore: [[String]]
    /// Lower-case particles joined to a name by a hyphen (“ould-Cheikh”).
    let joinedParticles: Set<String>
    /// Articles: a capitalised run after one is a body or a place.
    let articles: Set<String>
    /// Words between a title and its complement (“Chief of Naval Staff”).
    let titleComplementLinks: Set<String>
    /// Words after a name that attach a body to it (“X of the Guinean Navy said”).
    let attachmentLinks: Set<String>
    /// Words governing a name, which is then not the subject of a speech verb (“Lawyers for X said”).
    let governingWords: Set<String>
    /// Nouns for the people who spoke at a meeting (“Speakers included …”).
    let listNouns: Set<String>
    /// Verbs after those nouns that open the list.
    let listVerbs: Set<String>
    /// Pronouns that carry a named speaker's statement on (“she said”).
    let pronouns: Set<String>
    /// Words that may stand between a name and its verb (“X also said”).
    let additiveWords: Set<String>
    /// Words joining the last names of a list (“A, B and C”).
    let listJoiners: Set<String>
    /// Words that open a relative clause, which ends the clause a name opens.
    let relativeWords: Set<String>
    /// Relative pronouns inside an appositive: what follows one is not the role.
    let relativePronouns: Set<String>
    /// Phrases that attribute a statement to the name after them (“according to X”).
    let attributionPhrases: [[String]]
    /// Words opening an appositive that is not a role (“, from Agadez,”, “, aged 34,”).
    let notRoleOpeners: Set<String>
    /// Words opening a later part of an appositive that tells when or where, not the role.
    let circumstanceOpeners: Set<String>
    /// Words opening a second descriptive part of an appositive, which is dropped.
    let appositionStarts: Set<String>
    /// “who heads X” is “head of X”: a verb of a relative clause and the title it gives (empty: the rest alone).
    let roleVerbs: [String: String]
    /// Words that may start a hyphenated title (“Vice-Chancellor”).
    let titlePrefixes: Set<String>
    /// Quotation marks.
    let quoteMarks: Set<String>
    /// Punctuation that may stand between “said” and a role before a closing name.
    let roleInnerPunctuation: Set<String>
    /// Punctuation that ends a sentence.
    let sentenceEnds: Set<String>
    /// Words that introduce a body owning a role or a name (“Amadou Diallo of the Guinean Navy”).
    let ownerLinks: Set<String>
    /// Words that do not make a name ending in a place a body (“for Overseas Kenyans”).
    let geographicFillers: Set<String>
    /// Plural nouns for the members of a body that a list of names follows (“Members of X, including A and B”).
    let groupNouns: Set<String>
    /// Endings of plural nouns, dropped to name one member (“members” → “member”).
    let pluralEndings: [String]
    /// Words that open the list of a body's members (“including”).
    let groupLinks: Set<String>
    /// Phrases that name a person without making them a speaker (“identified as X”).
    let namingPhrases: [[String]]
    /// Words before a capitalised run that make it a place (“in Mae Sot”).
    let placePrepositions: Set<String>
    /// Bullet marks that open a line of a list of presenters.
    let bulletMarks: Set<String>
    /// Words after a presenter's title that give the topic (“on screening at the border”).
    let topicLinks: Set<String>
    /// Words opening an appositive that names a body, not a role (“, of the IOM,”).
    let bodyOpeners: Set<String>
    /// Words inside a title before the body it names (“director of the X”, “officer at the X”).
    let titleBodyLinks: Set<String>
    /// Words after a title noun that keep the title going (“ambassador to the African Union”).
    let titleAddressees: Set<String>
    /// Marks joining two roles of one person (“Senior Legal Officer, X & Assistant Professor, Y”).
    let roleJoiners: Set<String>
    /// Articles dropped before a title (“a spokesman for …”).
    let indefiniteArticles: Set<String>
    /// Endings of words telling what a person was doing, not their role (“, addressing the ceremony,”).
    let activitySuffixes: [String]
    /// Endings of past-tense speech verbs, which may follow a quote (“…,” recalled X).
    let pastSuffixes: [String]

    /// The `speaker.*` lists as the files hold them (`speaker.stop-before` is `stopBefore`).
    final class Lists: Decodable, Sendable {
        let stopBefore, commonWords, roleComplements, bodyNouns, quoteVerbs, joinedParticles, articles: WordSet
        let titleComplementLinks, attachmentLinks, governingWords, listNouns, listVerbs, pronouns, additiveWords: WordSet
        let listJoiners, relativeWords, relativePronouns, notRoleOpeners, circumstanceOpeners, appositionStarts: WordSet
        let roleVerbs, titlePrefixes, quoteMarks, quoteClosingPunctuation, sentenceEnds, ownerLinks, geographicFillers: WordSet
        let groupNouns, groupLinks, placePrepositions, bulletMarks, topicLinks, bodyOpeners, titleBodyLinks: WordSet
        let pluralEndings, roleJoiners, titleAddressees, indefiniteArticles, activitySuffixes, pastSuffixes: WordSet
        let speechPhrases, cuesBefore, attributionPhrases, namingPhrases: PhraseList
    }

    init(_ l: Lists) {
        stopBefore = l.stopBefore.entries; commonWords = l.commonWords.entries; roleComplements = l.roleComplements.entries
        bodyNouns = l.bodyNouns.entries; quoteVerbs = l.quoteVerbs.entries; joinedParticles = l.joinedParticles.entries
        articles = l.articles.entries; titleComplementLinks = l.titleComplementLinks.entries
        attachmentLinks = l.attachmentLinks.entries; governingWords = l.governingWords.entries; listNouns = l.listNouns.entries
        listVerbs = l.listVerbs.entries; pronouns = l.pronouns.entries; additiveWords = l.additiveWords.entries
        listJoiners = l.listJoiners.entries; relativeWords = l.relativeWords.entries; relativePronouns = l.relativePronouns.entries
        notRoleOpeners = l.notRoleOpeners.entries; circumstanceOpeners = l.circumstanceOpeners.entries
        appositionStarts = l.appositionStarts.entries; titlePrefixes = l.titlePrefixes.entries; quoteMarks = l.quoteMarks.entries
        roleInnerPunctuation = l.quoteClosingPunctuation.entries; sentenceEnds = l.sentenceEnds.entries
        ownerLinks = l.ownerLinks.entries; geographicFillers = l.geographicFillers.entries; groupNouns = l.groupNouns.entries
        groupLinks = l.groupLinks.entries; placePrepositions = l.placePrepositions.entries; bulletMarks = l.bulletMarks.entries
        topicLinks = l.topicLinks.entries; bodyOpeners = l.bodyOpeners.entries; titleBodyLinks = l.titleBodyLinks.entries
        pluralEndings = l.pluralEndings.entries.sorted { $0.count > $1.count }; roleJoiners = l.roleJoiners.entries; titleAddressees = l.titleAddressees.entries; indefiniteArticles = l.indefiniteArticles.entries
        activitySuffixes = l.activitySuffixes.entries.sorted(); pastSuffixes = l.pastSuffixes.entries.sorted()
        speechPhrases = l.speechPhrases.phrases; cuesBefore = l.cuesBefore.phrases
        attributionPhrases = l.attributionPhrases.phrases; namingPhrases = l.namingPhrases.phrases
        var verbs: [String: String] = [:]
        for entry in l.roleVerbs.entries {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            verbs[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        roleVerbs = verbs
    }

    /// The speech phrase starting at token `i` (“delivered remarks”), as its number of tokens, or nil.
    func speechPhrase(at i: Int, in t: [Token]) -> Int? {
        speechPhrases.first { Self.matches($0, at: i, in: t) }?.count
    }

    /// Whether the words of `phrase` stand at tokens `i…` (lower-cased).
    static func matches(_ phrase: [String], at i: Int, in t: [Token]) -> Bool {
        i >= 0 && i + phrase.count <= t.count && phrase.indices.allSatisfy { t[i + $0].lower == phrase[$0] }
    }

    /// Whether the words of `phrase` end at token `i` (“according to” with “to” at `i`).
    static func matches(_ phrase: [String], endingAt i: Int, in t: [Token]) -> Bool {
        matches(phrase, at: i - phrase.count + 1, in: t)
    }

    /// Whether a speech verb is in the past tense (“recalled”).
    func isPastTense(_ verb: String) -> Bool { pastSuffixes.contains { verb.hasSuffix($0) } }

    /// The lexicons' namespace: the lists are named `speaker.*`.
    static let namespace = "speaker"
}
