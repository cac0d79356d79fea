import BriefModel
import Foundation

/// The words the figure rule reads, from the `figure.*` lexicons (`Gazetteers/figures.json`): currencies,
/// scales, arrests, meetings, periods and the words that end a counted noun.
@dynamicMemberLookup
final class FigureWords: Sendable {
    /// The `figure.*` lists as the files hold them (`figure.currency-symbols` is `currencySymbols`).
    final class Lists: Decodable, Sendable {
        /// `rs pkr`, `cfa francs xof`: the symbol or word(s), then the currency's code.
        let currencySymbols, currencyWords: PhraseList
        let currencyPrefixes, prefixScales, suffixScales, localScales, localCurrency: WordSet
        let arrestVerbs, arrestedPeople, passiveAuxiliaries, arrestParticiples, meetingNouns, meetingModifiers: WordSet
        let periodYearQualifiers, periodWhole, periodPrepositions, periodSpanOpeners, periodSpanWords, periodUnits: WordSet
        let periodWords, pluralNouns, unitStops, singularUnits: WordSet
        let percentPhrases: PhraseList
    }

    let lists: Lists
    /// Symbol → currency code (`rs` → `PKR`), and currency words → code (`cfa francs` → `XOF`).
    let symbolCodes: [String: String], wordCodes: [String: String]
    /// Every word of the currency words (`francs`): a sentence without one holds no written-out money.
    let currencyWordParts: Set<String>
    let prefixed, suffixed, scaledWord, arrested, duration, period: Pattern

    /// `months`: the months' names (lower-cased) and numbers; the periods read the full names.
    init(_ l: Lists, months: [String: Int]) {
        lists = l
        let fullNames = Dictionary(grouping: months.keys, by: { months[$0] ?? 0 }).values.compactMap { $0.max { $0.count < $1.count } }
        func codes(_ p: PhraseList) -> [String: String] {
            Dictionary(p.phrases.filter { $0.count >= 2 }.map { ($0.dropLast().joined(separator: " "), $0.last!.uppercased()) },
                       uniquingKeysWith: { a, _ in a })
        }
        symbolCodes = codes(l.currencySymbols)
        wordCodes = codes(l.currencyWords)
        currencyWordParts = Set(wordCodes.keys.flatMap { $0.split(separator: " ").map(String.init) })
        let alt = IncidentWords.alternatives
        let symbols = alt(WordSet(symbolCodes.keys))
        prefixed = Pattern(#"(?<![\w])("# + symbols + #")\s?(\d[\d,]*(?:\.\d+)?)\s*("# + alt(l.prefixScales) + #")?\b"#)
        suffixed = Pattern(#"\b(\d[\d,]*(?:\.\d+)?)\s*("# + alt(l.suffixScales) + #")?\s+("# + alt(WordSet(wordCodes.keys)) + #")\b"#)
        scaledWord = Pattern(#"\b(\d[\d,]*(?:\.\d+)?|\w+)\s+("# + alt(l.localScales) + #")\b"#)
        let verbs = alt(l.arrestVerbs), people = alt(l.arrestedPeople), participles = alt(l.arrestParticiples)
        arrested = Pattern(#"\b(?:"# + verbs + #")\s+(\d[\d,]*|\w+)\b|\b(\d[\d,]*|\w+)\s+(?:"# + people + #")\s+(?:(?:"# + alt(l.passiveAuxiliaries) + #")\s+)?(?:"# + participles + #")\b"#)
        duration = Pattern(#"\b(\w+)-day\s+(?:(?:"# + alt(l.meetingModifiers) + #")\s+)?("# + alt(l.meetingNouns) + #")\b"#)
        let monthNames = alt(WordSet(fullNames))
        period = Pattern(#"\b(?:(?:"# + alt(l.periodYearQualifiers) + #") year|"# + alt(l.periodWhole) + #"|(?:"# + alt(l.periodPrepositions)
            + #") (?:(?:"# + monthNames + #")(?: \d{4})?|(?:19|20)\d{2})|(?:"# + alt(l.periodSpanOpeners) + #") (?:"# + alt(l.periodSpanWords)
            + #") (?:\w+ )?(?:"# + alt(l.periodUnits) + #"))\b"#)
    }

    /// The lists read by name: `words.unitStops`.
    subscript<T>(dynamicMember path: KeyPath<Lists, T>) -> T { lists[keyPath: path] }

    /// The lexicons' namespace: the lists are named `figure.*`.
    static let namespace = "figure"
}
