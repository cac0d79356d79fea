import BriefModel
import Foundation

/// Word lists the rules read: countries and demonyms, places, organisations, titles, speech verbs,
/// vessel words, month names. They live in JSON files (`Gazetteers/*.json`) that a user can extend
/// with `merging(fileAt:)`, using the same keys as the bundled files.
public struct Gazetteers: Sendable {
    /// The raw lists, as read from the files.
    public struct Lists: Codable, Sendable {
        public struct Country: Codable, Sendable {
            public var name: String
            public var demonyms: [String]?
            public var aliases: [String]?
        }
        public struct Organisation: Codable, Sendable {
            public var name: String
            public var acronym: String?
            public var aliases: [String]?
        }
        public var countries: [Country]?
        public var places: [String: String]?
        public var regions: [String]?
        public var organisations: [Organisation]?
        public var organisationHeads: [String]?
        public var titleWords: [String]?
        public var titleNouns: [String]?
        /// Words of ministries' and offices' remits (`Affairs`, `Migration`): never part of a person's name.
        public var portfolios: [String]?
        public var honorifics: [String]?
        public var ranks: [String]?
        public var speechVerbs: [String]?
        public var vessels: [String]?
        public var vesselModifiers: [String]?
        public var deathWords: [String]?
        public var sinkingWords: [String]?
        public var months: [String: Int]?
        public var weekdays: [String: Int]?
        public var futureMarkers: [String]?
        public var statisticMarkers: [String]?
        /// Phrases that mark a sentence about what comes next (`plans to`, `feasibility of`).
        public var outlookMarkers: [String]?
        /// Named lists of words and phrases, one per concept (`route.cue.origin`, `route.goods-nouns`, …).
        public var lexicons: [String: [String]]?

        mutating func merge(_ o: Lists) {
            func cat<T>(_ a: [T]?, _ b: [T]?) -> [T]? { a == nil && b == nil ? nil : (a ?? []) + (b ?? []) }
            func join<V>(_ a: [String: V]?, _ b: [String: V]?) -> [String: V]? {
                a == nil && b == nil ? nil : (a ?? [:]).merging(b ?? [:]) { _, new in new }
            }
            countries = cat(countries, o.countries); places = join(places, o.places); regions = cat(regions, o.regions)
            organisations = cat(organisations, o.organisations); organisationHeads = cat(organisationHeads, o.organisationHeads)
            titleWords = cat(titleWords, o.titleWords); titleNouns = cat(titleNouns, o.titleNouns)
            portfolios = cat(portfolios, o.portfolios)
            honorifics = cat(honorifics, o.honorifics); ranks = cat(ranks, o.ranks); speechVerbs = cat(speechVerbs, o.speechVerbs)
            vessels = cat(vessels, o.vessels); vesselModifiers = cat(vesselModifiers, o.vesselModifiers)
            deathWords = cat(deathWords, o.deathWords); sinkingWords = cat(sinkingWords, o.sinkingWords)
            months = join(months, o.months); weekdays = join(weekdays, o.weekdays)
            futureMarkers = cat(futureMarkers, o.futureMarkers); statisticMarkers = cat(statisticMarkers, o.statisticMarkers)
            outlookMarkers = cat(outlookMarkers, o.outlookMarkers)
            if let more = o.lexicons {
                lexicons = (lexicons ?? [:]).merging(more) { mine, theirs in mine + theirs }
            }
        }
    }

    /// An organisation as the gazetteer knows it.
    public struct KnownOrganisation: Sendable, Equatable {
        public var name: String
        public var acronym: String?
        public var display: String { acronym.map { $0 == name ? name : "\(name) (\($0))" } ?? name }
    }

    public let lists: Lists
    /// Towns and cities beyond `places`, read only where a route names a place (`from Sikasso in Mali`).
    public private(set) var towns: TownTable = .empty

    // Lower-cased indexes built once.
    let placeCountry: [String: String]          // country names, aliases, cities, islands → country
    let demonymCountry: [String: String]        // `pakistani`, `pakistanis` → Pakistan
    let countryDemonym: [String: String]        // Pakistan → Pakistani
    let countryNames: Set<String>
    let countryByName: [String: String]
    let regions: Set<String>
    let maxPlaceWords: Int
    let organisations: [String: KnownOrganisation]   // name, alias or acronym (lower-cased) → organisation
    /// First word of an organisation's name, alias or acronym → the most words such a name has.
    let organisationLengths: [String: Int]
    let organisationHeads: Set<String>
    let titleWords: Set<String>
    let titleNouns: Set<String>
    let honorifics: Set<String>
    let portfolios: Set<String>
    let ranks: Set<String>
    let speechVerbs: Set<String>
    let vessels: Set<String>
    let vesselModifiers: Set<String>
    /// First words of vessel names, to find them quickly.
    let vesselFirstWords: Set<String>
    let deathWords: Set<String>
    let sinkingWords: Set<String>
    /// Sinking words of several words (`ran aground`), split.
    let sinkingPhrases: [[String]]
    let months: [String: Int]
    let weekdays: [String: Int]
    let futureMarkers: [String]
    let outlookMarkers: [String]
    let statisticMarkers: [String]
    let datePatterns: DatePatterns
    /// The named word lists, and the route rule's words read from them.
    let lexicons: Lexicons
    let routeWords: RouteWords
    let organiserWords: OrganiserRule.Lists
    let dateWords: DateWords
    let timelineWords: TimelineRule.Words
    let incidentWords: IncidentWords
    let figureWords: FigureWords
    let speakerWords: SpeakerWords
    /// Each rule's typed group of lexicons with its namespace, for the check that no bundled list goes unread.
    let lexiconGroups: [(namespace: String, lists: any Decodable & Sendable)]

    /// Builds the indexes; throws when a lexicon a rule reads is in no file.
    public init(lists data: Lists) throws {
        self.lists = data
        var place: [String: String] = [:], dem: [String: String] = [:], cdem: [String: String] = [:]
        for c in data.countries ?? [] {
            place[c.name.lowercased()] = c.name
            for a in c.aliases ?? [] { place[a.lowercased()] = c.name }
            for (i, d) in (c.demonyms ?? []).enumerated() {
                dem[d.lowercased()] = c.name
                dem[Gazetteers.plural(d).lowercased()] = c.name
                if i == 0 { cdem[c.name] = d }
            }
        }
        countryByName = place
        for (p, c) in data.places ?? [:] where place[p.lowercased()] == nil { place[p.lowercased()] = c }
        placeCountry = place
        demonymCountry = dem
        countryDemonym = cdem
        countryNames = Set((data.countries ?? []).map(\.name))
        regions = Set((data.regions ?? []).map { $0.lowercased() })
        maxPlaceWords = (Array(place.keys) + Array(regions)).map { $0.split(separator: " ").count }.max() ?? 1
        var orgs: [String: KnownOrganisation] = [:]
        for o in data.organisations ?? [] {
            let known = KnownOrganisation(name: o.name, acronym: o.acronym)
            orgs[o.name.lowercased()] = known
            for a in o.aliases ?? [] { orgs[a.lowercased()] = known }
            if let acr = o.acronym { orgs[acr.lowercased()] = known }
        }
        organisations = orgs
        organisationLengths = Gazetteers.longestNames(byFirstWord: orgs.keys)
        func set(_ a: [String]?) -> Set<String> { Set((a ?? []).map { $0.lowercased() }) }
        organisationHeads = set(data.organisationHeads)
        titleWords = set(data.titleWords)
        titleNouns = set(data.titleNouns)
        honorifics = set(data.honorifics)
        portfolios = set(data.portfolios)
        ranks = set(data.ranks)
        speechVerbs = set(data.speechVerbs)
        vessels = set(data.vessels)
        vesselModifiers = set(data.vesselModifiers)
        vesselFirstWords = Set(vessels.compactMap { $0.split(separator: " ").first.map(String.init) })
        deathWords = set(data.deathWords)
        sinkingWords = set(data.sinkingWords)
        sinkingPhrases = sinkingWords.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }
        months = Dictionary((data.months ?? [:]).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        weekdays = Dictionary((data.weekdays ?? [:]).map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        futureMarkers = (data.futureMarkers ?? []).map { $0.lowercased() }
        outlookMarkers = (data.outlookMarkers ?? []).map { $0.lowercased() }
        statisticMarkers = (data.statisticMarkers ?? []).map { $0.lowercased() }
        lexicons = Lexicons(data.lexicons ?? [:])
        let routeLists = try lexicons.group(RouteWords.Lists.self, namespace: RouteWords.namespace)
        routeWords = RouteWords(routeLists)
        let speakerLists = try lexicons.group(SpeakerWords.Lists.self, namespace: SpeakerWords.namespace)
        speakerWords = SpeakerWords(speakerLists)
        organiserWords = try lexicons.group(OrganiserRule.Lists.self, namespace: OrganiserRule.namespace)
        dateWords = try lexicons.group(DateWords.self, namespace: DateWords.namespace)
        timelineWords = try lexicons.group(TimelineRule.Words.self, namespace: TimelineRule.namespace)
        let incidentLists = try lexicons.group(IncidentWords.Lists.self, namespace: IncidentWords.namespace)
        incidentWords = IncidentWords(incidentLists, months: Set(months.keys))
        let figureLists = try lexicons.group(FigureWords.Lists.self, namespace: FigureWords.namespace)
        figureWords = FigureWords(figureLists, months: months)
        lexiconGroups = [(RouteWords.namespace, routeLists), (OrganiserRule.namespace, organiserWords), (DateWords.namespace, dateWords),
                         (TimelineRule.namespace, timelineWords), (IncidentWords.namespace, incidentLists),
                         (FigureWords.namespace, figureLists),
                         (Numbers.namespace, try lexicons.group(Numbers.Lists.self, namespace: Numbers.namespace)),
                         (SpeakerWords.namespace, speakerLists)]
        datePatterns = DatePatterns(months: Array((data.months ?? [:]).keys), weekdays: Array((data.weekdays ?? [:]).keys))
    }

    /// The lists shipped with the library (see `ResourceFolders` for where they are looked for).
    public static func bundled() throws -> Gazetteers {
        let dir: URL
        do { dir = try ResourceFolders.locate("Gazetteers", target: "BriefExtract") } catch let missing as ResourceMissing {
            throw GazetteerError(path: "Gazetteers", problem: "the bundled gazetteers are missing (searched "
                                 + missing.searched.joined(separator: ", ") + ")")
        }
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var lists = Lists()
        for file in files { lists.merge(try read(file.path)) }
        var gazetteers = try Gazetteers(lists: lists)
        gazetteers.towns = try TownTable(contentsOf: dir.appendingPathComponent("towns.tsv"))
        return gazetteers
    }

    /// These lists plus the entries of a user's JSON file (same keys as the bundled files).
    public func merging(fileAt path: String) throws -> Gazetteers {
        var merged = lists
        merged.merge(try Gazetteers.read(path))
        var gazetteers = try Gazetteers(lists: merged)
        gazetteers.towns = towns
        return gazetteers
    }

    static func read(_ path: String) throws -> Lists {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw GazetteerError(path: path, problem: "no such file")
        }
        do {
            return try JSONDecoder().decode(Lists.self, from: bytes)
        } catch {
            throw GazetteerError(path: path, problem: "not a gazetteer JSON file (\(error.localizedDescription))")
        }
    }

    static func plural(_ demonym: String) -> String {
        let l = demonym.lowercased()
        if l.hasSuffix("ese") || l.hasSuffix("sh") || l.hasSuffix("ch") || l.hasSuffix("ss") || l.hasSuffix("s") { return demonym }
        return demonym + "s"
    }

    // MARK: lookups

    /// The country of a place name, country name, alias or city (`Dubai` → `United Arab Emirates`).
    func country(ofPlace name: String) -> String? { placeCountry[Gazetteers.fold(name)] }
    /// The country of a demonym, singular or plural (`Afghans` → `Afghanistan`).
    func country(ofDemonym word: String) -> String? { demonymCountry[Gazetteers.fold(word)] }
    func demonym(ofCountry country: String) -> String? { countryDemonym[country] }
    /// The country when `name` is a country's name or alias (not a city).
    func countryNamed(_ name: String) -> String? { countryByName[Gazetteers.fold(name)] }
    func isRegion(_ name: String) -> Bool { regions.contains(Gazetteers.fold(name)) }
    /// The country of a town or city in the bundled table of towns (not the `places` list).
    func country(ofTown name: String) -> String? { towns.country(ofFolded: Gazetteers.fold(name)) }
    func organisation(named name: String) -> KnownOrganisation? { organisations[Gazetteers.fold(name)] }

    /// First word → the most words of a name that starts with it, over lower-cased names.
    static func longestNames(byFirstWord names: some Sequence<String>, into table: [String: Int] = [:]) -> [String: Int] {
        var table = table
        for name in names {
            let words = name.split(separator: " ")
            guard let first = words.first else { continue }
            table[String(first), default: 0] = max(table[String(first), default: 0], words.count)
        }
        return table
    }

    /// The text with curly apostrophes made straight.
    static func straightApostrophes(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        if let bytes = asciiStraightened(s, lowercased: false) { return String(decoding: bytes, as: UTF8.self) }
        return s.unicodeScalars.contains("\u{2019}") ? String(s.map { $0 == "’" ? "'" : $0 }) : s
    }

    /// Lower-cased, possessive and straight/curly apostrophes normalised.
    static func fold(_ s: String) -> String {
        if var bytes = asciiStraightened(s, lowercased: true) {
            let apostrophe = UInt8(ascii: "'")
            if bytes.count >= 2, bytes[bytes.count - 2] == apostrophe, bytes.last == UInt8(ascii: "s") { bytes.removeLast(2) }
            else if bytes.last == apostrophe { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var t = straightApostrophes(s.lowercased())
        if t.hasSuffix("'s") { t.removeLast(2) } else if t.hasSuffix("'") { t.removeLast() }
        return t
    }

    /// The bytes of a text that is ASCII but for curly apostrophes, each made a straight one (and A–Z
    /// lower-cased if asked), or nil for any other text. Each byte is a character of its own there, so
    /// this gives the answers of the character-wise `lowercased` and `straightApostrophes`.
    private static func asciiStraightened(_ s: String, lowercased: Bool) -> [UInt8]? {
        var copy = s
        var plain = true
        let bytes = copy.withUTF8 { b in
            [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0
                count = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        out[count] = lowercased && c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                        i += 1
                    } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                        out[count] = UInt8(ascii: "'")      // U+2019 is E2 80 99
                        i += 3
                    } else {
                        plain = false
                        break
                    }
                    count += 1
                }
            }
        }
        return plain ? bytes : nil
    }
}

/// A gazetteer file that cannot be read.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }
}
