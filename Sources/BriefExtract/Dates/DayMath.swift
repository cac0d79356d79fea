import BriefModel

/// Calendar arithmetic on whole days (proleptic Gregorian), without Foundation calendars.
enum DayMath {
    /// Days since 1970-01-01.
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y2 = m <= 2 ? y - 1 : y
        let era = (y2 >= 0 ? y2 : y2 - 399) / 400
        let yoe = y2 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(_ days: Int) -> PartialDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

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
