/// The words the route rule reads, from the `route.*` lexicons (`Gazetteers/routes.json`).
struct RouteWords: Sendable {
    /// Words before a place and the cue they give, longest phrase first (so `set off from` wins over `from`).
    let cues: [(words: [String], cue: RouteRule.Cue)]
    /// Words that may stand between a cue and its place: `to the northern island of Lesbos`.
    let fillers: Set<String>
    /// Words for a route after countries joined by dashes: `the Pakistan-Iran-Turkey route`.
    let routeNouns: Set<String>
    /// Words telling that a journey went on after a place was reached.
    let sequenceWords: Set<String>
    /// Nouns for the people who travel; a `from` right after one of them tells where they come from.
    let travellerNouns: Set<String>
    /// Words among the traveller nouns that only count them (`most`, `all`): no travellers by themselves.
    let travellerQuantifiers: Set<String>
    /// Verbs for goods changing hands: a clause with one of them and no travellers is not a journey.
    let goodsVerbs: Set<String>
    /// Things, not people, that are sent or carried: `sent money to Tunisia`.
    let goodsNouns: Set<String>
    /// Words of a journey back or a handing over by states: returns, deportations, extraditions.
    let returnWords: Set<String>
    /// Verbs of arriving or aiming to arrive: `hoping to reach`, `bound for`.
    let arrivalVerbs: Set<String>
    /// Meetings an official travels to.
    let meetingNouns: Set<String>
    /// Words before a noun: `from his village`, `to the farms`.
    let determiners: Set<String>
    /// Where trafficked people are taken to work: `to farms in Côte d'Ivoire` is a destination.
    let workplaces: Set<String>
    /// Words that may qualify `destination` after `as the`: `as their final destination`.
    let destinationQualifiers: Set<String>
    /// Words that end a clause inside a sentence, as a semicolon does.
    let clauseBreaks: Set<String>
    /// Words between a place and a later one that tell the journey goes on from it (`from where`, `then`).
    let goingOn: Set<String>
    /// Verbs of people being carried by others (`flown`, `sent`, `taken`): a chain of destinations after one
    /// of them is a journey even with no start named (`first sent to Dubai and then to Egypt`).
    let conveyingVerbs: Set<String>
    /// Prepositions that open a destination noun: `to` and `into` in `taken to safe houses near Calais`.
    let destinationOpeners: Set<String>
    /// Words before a place that travellers go home from: `returning from`, `on their way back from`.
    let returnCues: [[String]]
    /// Words before a noun and `in` that make the place where a journey starts: `from his village in Ethiopia`.
    let sourceOpeners: Set<String>
    /// Members of the European Union (country names as the gazetteer writes them).
    let euMembers: Set<String>
    /// Countries where journeys end rather than start: a dateline there is where the news was written.
    let destinationCountries: Set<String>
    /// Words for a border after a country's possessive (`Poland's border`): the country is no stop.
    let borderNouns: Set<String>

    /// The `route.*` lists as the files hold them (`route.cue.origin` is `cueOrigin`).
    final class Lists: Decodable, Sendable {
        let cueOrigin, cueTransit, cueDestination, cueLocation, cueNeutral, cueReturn: PhraseList
        let fillers, nouns, sequenceWords, travellerNouns, travellerQuantifiers, goodsVerbs, goodsNouns: WordSet
        let returnWords, arrivalVerbs, meetingNouns, determiners, workplaces, destinationQualifiers: WordSet
        let clauseBreaks, goingOn, conveyingVerbs, destinationOpeners, sourceOpeners: WordSet
        let euMembers, destinationCountries: NameSet
        let borderNouns: WordSet
    }

    init(_ lists: Lists) {
        let kinds: [(PhraseList, RouteRule.Cue)] = [(lists.cueOrigin, .origin), (lists.cueTransit, .transit),
                                                     (lists.cueDestination, .destination), (lists.cueLocation, .location),
                                                     (lists.cueNeutral, .none)]
        let table = kinds.flatMap { list, cue in list.phrases.map { (words: $0, cue: cue) } }
        // Longest first; among phrases of one length, the order of the files.
        cues = table.enumerated().sorted { ($1.element.words.count, $0.offset) < ($0.element.words.count, $1.offset) }
            .map(\.element)
        fillers = lists.fillers.entries
        routeNouns = lists.nouns.entries
        sequenceWords = lists.sequenceWords.entries
        travellerNouns = lists.travellerNouns.entries
        travellerQuantifiers = lists.travellerQuantifiers.entries
        goodsVerbs = lists.goodsVerbs.entries
        goodsNouns = lists.goodsNouns.entries
        returnWords = lists.returnWords.entries
        arrivalVerbs = lists.arrivalVerbs.entries
        meetingNouns = lists.meetingNouns.entries
        determiners = lists.determiners.entries
        workplaces = lists.workplaces.entries
        destinationQualifiers = lists.destinationQualifiers.entries
        clauseBreaks = lists.clauseBreaks.entries
        goingOn = lists.goingOn.entries
        conveyingVerbs = lists.conveyingVerbs.entries
        destinationOpeners = lists.destinationOpeners.entries
        returnCues = lists.cueReturn.phrases
        sourceOpeners = lists.sourceOpeners.entries
        euMembers = lists.euMembers.entries
        borderNouns = lists.borderNouns.entries
        destinationCountries = euMembers.union(lists.destinationCountries.entries)
    }

    /// The lexicons' namespace: the lists are named `route.*`.
    static let namespace = "route"
}
