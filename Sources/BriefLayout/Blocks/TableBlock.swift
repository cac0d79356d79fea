import BriefGraphics
import BriefModel

/// A table that splits between rows, repeating its header row at the top of every page it spans. A row
/// that cannot fit an empty page frame under the header splits between the lines of its cells, leaving no
/// cell's last line alone overleaf.
public final class TableBlock: Flowable {
    public let kind = "table"
    public let spaceBefore: Double
    public let keepWithNext = false
    public let isContinuation: Bool
    public var role: StructureRole { .table }
    let table: Table
    let theme: Theme
    let fonts: FontLibrary
    let firstRow: Int
    /// Where each cell of `firstRow` resumes when that row was split on the page before (nil: from the top).
    let resumeLines: [Int]?
    /// The widest word of each column, measured once for the whole table and shared by its continuations
    /// (measuring it again for each page's rest made long tables quadratic).
    private let longestWordCache: LongestWords

    public init(_ table: Table, theme: Theme, fonts: FontLibrary, spaceBefore: Double) {
        self.table = table
        self.theme = theme
        self.fonts = fonts
        self.spaceBefore = spaceBefore
        self.firstRow = 0
        self.resumeLines = nil
        self.isContinuation = false
        self.longestWordCache = LongestWords()
    }

    private init(continuing other: TableBlock, from row: Int, lines: [Int]? = nil) {
        table = other.table
        theme = other.theme
        fonts = other.fonts
        spaceBefore = 0
        firstRow = row
        resumeLines = lines
        isContinuation = true
        longestWordCache = other.longestWordCache
    }

    /// A once-computed value shared between a table and its continuations.
    private final class LongestWords {
        var widths: [Double]?
    }

    /// How the table is set in a frame of some width: its column widths, the cell padding and the type.
    struct Setting {
        var widths: [Double]
        var padding: Double
        var header: TextStyle
        var cell: TextStyle
    }

    /// Padding inside cells, and the least padding and type scale a frame too narrow for the table may take.
    static let padding = 5.0, tightPadding = 3.0, smallestScale = 0.75

    /// The setting for a frame width. Columns share the width by the table's weights, widened where a
    /// column's longest word would not fit (so no word is broken inside), the extra taken from columns with
    /// room to spare. A frame too narrow for every longest word (a wide table in one of two columns) first
    /// tightens the padding, then sets the type smaller, down to three quarters of its size; narrower still,
    /// each column gets its need at that size, scaled down alike.
    func setting(_ width: Double) -> Setting {
        let words = longestWords()
        let n = Double(words.count)
        func need(_ padding: Double) -> Double { words.reduce(0, +) + n * (2 * padding + 0.5) }
        var padding = Self.padding, scale = 1.0
        if need(padding) > width {
            padding = Self.tightPadding
            let room = width - n * (2 * padding + 0.5)
            scale = max(Self.smallestScale, min(1, room / max(words.reduce(0, +), 1)))
        }
        let minimum = words.map { $0 * scale + 2 * padding + 0.5 }
        return Setting(widths: Self.share(width, weights: table.columnWeights, minimum: minimum), padding: padding,
                       header: theme.tableHeader.with(size: theme.tableHeader.size * scale),
                       cell: theme.tableCell.with(size: theme.tableCell.size * scale))
    }

    /// Widths by `weights` that give every column at least its `minimum` where the width allows.
    static func share(_ width: Double, weights: [Double], minimum: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        var widths = weights.map { width * $0 / (total > 0 ? total : 1) }
        guard minimum.count == widths.count else { return widths }
        let needed = minimum.reduce(0, +)
        if needed > width { return minimum.map { $0 * width / needed } }
        for _ in 0..<widths.count {
            let deficit = zip(widths, minimum).map { max(0, $1 - $0) }.reduce(0, +)
            guard deficit > 0.01 else { break }
            let slack = zip(widths, minimum).map { max(0, $0 - $1) }
            let room = slack.reduce(0, +)
            for c in widths.indices {
                widths[c] = widths[c] < minimum[c] ? minimum[c] : widths[c] - deficit * slack[c] / room
            }
        }
        return widths
    }

    /// The width of the widest single word of each column (header and cells) at the theme's sizes.
    private func longestWords() -> [Double] {
        if let known = longestWordCache.widths { return known }
        let widths = measureLongestWords()
        longestWordCache.widths = widths
        return widths
    }

    private func measureLongestWords() -> [Double] {
        func widest(_ text: String, _ style: TextStyle) -> Double {
            text.split(whereSeparator: \.isWhitespace)
                .map { ShapedText.shape(String($0), style: style.with(alignment: .left), width: nil, in: fonts).width }
                .max() ?? 0
        }
        return table.header.indices.map { c in
            let header = widest(table.header[c], theme.tableHeader)
            let cells = table.rows.map { row in c < row.count ? widest(row[c].plainText, theme.tableCell) : 0 }.max() ?? 0
            return max(header, cells)
        }
    }

    /// One row's cells, shaped.
    func cells(_ cells: [[StyledRun]], style: TextStyle, _ setting: Setting) -> [ShapedText] {
        zip(cells, setting.widths).map { runs, w in ShapedText.shape(runs, style: style, width: w - 2 * setting.padding, in: fonts) }
    }

    /// The height of a row showing `lines` of each cell.
    func rowHeight(_ cells: [ShapedText], lines: [Range<Int>], _ setting: Setting) -> Double {
        (zip(cells, lines).map { $0.height(of: $1) }.max() ?? 0) + 2 * setting.padding
    }

    /// The items of a row showing `lines` of each cell, its top at `y`.
    func rowItems(_ cells: [ShapedText], lines: [Range<Int>], _ setting: Setting, y: Double, fill: RGBColor?) -> [PageItem] {
        var items: [PageItem] = []
        if let fill {
            items.append(.rect(Rect(x: 0, y: y, width: setting.widths.reduce(0, +), height: rowHeight(cells, lines: lines, setting)),
                               fill: fill, stroke: nil, lineWidth: 0, cornerRadius: 0))
        }
        var x = 0.0
        for (i, cell) in cells.enumerated() {
            items += PageItem.textLines(cell, lines: lines[i], at: Point(x + setting.padding, y + setting.padding))
            x += setting.widths[i]
        }
        return items
    }

    /// The lines of each cell that fit in `height` (padding included), from `starts`; nil unless some cell
    /// shows at least `minimum` more lines.
    func linesThatFit(_ cells: [ShapedText], from starts: [Int], height: Double, minimum: Int, padding: Double) -> [Range<Int>]? {
        let ranges = zip(cells, starts).map { cell, start in
            var end = start
            while end < cell.lines.count, cell.height(of: start..<(end + 1)) + 2 * padding <= height { end += 1 }
            if end == cell.lines.count - 1, end - start > 2 { end -= 1 }   // no last line alone overleaf
            return start..<end
        }
        return ranges.contains { $0.count >= minimum } ? ranges : nil
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        let setting = setting(width)
        let headerCells = cells(table.header.map { [StyledRun($0)] }, style: setting.header, setting)
        let headerLines = headerCells.map { 0..<$0.lines.count }
        var items = rowItems(headerCells, lines: headerLines, setting, y: 0, fill: theme.accent)
        let header = rowHeight(headerCells, lines: headerLines, setting)
        var y = header
        var row = firstRow
        var rest: TableBlock?
        while row < table.rows.count {
            let shaped = cells(table.rows[row].map(styledRuns), style: setting.cell, setting)
            let starts = row == firstRow ? resumeLines ?? shaped.map { _ in 0 } : shaped.map { _ in 0 }
            var lines = zip(shaped, starts).map { $1..<$0.lines.count }
            let needed = rowHeight(shaped, lines: lines, setting)
            if y + needed > height {
                // Only a row that would not fit any better overleaf (taller than an empty frame under the
                // header) is split between lines; others move on whole.
                let tooTall = (row == firstRow && atFrameTop) || header + needed > theme.bodyFrame.height
                guard tooTall, let part = linesThatFit(shaped, from: starts, height: height - y, minimum: atFrameTop ? 1 : 2,
                                                       padding: setting.padding)
                else { break }
                lines = part
                rest = TableBlock(continuing: self, from: row, lines: part.map(\.upperBound))
            }
            let stripe = (row - firstRow) % 2 == 1 ? theme.panel : nil
            items += rowItems(shaped, lines: lines, setting, y: y, fill: stripe)
            y += rowHeight(shaped, lines: lines, setting)
            items.append(.line(from: Point(0, y), to: Point(width, y), color: theme.rule, lineWidth: 0.5, dash: []))
            row += 1
            if rest != nil { break }
        }
        if row == firstRow { return nil }   // not even one row (or part of one) under the header: move on
        if rest == nil, row < table.rows.count { rest = TableBlock(continuing: self, from: row) }
        return Placement(items: items, height: y, rest: rest, lines: row - firstRow)
    }
}

/// Turns report rich text into runs for shaping (citation marks become small raised links).
public func styledRuns(_ text: RichText) -> [StyledRun] {
    text.runs.map { run in
        switch run.style {
        case .regular: return StyledRun(run.text, link: run.link)
        case .bold: return StyledRun(run.text, bold: true, link: run.link)
        case .italic: return StyledRun(run.text, italic: true, link: run.link)
        case .citation: return StyledRun(run.text, superscript: true, color: RGBColor(hex: 0x1F3A5F), link: run.link)
        }
    }
}
