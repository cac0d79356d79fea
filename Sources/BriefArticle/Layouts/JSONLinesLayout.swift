import BriefModel
import Foundation

/// A JSON lines feed: one object per line with headline, body, source, published, url.
enum JSONLinesLayout {
    /// The articles of the feed, and an error for each line that is not one (the other lines still count).
    static func parse(_ text: String, origin: String, parser: ArticleParser) throws -> ArticleFeed {
        var feed = ArticleFeed()
        var anyLine = false
        for (i, raw) in Text.lines(text).enumerated() {
            let line = raw.trimmingBlanks()
            if line.isEmpty { continue }
            anyLine = true
            do { feed.articles.append(try article(line, number: i + 1, origin: origin, parser: parser)) } catch let error as ArticleError {
                feed.failures.append(error)
            }
        }
        guard anyLine else { throw ArticleError(path: origin, problem: "file is empty") }
        return feed
    }

    /// The article on line `number`.
    private static func article(_ line: String, number: Int, origin: String, parser: ArticleParser) throws -> Article {
        if line.utf8.count > parser.maximumArticleBytes {
            throw parser.overLimit(origin, what: "line \(number)", bytes: line.utf8.count, limit: parser.maximumArticleBytes)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw ArticleError(path: origin, problem: "line \(number): not valid JSON\(column(of: error).map { " at column \($0)" } ?? "")")
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
            return try Body.makeArticle(origin: lineOrigin, headline: headline, source: field("source", "outlet"),
                                        published: published, byline: field("author", "byline"), url: field("url"),
                                        lines: Body.lines(body))
        } catch let e as ArticleError {
            throw ArticleError(path: origin, problem: "line \(number): \(e.problem)")
        }
    }

    /// The column (from 1) a JSON parse error points at, read from Foundation's "around character N".
    private static func column(of error: Error) -> Int? {
        guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String,
              let range = text.range(of: "character ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber }).map { $0 + 1 }
    }
}
