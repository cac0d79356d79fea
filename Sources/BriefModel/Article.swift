/// A news article after parsing: metadata plus body paragraphs split into sentences.
///
/// Every sentence keeps its position (paragraph index, sentence index, character range within the
/// paragraph) so that facts extracted from it can cite it.
public struct Article: Codable, Sendable, Equatable {
    /// Where the article came from (a file path, or `path#line` for a JSON lines feed).
    public var origin: String
    public var headline: String
    /// The outlet's name ("Dawn").
    public var source: String?
    public var published: PartialDate?
    /// The place that opens the body ("Islamabad"), in ordinary case.
    public var dateline: String?
    /// How many characters open the first body paragraph as its dateline or wire opener ("TUNIS, May 2
    /// (XYZ) — "), nil when it has none.
    public var openerLength: Int?
    public var byline: String?
    public var url: String?
    public var paragraphs: [Paragraph]

    public init(origin: String, headline: String, source: String? = nil, published: PartialDate? = nil,
                dateline: String? = nil, openerLength: Int? = nil, byline: String? = nil, url: String? = nil,
                paragraphs: [Paragraph]) {
        self.origin = origin
        self.headline = headline
        self.source = source
        self.published = published
        self.dateline = dateline
        self.openerLength = openerLength
        self.byline = byline
        self.url = url
        self.paragraphs = paragraphs
    }

    /// All sentences in reading order.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }

    /// The body text, paragraphs separated by blank lines.
    public var bodyText: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}

/// One paragraph of an article body (a sub-heading is a paragraph with `isHeading` set).
public struct Paragraph: Codable, Sendable, Equatable {
    public var index: Int
    public var text: String
    public var isHeading: Bool
    public var sentences: [Sentence]

    public init(index: Int, text: String, isHeading: Bool = false, sentences: [Sentence]) {
        self.index = index
        self.text = text
        self.isHeading = isHeading
        self.sentences = sentences
    }
}

/// One sentence with its place in the article.
public struct Sentence: Codable, Sendable, Equatable {
    public var paragraph: Int
    public var index: Int
    /// Character offsets (Swift `Character` counts) of the sentence within its paragraph's text.
    public var start: Int
    public var end: Int
    public var text: String

    public init(paragraph: Int, index: Int, start: Int, end: Int, text: String) {
        self.paragraph = paragraph
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}
