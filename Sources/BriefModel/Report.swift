/// A brief ready for layout: document information plus sections of blocks.
/// Made by the compose stage from `Facts`; read by the layout stage.
public struct Report: Codable, Sendable, Equatable {
    public var info: DocumentInfo
    /// Lines of the title block, under the title (source and date, place).
    public var subtitle: String
    public var sections: [Section]

    public init(info: DocumentInfo, subtitle: String, sections: [Section]) {
        self.info = info
        self.subtitle = subtitle
        self.sections = sections
    }
}

/// What the PDF says about itself (metadata) and what the running header shows.
public struct DocumentInfo: Codable, Sendable, Equatable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// The creation date written into the file: taken from the article, never the clock.
    public var created: PartialDate?
    /// Short text for the running header.
    public var runningHeader: String
    /// BCP 47 language tag of the document ("en").
    public var language: String

    public init(title: String, author: String, subject: String, keywords: [String] = [], created: PartialDate?,
                runningHeader: String, language: String = "en") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.created = created
        self.runningHeader = runningHeader
        self.language = language
    }
}

/// A titled part of the brief; its title goes into the PDF outline.
public struct Section: Codable, Sendable, Equatable {
    /// A stable identifier used for link destinations ("speakers").
    public var id: String
    public var title: String
    public var blocks: [Block]

    public init(id: String, title: String, blocks: [Block]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}

/// One unit of content inside a section.
public enum Block: Codable, Sendable, Equatable {
    case paragraph(RichText)
    /// A heading inside a section (kept with what follows it; nested in the outline).
    case subheading(String)
    case bullets([RichText])
    case keyFigures([KeyFigure])
    case table(Table)
    case routeDiagram([[String]])
    case timeline([TimelinePoint])
    /// Numbered source notes: the entries that citation marks link to.
    case sources([SourceNote])
    /// A table of contents: the report's section titles with their page numbers, each linked to its section.
    case contents
}

/// Text with inline styling, links and citation marks, kept as runs (never as markup).
public struct RichText: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
    public var runs: [Run]

    public init(_ runs: [Run]) { self.runs = runs }
    public init(stringLiteral value: String) { self.runs = [Run(value)] }
    public init(plain: String) { self.runs = [Run(plain)] }

    public var plainText: String { runs.map(\.text).joined() }

    /// A piece of text in one style.
    public struct Run: Codable, Sendable, Equatable {
        public enum Style: String, Codable, Sendable { case regular, bold, italic, citation }
        public var text: String
        public var style: Style
        /// A URI, or `#name` for a destination inside the document.
        public var link: String?

        public init(_ text: String, style: Style = .regular, link: String? = nil) {
            self.text = text
            self.style = style
            self.link = link
        }
    }
}

/// A number shown large in the "at a glance" box.
public struct KeyFigure: Codable, Sendable, Equatable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// A table with a header row that repeats on every page it spans.
public struct Table: Codable, Sendable, Equatable {
    public var header: [String]
    public var rows: [[RichText]]
    /// Relative column widths (any positive numbers; they are scaled to the frame).
    public var columnWeights: [Double]

    public init(header: [String], rows: [[RichText]], columnWeights: [Double]) {
        self.header = header
        self.rows = rows
        self.columnWeights = columnWeights
    }
}

/// A dated marker on the timeline chart.
public struct TimelinePoint: Codable, Sendable, Equatable {
    public var date: PartialDate
    public var label: String

    public init(date: PartialDate, label: String) {
        self.date = date
        self.label = label
    }
}

/// One numbered entry under Sources: the sentence a fact came from.
public struct SourceNote: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    /// Where the sentence stands ("Article, paragraph 4").
    public var location: String

    public init(number: Int, text: String, location: String) {
        self.number = number
        self.text = text
        self.location = location
    }
}
