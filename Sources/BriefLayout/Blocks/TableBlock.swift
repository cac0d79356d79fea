import BriefGraphics
import BriefModel

/// A table that splits between rows, repeating its header row at the top of every page it spans.
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
    let cellPadding = 5.0

    public init(_ table: Table, theme: Theme, fonts: FontLibrary, spaceBefore: Double) {
        self.table = table
        self.theme = theme
        self.fonts = fonts
        self.spaceBefore = spaceBefore
        self.firstRow = 0
        self.isContinuation = false
    }

    private init(continuing other: TableBlock, from row: Int) {
        table = other.table
        theme = other.theme
        fonts = other.fonts
        spaceBefore = 0
        firstRow = row
        isContinuation = true
    }

    func columnWidths(_ width: Double) -> [Double] {
        let total = table.columnWeights.reduce(0, +)
        return table.columnWeights.map { width * $0 / (total > 0 ? total : 1) }
    }

    /// Shapes one row: its cells and the row height.
    func row(_ cells: [[StyledRun]], style: TextStyle, widths: [Double]) -> (cells: [ShapedText], height: Double) {
        let shaped = zip(cells, widths).map { runs, w in
            ShapedText.shape(runs, style: style, width: w - 2 * cellPadding, in: fonts)
        }
        return (shaped, (shaped.map(\.height).max() ?? 0) + 2 * cellPadding)
    }

    func rowItems(_ row: (cells: [ShapedText], height: Double), widths: [Double], y: Double, fill: RGBColor?) -> [PageItem] {
        var items: [PageItem] = []
        let width = widths.reduce(0, +)
        if let fill {
            items.append(.rect(Rect(x: 0, y: y, width: width, height: row.height), fill: fill, stroke: nil,
                               lineWidth: 0, cornerRadius: 0))
        }
        var x = 0.0
        for (cell, w) in zip(row.cells, widths) {
            items.append(.text(cell, lines: 0..<cell.lines.count, origin: Point(x + cellPadding, y + cellPadding)))
            for link in cell.links {
                items.append(.link(link.rect.offsetBy(dx: x + cellPadding, dy: y + cellPadding), target: link.target))
            }
            x += w
        }
        return items
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        let widths = columnWidths(width)
        let header = row(table.header.map { [StyledRun($0)] }, style: theme.tableHeader, widths: widths)
        var items = rowItems(header, widths: widths, y: 0, fill: theme.accent)
        var y = header.height
        var row = firstRow
        while row < table.rows.count {
            let cells = table.rows[row].map(styledRuns)
            let shaped = self.row(cells, style: theme.tableCell, widths: widths)
            if y + shaped.height > height { break }
            let stripe = (row - firstRow) % 2 == 1 ? theme.panel : nil
            items += rowItems(shaped, widths: widths, y: y, fill: stripe)
            y += shaped.height
            items.append(.line(from: Point(0, y), to: Point(width, y), color: theme.rule, lineWidth: 0.5, dash: []))
            row += 1
        }
        if row == firstRow { return nil }   // not even one row under the header: move on
        let rest = row < table.rows.count ? TableBlock(continuing: self, from: row) : nil
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
