import BriefGraphics

/// A point in page coordinates (points, origin at the top-left corner of the page).
public struct Point: Hashable, Sendable, Codable {
    public var x: Double, y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// One positioned thing on a laid-out page. Every renderer (PDF, PNG, SVG) draws the same items.
public enum PageItem {
    /// Lines `lines` of a shaped paragraph, the top of the first line at `origin`.
    case text(ShapedText, lines: Range<Int>, origin: Point)
    case rect(Rect, fill: RGBColor?, stroke: RGBColor?, lineWidth: Double, cornerRadius: Double)
    case line(from: Point, to: Point, color: RGBColor, lineWidth: Double, dash: [Double])
    case polygon([Point], fill: RGBColor)
    case circle(center: Point, radius: Double, fill: RGBColor?, stroke: RGBColor?, lineWidth: Double)
    /// A clickable area: a URI, or `#name` for a destination.
    case link(Rect, target: String)
    /// A named place that links and bookmarks can point to.
    case destination(name: String, at: Point)

    /// The area the item covers (for checks that nothing leaves its frame); nil for invisible items.
    public var bounds: Rect? {
        switch self {
        case .text(let text, let lines, let origin):
            guard let first = lines.first else { return nil }
            let width = lines.map { text.lines[$0].x + text.lines[$0].width }.max() ?? 0
            let minX = lines.map { text.lines[$0].x }.min() ?? 0
            _ = first
            return Rect(x: origin.x + minX, y: origin.y, width: width - minX, height: text.height(of: lines))
        case .rect(let r, _, _, _, _): return r
        case .line(let a, let b, _, _, _):
            return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
        case .polygon(let points, _):
            let xs = points.map(\.x), ys = points.map(\.y)
            guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
            return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        case .circle(let c, let r, _, _, _): return Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r)
        case .link, .destination: return nil
        }
    }

    /// The same item moved by (`dx`, `dy`).
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
        switch self {
        case .text(let t, let l, let o): return .text(t, lines: l, origin: move(o))
        case .rect(let r, let f, let s, let w, let c): return .rect(r.offsetBy(dx: dx, dy: dy), fill: f, stroke: s, lineWidth: w, cornerRadius: c)
        case .line(let a, let b, let c, let w, let d): return .line(from: move(a), to: move(b), color: c, lineWidth: w, dash: d)
        case .polygon(let p, let f): return .polygon(p.map(move), fill: f)
        case .circle(let c, let r, let f, let s, let w): return .circle(center: move(c), radius: r, fill: f, stroke: s, lineWidth: w)
        case .link(let r, let t): return .link(r.offsetBy(dx: dx, dy: dy), target: t)
        case .destination(let n, let p): return .destination(name: n, at: move(p))
        }
    }
}

extension PageItem {
    /// Lines `lines` of `text`, the top of the first at `origin`, followed by the link areas on those lines.
    public static func textLines(_ text: ShapedText, lines: Range<Int>, at origin: Point) -> [PageItem] {
        guard let first = lines.first else { return [] }
        let top = text.lines[first].top
        return [.text(text, lines: lines, origin: origin)] + text.links.filter { lines.contains($0.line) }.map {
            .link($0.rect.offsetBy(dx: origin.x, dy: origin.y - top), target: $0.target)
        }
    }
}

/// A bookmark for the PDF outline: a heading's title and where it stands.
public struct OutlineEntry: Hashable, Sendable {
    public var level: Int
    public var title: String
    public var destination: String
    public var page: Int
}

/// A laid-out page: its items in drawing order.
public struct Page {
    public var number: Int
    public var items: [PageItem]
    /// Rectangles of the flow blocks placed on the page with their kinds (for tests and golden files).
    public var blocks: [PlacedBlock]
}

/// Where a flow block (or the part of it on this page) was placed.
public struct PlacedBlock: Hashable, Sendable, Codable {
    public var kind: String
    public var frame: Rect
    /// For text blocks: how many lines stand on this page, and whether the block continues or continued.
    public var lines: Int?
    public var continues: Bool
    public var continued: Bool
    /// The indices of the block's items in `Page.items` (page decorations stand outside every block).
    public var items: Range<Int>
    /// The structure element the items are tagged with in a tagged PDF.
    public var role: StructureRole

    public init(kind: String, frame: Rect, lines: Int?, continues: Bool, continued: Bool, items: Range<Int>,
                role: StructureRole = .paragraph) {
        self.kind = kind
        self.role = role
        self.frame = frame
        self.lines = lines
        self.continues = continues
        self.continued = continued
        self.items = items
    }
}

/// The result of layout: pages plus the outline.
public struct LaidOutDocument {
    public var pageWidth: Double
    public var pageHeight: Double
    public var pages: [Page]
    public var outline: [OutlineEntry]
    /// How many times the report was laid out (more than once when a table of contents needs page numbers).
    public var layoutPasses = 1

    public init(pageWidth: Double, pageHeight: Double, pages: [Page], outline: [OutlineEntry]) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.pages = pages
        self.outline = outline
    }
}
