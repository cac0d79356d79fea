import BriefGraphics
import BriefModel

/// The "at a glance" panel: key numbers set large with a short label under each, up to four a row. Each
/// row is a band: a long list of figures goes on over the page in a panel of its own.
public final class KeyFiguresBlock: BandedBlock {
    let figures: [KeyFigure]
    let theme: Theme
    let fonts: FontLibrary
    static let padding = 10.0, gap = 8.0

    public init(_ figures: [KeyFigure], theme: Theme, fonts: FontLibrary, spaceBefore: Double) {
        self.figures = figures
        self.theme = theme
        self.fonts = fonts
        super.init(kind: "key-figures", spaceBefore: spaceBefore, bandGap: Self.gap)
    }

    /// Numbers with labels, read as text: not a figure (whose text readers skip).
    public override var role: StructureRole { .division }

    public override var partInset: (top: Double, bottom: Double) { (Self.padding, Self.padding) }

    public override func bands(width: Double) -> [Band] {
        let padding = Self.padding, gap = Self.gap
        let perRow = max(1, min(4, figures.count))
        let cellWidth = (width - 2 * padding - Double(perRow - 1) * gap) / Double(perRow)
        return stride(from: 0, to: figures.count, by: perRow).map { start in
            let row = figures[start..<min(figures.count, start + perRow)]
            let shaped = row.map { figure in
                (ShapedText.shape(figure.value, style: theme.figureValue, width: cellWidth, in: fonts),
                 ShapedText.shape(figure.label, style: theme.figureLabel, width: cellWidth - 6, in: fonts))
            }
            let rowHeight = shaped.map { $0.0.height + 2 + $0.1.height }.max() ?? 0
            var items: [PageItem] = []
            for (i, (value, label)) in shaped.enumerated() {
                let x = padding + Double(i) * (cellWidth + gap)
                if i > 0 {
                    items.append(.line(from: Point(x - gap / 2, 0), to: Point(x - gap / 2, rowHeight),
                                       color: theme.rule, lineWidth: 0.5, dash: []))
                }
                items.append(.text(value, lines: 0..<value.lines.count, origin: Point(x, 0)))
                items.append(.text(label, lines: 0..<label.lines.count, origin: Point(x + 3, value.height + 2)))
            }
            return Band(items: items, height: rowHeight)
        }
    }

    /// The panel and its accent bar behind each part.
    public override func decorate(width: Double, height: Double) -> [PageItem] {
        [.rect(Rect(x: 0, y: 0, width: width, height: height), fill: theme.panel, stroke: nil, lineWidth: 0, cornerRadius: 4),
         .rect(Rect(x: 0, y: 0, width: 3, height: height), fill: theme.accent, stroke: nil, lineWidth: 0, cornerRadius: 0)]
    }
}

/// The title block on the first page: a kicker line, the title, the subtitle and a rule.
public final class TitleBlock: FixedBlock {
    let kicker: String
    let title: String
    let subtitle: String
    let theme: Theme
    let fonts: FontLibrary

    public init(kicker: String, title: String, subtitle: String, theme: Theme, fonts: FontLibrary) {
        self.kicker = kicker
        self.title = title
        self.subtitle = subtitle
        self.theme = theme
        self.fonts = fonts
        super.init(kind: "title", spaceBefore: 0)
    }

    public override var role: StructureRole { .heading1 }

    public override func build(width: Double) -> (items: [PageItem], height: Double) {
        var kickerStyle = theme.small.with(bold: true, color: theme.accent)
        kickerStyle.letterSpacing = 1.2
        let k = ShapedText.shape(kicker.uppercased(), style: kickerStyle, width: width, in: fonts)
        let t = ShapedText.shape(title, style: theme.title, width: width, in: fonts)
        let s = ShapedText.shape(subtitle, style: theme.subtitle, width: width, in: fonts)
        var y = 0.0
        var items: [PageItem] = [.text(k, lines: 0..<k.lines.count, origin: Point(0, y))]
        y += k.height + 4
        items.append(.text(t, lines: 0..<t.lines.count, origin: Point(0, y)))
        y += t.height + 4
        items.append(.text(s, lines: 0..<s.lines.count, origin: Point(0, y)))
        y += s.height + 8
        items.append(.line(from: Point(0, y), to: Point(width, y), color: theme.accent, lineWidth: 1.2, dash: []))
        return (items, y + 2)
    }
}
