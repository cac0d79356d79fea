import BriefModel
import Foundation

/// A JSON lines feed: one object per line with headline, body, source, published, url.
enum JSONLinesLayout {
    static func parse(_ text: String, origin: String, parser: ArticleParser) throws -> [Article] {
        var articles: [Article] = []
        for (i, raw) in Text.lines(text).enumerated() {
            let line = raw.trimmingBlanks()
            if line.isEmpty { continue }
            let number = i + 1
            if line.utf8.count > parser.maximumArticleBytes {
                throw parser.overLimit(origin, what: "line \(number)", bytes: line.utf8.count, limit: parser.maximumArticleBytes)
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            } catch {
                throw ArticleError(path: origin, problem: "line \(number): not valid JSON")
            }
            guard let dict = object as? [String: Any] else {
                throw ArticleError(path: origin, problem: "line \(number): not a JSON object")
            }
            func field(_ keys: String...) -> String? {
                for k in keys { if let v = dict[k] as? String, !v.trimmingCharacters(in: .whitespaces).isEmpty { return v } }
                return nil
            }
            let lineOrigin = "\(origin)#\(number)"
            guard let headline = field("headline", "title") else {
                throw ArticleError(path: origin, problem: "line \(number): no headline found")
            }
            guard let body = field("body", "text", "content") else {
                throw ArticleError(path: origin, problem: "line \(number): no body text found")
            }
            let published = field("published", "date").flatMap { PartialDate(iso: $0) ?? HeaderDates.find(in: $0) }
            do {
                articles.append(try Body.makeArticle(origin: lineOrigin, headline: headline, source: field("source", "outlet"),
                                                     published: published, byline: field("author", "byline"), url: field("url"),
                                                     lines: Body.lines(body)))
            } catch let e as ArticleError {
                throw ArticleError(path: origin, problem: "line \(number): \(e.problem)")
            }
        }
        guard !articles.isEmpty else { throw ArticleError(path: origin, problem: "file is empty") }
        return articles
    }
}
