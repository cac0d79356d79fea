/// The ranges the numbers of a facts file lie in. Extraction keeps a number outside them as text only (it is
/// not a count or a figure), a facts file with one is refused, and nothing converts such a number to `Int`.
/// The facts schema (`brief schema`) states the same bounds.
public enum FactLimits {
    /// People counted in an incident (dead, missing, survivors).
    public static let counts: ClosedRange<Int> = 0...999_999_999_999
    /// A figure's value (money, people, days).
    public static let figures: ClosedRange<Double> = 0...1e15
    /// The year of a date.
    public static let years: ClosedRange<Int> = 1000...9999

    /// `value` as a count, or nil when it has a fraction, is not finite or lies outside `counts`.
    public static func count(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), value >= Double(counts.lowerBound),
              value <= Double(counts.upperBound) else { return nil }
        return Int(value)
    }

    /// Whether `value` may be a figure (finite, within `figures`).
    public static func isFigure(_ value: Double) -> Bool { figures.contains(value) }
}
