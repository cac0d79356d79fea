import BriefModel

/// Numbers written in digits or words ("1,500", "2.5", "eight", "Thirty-one").
enum Numbers {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
        "crore": 10_000_000, "crores": 10_000_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
        "billion": 1_000_000_000, "bn": 1_000_000_000,
    ]

    /// Units and tens by word: one table, one look-up.
    private static let wordValues: [String: Int] = units.merging(tens) { a, _ in a }

    /// Whether a lower-cased word spells a number ("eight", "thirty-one").
    static func isNumberWord(_ w: String) -> Bool {
        if wordValues[w] != nil { return true }
        // no "-" byte, no "-" character: most words leave here without walking characters
        guard w.utf8.contains(UInt8(ascii: "-")), let dash = w.firstIndex(of: "-") else { return false }
        return tens[String(w[..<dash])] != nil
    }

    /// The value of one token ("23", "1,500", "2.5", "eight", "twenty-six"), or nil.
    static func value(_ word: String) -> Double? { valueOfLowercased(word.lowercased()) }

    /// `value` of a word already lower-cased.
    static func valueOfLowercased(_ w: String) -> Double? {
        if let first = w.utf8.first, first < 0x80 {
            // an ASCII first byte is a whole character unless a combining mark follows; digits start numbers
            if first >= 0x30 && first <= 0x39 {
                return w.utf8.contains(UInt8(ascii: ",")) ? Double(String(decoding: w.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)) : Double(w)
            }
            if w.utf8.count > 1, w.utf8.dropFirst().first! >= 0x80, let c = w.first, c.isNumber {
                return Double(w.replacingOccurrences(of: ",", with: ""))
            }
        } else if let first = w.first, first.isNumber {
            return Double(w.replacingOccurrences(of: ",", with: ""))
        }
        if let v = wordValues[w] { return Double(v) }
        guard w.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = w.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return Double(t + u) }
        return nil
    }

    static func integer(_ word: String) -> Int? { integer(value: value(word)) }

    /// A value as a whole number (nil when it has a fraction or is too large to be a count).
    static func integer(value v: Double?) -> Int? { v.flatMap(FactLimits.count) }
}
