import Foundation

/// A compiled regular expression (NSRegularExpression is immutable and safe to share).
struct Pattern: @unchecked Sendable {
    let re: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        // The patterns are constants of this module: a bad one is a programming error.
        re = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    struct Match {
        let text: NSString
        let result: NSTextCheckingResult
        subscript(_ i: Int) -> String {
            let r = result.range(at: i)
            return r.location == NSNotFound ? "" : text.substring(with: r)
        }
        var range: NSRange { result.range }
    }

    func firstMatch(in text: String) -> Match? {
        let ns = text as NSString
        guard let r = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return Match(text: ns, result: r)
    }
}
