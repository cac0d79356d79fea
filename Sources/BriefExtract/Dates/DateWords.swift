/// The `date.*` lexicons (`Gazetteers/dates.json`): the words that tell on which side of the publication date a
/// date without a year falls, and which dates are the edges of a statistic's period rather than events.
struct DateWords: Decodable, Sendable {
    /// Verbs in the past tense that do not end as regular ones do (`sank`, `took`): a clause with one tells of
    /// something done.
    let pastVerbs: WordSet
    /// Endings of regular past-tense verbs (`-ed`).
    let pastEnding: WordSet
    /// Words right after a date that make it a statistic's period (`in January alone`).
    let statisticAfter: WordSet
    /// Words between two months that make them one period (`January to June`).
    let periodJoiners: WordSet
    /// Words before `until` that make its date a deadline that happens, not the end of a counted period.
    let deadlineWords: WordSet
    /// Words in a date mention that were resolved already (`next March`, `last week`).
    let relativeWords: WordSet

    /// The lexicons' namespace: the lists are named `date.*`.
    static let namespace = "date"

    /// Whether a lower-cased word is a verb in the past tense.
    func isPast(_ word: Substring) -> Bool {
        pastVerbs.contains(String(word)) || (word.count >= 5 && pastEnding.entries.contains { word.hasSuffix($0) })
    }
}
