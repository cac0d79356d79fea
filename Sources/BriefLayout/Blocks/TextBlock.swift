import BriefGraphics

/// A paragraph of running text (or a list item with a marker in a hanging indent). Splits between lines,
/// keeping at least `minimumLines` lines on each side of a page break (no widows or orphans).
public final class TextBlock: Flowable {
    public let kind: String
    public let spaceBefore: Double
    public let keepWithNext: Bool
    public let isContinuation: Bool
    public let role: StructureRole
    let runs: [StyledRun]
    let style: TextStyle
    let fonts: FontLibrary
    let marker: String?
    let indent: Double
    let destination: String?
    let firstLine: Int
    let minimumLines: Int
    private var shapedWidth: Double = -1
    private var shaped: ShapedText?

    public convenience init(kind: String = "paragraph", runs: [StyledRun], style: TextStyle, fonts: FontLibrary,
                spaceBefore: Double = 0, keepWithNext: Bool = false, marker: String? = nil, indent: Double = 0,
                destination: String? = nil, minimumLines: Int = 2, role: StructureRole = .paragraph) {
        self.init(kind: kind, runs: runs, style: style, fonts: fonts, spaceBefore: spaceBefore,
                  keepWithNext: keepWithNext, marker: marker, indent: indent, destination: destination,
                  minimumLines: minimumLines, role: role, firstLine: 0)
    }

    private init(kind: String, runs: [StyledRun], style: TextStyle, fonts: FontLibrary, spaceBefore: Double,
                 keepWithNext: Bool, marker: String?, indent: Double, destination: String?, minimumLines: Int,
                 role: StructureRole, firstLine: Int) {
        self.kind = kind
        self.role = role
        self.runs = runs
        self.style = style
        self.fonts = fonts
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.marker = marker
        self.indent = indent
        self.destination = destination
        self.minimumLines = minimumLines
        self.firstLine = firstLine
        self.isContinuation = firstLine > 0
    }

    func text(width: Double) -> ShapedText {
        if let shaped, shapedWidth == width { return shaped }
        let text = ShapedText.shape(runs, style: style, width: width - indent, in: fonts)
        shaped = text
        shapedWidth = width
        return text
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        let text = self.text(width: width)
        let total = text.lines.count
        let remaining = firstLine..<total
        // How many lines fit?
        var fit = 0
        for line in remaining where text.height(of: firstLine..<(line + 1)) <= height { fit += 1 }
        let left = remaining.count
        if fit >= left { return placement(text, lines: remaining, rest: nil) }
        var take = fit
        if left - take < minimumLines { take = left - minimumLines }       // widow: leave enough for the next page
        if take < min(minimumLines, left) { take = 0 }                       // orphan: too few to start here
        if take <= 0 {
            // An empty frame must take what it can, even breaking the rule, rather than loop.
            guard atFrameTop, fit > 0 else { return nil }
            take = fit
        }
        let rest = TextBlock(kind: kind, runs: runs, style: style, fonts: fonts, spaceBefore: 0,
                             keepWithNext: keepWithNext, marker: nil, indent: indent, destination: nil,
                             minimumLines: minimumLines, role: role, firstLine: firstLine + take)
        rest.shaped = text
        rest.shapedWidth = width
        return placement(text, lines: firstLine..<(firstLine + take), rest: rest)
    }

    private func placement(_ text: ShapedText, lines: Range<Int>, rest: Flowable?) -> Placement {
        var items: [PageItem] = []
        if let destination { items.append(.destination(name: destination, at: Point(0, 0))) }
        if let marker, firstLine == 0, let first = text.lines.first {
            let mark = ShapedText.shape(marker, style: style.with(alignment: .left), width: nil, in: fonts)
            let baselineShift = first.baseline - (mark.lines.first?.baseline ?? 0)
            items.append(.text(mark, lines: 0..<mark.lines.count, origin: Point(0, baselineShift)))
        }
        items += PageItem.textLines(text, lines: lines, at: Point(indent, 0))
        return Placement(items: items, height: text.height(of: lines), rest: rest, lines: lines.count)
    }
}

/// A section heading: never split, kept with the block after it, marked in the outline.
public final class HeadingBlock: Flowable, OutlineMarking {
    public let kind = "heading"
    public let spaceBefore: Double
    public let keepWithNext = true
    public let outlineLevel: Int
    public let outlineTitle: String
    public let destinationName: String
    public var role: StructureRole { .heading(level: outlineLevel) }
    let style: TextStyle
    let fonts: FontLibrary
    let spaceAfter: Double
    let ruleColor: RGBColor?

    public init(_ title: String, level: Int, destination: String, style: TextStyle, fonts: FontLibrary,
                spaceBefore: Double, spaceAfter: Double, ruleColor: RGBColor? = nil) {
        self.outlineTitle = title
        self.outlineLevel = level
        self.destinationName = destination
        self.style = style
        self.fonts = fonts
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.ruleColor = ruleColor
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        let text = ShapedText.shape(outlineTitle, style: style, width: width, in: fonts)
        var items: [PageItem] = [.destination(name: destinationName, at: Point(0, 0)),
                                 .text(text, lines: 0..<text.lines.count, origin: Point(0, 0))]
        var total = text.height + spaceAfter
        if let ruleColor {
            let y = text.height + 2
            items.append(.line(from: Point(0, y), to: Point(width, y), color: ruleColor, lineWidth: 0.6, dash: []))
            total += 3
        }
        return total <= height ? Placement(items: items, height: total) : nil
    }
}

/// A block that is drawn whole or not at all (figure boxes, charts, title blocks). Subclasses build
/// their items for a width.
open class FixedBlock: Flowable {
    public let kind: String
    public let spaceBefore: Double
    public var keepWithNext: Bool { false }
    /// A chart by default.
    open var role: StructureRole { .figure }
    /// Whether this block goes on from a part placed on an earlier page.
    open var isContinuation: Bool { false }
    private var cache: (width: Double, items: [PageItem], height: Double)?

    public init(kind: String, spaceBefore: Double) {
        self.kind = kind
        self.spaceBefore = spaceBefore
    }

    /// The block's items relative to its top-left corner, and its height.
    open func build(width: Double) -> (items: [PageItem], height: Double) { ([], 0) }

    /// The block built at `width`, once per width.
    public func built(width: Double) -> (items: [PageItem], height: Double) {
        if let cache, cache.width == width { return (cache.items, cache.height) }
        let made = build(width: width)
        cache = (width, made.items, made.height)
        return made
    }

    open func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        let built = built(width: width)
        return built.height <= height ? Placement(items: built.items, height: built.height) : nil
    }
}
