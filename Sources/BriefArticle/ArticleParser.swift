import BriefModel
import Foundation

/// The layouts an article file can have.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// A press layout: headline, header lines, a body opening with a dateline, an optional trailer.
    case plainText
    /// Markdown with YAML front matter.
    case markdown
    /// One JSON object per line, each an article.
    case jsonLines
}

/// Why a file could not be read as an article.
public struct ArticleError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
}

/// What an input holds: its articles, and for a feed an error for each line that could not be read.
public struct ArticleFeed: Sendable {
    public var articles: [Article] = []
    /// Lines of a feed that are not articles (bad JSON, no headline, over the size limit), in order.
    public var failures: [ArticleError] = []
    /// Whether the input is a JSON lines feed (one brief per line), however many lines it has.
    public var isFeed = false

    public init(articles: [Article] = [], failures: [ArticleError] = [], isFeed: Bool = false) {
        self.articles = articles
        self.failures = failures
        self.isFeed = isFeed
    }

    /// The articles, or the first failure when any line failed.
    func strict() throws -> [Article] {
        if let failure = failures.first { throw failure }
        return articles
    }
}

/// Turns article files into `Article` values: metadata, paragraphs and sentences with offsets.
///
/// An article larger than `maximumArticleBytes` is refused (a text or Markdown file as a whole, each line of
/// a JSON lines feed on its own; a feed file may hold `feedArticles` times that), so that one huge input
/// cannot hold a batch up: the work is linear in the size, but an article of many megabytes is not a news
/// report.
public struct ArticleParser: Sendable {
    /// The default limit on one article's size: 5 MB.
    public static let defaultMaximumArticleBytes = 5_000_000
    /// How many articles' worth of bytes a feed file may hold.
    public static let feedArticles = 100

    public var maximumArticleBytes: Int

    public init(maximumArticleBytes: Int = ArticleParser.defaultMaximumArticleBytes) {
        self.maximumArticleBytes = maximumArticleBytes
    }

    /// The error for an input over the limit, naming the size and the limit.
    public func overLimit(_ path: String, what: String, bytes: Int, limit: Int) -> ArticleError {
        ArticleError(path: path, problem: "\(what) is \(ByteCount.describe(bytes)), over the input size limit of "
                     + "\(ByteCount.describe(limit)) (--max-input-size raises it)")
    }

    /// Reads a file; a JSON lines feed yields one Article per line, and fails at its first broken line
    /// (see `read(fileAt:warnings:)` to keep the others).
    /// Text that is not valid UTF-8 is decoded as Windows-1252 and a warning is appended to `warnings`.
    public func parse(fileAt path: String, warnings: inout [String]) throws -> [Article] {
        try read(fileAt: path, warnings: &warnings).strict()
    }

    /// Reads a file: its articles, and the lines of a feed that are not articles.
    public func read(fileAt path: String, warnings: inout [String]) throws -> ArticleFeed {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleError(path: path, problem: "no such file")
        }
        if isDirectory.boolValue { throw ArticleError(path: path, problem: "is a folder, not a file") }
        // Over the limit fails at once, before the file is read.
        let isFeed = ArticleParser.feedExtensions.contains((path as NSString).pathExtension.lowercased())
        let fileLimit = isFeed ? feedLimit : maximumArticleBytes
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > fileLimit {
            throw overLimit(path, what: isFeed ? "the feed" : "the article", bytes: size, limit: fileLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArticleError(path: path, problem: "cannot read the file")
        }
        return try read(data: data, origin: path, warnings: &warnings)
    }

    /// The most a feed file may hold.
    public var feedLimit: Int {
        let limit = maximumArticleBytes.multipliedReportingOverflow(by: Self.feedArticles)
        return limit.overflow ? Int.max : limit.partialValue
    }

    /// Reads bytes already in memory (standard input: `origin` "-"), the layout told by `origin`'s extension
    /// or else by the content.
    public func read(data: Data, origin: String, warnings: inout [String]) throws -> ArticleFeed {
        let decoded = try TextDecoding.decode(data, path: origin)
        if decoded.usedFallback {
            warnings.append("\(origin): not valid UTF-8, read as Windows-1252")
        }
        let format = ArticleParser.format(forPath: origin, content: decoded.text)
        return try read(text: decoded.text, origin: origin, format: format)
    }

    /// Parses text already in memory; `origin` names it in errors and in `Article.origin`. A feed fails at
    /// its first broken line.
    public func parse(text: String, origin: String, format: ArticleFormat) throws -> [Article] {
        try read(text: text, origin: origin, format: format).strict()
    }

    /// Parses text already in memory, keeping the good lines of a feed.
    public func read(text: String, origin: String, format: ArticleFormat) throws -> ArticleFeed {
        let text = TextDecoding.normaliseNewlines(text)
        if text.allSatisfy(\.isWhitespace) { throw ArticleError(path: origin, problem: "file is empty") }
        if TextDecoding.looksBinary(text) { throw ArticleError(path: origin, problem: "binary file, not an article") }
        if format != .jsonLines, text.utf8.count > maximumArticleBytes {
            throw overLimit(origin, what: "the article", bytes: text.utf8.count, limit: maximumArticleBytes)
        }
        switch format {
        case .plainText:
            return ArticleFeed(articles: [try PlainTextLayout.parse(text, origin: origin)])
        case .markdown:
            return ArticleFeed(articles: [try MarkdownLayout.parse(text, origin: origin)])
        case .jsonLines:
            var feed = try JSONLinesLayout.parse(text, origin: origin, parser: self)
            feed.isFeed = true
            return feed
        }
    }

    /// Extensions that name a JSON lines feed.
    static let feedExtensions: Set<String> = ["jsonl", "ndjson"]

    /// Picks the layout by extension (.md/.markdown, .jsonl/.ndjson), then by sniffing the content.
    public static func format(forPath path: String, content: String) -> ArticleFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "md", "markdown": return .markdown
        case _ where feedExtensions.contains(ext): return .jsonLines
        default: break
        }
        guard let first = firstFilledLine(content) else { return .plainText }
        if first == "---" || first.hasPrefix("# ") { return .markdown }
        if first.hasPrefix("{") && first.hasSuffix("}") { return .jsonLines }
        return .plainText
    }

    /// The first line (split at newline characters) that is not blank, trimmed.
    private static func firstFilledLine(_ content: String) -> String? {
        var start = content.startIndex
        while start < content.endIndex {
            let end = content[start...].firstIndex(where: \.isNewline) ?? content.endIndex
            let line = content[start..<end].trimmingBlanks()
            if !line.isEmpty { return line }
            start = end < content.endIndex ? content.index(after: end) : end
        }
        return nil
    }
}
