import BriefModel
public struct Gazetteers: Sendable { public static func bundled() throws -> Gazetteers { Gazetteers() }; public func merging(fileAt path: String) throws -> Gazetteers { self } }
public struct FactExtractor: Sendable { public init(gazetteers: Gazetteers) {}; public func extract(from article: Article) -> Facts { Facts(headline: article.headline) } }
