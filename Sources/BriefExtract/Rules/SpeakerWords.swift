/// The words the speaker rule reads, from the `speaker.*` lexicons (`Gazetteers/speakers.json`): the lists
/// themselves through `lists` (read as `words.stopBefore`), and the few read in another shape.
@dynamicMemberLookup
final class SpeakerWords: Sendable {
    /// The `speaker.*` lists as the files hold them (`speaker.stop-before` is `stopBefore`).
    final class Lists: Decodable, Sendable {
        /// Words that end a title read backwards from a name (“… said the director X”: “said” stops it).
        let stopBefore: WordSet
        /// Capitalised words that start sentences or clauses and are never names.
        let commonWords: WordSet
        /// Last words of a title's complement that name a field or staff, not a body (“Head of Mission”).
        let roleComplements: WordSet
        /// Nouns that stand for a body already named: “the agency's director”.
        let bodyNouns: WordSet
        /// Verbs that attribute a quote and may come before the speaker: “said survivor Imran Ali”.
        let quoteVerbs: WordSet
        /// Lower-case particles joined to a name by a hyphen (“ould-Cheikh”).
        let joinedParticles: WordSet
        /// Articles: a capitalised run after one is a body or a place.
        let articles: WordSet
        /// Words between a title and its complement (“Chief of Naval Staff”).
        let titleComplementLinks: WordSet
        /// Words after a name that attach a body to it (“X of the Guinean Navy said”).
        let attachmentLinks: WordSet
        /// Words governing a name, which is then not the subject of a speech verb (“Lawyers for X said”).
        let governingWords: WordSet
        /// Nouns for the people who spoke at a meeting (“Speakers included …”).
        let listNouns: WordSet
        /// Verbs after those nouns that open the list.
        let listVerbs: WordSet
        /// Pronouns that carry a named speaker's statement on (“she said”).
        let pronouns: WordSet
        /// Words that may stand between a name and its verb (“X also said”).
        let additiveWords: WordSet
        /// Words joining the last names of a list (“A, B and C”).
        let listJoiners: WordSet
        /// Words that open a relative clause, which ends the clause a name opens.
        let relativeWords: WordSet
        /// Relative pronouns inside an appositive: what follows one is not the role.
        let relativePronouns: WordSet
        /// Words opening an appositive that is not a role (“, from Agadez,”, “, aged 34,”).
        let notRoleOpeners: WordSet
        /// Words opening a later part of an appositive that tells when or where, not the role.
        let circumstanceOpeners: WordSet
        /// Words opening a second descriptive part of an appositive, which is dropped.
        let appositionStarts: WordSet
        /// “who heads X” is “head of X”: a verb of a relative clause and the title it gives (empty: the rest alone).
        let roleVerbs: WordSet
        /// Words that may start a hyphenated title (“Vice-Chancellor”).
        let titlePrefixes: WordSet
        /// Quotation marks.
        let quoteMarks: WordSet
        /// Punctuation that may stand between “said” and a role before a closing name.
        let quoteClosingPunctuation: WordSet
        /// Punctuation that ends a sentence.
        let sentenceEnds: WordSet
        /// Words that introduce a body owning a role or a name (“Amadou Diallo of the Guinean Navy”).
        let ownerLinks: WordSet
        /// Words that do not make a name ending in a place a body (“for Overseas Kenyans”).
        let geographicFillers: WordSet
        /// Plural nouns for the members of a body that a list of names follows (“Members of X, including A and B”).
        let groupNouns: WordSet
        /// Words that open the list of a body's members (“including”).
        let groupLinks: WordSet
        /// Words before a capitalised run that make it a place (“in Mae Sot”).
        let placePrepositions: WordSet
        /// Bullet marks that open a line of a list of presenters.
        let bulletMarks: WordSet
        /// Words after a presenter's title that give the topic (“on screening at the border”).
        let topicLinks: WordSet
        /// Words opening an appositive that names a body, not a role (“, of the IOM,”).
        let bodyOpeners: WordSet
        /// Words inside a title before the body it names (“director of the X”, “officer at the X”).
        let titleBodyLinks: WordSet
        /// Endings of plural nouns, dropped to name one member (“members” → “member”).
        let pluralEndings: WordSet
        /// Marks joining two roles of one person (“Senior Legal Officer, X & Assistant Professor, Y”).
        let roleJoiners: WordSet
        /// Words after a title noun that keep the title going (“ambassador to the African Union”).
        let titleAddressees: WordSet
        /// Articles dropped before a title (“a spokesman for …”).
        let indefiniteArticles: WordSet
        /// Endings of words telling what a person was doing, not their role (“, addressing the ceremony,”).
        let activitySuffixes: WordSet
        /// Endings of past-tense speech verbs, which may follow a quote (“…,” recalled X).
        let pastSuffixes: WordSet
        /// Speech said in several words after the speaker (“delivered remarks”, “led a discussion”), as word lists.
        let speechPhrases: PhraseList
        /// Words before a speaker's title and name that make them the one speaking (“remarks by”, “keynote address from”).
        let cuesBefore: PhraseList
        /// Phrases that attribute a statement to the name after them (“according to X”).
        let attributionPhrases: PhraseList
        /// Phrases that name a person without making them a speaker (“identified as X”).
        let namingPhrases: PhraseList
    }

    let lists: Lists
    /// `speechPhrases` as word lists.
    let speechPhrases: [[String]]
    /// `cuesBefore` as word lists.
    let cuesBefore: [[String]]
    /// `attributionPhrases` as word lists.
    let attributionPhrases: [[String]]
    /// `namingPhrases` as word lists.
    let namingPhrases: [[String]]
    /// `roleVerbs` as a map from the verb to the title it gives (empty: the rest alone).
    let roleVerbs: [String: String]
    /// `pluralEndings`, longest first.
    let pluralEndings: [String]
    /// `activitySuffixes` and `pastSuffixes`, in order.
    let activitySuffixes: [String]
    let pastSuffixes: [String]
    /// Punctuation that may stand between “said” and a role before a closing name (`quoteClosingPunctuation`).
    let roleInnerPunctuation: Set<String>

    init(_ l: Lists) {
        lists = l
        speechPhrases = l.speechPhrases.phrases; cuesBefore = l.cuesBefore.phrases
        attributionPhrases = l.attributionPhrases.phrases; namingPhrases = l.namingPhrases.phrases
        pluralEndings = l.pluralEndings.entries.sorted { $0.count > $1.count }
        activitySuffixes = l.activitySuffixes.entries.sorted(); pastSuffixes = l.pastSuffixes.entries.sorted()
        roleInnerPunctuation = l.quoteClosingPunctuation.entries
        var verbs: [String: String] = [:]
        for entry in l.roleVerbs.entries {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            verbs[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        roleVerbs = verbs
    }

    /// A list's words, as `words.stopBefore` reads `lists.stopBefore`.
    subscript<T>(dynamicMember path: KeyPath<Lists, T>) -> T { lists[keyPath: path] }

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
