import BriefModel
import Foundation

/// What every layout shares: datelines, trailers, credit lines, paragraphs and sentences.
enum Body {
    struct Line {
        var text: String
        var isHeading = false
    }

    /// `QUETTA:`, `NOUAKCHOTT —`, `SFAX, April 18 (NAW) —`
    private static let dateline = Regex(#"^([A-Z][A-Z .'’-]*[A-Z])(?::|\s*[—–]|\s+-\s|,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*[—–-])"#)
    /// `Published in Dawn, April 27th, 2024`
    private static let trailer = Regex(#"^Published in (.+?),\s+(.+\d{4})\.?$"#)
    /// Reporting, editing and photo credits.
    private static let credit = Regex(#"^\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Edited|Photo|Photos|Photograph)\b.*(?:by|:)"#, caseInsensitive: true)

    static let lowerParticles: Set<String> = ["de", "del", "della", "di", "da", "du", "la", "le", "el", "al", "van", "von", "der", "den", "y", "e", "of", "upon"]

    /// The city of a dateline in ordinary case ("LAS PALMAS DE GRAN CANARIA" → "Las Palmas de Gran Canaria").
    static func datelineCity(of paragraph: String) -> String? {
        guard let m = dateline.firstMatch(in: paragraph) else { return nil }
        let city = m[1]
        guard city.filter(\.isLetter).count >= 3 else { return nil }
        return ordinaryCase(city)
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
        guard let m = trailer.firstMatch(in: line.trimmingCharacters(in: .whitespaces)) else { return nil }
        return (m[1], HeaderDates.find(in: m[2]))
    }

    static func isCredit(_ line: String) -> Bool { credit.firstMatch(in: line) != nil }

    /// Builds an article from body lines (one paragraph per line), dropping credits and a trailer.
    static func makeArticle(origin: String, headline: String, source: String?, published: PartialDate?, byline: String?,
                            url: String?, lines: [Line]) throws -> Article {
        var source = source, published = published
        var kept: [Line] = []
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if !line.isHeading, let t = trailerInfo(text) {
                source = source ?? t.source
                published = published ?? t.date
                continue
            }
            if !line.isHeading && isCredit(text) { continue }
            kept.append(Line(text: text, isHeading: line.isHeading))
        }
        let headline = headline.trimmingCharacters(in: .whitespaces)
        guard !headline.isEmpty else { throw ArticleError(path: origin, problem: "no headline found") }
        guard kept.contains(where: { !$0.isHeading }) else { throw ArticleError(path: origin, problem: "no body text found") }
        let dateline = kept.first(where: { !$0.isHeading }).flatMap { datelineCity(of: $0.text) }
        let paragraphs = kept.enumerated().map { i, line in
            Paragraph(index: i, text: line.text, isHeading: line.isHeading,
                      sentences: line.isHeading ? [Sentence(paragraph: i, index: 0, start: 0, end: line.text.count, text: line.text)]
                                                : SentenceSplitter.split(line.text, paragraph: i))
        }
        return Article(origin: origin, headline: headline, source: source, published: published, dateline: dateline,
                       byline: byline, url: url, paragraphs: paragraphs)
    }

    /// Splits body text into lines: blank-line separated blocks, and each remaining line is a paragraph.
    static func lines(_ text: String) -> [Line] {
        text.components(separatedBy: "\n").map { Line(text: $0) }
    }
}
