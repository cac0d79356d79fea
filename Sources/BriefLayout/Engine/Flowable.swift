import BriefGraphics

/// What a block gives back when asked to fit into the space left in a frame.
public struct Placement {
    /// Items relative to the block's top-left corner.
    public var items: [PageItem]
    public var height: Double
    /// What did not fit, to be placed in the next frame; nil when the block is complete.
    public var rest: Flowable?
    /// Lines placed (text blocks only), for tests and golden files.
    public var lines: Int?

    public init(items: [PageItem], height: Double, rest: Flowable? = nil, lines: Int? = nil) {
        self.items = items
        self.height = height
        self.rest = rest
        self.lines = lines
    }
}

/// A block of the flow: it measures itself against a width and places the part that fits into a height.
///
/// `place` must be pure: the engine may ask several times (for keep-with-next) and discard answers.
public protocol Flowable: AnyObject {
    /// A short kind name ("paragraph", "heading", "table") for tests and diagnostics.
    var kind: String { get }
    /// Space wanted above the block, dropped at the top of a frame.
    var spaceBefore: Double { get }
    /// Whether the block must stand on the same page as the start of the next one (headings).
    var keepWithNext: Bool { get }
    /// Places as much as fits into `height` at `width`. Returns nil when nothing fits (the block moves to
    /// the next frame). `atFrameTop` says the frame is empty: a block that returns nil there cannot be set.
    func place(width: Double, height: Double, atFrameTop: Bool) -> Placement?
    /// Whether this piece continues a block split on an earlier page.
    var isContinuation: Bool { get }
    /// What the block is in the document's structure (the tag around its items in a tagged PDF).
    var role: StructureRole { get }
}

extension Flowable {
    public var isContinuation: Bool { false }
    public var role: StructureRole { .paragraph }
}

/// Standard PDF structure types for the blocks of a brief. List items (`LI`) standing next to each other
/// are gathered into a list (`L`) when the PDF is tagged.
public enum StructureRole: String, Hashable, Sendable, Codable {
    case heading1 = "H1", heading2 = "H2", heading3 = "H3"
    case paragraph = "P"
    case listItem = "LI"
    case table = "Table"
    case figure = "Figure"
    case contents = "TOC"
    case division = "Div"

    /// The heading role for an outline level (1 = a section; the document title is `heading1`).
    public static func heading(level: Int) -> StructureRole { level <= 1 ? .heading2 : .heading3 }
}

/// Layout failed: a block cannot fit even an empty frame.
public struct LayoutError: Error, CustomStringConvertible {
    public let description: String
}
