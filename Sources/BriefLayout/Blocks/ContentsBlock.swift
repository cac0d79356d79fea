import BriefGraphics

/// One line of a table of contents: a heading's title and the destination it links to.
public struct ContentsEntry: Hashable, Sendable {
    public var level: Int
    public var title: String
    public var destination: String

    public init(level: Int = 1, title: String, destination: String) {
        self.level = level
        self.title = title
        self.destination = destination
    }
}

/// A table of contents: per entry the title on the left, a dotted leader and the page number set right,
/// the whole line a link to the entry's destination. Splits between entries.
///
/// The page numbers are an input (`pageNumbers`, by destination): `ReportLayout` lays the report out again
/// with the numbers of the previous pass until they stop changing. The number column has a fixed width, so
/// the numbers never change the block's height.
public final class ContentsBlock: Flowable {
    public let kind = "contents"
    public let spaceBefore: Double
    public let keepWithNext = false
    public var isContinuation: Bool { first > 0 }
    public var role: StructureRole { .contents }
    let entries: [ContentsEntry]
    let pageNumbers: [String: Int]
    let style: TextStyle
    let leaderColor: RGBColor
    let fonts: FontLibrary
    let first: Int

    /// Width of the page-number column, indent per level below the first, space between entries.
    static let numberColumn = 30.0
    static let levelIndent = 14.0
    static let entryGap = 3.0
    /// The leader: dots of `dot` points every `period` points, aligned across entries.
    static let dot = 0.9, period = 3.6

    public convenience init(entries: [ContentsEntry], pageNumbers: [String: Int], style: TextStyle, leaderColor: RGBColor,
                fonts: FontLibrary, spaceBefore: Double) {
        self.init(entries: entries, pageNumbers: pageNumbers, style: style, leaderColor: leaderColor, fonts: fonts,
                  spaceBefore: spaceBefore, first: 0)
    }

    private init(entries: [ContentsEntry], pageNumbers: [String: Int], style: TextStyle, leaderColor: RGBColor,
                 fonts: FontLibrary, spaceBefore: Double, first: Int) {
        self.entries = entries
        self.pageNumbers = pageNumbers
        self.style = style.with(alignment: .left)
        self.leaderColor = leaderColor
        self.fonts = fonts
        self.spaceBefore = spaceBefore
        self.first = first
    }

    /// The items of one entry with its top at `y`, and its height.
    func entryItems(_ entry: ContentsEntry, width: Double, y: Double) -> (items: [PageItem], height: Double) {
        let indent = Double(max(0, entry.level - 1)) * Self.levelIndent
        let titleWidth = width - indent - Self.numberColumn - 2 * Self.period
        let title = ShapedText.shape(entry.title, style: style, width: titleWidth, in: fonts)
        let numberText = pageNumbers[entry.destination].map(String.init) ?? ""
        let number = ShapedText.shape(numberText, style: style.with(alignment: .right), width: Self.numberColumn, in: fonts)
        var items: [PageItem] = [.text(title, lines: 0..<title.lines.count, origin: Point(indent, y))]
        if let last = title.lines.last, let numberLine = number.lines.first {
            // Dots from after the title's last line to before the number, on the baseline, on a common grid.
            let start = ((indent + last.x + last.width + Self.period) / Self.period).rounded(.up) * Self.period
            let end = width - Self.numberColumn + numberLine.x - Self.period
            let baseline = y + last.baseline - style.size * 0.1
            if end - start >= Self.period {
                items.append(.line(from: Point(start, baseline), to: Point(end, baseline), color: leaderColor,
                                   lineWidth: Self.dot, dash: [Self.dot, Self.period - Self.dot]))
            }
            let numberTop = y + last.baseline - numberLine.baseline
            items.append(.text(number, lines: 0..<number.lines.count, origin: Point(width - Self.numberColumn, numberTop)))
        }
        let height = title.height
        items.append(.link(Rect(x: indent, y: y, width: width - indent, height: height), target: "#" + entry.destination))
        return (items, height)
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        var items: [PageItem] = []
        var y = 0.0
        var next = first
        while next < entries.count {
            let gap = next == first ? 0 : Self.entryGap
            let entry = entryItems(entries[next], width: width, y: y + gap)
            if y + gap + entry.height > height { break }
            items += entry.items
            y += gap + entry.height
            next += 1
        }
        if next == first { return entries.isEmpty ? Placement(items: [], height: 0) : nil }
        let rest = next < entries.count
            ? ContentsBlock(entries: entries, pageNumbers: pageNumbers, style: style, leaderColor: leaderColor, fonts: fonts,
                            spaceBefore: 0, first: next)
            : nil
        return Placement(items: items, height: y, rest: rest, lines: next - first)
    }
}
