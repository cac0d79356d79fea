import BriefModel

/// Turns the facts of one article into a policy brief: title block data, an "at a glance" panel and the
/// sections (summary, who convened, who spoke, routes, incidents, timeline, outlook, sources).
/// Sections with nothing to say are left out; every stated fact carries a citation mark.
public struct ReportComposer {
    public init() {}

    /// How many statements of each speaker "Who spoke" quotes.
    static let statementsShown = 2

    public func compose(_ facts: Facts) -> Report {
        var citations = Citations()
        var sections: [Section] = []

        sections.append(Section(id: "summary", title: "Summary", blocks: summary(facts, &citations)))
        if !facts.organisers.isEmpty {
            sections.append(Section(id: "convened", title: "Who convened", blocks: organisers(facts, &citations)))
        }
        if !facts.speakers.isEmpty {
            sections.append(Section(id: "speakers", title: "Who spoke", blocks: speakers(facts, &citations)))
        }
        if !facts.routes.isEmpty {
            sections.append(Section(id: "routes", title: "Smuggling routes", blocks: routes(facts, &citations)))
        }
        if !facts.incidents.isEmpty {
            sections.append(Section(id: "incidents", title: "Incidents", blocks: incidents(facts, &citations)))
        }
        if !facts.timeline.isEmpty {
            sections.append(Section(id: "timeline", title: "Timeline", blocks: timeline(facts, &citations)))
        }
        sections.append(Section(id: "outlook", title: "Outlook", blocks: outlook(facts, &citations)))
        sections.append(Section(id: "sources", title: "Sources", blocks: sources(facts, citations)))

        let date = facts.published.map(Formatting.date)
        let subtitle = [facts.source, date, facts.dateline].compactMap { $0 }.joined(separator: "  ·  ")
        let info = DocumentInfo(
            title: facts.headline,
            author: "brief, from " + (facts.source ?? "a news report"),
            subject: "Policy brief" + (facts.event.map { " on a \($0.kind.rawValue)" } ?? "")
                + (facts.dateline.map { " in \($0)" } ?? "") + (date.map { ", \($0)" } ?? ""),
            keywords: ["migrant smuggling", "human trafficking"] + facts.routes.flatMap(\.countries).uniqued(),
            created: facts.published,
            runningHeader: "Policy brief  ·  " + facts.headline)
        return Report(info: info, subtitle: subtitle.isEmpty ? "News report" : subtitle, sections: sections)
    }

    // MARK: Sections

    private func summary(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        var blocks: [Block] = []
        let figures = keyFigures(facts)
        if !figures.isEmpty { blocks.append(.keyFigures(figures)) }
        var sentences: [RichText] = []
        if let event = facts.event {
            var text = eventSentence(event, facts)
            text = text.prefix(1).uppercased() + text.dropFirst()
            sentences.append(citations.cited(text, event.evidence))
        }
        if !facts.speakers.isEmpty {
            let names = facts.speakers.prefix(4).map(\.name)
            let more = facts.speakers.count > 4 ? " and others" : ""
            sentences.append(RichText(plain: "Speakers included \(Formatting.list(names))\(more)."))
        }
        if let route = facts.routes.first {
            sentences.append(citations.cited("The route discussed runs \(route.countries.joined(separator: " → ")).",
                                             route.evidence))
        }
        for incident in facts.incidents.prefix(2) {
            sentences.append(citations.cited(incidentSentence(incident), incident.evidence))
        }
        if !sentences.isEmpty {
            blocks.append(.paragraph(RichText(sentences.flatMap { $0.runs + [RichText.Run(" ")] }.dropLast())))
        }
        return blocks
    }

    private func eventSentence(_ event: Event, _ facts: Facts) -> String {
        let what: String
        switch event.kind {
        case .conference:
            let hosts = facts.organisers.map(\.referenceName)
            what = hosts.isEmpty ? "a conference was held" : "\(Formatting.list(hosts)) convened a conference"
        case .incident: what = "an incident with loss of life was reported"
        case .arrest: what = "arrests were made"
        case .statement: what = "a statement was issued"
        case .other: what = "the reported event took place"
        }
        // "in Brussels" for the city of the dateline, "at Marriott Hotel Islamabad" for a venue.
        let place = event.location.map { $0 == facts.dateline ? " in \($0)" : " at \($0)" }
            ?? facts.dateline.map { " in \($0)" } ?? ""
        let when = event.date.map { " on \(Formatting.date($0))" } ?? ""
        return "\(what)\(place)\(when)."
    }

    private func incidentSentence(_ incident: Incident) -> String {
        var parts: [String] = []
        let vessel = incident.vessel.map { "a \($0)" } ?? "an incident"
        var head = vessel.prefix(1).uppercased() + vessel.dropFirst()
        if let location = incident.location { head += " \(location)" }
        if let date = incident.date { head += " in \(Formatting.date(date))" }
        parts.append(head)
        var toll: [String] = []
        if let dead = incident.dead {
            let who = incident.nationality.map { " " + Formatting.list($0) } ?? ""
            toll.append("\(Formatting.number(Double(dead)))\(who) dead")
        }
        if let missing = incident.missing { toll.append("\(Formatting.number(Double(missing))) missing") }
        if let survivors = incident.survivors { toll.append("\(Formatting.number(Double(survivors))) survivors") }
        return parts.joined() + (toll.isEmpty ? "." : " left \(Formatting.list(toll)).")
    }

    private func organisers(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        [.bullets(facts.organisers.map { org in
            var runs = [RichText.Run(org.name, style: .bold)]
            if let acronym = org.acronym { runs.append(RichText.Run(" (\(acronym))")) }
            if let role = org.role { runs.append(RichText.Run(" — \(role)")) }
            return RichText(runs + citations.mark(org.evidence))
        })]
    }

    private func speakers(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        let table = Table(header: ["Name", "Title", "Organisation"],
                          rows: facts.speakers.map { s in
                              [RichText([RichText.Run(s.name, style: .bold)]), RichText(plain: s.title ?? "—"),
                               RichText(plain: s.organisation ?? "—")]
                          },
                          columnWeights: [0.27, 0.43, 0.30])
        var blocks: [Block] = [.table(table)]
        // Up to two statements a speaker, in the article's order.
        let said: [RichText] = facts.speakers.flatMap { speaker in
            speaker.statements.prefix(Self.statementsShown).map { statement in
                // The speaker's name leads the item unless the sentence already names them.
                let surname = speaker.name.split(separator: " ").last.map(String.init) ?? speaker.name
                let lead = statement.text.contains(surname) ? [] : [RichText.Run(speaker.name + ": ", style: .bold)]
                return RichText(lead + [RichText.Run(statement.text)] + citations.mark([statement]))
            }
        }
        if !said.isEmpty {
            blocks.append(.subheading("What they said"))
            blocks.append(.bullets(said))
        }
        return blocks
    }

    private func routes(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        [.routeDiagram(facts.routes.map(\.countries)),
         .bullets(facts.routes.enumerated().map { i, route in
             var runs = [RichText.Run(facts.routes.count > 1 ? "Route \(i + 1): " : "Route: ", style: .bold),
                         RichText.Run(route.countries.joined(separator: " → "))]
             runs += citations.mark(route.evidence)
             return RichText(runs)
         })]
    }

    private func incidents(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        let rows: [[RichText]] = facts.incidents.map { incident in
            [RichText(plain: incident.date.map(Formatting.date) ?? "—"),
             RichText([RichText.Run(incident.location ?? "—")] + citations.mark(incident.evidence)),
             RichText(plain: incident.vessel ?? "—"),
             RichText(plain: incident.dead.map { Formatting.number(Double($0)) } ?? "—"),
             RichText(plain: incident.missing.map { Formatting.number(Double($0)) } ?? "—"),
             RichText(plain: incident.nationality.map { $0.joined(separator: ", ") } ?? "—")]
        }
        return [.table(Table(header: ["Date", "Place", "Vessel", "Dead", "Missing", "Nationality"], rows: rows,
                             columnWeights: [0.14, 0.26, 0.15, 0.09, 0.1, 0.26]))]
    }

    private func timeline(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        let entries = facts.timeline.sorted { $0.date < $1.date }
        return [.timeline(entries.map { TimelinePoint(date: $0.date, label: $0.label) }),
                .bullets(entries.map { entry in
                    RichText([RichText.Run(Formatting.date(entry.date) + ": ", style: .bold), RichText.Run(entry.label)]
                             + citations.mark(entry.evidence))
                })]
    }

    /// What comes next: scheduled events after the publication date, then the sentences the extractor
    /// marked as plans, proposals or calls for action (leaving out those the brief already cites).
    private func outlook(_ facts: Facts, _ citations: inout Citations) -> [Block] {
        var items: [RichText] = []
        if let published = facts.published {
            for entry in facts.timeline.sorted(by: { $0.date < $1.date }) where entry.date > published {
                items.append(RichText([RichText.Run(Formatting.date(entry.date) + ": ", style: .bold),
                                       RichText.Run(entry.label)] + citations.mark(entry.evidence)))
            }
        }
        // Only sentences the brief has not already cited (quoted statements, the lead, scheduled events).
        for evidence in facts.outlook where items.count < 5 && !citations.cites(evidence) {
            items.append(RichText([RichText.Run(evidence.text)] + citations.mark([evidence])))
        }
        if items.isEmpty {
            return [.paragraph(RichText(plain: "The report names no scheduled follow-up or planned measures."))]
        }
        return [.paragraph(RichText(plain: "Points to watch, as the report gives them:")), .bullets(items)]
    }

    private func sources(_ facts: Facts, _ citations: Citations) -> [Block] {
        var article: [RichText.Run] = [RichText.Run(facts.headline, style: .italic)]
        let details = [facts.source, facts.published.map(Formatting.date)].compactMap { $0 }
        if !details.isEmpty { article.append(RichText.Run(". " + details.joined(separator: ", ") + ".")) }
        // The address is always shown; it is a link only when it is a safe web or mail address.
        if let url = facts.url { article.append(RichText.Run(" " + LinkTarget.printable(url), link: LinkTarget(url)?.uri)) }
        else if let origin = facts.origin {
            let file = origin.split(separator: "/").last.map(String.init) ?? origin
            article.append(RichText.Run(" File: " + file + "."))
        }
        var blocks: [Block] = [.paragraph(RichText(article))]
        if !citations.notes.isEmpty {
            blocks.append(.paragraph(RichText(plain: "Each numbered mark in this brief points to the sentence of the article that states the fact:")))
            blocks.append(.sources(citations.notes))
        }
        return blocks
    }

    // MARK: Key figures

    /// Up to four numbers for the "at a glance" panel: casualties and arrests first, then money, then
    /// counts of what the brief covers.
    func keyFigures(_ facts: Facts) -> [KeyFigure] {
        var out: [KeyFigure] = []
        let priorities = ["dead", "killed", "died", "missing", "arrest", "survivor", "rescued"]
        // counts of what the story reports come before the statistics of a period ("214 arrested last year")
        func rank(_ f: Figure) -> Int {
            (priorities.firstIndex { f.unit.lowercased().contains($0) } ?? priorities.count) + (f.period == nil ? 0 : priorities.count + 1)
        }
        let ranked = facts.figures.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        for figure in ranked where out.count < 2 {
            guard figure.value >= 2 else { continue }
            out.append(KeyFigure(value: Formatting.number(figure.value), label: figure.period.map { "\(figure.unit) \($0)" } ?? figure.unit))
        }
        if !facts.organisers.isEmpty {
            out.append(KeyFigure(value: "\(facts.organisers.count)",
                                 label: facts.organisers.count == 1 ? "organiser" : "organisers"))
        }
        if !facts.speakers.isEmpty, out.count < 4 {
            out.append(KeyFigure(value: "\(facts.speakers.count)", label: facts.speakers.count == 1 ? "speaker" : "speakers"))
        }
        let countries = facts.routes.flatMap(\.countries).uniqued()
        if !countries.isEmpty, out.count < 4 {
            out.append(KeyFigure(value: "\(countries.count)", label: "countries on the route"))
        }
        if let date = facts.event?.date, out.count < 4 {
            out.append(KeyFigure(value: Formatting.date(date), label: "date of the event"))
        }
        return Array(out.prefix(4))
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Organisation {
    /// How running text names the body: "the" and its full name, or a one-word name alone ("Frontex").
    var referenceName: String {
        name.contains(" ") ? "the " + name : name
    }
}
