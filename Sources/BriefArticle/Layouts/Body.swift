import BriefModel
import Foundation

/// What every layout shares: datelines, trailers, credit lines, paragraphs and sentences.
enum Body {
    struct Line {
        var text: String
        var isHeading = false
    }

    /// `KARACHI:`, `DAKAR —`, `TUNIS, May 2 (XYZ) —`, `LAHORE, Mar 3:`, `ACCRA (Wire) -`, `**WARSAW** —`
    private static let dateline = Pattern(#"^\**(\p{Lu}[\p{Lu} .'’-]*\p{Lu})\**(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]*\))?\s*(?::|[—–]|-\s|--)\s*"#, caseInsensitive: false)
    /// `Published in The Evening Ledger, March 3rd, 2024`
    private static let trailer = Pattern(#"^Published in (.+?),\s+(.+\d{4})\.?$"#, caseInsensitive: false)
    /// Reporting, editing and photo credits.
    private static let credit = Pattern(#"^\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Edited|Photo|Photos|Photograph)\b.*(?:by|:)"#, caseInsensitive: true)

    static let lowerParticles: Set<String> = ["de", "del", "della", "di", "da", "du", "la", "le", "el", "al", "van", "von", "der", "den", "y", "e", "of", "upon"]

    /// The city of a dateline in ordinary case ("SAN JUAN DE LA MAGUANA" → "San Juan de la Maguana").
    static func datelineCity(of paragraph: String) -> String? {
        guard let m = opener(of: paragraph) else { return nil }
        let city = m[1] ?? ""
        guard city.filter(\.isLetter).count >= 3 else { return nil }
        return ordinaryCase(city)
    }

    /// The dateline or wire opener at the start of a paragraph, with the blanks after it.
    static func opener(of paragraph: String) -> Pattern.Match? {
        mayOpenWithCapitals(paragraph) ? dateline.firstMatch(in: paragraph) : nil
    }

    /// What `dateline` needs to match: after any "*", a capital letter and then a capital, blank, dot,
    /// apostrophe or hyphen. Most paragraphs fail this at once, without running the pattern.
    private static func mayOpenWithCapitals(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop { $0 == "*" }.makeIterator()
        guard let first = scalars.next(), first.properties.isUppercase, let second = scalars.next() else { return false }
        return second.properties.isUppercase || " .'’-".unicodeScalars.contains(second)
    }

    static func ordinaryCase(_ upper: String) -> String {
        let words = upper.split(separator: " ")
        return words.enumerated().map { i, w -> String in
            let lower = w.lowercased()
            if i > 0 && lowerParticles.contains(lower) { return lower }
            return lower.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A `Published in Outlet, Date` trailer: (outlet, date).
    static func trailerInfo(_ line: String) -> (source: String, date: PartialDate?)? {
        guard line.hasPrefix("Published in ") else { return nil }
        guard let m = trailer.firstMatch(in: line.trimmingBlanks()) else { return nil }
        return (m[1] ?? "", HeaderDates.find(in: m[2] ?? ""))
    }

    static func isCredit(_ line: String) -> Bool {
        guard let first = line.first, first == "(" || first.isUppercase, line.count < 300 else { return false }
        return credit.firstMatch(in: line) != nil
    }

    /// Builds an article from body lines (one paragraph per line), dropping credits and a trailer.
    static func makeArticle(origin: String, headline: String, source: String?, published: PartialDate?, byline: String?,
                            url: String?, lines: [Line]) throws -> Article {
        var source = source, published = published
        var kept: [Line] = []
        for line in lines {
            let text = line.text.trimmingBlanks()
            if text.isEmpty { continue }
            if !line.isHeading, let t = trailerInfo(text) {
                source = source ?? t.source
                published = published ?? t.date
                continue
            }
            if !line.isHeading && isCredit(text) { continue }
            kept.append(Line(text: text, isHeading: line.isHeading))
        }
        let headline = headline.trimmingBlanks()
        guard !headline.isEmpty else { throw ArticleError(path: origin, problem: "no headline found") }
        guard kept.contains(where: { !$0.isHeading }) else { throw ArticleError(path: origin, problem: "no body text found") }
        let first = kept.first(where: { !$0.isHeading })?.text ?? ""
        let dateline = datelineCity(of: first)
        let openerLength = opener(of: first)?.range().map { first.distance(from: first.startIndex, to: $0.upperBound) }
        let paragraphs = kept.enumerated().map { i, line in
            Paragraph(index: i, text: line.text, isHeading: line.isHeading,
                      sentences: line.isHeading ? [Sentence(paragraph: i, index: 0, start: 0, end: line.text.count, text: line.text)]
                                                : SentenceSplitter.split(line.text, paragraph: i))
        }
        return Article(origin: origin, headline: headline, source: source, published: published, dateline: dateline,
                       openerLength: openerLength, byline: byline, url: url, paragraphs: paragraphs)
    }

    /// Splits body text into paragraphs: one per line, unless the text is hard-wrapped (blocks separated by
    /// blank lines whose lines mostly stop mid-sentence), in which case each block is one paragraph.
    static func lines(_ text: String) -> [Line] {
        let blocks = Text.lines(text).split { Text.isBlank($0) }
        var out: [Line] = []
        for block in blocks {
            let lines = block.map { $0.trimmingBlanks() }
            let inner = lines.dropLast()
            let wrapped = !inner.isEmpty && inner.filter { !endsSentence($0) }.count * 2 > inner.count
            if wrapped { out.append(Line(text: joinWrapped(lines))) } else { out += lines.map { Line(text: $0) } }
            out.append(Line(text: ""))
        }
        return out
    }

    /// Joins hard-wrapped lines with spaces (a hyphen at a line end is kept: "pick-" + "up" stays "pick-up").
    static func joinWrapped(_ lines: [String]) -> String {
        lines.filter { !$0.isEmpty }.reduce("") { acc, line in
            acc.isEmpty ? line : (acc.hasSuffix("-") ? acc + line : acc + " " + line)
        }
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return true }
        return ".!?\"”’:)".contains(last)
    }
}
