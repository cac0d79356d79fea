/// Named lists of words and phrases the rules read (`"lexicons"` in the gazetteer files: `routes.json`, …),
/// one list per concept, such as `route.cue.origin` or `route.goods-nouns`. A user's gazetteer file adds
/// entries to a list by naming it (`--gazetteer`), without changing the code.
struct Lexicons: Sendable {
    private let lists: [String: [String]]

    init(_ lists: [String: [String]]) {
        self.lists = lists
    }

    /// The names of the lists held.
    var names: Set<String> { Set(lists.keys) }

    /// A list's entries, lower-cased, as a set of words (or phrases, for lists of phrases).
    func words(_ name: String) -> Set<String> {
        Set((lists[name] ?? []).map { $0.lowercased() })
    }

    /// A list's entries as they are written (names of countries keep their capitals).
    func names(_ name: String) -> Set<String> {
        Set(lists[name] ?? [])
    }

    /// A list of phrases, each split into its lower-cased words, in the order given.
    func phrases(_ name: String) -> [[String]] {
        (lists[name] ?? []).map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }
}
