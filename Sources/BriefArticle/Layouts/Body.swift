import BriefModel
import Foundation

/// What every layout shares: datelines, trailers, credit lines, paragraphs and sentences.
enum Body {
    struct Line {
        var text: String
        var isHeading = false
    }

    /// `KARACHI:`, `DAKAR —`, `AGADEZ, Niger —`, `TUNIS, May 2 (XYZ) —`, `LAHORE, Mar 3:`, `ACCRA (Wire) -`,
    /// `**WARSAW** —`, `**BANGKOK, 22 July 2025** –`: a city in capitals.
    private static let dateline = Pattern(#"^\**(\p{Lu}[\p{Lu} .'’-]*\p{Lu})(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)?(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}))?\**(?:\s*\([^)]*\))?\s*(?::|[—–]|-\s|--|\.-)\s*"#, caseInsensitive: false)
    /// `Colombo, Sri Lanka/14 February 2025:`, `Mexico City, Mar 12 (Wire).-`, `Muscat:`: a city in ordinary case,
    /// followed by a date or a colon and then a capital.
    private static let ordinaryCaseDateline = Pattern(#"^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)?/\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*:|,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*\.?-|\s*:)\s+(?=[\p{Lu}"“])"#, caseInsensitive: false)
    /// `RSPA, DJIBOUTI` on a line of its own: an agency's credit and the city it filed from.
    private static let creditDateline = Pattern(#"^\p{Lu}{2,10},\s+(\p{Lu}[\p{Lu} .'’-]*\p{Lu})$"#, caseInsensitive: false)
    /// Summary bullets above the first paragraph (`• At least 19 bodies recovered`).
    private static let bullet = Pattern(#"^(?:[•▪●·]|[-*–]\s)"#, caseInsensitive: false)
    /// `Published in The Evening Ledger, March 3rd, 2024`
    private static let trailer = Pattern(#"^Published in (.+?),\s+(.+\d{4})\.?$"#, caseInsensitive: false)
    /// Reporting, editing and photo credits.
    private static let credit = Pattern(#"^\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Edited|Photo|Photos|Photograph)\b.*(?:by|:)"#, caseInsensitive: true)

    static let lowerParticles: Set<String> = ["de", "del", "della", "di", "da", "du", "la", "le", "el", "al", "van", "von", "der", "den", "y", "e", "of", "upon", "sur", "en"]

    /// The city of a dateline in ordinary case ("SAN JUAN DE LA MAGUANA" → "San Juan de la Maguana").
    static func datelineCity(of paragraph: String) -> String? {
        guard let m = opener(of: paragraph) else { return nil }
        let city = (m[1] ?? "").trimmingCharacters(in: .whitespaces)
        guard city.filter(\.isLetter).count >= 3 else { return nil }
        return ordinaryCase(city)
    }

    /// The dateline or wire opener at the start of a paragraph, with the blanks after it.
    static func opener(of paragraph: String) -> Pattern.Match? {
        guard mayOpenWithCapitals(paragraph) else { return nil }
        return dateline.firstMatch(in: paragraph) ?? ordinaryCaseDateline.firstMatch(in: paragraph)
    }

    /// What the dateline patterns need to match: after any "*", a capital letter and then another letter,
    /// a blank, dot, apostrophe or hyphen. Most paragraphs that fail this fail at once.
    private static func mayOpenWithCapitals(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop { $0 == "*" }.makeIterator()
        guard let first = scalars.next(), first.properties.isUppercase, let second = scalars.next() else { return false }
        return second.properties.isAlphabetic || " .'’-".unicodeScalars.contains(second)
    }

    static func ordinaryCase(_ upper: String) -> String {
        let words = upper.split(separator: " ")
        return words.enumerated().map { i, w -> String in
            let lower = w.lowercased()
            if i > 0 && lowerParticles.contains(lower) { return lower }
            return lower.split(separator: "-", omittingEmptySubsequences: false).enumerated()
                .map { k, part in k > 0 && lowerParticles.contains(String(part)) ? String(part) : part.prefix(1).uppercased() + part.dropFirst() }
                .joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A `Published in Outlet, Date` trailer: (outlet, date).
    static func trailerInfo(_ line: String) -> (source: String, date: PartialDate?)? {
        guard line.hasPrefix("Published in ") else { return nil }
        guard let m = trailer.firstMatch(in: line.trimmingBlanks()) else { return nil }
        return (m[1] ?? "", HeaderDates.find(in: m[2] ?? ""))
    }

    /// Whether a line is an agency's credit with the city it filed from (`RSPA, DJIBOUTI`).
    static func isCreditDateline(_ line: String) -> Bool { creditDateline.firstMatch(in: line) != nil }

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
        // summary bullets right above the dateline's paragraph are a standfirst, not part of the report
        let body = kept.indices.filter { !kept[$0].isHeading }
        if let bulletEnd = body.firstIndex(where: { bullet.firstMatch(in: kept[$0].text) == nil }), bulletEnd > 0,
           opener(of: kept[body[bulletEnd]].text) != nil {
            kept.removeSubrange(body[0]..<body[bulletEnd])
        }
        var dateline: String?
        // `AGENCY, CITY` on the line before the first paragraph
        if let k = kept.firstIndex(where: { !$0.isHeading }), kept.count > k + 1,
           let credit = creditDateline.firstMatch(in: kept[k].text), let city = credit[1] {
            dateline = ordinaryCase(city)
            kept.remove(at: k)
        }
        let first = kept.first(where: { !$0.isHeading })?.text ?? ""
        dateline = dateline ?? datelineCity(of: first)
        let openerMatch = opener(of: first)
        let openerLength = openerMatch?.range().map { first.distance(from: first.startIndex, to: $0.upperBound) }
        // `Colombo, Sri Lanka/14 February 2025:`: the dateline's date when the header gives none
        if published == nil, let text = openerMatch?[0] { published = HeaderDates.find(in: text) }
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
