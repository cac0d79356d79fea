import Foundation
import BriefModel

/// How dates and numbers are written in a brief.
public enum Formatting {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "26 April 2024", "June 2023", "2024".
    public static func date(_ d: PartialDate) -> String {
        guard let month = d.month else { return "\(d.year)" }
        let name = months[month - 1]
        guard let day = d.day else { return "\(name) \(d.year)" }
        return "\(day) \(name) \(d.year)"
    }

    /// "350", "1,200", "2.5 million", "330 million"; a value too large to be a count is written as it is
    /// ("1e+30"), never converted to `Int`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e18 else { return "\(value)" }
        if value >= 1_000_000 {
            let millions = value / 1_000_000
            let text = millions == millions.rounded() ? String(Int(millions)) : String(format: "%.1f", millions)
            return "\(text) million"
        }
        if value == value.rounded() { return grouped(Int(value)) }
        return String(format: "%.1f", value)
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
