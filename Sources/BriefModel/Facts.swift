/// Where a fact came from: the sentence that states it and the rule that read it.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    public var paragraph: Int
    public var sentence: Int
    /// Character range of the sentence within its paragraph.
    public var start: Int
    public var end: Int
    public var text: String
    /// The extraction rule that produced the fact (for `extract --explain`).
    public var rule: String

    public init(paragraph: Int, sentence: Int, start: Int, end: Int, text: String, rule: String) {
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
    }

    public init(_ sentence: Sentence, rule: String) {
        self.init(paragraph: sentence.paragraph, sentence: sentence.index, start: sentence.start,
                  end: sentence.end, text: sentence.text, rule: rule)
    }
}

/// Everything extracted from one article. Encodes to the JSON contract of the fact corpus
/// (extra fields such as evidence are additions to it).
public struct Facts: Codable, Sendable, Equatable {
    /// The facts schema version the value follows (`FactsSchema.version`); a file without one is version 1.
    public var schemaVersion = FactsSchema.version
    public var headline: String
    public var source: String?
    public var published: PartialDate?
    public var dateline: String?
    public var url: String?
    /// The article file the facts came from.
    public var origin: String?
    public var event: Event?
    public var organisers: [Organisation]
    public var speakers: [Speaker]
    public var routes: [Route]
    public var incidents: [Incident]
    public var timeline: [TimelineEntry]
    public var figures: [Figure]
    /// Sentences on what comes next: plans, proposals, scheduled steps, calls for action.
    public var outlook: [Evidence]

    public init(headline: String, source: String? = nil, published: PartialDate? = nil, dateline: String? = nil,
                url: String? = nil, origin: String? = nil, event: Event? = nil, organisers: [Organisation] = [],
                speakers: [Speaker] = [], routes: [Route] = [], incidents: [Incident] = [],
                timeline: [TimelineEntry] = [], figures: [Figure] = [], outlook: [Evidence] = []) {
        self.headline = headline
        self.source = source
        self.published = published
        self.dateline = dateline
        self.url = url
        self.origin = origin
        self.event = event
        self.organisers = organisers
        self.speakers = speakers
        self.routes = routes
        self.incidents = incidents
        self.timeline = timeline
        self.figures = figures
        self.outlook = outlook
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, headline, source, published, dateline, url, origin, event, organisers, speakers, routes, incidents
        case timeline, figures, outlook
    }

    // Missing lists decode as empty, so a hand-written facts file may leave them out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        headline = try c.decode(String.self, forKey: .headline)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        published = try c.decodeIfPresent(PartialDate.self, forKey: .published)
        dateline = try c.decodeIfPresent(String.self, forKey: .dateline)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        origin = try c.decodeIfPresent(String.self, forKey: .origin)
        event = try c.decodeIfPresent(Event.self, forKey: .event)
        organisers = try c.list(.organisers)
        speakers = try c.list(.speakers)
        routes = try c.list(.routes)
        incidents = try c.list(.incidents)
        timeline = try c.list(.timeline)
        figures = try c.list(.figures)
        outlook = try c.list(.outlook)
    }
}

/// The main event the article reports.
public struct Event: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case conference, incident, arrest, statement, other }
    public var kind: Kind
    public var date: PartialDate?
    public var location: String?
    public var evidence: [Evidence]

    public init(kind: Kind, date: PartialDate? = nil, location: String? = nil, evidence: [Evidence] = []) {
        self.kind = kind
        self.date = date
        self.location = location
        self.evidence = evidence
    }
}

/// A body that organised, hosted or supported the reported event.
public struct Organisation: Codable, Sendable, Equatable {
    /// The full name ("United Nations Office on Drugs and Crime").
    public var name: String
    public var acronym: String?
    /// How it took part ("organiser", "co-host", "supporter").
    public var role: String?
    public var evidence: [Evidence]

    public init(name: String, acronym: String? = nil, role: String? = nil, evidence: [Evidence] = []) {
        self.name = name
        self.acronym = acronym
        self.role = role
        self.evidence = evidence
    }

    /// "Full Name (ACR)", or the name alone.
    public var displayName: String { acronym.map { "\(name) (\($0))" } ?? name }
}

/// A named person quoted or reported speaking, with what they said.
public struct Speaker: Codable, Sendable, Equatable {
    public var name: String
    public var title: String?
    public var organisation: String?
    /// The sentences in which the speaker is quoted or reported.
    public var statements: [Evidence]

    public init(name: String, title: String? = nil, organisation: String? = nil, statements: [Evidence] = []) {
        self.name = name
        self.title = title
        self.organisation = organisation
        self.statements = statements
    }
}

/// A journey as an ordered list of countries, origin first.
public struct Route: Codable, Sendable, Equatable {
    public var countries: [String]
    public var evidence: [Evidence]

    public init(countries: [String], evidence: [Evidence] = []) {
        self.countries = countries
        self.evidence = evidence
    }
}

/// A sinking, capsizing or crash with dead or missing people.
public struct Incident: Codable, Sendable, Equatable {
    public var date: PartialDate?
    public var location: String?
    public var vessel: String?
    public var dead: Int?
    public var missing: Int?
    public var survivors: Int?
    public var nationality: [String]?
    public var evidence: [Evidence]

    public init(date: PartialDate? = nil, location: String? = nil, vessel: String? = nil, dead: Int? = nil,
                missing: Int? = nil, survivors: Int? = nil, nationality: [String]? = nil,
                evidence: [Evidence] = []) {
        self.date = date
        self.location = location
        self.vessel = vessel
        self.dead = dead
        self.missing = missing
        self.survivors = survivors
        self.nationality = nationality
        self.evidence = evidence
    }
}

/// One dated event, past or scheduled.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var date: PartialDate
    public var label: String
    public var evidence: [Evidence]

    public init(date: PartialDate, label: String, evidence: [Evidence] = []) {
        self.date = date
        self.label = label
        self.evidence = evidence
    }
}

/// A number that matters for a brief, with its unit ("dead", "USD", "arrested") and context.
public struct Figure: Codable, Sendable, Equatable {
    public var value: Double
    public var unit: String
    public var context: String
    /// The period a statistic covers ("last year", "since January"); nil for a count of what the story reports.
    public var period: String?
    public var evidence: [Evidence]

    public init(value: Double, unit: String, context: String, period: String? = nil, evidence: [Evidence] = []) {
        self.value = value
        self.unit = unit
        self.context = context
        self.period = period
        self.evidence = evidence
    }
}

// Hand-corrected facts files may leave out evidence: these decoders read a missing list as empty.

extension KeyedDecodingContainer {
    func list<T: Decodable>(_ key: Key) throws -> [T] { try decodeIfPresent([T].self, forKey: key) ?? [] }

    /// A count within `FactLimits.counts`, or nil when absent.
    func count(_ key: Key) throws -> Int? {
        guard let n = try decodeIfPresent(Int.self, forKey: key) else { return nil }
        guard FactLimits.counts.contains(n) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\(n) is not a count (0 or more)")
        }
        return n
    }
}

extension Event {
    enum CodingKeys: String, CodingKey { case kind, date, location, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(Kind.self, forKey: .kind), date: try c.decodeIfPresent(PartialDate.self, forKey: .date),
                  location: try c.decodeIfPresent(String.self, forKey: .location), evidence: try c.list(.evidence))
    }
}

extension Organisation {
    enum CodingKeys: String, CodingKey { case name, acronym, role, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), acronym: try c.decodeIfPresent(String.self, forKey: .acronym),
                  role: try c.decodeIfPresent(String.self, forKey: .role), evidence: try c.list(.evidence))
    }
}

extension Speaker {
    enum CodingKeys: String, CodingKey { case name, title, organisation, statements }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), title: try c.decodeIfPresent(String.self, forKey: .title),
                  organisation: try c.decodeIfPresent(String.self, forKey: .organisation),
                  statements: try c.list(.statements))
    }
}

extension Route {
    enum CodingKeys: String, CodingKey { case countries, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(countries: try c.decode([String].self, forKey: .countries), evidence: try c.list(.evidence))
    }
}

extension Incident {
    enum CodingKeys: String, CodingKey { case date, location, vessel, dead, missing, survivors, nationality, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try c.decodeIfPresent(PartialDate.self, forKey: .date),
                  location: try c.decodeIfPresent(String.self, forKey: .location),
                  vessel: try c.decodeIfPresent(String.self, forKey: .vessel),
                  dead: try c.count(.dead), missing: try c.count(.missing), survivors: try c.count(.survivors),
                  nationality: try c.decodeIfPresent([String].self, forKey: .nationality),
                  evidence: try c.list(.evidence))
    }
}

extension TimelineEntry {
    enum CodingKeys: String, CodingKey { case date, label, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try c.decode(PartialDate.self, forKey: .date), label: try c.decode(String.self, forKey: .label),
                  evidence: try c.list(.evidence))
    }
}

extension Figure {
    enum CodingKeys: String, CodingKey { case value, unit, context, period, evidence }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let value = try c.decode(Double.self, forKey: .value)
        guard FactLimits.isFigure(value) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "\(value) is not a figure (0 to 1e15)")
        }
        self.init(value: value, unit: try c.decode(String.self, forKey: .unit),
                  context: try c.decodeIfPresent(String.self, forKey: .context) ?? "",
                  period: try c.decodeIfPresent(String.self, forKey: .period), evidence: try c.list(.evidence))
    }
}
