import BriefModel

/// Relative days the date resolver leaves out, resolved against the publication date like its weekdays:
/// `yesterday` and `last night` (the day before), `the day before yesterday`, `three days ago` (the day),
/// `two weeks ago`, `this week` and `earlier this week` (the month, as `last week` is), `two months ago`
/// (the month). The rules read a sentence's dates through `eventDates`, which adds these to the resolver's.
extension ArticleContext {
    /// The dates of sentence `i` as events: the resolver's, fitted to the side of the publication date their
    /// clause speaks of, with the days of hyphenated ranges and the relative days added (found once, at setup).
    func eventDates(_ i: Int) -> [DateMention] { events[i] }

    /// What `eventDates` answers for sentence `i`, from `dates[i]`.
    func findEventDates(_ i: Int) -> [DateMention] {
        var found = dates[i].map { yearFitted($0, in: sentences[i].text) }
        let s = sentences[i]
        // `13-14 May`, `May 13-14`: the day the resolver leaves out of a hyphenated range
        if s.text.unicodeScalars.contains(where: { $0 == "-" || $0 == "–" }) {
            for m in RelativeDays.hyphenRange.matches(in: s.text) {
                guard let r = m.range(), let a = Int(m[1] ?? m[4] ?? ""), let b = Int(m[2] ?? m[5] ?? ""), a < b,
                      let known = found.first(where: { $0.range.overlaps(r) && $0.date.day != nil }),
                      let month = known.date.month else { continue }
                for d in [a, b] where !found.contains(where: { $0.date == PartialDate(year: known.date.year, month: month, day: d) }) {
                    guard d <= PartialDate.daysIn(month: month, year: known.date.year) else { continue }
                    found.append(DateMention(date: PartialDate(year: known.date.year, month: month, day: d), range: r,
                                             isStatistic: known.isStatistic, isSpeechAttached: known.isSpeechAttached))
                }
            }
            found.sort { ($0.range.lowerBound, $0.date) < ($1.range.lowerBound, $1.date) }
        }
        let words = g.dateWords
        guard let pub = article.published, let pubDays = DayMath.days(of: pub),
              s.tokens.contains(where: { words.relativeCues.contains($0.lower) }) else { return found }
        var out = found
        for m in RelativeDays.pattern.matches(in: s.text) {
            guard let r = m.range(), !found.contains(where: { $0.range.overlaps(r) }) else { continue }
            let phrase = (m[0] ?? "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var date = words.relativePhrases.date(of: phrase, published: pub)
            // `three days ago`, `two weeks ago` (told to the month), `two months ago`
            if date == nil, let written = m[1]?.lowercased(),
               let amount = words.singleArticles.contains(written) ? 1 : Numbers.valueOfLowercased(written).map({ Int($0) }) {
                let unit = (m[2] ?? "").lowercased()
                if words.agoUnitsDay.contains(unit) { date = DayMath.date(pubDays - amount) }
                else if words.agoUnitsWeek.contains(unit) { let d = DayMath.date(pubDays - 7 * amount); date = PartialDate(year: d.year, month: d.month) }
                else if words.agoUnitsMonth.contains(unit) { date = DayMath.addMonths(pub, -amount) }
            }
            guard let date else { continue }
            let head = String(s.text[..<r.lowerBound].suffix(48))
            out.append(DateMention(date: date, range: r, isStatistic: false, isSpeechAttached: RelativeDays.speechBefore.contains(head)))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension ArticleContext {
    /// A day or month written without a year takes the year that puts it on the side of the publication date
    /// its clause speaks of: `will be heard on January 15` in a December report is next January, `on December 28`
    /// in a January report is last December (more than two months ahead and not told as future).
    func yearFitted(_ m: DateMention, in text: String) -> DateMention {
        guard let pub = article.published, let pubMonth = pub.month, let month = m.date.month,
              !text[m.range].contains(where: \.isNumber) || !RelativeDays.writtenYear.contains(String(text[m.range])) else { return m }
        let ahead = (m.date.year - pub.year) * 12 + month - pubMonth
        let clauseStart = DateResolver.clauseStart(text, before: m.range.lowerBound)
        let clause = " " + text[clauseStart..<m.range.lowerBound].lowercased() + " "
        let searchableClause = SearchableText(clause)
        // relative words (`this December`, `next March`) were resolved already
        let written = SearchableText(text[m.range].lowercased())
        guard !g.dateWords.relativeWords.entries.contains(where: { written.contains($0) }) else { return m }
        let future = g.futureMarkers.contains { searchableClause.contains(" \($0) ") }
        // the verb may stand before the date or after it (`In July, eight migrants died`, `… capsized off Tobruk,
        // on the eastern Libyan coast, in December`)
        let sentenceEnd = text[m.range.upperBound...].firstIndex(where: { ";".contains($0) }) ?? text.endIndex
        let words = (text[..<m.range.lowerBound] + " " + text[m.range.upperBound..<sentenceEnd]).lowercased()
            .split(whereSeparator: { !$0.isLetter })
        let past = words.contains { g.dateWords.isPast($0) }
        var out = m
        if future, ahead <= -3 { out.date.year += 1 }
        else if !future, past, m.date.year == pub.year, ahead >= (m.date.day == nil ? 1 : 3) {
            // told as past, so not after the publication date: the latest such month before it (a day a little
            // ahead is more often a remand's or a hearing's date than last year's)
            out.date.year -= 1
        }
        return out
    }
}

enum RelativeDays {
    /// `13-14 May` (groups 1, 2, 3) or `May 13-14` (groups 3… 4, 5), with a hyphen or dash and no blanks.
    static let hyphenRange = Pattern(#"\b(\d{1,2})[-–](\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})[-–](\d{1,2})\b"#)
    /// A four-digit year inside a date mention.
    static let writtenYear = Pattern(#"\b\d{4}\b"#)
    static let pattern = Pattern(#"\bthe\s+day\s+before\s+yesterday\b|\byesterday\b|\blast\s+night\b|\b(?:earlier\s+)?this\s+week\b|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?)\s+ago\b"#)
    static let speechBefore = Pattern(#"\b(?:said|says|told|announced|stated|added|confirmed|reported)\b(?:\s+[\w’']+){0,4}?\s*$"#)
}
