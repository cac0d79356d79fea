import BriefModel

/// What the article reports: its kind (from the headline and opening sentence), its date (the first day
/// of a meeting; otherwise the first date in the opening paragraphs that is not merely when something was
/// said) and its place.
enum MainEventRule {
    static let kinds: [(Event.Kind, Pattern)] = [
        // a meeting named in the headline is the story even when it is about courts or trials
        (.conference, Pattern(#"\b(?:conference|workshop|seminar|summit|meeting|symposium|training|forum|round-?table|webinar|colloquium|consultation|dialogue)s?\b"#)),
        (.other, Pattern(#"\b(?:verdict|sentenc(?:e|es|ed|ing)|jail(?:s|ed)?|imprison(?:s|ed)?|convict(?:s|ed)|acquit(?:s|ted)|court|trial|protest(?:s|ers|ed)?|rall(?:y|ied|ies)|demonstrat(?:e|ed|ion|ions|ors))\b"#)),
        (.arrest, Pattern(#"\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|raids?|raided|intercept(?:s|ed)?|dismantl(?:es|ed)|crackdown|cracks? down|busts?|busted|seiz(?:es|ed)|apprehend(?:s|ed)?|nab(?:s|bed)?|round(?:s|ed)? up|captur(?:es|ed)|br(?:oke|oken|eaks?) up)\b"#)),
        (.incident, Pattern(#"\b(?:capsiz\w*|sank|sinks?|sunk|drown\w*|killed|dead|died|die|dies|crash\w*|overturn\w*|shipwreck\w*|perish\w*|collid\w*)\b"#)),
        (.statement, Pattern(#"\b(?:announc\w*|report|study|survey|launch\w*|earmark\w*|statement|plan|strategy|pledg\w*|fund\w*|urg\w*|call(?:s|ed)? (?:for|on)|says|demand\w*|warn\w*|unveil\w*|publish\w*|allocat\w*|approv\w*|sign(?:s|ed)?|agree(?:s|d)?|agreement|memorandum|commit(?:s|ted)?|invest(?:s|ed)?|spend(?:s)?)\b"#)),
    ]
    /// A meeting held, in the opening sentence: what is said there is said at the meeting, which is the story.
    static let meetingHeld = Pattern(#"\b(?:began|begins|opened|opens|held|holds|hosted|hosts|organi[sz]ed|convened|concluded|ended|wrapped up|took place|got under way|kicked off)\b.*\b(?:conference|workshop|seminar|summit|symposium|forum)\b|\b(?:conference|workshop|seminar|summit|symposium|forum)\b.*\b(?:began|opened|was held|was hosted|was organi[sz]ed|concluded|ended|took place|got under way)\b|\b(?:at the (?:close|end|closing|conclusion|opening|start) of|on the sidelines of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:conference|workshop|seminar|summit|symposium|forum)\b"#)
    static let meeting = Pattern(#"\b(?:conference|workshop|seminar|summit|meeting|symposium|session|sessions|training|forum)\b"#)
    static let venue = Pattern(#"\bat the ((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'-]*)+)"#, caseInsensitive: false)

    static let lengthPattern = Pattern(#"\b(two|three|four|five|2|3|4|5)-day\b"#)
    static let endVerbs = Pattern(#"\b(?:ended|ends|concluded|concludes|closed|closes|wrapped up|wraps up|drew to a close)\b[^,;]*$"#)

    /// The number of days of a meeting written as `a three-day workshop`.
    static func meetingLength(_ s: TokenizedSentence) -> Int? {
        guard let m = lengthPattern.firstMatch(in: s.text), let w = m[1]?.lowercased() else { return nil }
        return Numbers.valueOfLowercased(w).map { Int($0) }
    }

    /// Whether an end verb stands before the date in its clause (`concluded here on Wednesday`).
    static func endsBefore(_ m: DateMention, in text: String) -> Bool {
        endVerbs.contains(String(text[..<m.range.lowerBound]))
    }

    /// Whether the headline or the opening sentence names a verdict, a trial or a protest (not merely no other kind).
    static func namesVerdictOrProtest(_ ctx: ArticleContext) -> Bool {
        guard let other = kinds.first(where: { $0.0 == .other })?.1 else { return false }
        return other.contains(ctx.article.headline) || ctx.sentences.first.map { other.contains($0.text) } == true
    }

    /// Whether a date tells when an incident happened: its clause has a sinking or death word, and no other
    /// verb comes between that word and the date (`missing since a boat sank … protested … on Sunday`).
    static func toldOfIncident(_ m: DateMention, _ text: String, _ g: Gazetteers) -> Bool {
        let head = text[..<m.range.lowerBound]
        let start = head.lastIndex(where: { ",;".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
        let clause = text[start..<m.range.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        func tellsIncident(_ w: String) -> Bool { g.sinkingWords.contains(w) || g.incidentWords.deathVerbs.contains(w) }
        guard let last = clause.lastIndex(where: tellsIncident) else { return false }
        return !clause[(last + 1)...].contains { g.dateWords.hasRegularPastEnding(Substring($0)) }
    }

    static func extract(_ ctx: ArticleContext, incidents: [Incident]) -> Event? {
        guard let lead = ctx.sentences.first else { return nil }
        // the headline says what the story is about; the opening sentence decides when the headline does not
        let firstParagraph = lead.sentence.paragraph
        // the rest of the opening paragraph when neither names it (`police said they had broken up a network … Twelve were detained`)
        let openingText = ctx.sentences.filter { $0.sentence.paragraph <= firstParagraph + 1 }.map(\.text)
        var kind = kinds.first { $0.1.contains(ctx.article.headline) }?.0 ?? kinds.first { $0.1.contains(lead.text) }?.0
            ?? openingText.lazy.compactMap { text in kinds.first { $0.1.contains(text) }?.0 }.first ?? .other
        // `Officials urge joint action` over `… on Tuesday began a two-day conference here`: the meeting is the story
        if kind == .statement, meetingHeld.contains(lead.text) { kind = .conference }
        let opening = ctx.sentences.indices.filter { ctx.sentences[$0].sentence.paragraph <= firstParagraph + 2 }
        var date: PartialDate?
        var evidence: [Evidence] = []
        if kind == .conference {
            // the first day of the meeting
            let candidates = opening.filter { meeting.contains(ctx.sentences[$0].text) }
                .flatMap { i in ctx.eventDates(i).filter { $0.hasDay && !$0.isStatistic }.map { (i, $0.date) } }
            if let best = candidates.min(by: { $0.1 < $1.1 }) {
                date = best.1
                evidence = [Evidence(ctx.sentences[best.0].sentence, rule: "event.meeting-first-day")]
                // `a two-day conference ended on Thursday`: when only the last day is told, the first is N − 1 days before
                let s = ctx.sentences[best.0]
                if candidates.count == 1, let length = meetingLength(s), length > 1,
                   let m = ctx.eventDates(best.0).first(where: { $0.date == best.1 }), endsBefore(m, in: s.text),
                   let days = DayMath.days(of: best.1) {
                    date = DayMath.date(days - (length - 1))
                    evidence = [Evidence(s.sentence, rule: "event.meeting-length")]
                }
            }
        }
        if date == nil, kind == .incident, let inc = incidents.first, inc.date != nil {
            date = inc.date
            evidence = inc.evidence.prefix(1).map { $0.relabelled("event.incident-date") }
        }
        if date == nil {
            for i in opening {
                // `four of whom drowned when their boat sank last month`: a date told of an incident is not the arrest's
                let text = ctx.sentences[i].text
                let ok = ctx.eventDates(i).filter { !$0.isStatistic && (kind == .statement || !$0.isSpeechAttached)
                    && (kind == .incident || !toldOfIncident($0, text, ctx.g)) }
                if let d = ok.first(where: \.hasDay) ?? ok.first {
                    date = d.date
                    evidence = [Evidence(ctx.sentences[i].sentence, rule: "event.first-date")]
                    break
                }
            }
        }
        // an undated main event happened in the month the article was published
        if date == nil, let published = ctx.article.published, let month = published.month {
            date = PartialDate(year: published.year, month: month)
            evidence = [Evidence(lead.sentence, rule: "event.publication-month")]
        }
        var location: String?
        switch kind {
        case .conference, .statement:
            for i in opening {
                if let m = venue.firstMatch(in: ctx.sentences[i].text), let v = m[1] { location = v; break }
            }
        case .incident:
            location = incidents.first?.location.map { $0 }
        default: break
        }
        return Event(kind: kind, date: date, location: location ?? ctx.article.dateline, evidence: evidence)
    }
}
