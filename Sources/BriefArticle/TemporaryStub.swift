import BriefModel
public struct ArticleError: Error, CustomStringConvertible, Sendable { public let path: String; public let problem: String; public var description: String { "\(path): \(problem)" } }
public struct ArticleParser: Sendable {
    public init() {}
    public func parse(fileAt path: String, warnings: inout [String]) throws -> [Article] { throw ArticleError(path: path, problem: "stub") }
}
public enum ArticleFormat: String, Sendable, CaseIterable { case plainText, markdown, jsonLines }
extension ArticleParser {
    public func parse(text: String, origin: String, format: ArticleFormat) throws -> [Article] { [] }
    public static func format(forPath: String, content: String) -> ArticleFormat { .plainText }
}
