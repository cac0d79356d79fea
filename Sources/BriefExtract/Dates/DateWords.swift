import BriefModel

/// The `date.*` lexicons (`Gazetteers/dates.json`): the words that tell on which side of the publication date a
/// date without a year falls, and which dates are the edges of a statistic's period rather than events.
final class DateWords: Decodable, Sendable {
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
    /// What relative phrases mean: `last week = -7 day month` is seven days before publication, told to the month.
    let relativePhrases: RelativePhraseTable
    /// Words before a month or weekday: `next March`, `last Friday`, `this December`.
    let aheadModifiers, behindModifiers, thisModifiers: WordSet
    /// Words that join the two ends of a statistic's period (`between January and August`), besides `periodJoiners`.
    let rangeJoiners: WordSet
    /// Words without which a sentence holds no relative day (`yesterday`, `three days ago`).
    let relativeCues: WordSet
    /// Words that count one (`a week ago`).
    let singleArticles: WordSet
    /// Units of `three days ago`, `two weeks ago`, `two months ago`.
    let agoUnitsDay, agoUnitsWeek, agoUnitsMonth: WordSet

    /// The lexicons' namespace: the lists are named `date.*`.
    static let namespace = "date"

    /// Whether a lower-cased word is a verb in the past tense.
    func isPast(_ word: Substring) -> Bool {
        pastVerbs.contains(String(word)) || hasRegularPastEnding(word)
    }

    /// Whether a lower-cased word of five letters or more ends as a regular past-tense verb (`stopped`).
    func hasRegularPastEnding(_ word: Substring) -> Bool {
        word.count >= 5 && pastEnding.entries.contains { word.hasSuffix($0) }
    }
}

/// Relative date phrases and what they mean, one `phrase = amount unit [precision]` line each: the date is
/// `amount` units (`day`, `month`, `year`) from the publication date, told to `precision` (the unit unless given).
struct RelativePhraseTable: Decodable, Sendable, LexiconList {
    enum Unit: String, Sendable { case day, month, year }
    struct Meaning: Sendable, Equatable {
        let amount: Int
        let unit: Unit
        let precision: Unit
    }
    let meanings: [String: Meaning]
    var count: Int { meanings.count }

    init(from decoder: Decoder) throws {
        var table: [String: Meaning] = [:]
        for line in try decoder.singleValueContainer().decode([String].self) {
            let sides = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let parts = sides.count == 2 ? sides[1].split(separator: " ").map(String.init) : []
            guard parts.count >= 2, let amount = Int(parts[0]), let unit = Unit(rawValue: parts[1]),
                  let precision = parts.count > 2 ? Unit(rawValue: parts[2]) : unit else {
                throw GazetteerError(path: "dates.json", problem: "relative phrase line \(line) is not `phrase = amount unit [precision]`")
            }
            table[sides[0].lowercased()] = Meaning(amount: amount, unit: unit, precision: precision)
        }
        meanings = table
    }

    /// The date a phrase means (words lower-cased and joined by single blanks), or nil for a phrase not listed.
    func date(of phrase: String, published: PartialDate) -> PartialDate? {
        guard let meaning = meanings[phrase], let days = DayMath.days(of: published) else { return nil }
        let date: PartialDate
        switch meaning.unit {
        case .day: date = DayMath.date(days + meaning.amount)
        case .month: date = DayMath.addMonths(published, meaning.amount)
        case .year: date = PartialDate(year: published.year + meaning.amount, month: published.month, day: published.day)
        }
        switch meaning.precision {
        case .day: return date
        case .month: return PartialDate(year: date.year, month: date.month)
        case .year: return PartialDate(year: date.year)
        }
    }
}
