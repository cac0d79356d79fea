import BriefModel

/// Calendar arithmetic on whole days (proleptic Gregorian), without Foundation calendars.
enum DayMath {
    /// Days since 1970-01-01.
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int { PartialDate.dayNumber(year: y, month: m, day: d) }

    static func date(_ days: Int) -> PartialDate { PartialDate(dayNumber: days) }

    /// Monday = 0 … Sunday = 6.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    static func days(of date: PartialDate) -> Int? {
        guard let m = date.month, let d = date.day else { return nil }
        return days(date.year, m, d)
    }

    static func addMonths(_ date: PartialDate, _ n: Int) -> PartialDate {
        let index = date.year * 12 + (date.month ?? 1) - 1 + n
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }
}
