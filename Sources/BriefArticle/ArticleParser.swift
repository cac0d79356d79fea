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
public struct ArticleParser: Sendable {
    public init() {}

    /// Reads a file; a JSON lines feed yields one Article per line.
    /// Text that is not valid UTF-8 is decoded as Windows-1252 and a warning is appended to `warnings`.
    public func parse(fileAt path: String, warnings: inout [String]) throws -> [Article] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleError(path: path, problem: "no such file")
        }
        if isDirectory.boolValue { throw ArticleError(path: path, problem: "is a folder, not a file") }
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
        switch format {
        case .plainText:
            return [try PlainTextLayout.parse(text, origin: origin)]
        case .markdown:
            return [try MarkdownLayout.parse(text, origin: origin)]
        case .jsonLines:
            return try JSONLinesLayout.parse(text, origin: origin)
        }
    }

    /// Picks the layout by extension (.md/.markdown, .jsonl/.ndjson), then by sniffing the content.
    public static func format(forPath path: String, content: String) -> ArticleFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "md", "markdown": return .markdown
        case "jsonl", "ndjson": return .jsonLines
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
