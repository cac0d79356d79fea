import BriefModel
import Foundation

/// A date written in a sentence, resolved to a calendar date.
struct DateMention: Sendable {
    var date: PartialDate
    /// Where it stands in the sentence text.
    var range: Range<String.Index>
    /// `since January`, `by the end of March`: the edge of a statistic's period, not an event.
    var isStatistic: Bool
    /// `said on Monday`, `told journalists on Friday`: when something was said, not when it happened.
    var isSpeechAttached: Bool
    /// Written with the day (`on Sunday`, `April 10`).
    var hasDay: Bool { date.day != nil }
}

/// Finds dates in sentences and resolves relative ones against the publication date: weekdays to the
/// day (preferring the past, the future when the clause speaks of it), `last week`/`last month` to the
/// month, `earlier this year` to the year, a day and month without a year to the year of the paragraph's
/// last full date or else the publication year. Bare years (`in 2023`) are the years of statistics or laws
/// and are not read as events.
struct DateResolver: Sendable {
    let published: PartialDate?
    private let p: DatePatterns
    private let futureMarkers: [String]
    private let statisticMarkers: [String]
    private let months: [String: Int]
    private let weekdays: [String: Int]
    private let words: DateWords

    init(gazetteers: Gazetteers, published: PartialDate?) {
        self.words = gazetteers.dateWords
        self.published = published
        self.p = gazetteers.datePatterns
        self.futureMarkers = gazetteers.futureMarkers
        self.statisticMarkers = gazetteers.statisticMarkers
        self.months = gazetteers.months
        self.weekdays = gazetteers.weekdays
    }

    /// All dates in a sentence; `anchor` carries the last full date within a paragraph.
    func mentions(in sentence: TokenizedSentence, anchor: inout PartialDate?) -> [DateMention] {
        let text = sentence.text
        var out: [DateMention] = []
        // most sentences hold no date: run only the patterns whose words are there
        let cue = cues(sentence.tokens)
        guard cue.any else { return out }
        var taken: [Range<String.Index>] = []
        func free(_ r: Range<String.Index>) -> Bool { !taken.contains { $0.overlaps(r) } }
        func add(_ date: PartialDate?, _ r: Range<String.Index>) {
            guard let date, FactLimits.years.contains(date.year) else { return }
            out.append(DateMention(date: date, range: r, isStatistic: isStatistic(text, r),
                                   isSpeechAttached: isSpeech(text, r)))
        }
        func month(_ s: String?) -> Int? { s.flatMap { months[$0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))] } }
        // where a month or weekday pattern can match: around the tokens that may name one
        let monthPart = cue.month ? p.months.part(of: sentence) : nil
        let weekdayPart = cue.weekday ? p.weekdays.part(of: sentence) : nil
        /// `mention`: the group that is the date mention (the whole match unless the pattern reads words before it);
        /// `within`: the part of the sentence every match lies in (nil: anywhere).
        func run(_ pattern: Pattern, when needed: Bool = true, mention: Int = 0, within part: Range<String.Index>? = nil,
                 _ body: (Pattern.Match, Range<String.Index>) -> Void) {
            guard needed else { return }
            for m in part.map({ pattern.matches(in: text, within: $0) }) ?? pattern.matches(in: text) {
                guard let r = m.range(mention), free(r) else { continue }
                taken.append(r)
                body(m, r)
            }
        }
        // Full dates first: they also set the paragraph's anchor year.
        run(p.monthDayYear, when: cue.month && cue.year4, within: monthPart) { m, r in
            if let mo = month(m[1]), let d = Int(m[2] ?? ""), let y = Int(m[3] ?? "") {
                let date = valid(y, mo, d); add(date, r); anchor = date ?? anchor
            }
        }
        run(p.dayMonthYear, when: cue.month && cue.year4, within: monthPart) { m, r in
            if let mo = month(m[3]), let d = Int(m[1] ?? ""), let y = Int(m[4] ?? "") {
                add(valid(y, mo, d), r)
                if let d2 = Int(m[2] ?? "") { add(valid(y, mo, d2), r) }
                anchor = valid(y, mo, d) ?? anchor
            }
        }
        run(p.monthYear, when: cue.month && cue.year4, within: monthPart) { m, r in
            if let mo = month(m[1]), let y = Int(m[2] ?? "") { add(PartialDate(year: y, month: mo), r); anchor = PartialDate(year: y, month: mo) }
        }
        run(p.relativeMonth, when: cue.month, within: monthPart) { m, r in
            guard let pub = published, let pm = pub.month, let mo = month(m[2]) else { return }
            let modifier = (m[1] ?? "").lowercased()
            if words.aheadModifiers.contains(modifier) { add(PartialDate(year: mo > pm ? pub.year : pub.year + 1, month: mo), r) }
            else if words.thisModifiers.contains(modifier) { add(PartialDate(year: pub.year, month: mo), r) }
            else { add(PartialDate(year: mo < pm ? pub.year : pub.year - 1, month: mo), r) }
        }
        /// The year of a day and month: `last year`, `next year` or `this year` after them, else as `year(month:anchor:)`.
        func dayYear(_ mo: Int, relative: String?) -> Int? {
            guard let relative, let pub = published else { return year(month: mo, anchor: anchor) }
            let modifier = relative.lowercased()
            return words.behindModifiers.contains(modifier) ? pub.year - 1 : (words.aheadModifiers.contains(modifier) ? pub.year + 1 : pub.year)
        }
        run(p.dayMonth, when: cue.month && cue.digit, within: monthPart) { m, r in
            guard let mo = month(m[3]), let d = Int(m[1] ?? "") else { return }
            guard let y = dayYear(mo, relative: m[4]) else { return }
            add(valid(y, mo, d), r)
            if let d2 = Int(m[2] ?? "") { add(valid(y, mo, d2), r) }
        }
        run(p.monthDay, when: cue.month && cue.digit, within: monthPart) { m, r in
            guard let mo = month(m[1]), let d = Int(m[2] ?? "") else { return }
            guard let y = dayYear(mo, relative: m[3]) else { return }
            add(valid(y, mo, d), r)
        }
        // after the days: `3 March next year` is a day, `March next year` a month
        run(p.monthRelativeYear, when: cue.month && cue.period, within: monthPart) { m, r in
            guard let pub = published, let mo = month(m[1]) else { return }
            let modifier = (m[2] ?? "").lowercased()
            let shift = words.behindModifiers.contains(modifier) ? -1 : (words.aheadModifiers.contains(modifier) ? 1 : 0)
            add(PartialDate(year: pub.year + shift, month: mo), r)
        }
        run(p.monthOnly, when: cue.month, mention: 1, within: monthPart) { m, r in
            guard let pub = published, let pm = pub.month, let mo = month(m[2]) else { return }
            let year = isFuture(text, r) && mo < pm ? pub.year + 1 : pub.year
            add(PartialDate(year: year, month: mo), r)
        }
        run(p.qualifiedYear, when: cue.year4) { m, r in
            if let y = Int(m[1] ?? "") { add(PartialDate(year: y), r) }
        }
        run(p.relativePeriod, when: cue.period) { m, r in
            guard let pub = published else { return }
            let phrase = (m[0] ?? "").lowercased().split(separator: " ").joined(separator: " ")
            add(words.relativePhrases.date(of: phrase, published: pub), r)
        }
        run(p.weekday, when: cue.weekday, within: weekdayPart) { m, r in
            guard let pub = published, let pubDays = DayMath.days(of: pub), let wd = weekdays[(m[2] ?? "").lowercased()] else { return }
            let today = DayMath.weekday(pubDays)
            let modifier = (m[1] ?? "").lowercased()
            let delta: Int
            if words.aheadModifiers.contains(modifier) || (modifier.isEmpty && isFuture(text, r)) {
                // `will appear in court on Wednesday` in a Wednesday paper: that day; `next Wednesday`: a week on
                let ahead = (wd - today + 7) % 7
                delta = ahead == 0 && modifier.isEmpty ? 0 : (ahead == 0 ? 7 : ahead)
            } else if words.behindModifiers.contains(modifier) {
                let back = (today - wd + 7) % 7
                delta = -(back == 0 ? 7 : back)
            } else {
                delta = -((today - wd + 7) % 7)
            }
            add(DayMath.date(pubDays + delta), r)
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        // `in January to June 2024`: two months joined as a period are a period, not events; the first takes the
        // second's year
        for k in out.indices.dropFirst() where out[k - 1].date.day == nil && out[k].date.day == nil
            && out[k - 1].date.month != nil && out[k].date.month != nil {
            let gap = text[out[k - 1].range.upperBound..<max(out[k - 1].range.upperBound, out[k].range.lowerBound)]
            guard words.periodJoiners.contains(gap.trimmingCharacters(in: .whitespaces).lowercased()) else { continue }
            if (out[k - 1].date.month ?? 0) <= (out[k].date.month ?? 0) { out[k - 1].date.year = out[k].date.year }
            out[k - 1].isStatistic = true
            out[k].isStatistic = true
        }
        // `between January and August`, `from January to August`: the second end of a statistic's period is one too
        for k in out.indices.dropFirst() where out[k - 1].isStatistic && !out[k].isStatistic {
            let gap = text[out[k - 1].range.upperBound..<max(out[k - 1].range.upperBound, out[k].range.lowerBound)]
            let joiner = gap.trimmingCharacters(in: .whitespaces).lowercased()
            if words.periodJoiners.contains(joiner) || words.rangeJoiners.contains(joiner) { out[k].isStatistic = true }
        }
        return out
    }

    /// Which kinds of date words a sentence holds, so that patterns that cannot match are not run.
    private struct Cues {
        var month = false, weekday = false, year4 = false, period = false, digit = false
        var any: Bool { month || weekday || year4 || period }
    }

    /// `text.first?.isNumber == true`, answered from the first byte when it is ASCII and a whole character.
    private static func startsWithNumber(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let b = utf8.first, b < 0x80, utf8.count == 1 || utf8.dropFirst().first! < 0x80 { return b >= 0x30 && b <= 0x39 }
        return text.first?.isNumber == true
    }

    private func cues(_ tokens: [Token]) -> Cues {
        var c = Cues()
        for t in tokens {
            switch t.kind {
            case .number:
                c.digit = true
                if t.text.count == 4 { c.year4 = true }
            case .word:
                if months[t.lower] != nil { c.month = true }
                if weekdays[t.lower] != nil { c.weekday = true }
                if t.lower == "year" || t.lower == "week" || t.lower == "month" { c.period = true }
                if DateResolver.startsWithNumber(t.text) { c.digit = true }
            case .punct:
                break
            }
        }
        return c
    }

    /// The year of a day and month written without one: the paragraph's last full date sets it (a month
    /// earlier than that date's falls in the next year), else the publication year.
    private func year(month: Int, anchor: PartialDate?) -> Int? {
        if let a = anchor { return month < (a.month ?? 1) ? a.year + 1 : a.year }
        return published?.year
    }

    private func valid(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? {
        guard (1...12).contains(m), (1...PartialDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// The clause before the mention (back to the last comma or semicolon).
    private func clause(_ text: String, before r: Range<String.Index>) -> String {
        String(text[DateResolver.clauseStart(text, before: r.lowerBound)..<r.lowerBound]).lowercased()
    }

    /// Where the clause holding position `end` starts: after the last comma, semicolon, colon or bracket before
    /// it (a comma inside a number, as in `50,000`, is none).
    static func clauseStart(_ text: String, before end: String.Index) -> String.Index {
        var k = end
        while k > text.startIndex {
            let before = text.index(before: k)
            let c = text[before]
            if ";:(".contains(c) { return k }
            if c == ",", !(before > text.startIndex && text[text.index(before: before)].isNumber && k < text.endIndex && text[k].isNumber) {
                return k
            }
            k = before
        }
        return text.startIndex
    }

    private func isFuture(_ text: String, _ r: Range<String.Index>) -> Bool {
        let clause = clause(text, before: r)
        let straight = SearchableText.isPlain(clause)
            ? String(String.UnicodeScalarView(clause.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
            : clause.replacingOccurrences(of: "’", with: "'")
        let c = SearchableText(" " + straight + " ")
        return futureMarkers.contains { c.contains(" \($0) ") || c.contains(" \($0)'") }
    }

    private func isStatistic(_ text: String, _ r: Range<String.Index>) -> Bool {
        // `23 cases in January alone`
        let next = text[r.upperBound...].drop(while: \.isWhitespace).prefix(while: \.isLetter).lowercased()
        if words.statisticAfter.contains(next) { return true }
        let head = String(text[..<r.lowerBound].suffix(24)).lowercased()
        guard let marker = statisticMarkers.first(where: { head.hasSuffix(" \($0) ") || head.hasSuffix(" \($0) the ") || head == "\($0) " })
        else { return false }
        // `remanded them in custody until March 12`, `adjourned until May 3`: a deadline, not a period
        if marker == "until", clause(text, before: r).split(separator: " ").contains(where: { words.deadlineWords.contains(String($0)) }) {
            return false
        }
        return true
    }

    private func isSpeech(_ text: String, _ r: Range<String.Index>) -> Bool {
        let head = String(text[..<r.lowerBound].suffix(48))
        return p.speechBefore.contains(head)
    }
}

/// Where in a sentence a pattern built on a list of names (months, weekdays) can match.
///
/// A name is made of letters, so it lies inside one word token, and that token holds the first three letters
/// of some name. A match reaches at most `reach` tokens before and after the token holding its name (the
/// patterns allow a day, `and`, a second day and `of` before a month; a dot, day, comma and year after one),
/// so every match lies between `reach` tokens before the first such token and `reach` tokens after the last.
struct NameTokens: Sendable {
    /// The first three lower-cased UTF-8 bytes of each name; nil when a name is shorter.
    private let starts: Set<UInt32>?
    private let reach: Int

    init(names: [String], reach: Int) {
        let prefixes = names.map { Array($0.lowercased().utf8.prefix(3)) }
        starts = prefixes.allSatisfy { $0.count == 3 } ? Set(prefixes.map(NameTokens.packed)) : nil
        self.reach = reach
    }

    private static func packed(_ b: some Collection<UInt8>) -> UInt32 {
        b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The part of the sentence any match lies in (nil: the whole sentence).
    func part(of s: TokenizedSentence) -> Range<String.Index>? {
        guard let starts else { return nil }
        func mayHoldName(_ t: Token) -> Bool {
            guard t.kind == .word else { return false }
            let bytes = t.lower.utf8
            guard bytes.count >= 3 else { return false }
            var window: UInt32 = 0
            for (k, b) in bytes.enumerated() {
                window = (window << 8 | UInt32(b)) & 0xFF_FFFF
                if k >= 2, starts.contains(window) { return true }
            }
            return false
        }
        guard let first = s.tokens.firstIndex(where: mayHoldName), let last = s.tokens.lastIndex(where: mayHoldName) else { return nil }
        let from = s.tokens[max(0, first - reach)].range.lowerBound
        let to = s.tokens[min(s.tokens.count - 1, last + reach)].range.upperBound
        return from..<to
    }
}

/// The date patterns, compiled once per set of month and weekday names.
final class DatePatterns: @unchecked Sendable {
    let monthDayYear, dayMonthYear, monthYear, monthRelativeYear, relativeMonth, dayMonth, monthDay, monthOnly: Pattern
    let qualifiedYear, relativePeriod, weekday, speechBefore: Pattern
    /// Where the month and the weekday patterns can match.
    let months, weekdays: NameTokens

    init(months: [String], weekdays: [String]) {
        // at most four tokens before a month (`12 and 13 of May`, `at the end of early May`) or after one
        // (`May. 12, 2024`, `May of last year`), one before a weekday (`last Friday`); six leaves a margin
        self.months = NameTokens(names: months, reach: 6)
        self.weekdays = NameTokens(names: weekdays, reach: 6)
        let m = "(" + months.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")\\.?"
        let w = "(" + weekdays.sorted { $0.count > $1.count }.joined(separator: "|") + ")"
        let ord = "(?:st|nd|rd|th)?"
        func cs(_ s: String) -> Pattern { Pattern(s, caseInsensitive: false) }
        monthDayYear = cs("\\b\(m)\\s+(\\d{1,2})\(ord),?\\s+(\\d{4})\\b")
        dayMonthYear = cs("\\b(\\d{1,2})\(ord)(?:\\s+(?:and|to|-|–)\\s+(\\d{1,2})\(ord))?\\s+\(m),?\\s+(\\d{4})\\b")
        monthYear = cs("\\b\(m),?\\s+(\\d{4})\\b")
        monthRelativeYear = cs("\\b\(m)\\s+(?:of\\s+)?(last|this|next)\\s+year\\b")
        relativeMonth = cs("\\b((?i:last|next|this|past|coming))\\s+\(m)(?!\\s+\\d)")
        // a day and month may be followed by the year they fall in, relative to publication: `August 12 last year`
        let relativeYear = "(?:,?\\s+((?i:last|next|this))\\s+year\\b)?"
        dayMonth = cs("\\b(\\d{1,2})\(ord)(?:\\s+(?:and|to|-|–)\\s+(\\d{1,2})\(ord))?\\s+(?:of\\s+)?\(m)(?!\\w)\(relativeYear)")
        monthDay = cs("\\b\(m)\\s+(\\d{1,2})\(ord)(?![\\d,.]\\d)(?!\\w)\(relativeYear)")
        // the words before the month are matched, not looked behind for: much faster, and the mention is group 1
        monthOnly = cs("\\b(?i:in|from|by|until|since|during|before|after|early|late|mid|of|end of|beginning of|start of|between|and|to|through|till)\\s((?:(?i:early|late|mid)-?\\s?)?\(m))(?!\\w)")
        qualifiedYear = cs("\\b(?i:early|late|mid|the end of|the start of|the beginning of|the middle of)[\\s-](\\d{4})\\b")
        // `early next year` is a scheduled year; `last year` alone is mostly the period of a statistic, not an event
        relativePeriod = Pattern("\\b(?:earlier|later)\\s+this\\s+year\\b|\\b(?:last|next|this|past)\\s+(?:week|month)\\b|\\b(?:early|late|mid)[\\s-](?:next|last)\\s+year\\b")
        weekday = cs("\\b(?:((?i:next|last|this|previous|coming))\\s+)?\(w)(?!\\w)")
        speechBefore = Pattern("\\b(?:said|says|told|announced|stated|added|confirmed|reported)\\b(?:\\s+[\\w’']+){0,4}?\\s+(?:late\\s+)?(?:on|in)\\s+$")
    }
}
