import BriefModel
import Foundation

/// Numbers written in digits or words (`1,500`, `2.5`, `eight`, `Thirty-one`). The number words and
/// scales are the `number.*` lexicons (`Gazetteers/numbers.json`), read once from the shipped files.
enum Numbers {
    /// The `number.*` lists: units and tens in order of value, words for twelve, and scales with their value.
    struct Lists: Decodable, Sendable {
        /// Words for 0 to 19, in order.
        let units: PhraseList
        /// Words for 20 to 90, in order.
        let tens: PhraseList
        /// Words for twelve (`a dozen`).
        let dozens: PhraseList
        /// `hundred 100`: a scale word and its value.
        let scales: PhraseList
    }

    /// The lists as shipped, or none when the data files cannot be found (then no number word is read).
    static let shipped: Lists = {
        let empty = Lists(units: PhraseList([]), tens: PhraseList([]), dozens: PhraseList([]), scales: PhraseList([]))
        guard let dir = try? ResourceFolders.locate("Gazetteers", target: "BriefExtract"),
              let data = try? Data(contentsOf: dir.appendingPathComponent("numbers.json")),
              let file = try? JSONDecoder().decode([String: [String: [String]]].self, from: data),
              let lexicons = file.values.first else { return empty }
        return (try? Lexicons(lexicons).group(Lists.self, namespace: namespace)) ?? empty
    }()

    /// The lexicons' namespace: the lists are named `number.*`.
    static let namespace = "number"

    private static func joined(_ list: PhraseList) -> [String] { list.phrases.map { $0.joined(separator: " ") } }

    static let units: [String: Int] = Dictionary(
        joined(shipped.units).enumerated().map { ($1, $0) } + joined(shipped.dozens).map { ($0, 12) }, uniquingKeysWith: { a, _ in a })
    static let tens: [String: Int] = Dictionary(joined(shipped.tens).enumerated().map { ($1, ($0 + 2) * 10) }, uniquingKeysWith: { a, _ in a })
    static let scales: [String: Double] = Dictionary(shipped.scales.phrases.compactMap { parts -> (String, Double)? in
        guard parts.count == 2, let v = Double(parts[1]) else { return nil }
        return (parts[0], v)
    }, uniquingKeysWith: { a, _ in a })
    /// Units and tens by word: one table, one look-up.
    private static let wordValues: [String: Int] = units.merging(tens) { a, _ in a }

    /// Whether a lower-cased word spells a number (`eight`, `thirty-one`).
    static func isNumberWord(_ w: String) -> Bool {
        if wordValues[w] != nil { return true }
        // no `-` byte, no `-` character: most words leave here without walking characters
        guard w.utf8.contains(UInt8(ascii: "-")), let dash = w.firstIndex(of: "-") else { return false }
        return tens[String(w[..<dash])] != nil
    }

    /// The value of one token (`23`, `1,500`, `2.5`, `eight`, `twenty-six`), or nil.
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
