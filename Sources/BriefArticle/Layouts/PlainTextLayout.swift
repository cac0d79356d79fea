import BriefModel
import Foundation

/// The plain-text press layout: headline on the first line, then header lines (byline, outlet, date,
/// several of them possibly on one line separated by `|` or `·`), then the body, then an optional trailer.
enum PlainTextLayout {
    private static let byline = Pattern(#"^By\s+(.+)$"#, caseInsensitive: false)
    private static let timeOnly = Pattern(#"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|h|hrs|[A-Z]{2,4})?$"#, caseInsensitive: true)
    private static let staffWords: Set<String> = ["staff reporter", "staff correspondent", "correspondent", "redacción",
                                                  "newsroom", "news desk", "our correspondent", "web desk", "agencies"]

    static func parse(_ text: String, origin: String) throws -> Article {
        var lines = Text.lines(text)
        while let first = lines.first, Text.isBlank(first) { lines.removeFirst() }
        guard let headline = lines.first?.trimmingBlanks(), !headline.isEmpty else {
            throw ArticleError(path: origin, problem: "no headline found")
        }
        lines.removeFirst()
        var source: String?, published: PartialDate?, author: String?
        var bodyStart = 0
        var sawHeader = false
        // Header lines: short lines before the body that do not read as prose; a blank line after them ends them.
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingBlanks()
            if line.isEmpty {
                bodyStart = i + 1
                if sawHeader { break }
                continue
            }
            guard isHeaderLine(line) else { bodyStart = i; break }
            bodyStart = i + 1
            sawHeader = true
            for part in line.components(separatedBy: CharacterSet(charactersIn: "|·•")) {
                let part = part.trimmingCharacters(in: .whitespaces)
                if part.isEmpty { continue }
                if let m = byline.firstMatch(in: part) { author = author ?? m[1]; continue }
                if let date = HeaderDates.find(in: part) { published = published ?? date; continue }
                if timeOnly.firstMatch(in: part) != nil { continue }
                if staffWords.contains(part.lowercased()) || part.lowercased().hasSuffix(" bureau") { continue }
                if source == nil { source = cleanSource(part) }
            }
        }
        let body = Array(lines[min(bodyStart, lines.count)...])
        return try Body.makeArticle(origin: origin, headline: headline, source: source, published: published,
                                    byline: author, url: nil, lines: Body.lines(body.joined(separator: "\n")))
    }

    /// A header line is short and does not read as a sentence or a dateline opener.
    static func isHeaderLine(_ line: String) -> Bool {
        if Body.datelineCity(of: line) != nil || Body.isCreditDateline(line) { return false }
        if line.count > 110 { return false }
        if line.hasSuffix(".") && line.split(separator: " ").count > 3 { return false }
        return true
    }

    /// "Valle Post (English edition)" → "Valle Post".
    static func cleanSource(_ s: String) -> String {
        var s = s
        if let r = s.range(of: #"\s*\([^)]*\)\s*$"#, options: .regularExpression) { s.removeSubrange(r) }
        if s.lowercased().hasPrefix("published in ") { s = String(s.dropFirst(13)) }
        return s.trimmingCharacters(in: .whitespaces)
    }
}
