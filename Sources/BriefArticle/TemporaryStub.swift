import BriefModel
public struct ArticleError: Error, CustomStringConvertible, Sendable { public let path: String; public let problem: String; public var description: String { "\(path): \(problem)" } }
public struct ArticleParser: Sendable {
    public init() {}
    public func parse(fileAt path: String, warnings: inout [String]) throws -> [Article] { throw ArticleError(path: path, problem: "stub") }
}
