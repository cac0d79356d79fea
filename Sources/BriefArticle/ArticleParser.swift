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
public struct ArticleError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
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
    func overLimit(_ path: String, what: String, bytes: Int, limit: Int) -> ArticleError {
        ArticleError(path: path, problem: "\(what) is \(ByteCount.describe(bytes)), over the input size limit of "
                     + "\(ByteCount.describe(limit)) (--max-input-size raises it)")
    }

    /// Reads a file; a JSON lines feed yields one Article per line.
    /// Text that is not valid UTF-8 is decoded as Windows-1252 and a warning is appended to `warnings`.
    public func parse(fileAt path: String, warnings: inout [String]) throws -> [Article] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleError(path: path, problem: "no such file")
        }
        if isDirectory.boolValue { throw ArticleError(path: path, problem: "is a folder, not a file") }
        // Over the limit fails at once, before the file is read.
        let isFeed = ArticleParser.feedExtensions.contains((path as NSString).pathExtension.lowercased())
        let feedLimit = maximumArticleBytes.multipliedReportingOverflow(by: Self.feedArticles)
        let fileLimit = isFeed ? (feedLimit.overflow ? Int.max : feedLimit.partialValue) : maximumArticleBytes
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > fileLimit {
            throw overLimit(path, what: isFeed ? "the feed" : "the article", bytes: size, limit: fileLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArticleError(path: path, problem: "cannot read the file")
        }
        let decoded = try TextDecoding.decode(data, path: path)
        if decoded.usedFallback {
            warnings.append("\(path): not valid UTF-8, read as Windows-1252")
        }
        let format = ArticleParser.format(forPath: path, content: decoded.text)
        return try parse(text: decoded.text, origin: path, format: format)
    }

    /// Parses text already in memory; `origin` names it in errors and in `Article.origin`.
    public func parse(text: String, origin: String, format: ArticleFormat) throws -> [Article] {
        let text = TextDecoding.normaliseNewlines(text)
        if text.allSatisfy(\.isWhitespace) { throw ArticleError(path: origin, problem: "file is empty") }
        if TextDecoding.looksBinary(text) { throw ArticleError(path: origin, problem: "binary file, not an article") }
        if format != .jsonLines, text.utf8.count > maximumArticleBytes {
            throw overLimit(origin, what: "the article", bytes: text.utf8.count, limit: maximumArticleBytes)
        }
        switch format {
        case .plainText:
            return [try PlainTextLayout.parse(text, origin: origin)]
        case .markdown:
            return [try MarkdownLayout.parse(text, origin: origin)]
        case .jsonLines:
            return try JSONLinesLayout.parse(text, origin: origin, parser: self)
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
