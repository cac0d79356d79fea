import BriefModel
import Foundation

/// Reads the publication date out of header lines, trailers and front matter:
/// ISO `2024-04-22`, day-first `22.04.2024`, `11/10/2024` and `27-06-2024`, `Sept. 18, 2024`, `April 27th, 2024`,
/// `Wednesday 2 October 2024 14:05 BST`.
enum HeaderDates {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    private static let monthAlternation = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"

    /// Year first: `2024-04-22`, `2024/04/22`, and the date of a timestamp `2024-04-22T09:30:00Z`.
    private static let iso = Pattern(#"\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?=T|\b)"#, caseInsensitive: false)
    private static let dayFirst = Pattern(#"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b"#, caseInsensitive: false)
    private static let monthFirst = Pattern("\\b(\(monthAlternation))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", caseInsensitive: true)
    private static let dayMonth = Pattern("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(\(monthAlternation))\\.?,?\\s+(\\d{4})\\b", caseInsensitive: true)

    /// The first full date in `text`, or nil.
    static func find(in text: String) -> PartialDate? {
        if let m = iso.firstMatch(in: text), let y = Int(m[1] ?? ""), let mo = Int(m[3] ?? ""), let d = Int(m[4] ?? "") {
            return make(y, mo, d)
        }
        if let m = dayFirst.firstMatch(in: text), let d = Int(m[1] ?? ""), let mo = Int(m[3] ?? ""), let y = Int(m[4] ?? "") {
            return make(y, mo, d)
        }
        if let m = monthFirst.firstMatch(in: text), let mo = month(m[1] ?? ""), let d = Int(m[2] ?? ""), let y = Int(m[3] ?? "") {
            return make(y, mo, d)
        }
        if let m = dayMonth.firstMatch(in: text), let mo = month(m[2] ?? ""), let d = Int(m[1] ?? ""), let y = Int(m[3] ?? "") {
            return make(y, mo, d)
        }
        return nil
    }

    static func month(_ name: String) -> Int? { months[name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))] }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? {
        guard FactLimits.years.contains(y), (1...12).contains(m), (1...PartialDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }
}
