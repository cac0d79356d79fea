import Foundation

/// Named lists of words and phrases the rules read (``lexicons`` in the gazetteer files: `routes.json`, …),
/// one list per concept, such as `route.cue.origin` or `route.goods-nouns`. A user's gazetteer file adds
/// entries to a list by naming it (`--gazetteer`), without changing the code.
///
/// A rule reads its lists as one typed group (`group(_:namespace:)`): a `Decodable` struct whose property
/// names are the lists' names without the namespace, in camel case (`route.cue.origin` → `cueOrigin`,
/// `route.sequence-words` → `sequenceWords`), so the names live in the data and in the property names only.
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

    /// The lists named `namespace.*`, read into `T`; a property `T` has and no file gives is an error naming it.
    func group<T: Decodable>(_ type: T.Type, namespace: String) throws -> T {
        var keyed: [String: [String]] = [:]
        for (name, entries) in lists where name.hasPrefix(namespace + ".") {
            keyed[Lexicons.propertyName(String(name.dropFirst(namespace.count + 1)))] = entries
        }
        do {
            return try JSONDecoder().decode(T.self, from: JSONSerialization.data(withJSONObject: keyed))
        } catch DecodingError.keyNotFound(let key, _) {
            throw GazetteerError(path: "Gazetteers", problem: "no lexicon named \(namespace).\(Lexicons.listName(key.stringValue))")
        }
    }

    /// The lists named `namespace.*` that no property of `group` reads (a test keeps the files free of them).
    func unread(by group: Any, namespace: String) -> [String] {
        let read = Set(Mirror(reflecting: group).children.compactMap(\.label))
        return names.filter { $0.hasPrefix(namespace + ".") && !read.contains(Lexicons.propertyName(String($0.dropFirst(namespace.count + 1)))) }
            .sorted()
    }

    /// `cue.origin` or `sequence-words` → `cueOrigin`, `sequenceWords`.
    static func propertyName(_ listName: String) -> String {
        let parts = listName.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" })
        guard let first = parts.first else { return listName }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `sequenceWords` → `sequence-words` (for messages).
    static func listName(_ propertyName: String) -> String {
        propertyName.reduce(into: "") { out, c in
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
    }
}

/// One list of a lexicon group, whatever its shape (a test checks that none is empty).
protocol LexiconList {
    /// How many entries the list holds.
    var count: Int { get }
}

/// A lexicon list as a set of lower-cased words or phrases.
struct WordSet: Decodable, Sendable, Equatable, LexiconList {
    let entries: Set<String>
    init(_ entries: some Sequence<String>) { self.entries = Set(entries.map { $0.lowercased() }) }
    init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode([String].self)) }
    /// Whether the set holds `word`, which must already be lower-cased.
    func contains(_ word: String) -> Bool { entries.contains(word) }
    /// The entries of several words, each split into its words.
    var phrases: [[String]] { entries.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) } }
    func union(_ other: WordSet) -> WordSet { WordSet(entries.union(other.entries)) }
    var count: Int { entries.count }
}

/// A lexicon list of names kept as they are written (countries keep their capitals).
struct NameSet: Decodable, Sendable, Equatable, LexiconList {
    let entries: Set<String>
    init(_ entries: some Sequence<String>) { self.entries = Set(entries) }
    init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode([String].self)) }
    func contains(_ name: String) -> Bool { entries.contains(name) }
    func union(_ other: NameSet) -> NameSet { NameSet(entries.union(other.entries)) }
    var count: Int { entries.count }
}

/// A lexicon list of phrases in the files' order, each split into its lower-cased words.
struct PhraseList: Decodable, Sendable, Equatable, LexiconList {
    let phrases: [[String]]
    init(_ entries: [String]) {
        phrases = entries.map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }
    init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode([String].self)) }
    var count: Int { phrases.count }
}
