import BriefModel
import Foundation
import Yams

/// Markdown with YAML front matter (title, date, source, author, url); `#` headings become heading
/// paragraphs and emphasis is stripped.
enum MarkdownLayout {
    private static let emphasis = [
        Pattern(#"\*\*(.+?)\*\*"#, caseInsensitive: false), Pattern(#"__(.+?)__"#, caseInsensitive: false), Pattern(#"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"#, caseInsensitive: false),
        Pattern(#"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"#, caseInsensitive: false), Pattern(#"`([^`]+)`"#, caseInsensitive: false), Pattern(#"!?\[([^\]]*)\]\([^)]*\)"#, caseInsensitive: false),
    ]

    static func parse(_ text: String, origin: String) throws -> Article {
        var lines = Text.lines(text)
        var meta: [String: String] = [:]
        if let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
           lines[first].trimmingCharacters(in: .whitespaces) == "---",
           let end = lines[(first + 1)...].firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) {
            let yaml = lines[(first + 1)..<end].joined(separator: "\n")
            do {
                if case let .mapping(mapping)? = try Yams.compose(yaml: yaml) {
                    for (k, v) in mapping {
                        if let key = k.string, let value = v.string { meta[key.lowercased()] = value }
                    }
                }
            } catch {
                throw ArticleError(path: origin, problem: "front matter is not valid YAML")
            }
            lines = Array(lines[(end + 1)...])
        }
        var headline = meta["title"]
        var body: [Body.Line] = []
        var pending: [String] = []     // lines of the paragraph being read (CommonMark joins them)
        func flush() {
            if !pending.isEmpty { body.append(Body.Line(text: strip(Body.joinWrapped(pending)))) }
            pending = []
        }
        for raw in lines {
            let line = raw.trimmingBlanks()
            if line.isEmpty { flush(); body.append(Body.Line(text: "")); continue }
            if line.hasPrefix("#") || line.hasPrefix("---") || line.hasPrefix("***") || line.hasPrefix("- ") || line.hasPrefix("* ") { flush() }
            if line.hasPrefix("#") {
                let title = strip(String(line.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces))
                if headline == nil { headline = title; continue }
                if body.allSatisfy({ $0.text.isEmpty }) && title == headline { continue }
                body.append(Body.Line(text: title, isHeading: true))
            } else if line.hasPrefix("---") || line.hasPrefix("***") {
                continue
            } else {
                var t = line
                if t.hasPrefix(">") { t = String(t.dropFirst()).trimmingCharacters(in: .whitespaces) }
                if t.hasPrefix("- ") || t.hasPrefix("* ") { t = String(t.dropFirst(2)); flush() }
                pending.append(t)
            }
        }
        flush()
        let published = meta["date"].flatMap { PartialDate(iso: $0) ?? HeaderDates.find(in: $0) }
        return try Body.makeArticle(origin: origin, headline: headline ?? "", source: meta["source"] ?? meta["publisher"],
                                    published: published, byline: meta["author"], url: meta["url"], lines: body)
    }

    /// Removes Markdown emphasis, code marks and link targets.
    static func strip(_ text: String) -> String {
        var t = text
        for r in emphasis {
            t = r.replacingMatches(in: t, with: "$1")
        }
        return t
    }
}
