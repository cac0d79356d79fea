import BriefModel

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), independent of
/// Foundation's calendars and time zones so that charts come out the same everywhere.
enum ChartCalendar {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The day number of a civil date.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        PartialDate.dayNumber(year: year, month: month, day: day)
    }

    /// The civil date of a day number.
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let date = PartialDate(dayNumber: dayNumber)
        return (date.year, date.month ?? 1, date.day ?? 1)
    }

    /// The period a partial date covers, as a half-open range of day numbers: a day, a month or a year.
    static func interval(of date: PartialDate) -> (start: Double, end: Double) {
        if let month = date.month {
            if let day = date.day {
                let d = dayNumber(year: date.year, month: month, day: day)
                return (Double(d), Double(d + 1))
            }
            let start = dayNumber(year: date.year, month: month, day: 1)
            let end = month == 12 ? dayNumber(year: date.year + 1, month: 1, day: 1)
                                  : dayNumber(year: date.year, month: month + 1, day: 1)
            return (Double(start), Double(end))
        }
        return (Double(dayNumber(year: date.year, month: 1, day: 1)),
                Double(dayNumber(year: date.year + 1, month: 1, day: 1)))
    }

    /// "14 Jun 2023", "Jun 2023" or "2023".
    static func display(_ date: PartialDate) -> String {
        guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
        let monthName = monthAbbreviations[month - 1]
        if let day = date.day { return "\(day) \(monthName) \(date.year)" }
        return "\(monthName) \(date.year)"
    }

    /// The day number at or before position `x` on an axis, without trapping: positions come from dates whose
    /// years `FactLimits.years` bounds, and one beyond a million years either way is held there.
    static func day(at x: Double) -> Int {
        let limit = 365.25 * 1_000_000
        return Int(x.isNaN ? 0 : min(limit, max(-limit, x)).rounded(.down))
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func mod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}

/// A calendar step for the timeline's axis: every `step` days, months or years.
struct AxisScale: Equatable {
    enum Unit { case day, month, year }
    var unit: Unit
    var step: Int

    /// From fine to coarse; the chart takes the finest whose labels fit.
    static let candidates: [AxisScale] = [
        AxisScale(unit: .day, step: 1), AxisScale(unit: .day, step: 2), AxisScale(unit: .day, step: 7),
        AxisScale(unit: .month, step: 1), AxisScale(unit: .month, step: 3), AxisScale(unit: .month, step: 6),
        AxisScale(unit: .year, step: 1), AxisScale(unit: .year, step: 2), AxisScale(unit: .year, step: 5),
        AxisScale(unit: .year, step: 10), AxisScale(unit: .year, step: 20), AxisScale(unit: .year, step: 50),
        AxisScale(unit: .year, step: 100),
    ]

    /// Single-unit periods are labelled in their middle ("Mar" under March); multi-unit steps at their start.
    var labelsPeriods: Bool { step == 1 }

    /// Weeks start on Mondays (day 4 was Monday 5 January 1970).
    private var dayOffset: Int { unit == .day && step == 7 ? 4 : 0 }

    /// The index of the tick at or before day `x`.
    func index(atOrBefore x: Double) -> Int {
        let day = ChartCalendar.day(at: x)
        switch unit {
        case .day: return ChartCalendar.floorDiv(day - dayOffset, step)
        case .month:
            let c = ChartCalendar.civil(day)
            return ChartCalendar.floorDiv(c.year * 12 + c.month - 1, step)
        case .year: return ChartCalendar.floorDiv(ChartCalendar.civil(day).year, step)
        }
    }

    /// The day number where tick `index` stands.
    func position(_ index: Int) -> Double {
        switch unit {
        case .day: return Double(index * step + dayOffset)
        case .month:
            let m = index * step
            return Double(ChartCalendar.dayNumber(year: ChartCalendar.floorDiv(m, 12), month: ChartCalendar.mod(m, 12) + 1, day: 1))
        case .year: return Double(ChartCalendar.dayNumber(year: index * step, month: 1, day: 1))
        }
    }

    /// The label of tick `index`; the year is added to the first label and where the year changes.
    func label(_ index: Int, first: Bool) -> String {
        let c = ChartCalendar.civil(ChartCalendar.day(at: position(index)))
        let previousYear = ChartCalendar.civil(ChartCalendar.day(at: position(index - 1))).year
        let withYear = first || previousYear != c.year
        switch unit {
        case .day: return "\(c.day) \(ChartCalendar.monthAbbreviations[c.month - 1])" + (withYear ? " \(c.year)" : "")
        case .month: return ChartCalendar.monthAbbreviations[c.month - 1] + (withYear ? " \(c.year)" : "")
        case .year: return String(c.year)
        }
    }

    /// Whether tick `index` starts a new year (drawn as a stronger separator on fine scales).
    func startsYear(_ index: Int) -> Bool {
        guard unit != .year else { return false }
        let c = ChartCalendar.civil(ChartCalendar.day(at: position(index)))
        return ChartCalendar.civil(ChartCalendar.day(at: position(index - 1))).year != c.year
    }
}
