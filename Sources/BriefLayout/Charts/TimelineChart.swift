import BriefGraphics
import BriefModel
import Foundation

/// A dated timeline across the full width: a calendar band (days, weeks, months or years, chosen for the
/// span) with each event marked on its edge, and labels flown from leader lines above and below the band,
/// stacked in as many rows as it takes for no two labels to overlap.
///
/// A day-precise date is a dot; a month or year is also shown as a short bar spanning the period.
/// Output depends only on the points (sorted by date, ties kept in input order), the width and the fonts.
///
/// A chart too tall for an empty page (a timeline of many articles) splits between dates: each part is a
/// chart of its own dates with its own axis, and goes on over the page.
public final class TimelineChartBlock: FixedBlock {
    let points: [TimelinePoint]
    let theme: Theme
    let fonts: FontLibrary
    private let continued: Bool

    /// Widest label, and most lines of a label (longer text is cut with "…").
    public var maxLabelWidth: Double = 124
    public var maxLabelLines: Int = 3

    public init(points: [TimelinePoint], theme: Theme, fonts: FontLibrary, spaceBefore: Double) {
        self.points = points
        self.theme = theme
        self.fonts = fonts
        self.continued = false
        super.init(kind: "timeline", spaceBefore: spaceBefore)
    }

    /// A part of `chart` showing `points`, with the chart's settings.
    private init(part points: [TimelinePoint], of chart: TimelineChartBlock, heightBudget: Double, continued: Bool) {
        self.points = points
        self.theme = chart.theme
        self.fonts = chart.fonts
        self.continued = continued
        super.init(kind: chart.kind, spaceBefore: continued ? 0 : chart.spaceBefore)
        self.maxLabelWidth = chart.maxLabelWidth
        self.maxLabelLines = chart.maxLabelLines
        self.heightBudget = heightBudget
    }

    public override var isContinuation: Bool { continued }

    /// Fewest dates a part placed below other blocks shows; with fewer, the chart starts on the next page.
    static let minimumPartDates = 3

    public override func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        if let whole = super.place(width: width, height: height, atFrameTop: atFrameTop) { return whole }
        // A chart that fits an empty page moves on whole; only a taller one splits.
        if !atFrameTop, built(width: width).height <= theme.bodyFrame.height { return nil }
        let dates = datedGroups()
        guard dates.count > 1 else { return nil }
        func part(_ count: Int) -> TimelineChartBlock {
            TimelineChartBlock(part: dates[..<count].flatMap { $0 }, of: self, heightBudget: min(heightBudget, height),
                               continued: continued)
        }
        // Set more compactly, the whole chart may fit after all.
        let compact = part(dates.count).built(width: width)
        if compact.height <= height { return Placement(items: compact.items, height: compact.height) }
        // The most dates whose chart fits: heights grow with the dates shown, so a binary search finds it.
        var fits = 0, fails = dates.count
        while fails - fits > 1 {
            let middle = (fits + fails) / 2
            if part(middle).built(width: width).height <= height { fits = middle } else { fails = middle }
        }
        guard fits >= (atFrameTop ? 1 : Self.minimumPartDates) else { return nil }
        let shown = part(fits).built(width: width)
        let rest = TimelineChartBlock(part: dates[fits...].flatMap { $0 }, of: self, heightBudget: heightBudget,
                                      continued: true)
        return Placement(items: shown.items, height: shown.height, rest: rest)
    }

    /// The points grouped by date, in date order (ties in input order): the units a chart splits between.
    private func datedGroups() -> [[TimelinePoint]] {
        var groups: [[TimelinePoint]] = []
        for index in sortedIndices() {
            if let last = groups.last?.first, last.date == points[index].date { groups[groups.count - 1].append(points[index]) }
            else { groups.append([points[index]]) }
        }
        return groups
    }

    /// Indices of the points sorted by date; the index breaks ties so equal dates keep their input order.
    private func sortedIndices() -> [Int] {
        points.indices.sorted { a, b in
            let ka = ChartCalendar.interval(of: points[a].date), kb = ChartCalendar.interval(of: points[b].date)
            return (ka.start, ka.end, a) < (kb.start, kb.end, b)
        }
    }

    // Geometry, in points.
    static let bandHeight = 14.0
    static let leaderMinimum = 9.0      // band edge to the nearest label row
    static let rowGap = 5.0             // between label rows
    static let labelGap = 7.0           // between labels in a row
    static let poleGap = 3.0            // between a leader and the text it carries
    static let dotRadius = 2.6

    private struct Event {
        var date: PartialDate
        var start: Double, end: Double
        var text: ShapedText
        var body: String               // the label text as set (cut if too long)
        var textLeft: ShapedText?      // right-aligned version, for labels flown to the left of their leader
        var width: Double
    }

    private struct Placed {
        var event: Int
        var above: Bool
        var row: Int
        var left: Double, right: Double
        var pole: Double
        var flagLeft: Bool
    }

    /// Height the chart tries to stay within; crowded timelines get narrower, shorter labels to fit.
    public var heightBudget: Double = 440

    public override func build(width: Double) -> (items: [PageItem], height: Double) {
        guard !points.isEmpty, width > 40 else { return ([], 0) }
        // From the most orderly (labels right of their leaders, off leaders still to come) to the most compact.
        let settings: [(width: Double, lines: Int, spread: Bool, preferRight: Bool)] = [
            (maxLabelWidth, maxLabelLines, true, true), (maxLabelWidth, maxLabelLines, false, true),
            (maxLabelWidth * 0.85, 2, false, true), (maxLabelWidth, maxLabelLines, false, false),
            (maxLabelWidth * 0.85, 2, false, false), (maxLabelWidth * 0.8, 1, false, false),
        ]
        var last: (items: [PageItem], height: Double) = ([], 0)
        for setting in settings {
            last = layout(width: width, maxWidth: setting.width, maxLines: setting.lines, spread: setting.spread,
                          preferRight: setting.preferRight)
            if last.height <= heightBudget { break }
        }
        return last
    }

    /// Lays the chart out with labels at most `maxWidth` wide and `maxLines` lines long; `spread` keeps
    /// labels off leaders still to come at the cost of more rows.
    private func layout(width: Double, maxWidth: Double, maxLines maxLabelLines: Int, spread: Bool,
                        preferRight: Bool) -> (items: [PageItem], height: Double) {
        let style = theme.chartLabel
        let labelWidth = max(30, min(maxWidth, width / 2 - Self.poleGap - 2))

        // One entry per distinct date: events on the same date share a marker and a label.
        let groups = datedGroups()
        var events: [Event] = groups.map { group in
            let date = group[0].date
            let span = ChartCalendar.interval(of: date)
            let lead = [StyledRun(ChartCalendar.display(date), bold: true, color: theme.accent)]
            let labels = group.map { $0.label.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            var body: String
            var lines = maxLabelLines
            if labels.count <= 1 {
                body = labels.first.map { " " + $0 } ?? ""
            } else {
                // The date on its own line, then each event on its own (cut to two lines), at most five.
                let shown = labels.count > 6 ? 5 : labels.count
                body = labels.prefix(shown).map { label in
                    "\n" + ChartText.shapeClamped(lead: [], body: "· " + label, bodyStyle: { StyledRun($0) },
                                                  style: style.with(alignment: .left), maxWidth: labelWidth,
                                                  maxLines: 2, fonts: fonts).body
                }.joined()
                if labels.count > shown { body += "\n+ \(labels.count - shown) more" }
                lines = 1000
            }
            let (text, setBody) = ChartText.shapeClamped(lead: lead, body: body, bodyStyle: { StyledRun($0) },
                                                         style: style.with(alignment: .left), maxWidth: labelWidth,
                                                         maxLines: lines, fonts: fonts)
            let extent = ChartText.horizontalExtent(text)
            return Event(date: date, start: span.start, end: span.end, text: text, body: setBody, textLeft: nil,
                         width: extent.maxX - extent.minX)
        }

        // The axis: the finest calendar scale whose labels fit.
        let tickStyle = style.with(size: 6.5, bold: false, alignment: .left, color: theme.muted)
        let axis = chooseAxis(low: events.map(\.start).min()!, high: events.map(\.end).max()!, width: width,
                              tickStyle: tickStyle)
        func x(_ day: Double) -> Double { (day - axis.from) / (axis.to - axis.from) * width }

        // Place labels from right to left: a leader may pass a label only beside it, never through it.
        var placed: [Placed] = []
        var lastAbove = false
        let centres = events.map { x(($0.start + $0.end) / 2) }
        for (index, event) in events.enumerated().reversed() {
            let centre = centres[index]
            var best: (cost: (Int, Int, Int, Int, Int), placed: Placed)?
            for above in [!lastAbove, lastAbove] {
                let rowsUsed = placed.filter { $0.above == above }.map(\.row).max() ?? -1
                for flagLeft in [false, true] {
                    let left = flagLeft ? centre - Self.poleGap - event.width : centre + Self.poleGap
                    let right = left + event.width
                    guard left >= -0.01, right <= width + 0.01 else { continue }
                    for row in 0...(rowsUsed + 1) {
                        var crossings = 0
                        var blocked = false
                        for other in placed where other.above == above {
                            if other.row == row {
                                if left < other.right + Self.labelGap && other.left < right + Self.labelGap { blocked = true; break }
                            } else if other.row < row {
                                if centre > other.left - 1.5 && centre < other.right + 1.5 { crossings += 1 }
                            } else if other.pole > left - 1.5 && other.pole < right + 1.5 {
                                crossings += 1
                            }
                        }
                        if blocked { continue }
                        let candidate = Placed(event: index, above: above, row: row, left: left, right: right,
                                               pole: centre, flagLeft: flagLeft)
                        // Events still to place (to the left) whose leaders this label would stand across.
                        let covers = spread && centres[..<index].contains { $0 > left - 1.5 && $0 < right + 1.5 }
                        // Labels fly right of their leader unless that would leave the chart.
                        let rightFits = centre + Self.poleGap + event.width <= width + 0.01
                        let cost = (crossings, covers ? 1 : 0, flagLeft && rightFits && preferRight ? 1 : 0, row, above == lastAbove ? 1 : 0)
                        if best == nil || cost < best!.cost { best = (cost, candidate) }
                    }
                }
            }
            // A label always fits on a new row on one side or the other, flown left or right.
            guard let chosen = best?.placed else { continue }
            placed.append(chosen)
            lastAbove = chosen.above
            if chosen.flagLeft {
                let lead = StyledRun(ChartCalendar.display(event.date), bold: true, color: theme.accent)
                events[index].textLeft = ShapedText.shape(event.body.isEmpty ? [lead] : [lead, StyledRun(event.body)],
                                                          style: style.with(alignment: .right),
                                                          width: event.width + 0.5, in: fonts)
            }
        }
        placed.sort { ($0.event, $0.above ? 0 : 1) < ($1.event, $1.above ? 0 : 1) }

        // Row heights on each side, from the labels in each row.
        func rowHeights(above: Bool) -> [Double] {
            let rows = (placed.filter { $0.above == above }.map(\.row).max() ?? -1) + 1
            var heights = [Double](repeating: 0, count: rows)
            for p in placed where p.above == above { heights[p.row] = max(heights[p.row], labelText(p, events).height) }
            return heights
        }
        let aboveRows = rowHeights(above: true), belowRows = rowHeights(above: false)
        func extent(_ rows: [Double]) -> Double {
            rows.isEmpty ? Self.dotRadius + 2 : Self.leaderMinimum + rows.reduce(0, +) + Double(rows.count - 1) * Self.rowGap
        }
        let bandTop = extent(aboveRows)
        let bandBottom = bandTop + Self.bandHeight
        let height = bandBottom + extent(belowRows)
        /// The near edge (closest to the band) of row `row` on a side.
        func nearEdge(above: Bool, row: Int) -> Double {
            let rows = above ? aboveRows : belowRows
            let offset = Self.leaderMinimum + rows.prefix(row).reduce(0, +) + Double(row) * Self.rowGap
            return above ? bandTop - offset : bandBottom + offset
        }

        var items: [PageItem] = []
        // The calendar band: periods separated by white rules, a stronger rule where a year begins.
        items.append(.rect(Rect(x: 0, y: bandTop, width: width, height: Self.bandHeight), fill: theme.panel,
                           stroke: nil, lineWidth: 0, cornerRadius: 2))
        for tick in axis.ticks.dropFirst() {
            let tx = x(tick.position)
            guard tx > 0.5, tx < width - 0.5 else { continue }
            let strong = axis.scale.startsYear(tick.index)
            items.append(.line(from: Point(tx, bandTop), to: Point(tx, bandBottom),
                               color: strong ? theme.rule : .white, lineWidth: strong ? 0.9 : 1.2, dash: []))
        }
        for tick in axis.ticks {
            guard let label = tick.label else { continue }
            let ty = bandTop + (Self.bandHeight - label.height) / 2
            items.append(.text(label, lines: 0..<label.lines.count, origin: Point(tick.labelX, ty)))
        }

        // Leaders first (under everything), then markers, then labels.
        var markers: [PageItem] = []
        for p in placed {
            let event = events[p.event]
            let text = labelText(p, events)
            let edge = p.above ? bandTop : bandBottom
            let near = nearEdge(above: p.above, row: p.row)
            let rowTop = p.above ? near - text.height : near
            let far = p.above ? rowTop : rowTop + text.height
            items.append(.line(from: Point(p.pole, edge), to: Point(p.pole, far), color: theme.muted,
                               lineWidth: 0.5, dash: []))
            let originX = p.left - ChartText.horizontalExtent(text).minX
            let start = x(event.start), end = x(event.end)
            if event.date.precision < 3, end - start >= 5 {
                let bar = Rect(x: start + 0.6, y: edge - 1.4, width: end - start - 1.2, height: 2.8)
                markers.append(.rect(bar, fill: theme.accent, stroke: nil, lineWidth: 0, cornerRadius: 1.4))
            }
            markers.append(.circle(center: Point(p.pole, edge), radius: Self.dotRadius, fill: theme.accent,
                                   stroke: .white, lineWidth: 0.8))
            // A white ground under the label hides any leader that has to pass behind it.
            let groundLeft = max(0, p.left - 1), groundRight = min(width, p.right + 1)
            markers.append(.rect(Rect(x: groundLeft, y: rowTop - 0.5, width: groundRight - groundLeft, height: text.height + 1),
                                 fill: .white, stroke: nil, lineWidth: 0, cornerRadius: 0))
            markers.append(.text(text, lines: 0..<text.lines.count, origin: Point(originX, rowTop)))
        }
        func isLabel(_ item: PageItem) -> Bool {
            switch item {
            case .text: return true
            case .rect(_, let fill, _, _, _): return fill == .white
            default: return false
            }
        }
        items.append(contentsOf: markers.filter { !isLabel($0) })
        items.append(contentsOf: markers.filter(isLabel))
        return (items, height)
    }

    private func labelText(_ p: Placed, _ events: [Event]) -> ShapedText {
        p.flagLeft ? (events[p.event].textLeft ?? events[p.event].text) : events[p.event].text
    }

    // MARK: Axis

    struct Tick {
        var index: Int
        var position: Double
        var label: ShapedText?
        var labelX: Double
    }

    struct Axis {
        var scale: AxisScale
        var from: Double, to: Double
        var ticks: [Tick]
    }

    /// The calendar scale the axis uses at `width` (for tests and diagnostics).
    func axisScale(width: Double) -> AxisScale? {
        let spans = points.map { ChartCalendar.interval(of: $0.date) }
        guard let low = spans.map(\.start).min(), let high = spans.map(\.end).max() else { return nil }
        return chooseAxis(low: low, high: high, width: width,
                          tickStyle: theme.chartLabel.with(size: 6.5, bold: false, alignment: .left, color: theme.muted)).scale
    }

    private func chooseAxis(low: Double, high: Double, width: Double, tickStyle: TextStyle) -> Axis {
        let pad = (high - low) * 0.03
        let a = low - pad, b = high + pad
        var fallback: Axis?
        for scale in AxisScale.candidates {
            var first = scale.index(atOrBefore: a)
            var last = scale.index(atOrBefore: b - 1e-6) + 1
            if scale.position(last - 1) >= b { last -= 1 }
            guard last - first <= 120 else { continue }
            var grow = true
            while last - first < 5 {
                if grow { last += 1 } else { first -= 1 }
                grow.toggle()
            }
            let from = scale.position(first), to = scale.position(last)
            func x(_ day: Double) -> Double { (day - from) / (to - from) * width }
            var ticks: [Tick] = []
            var fits = true
            for index in first...last {
                let position = scale.position(index)
                guard index < last else {
                    ticks.append(Tick(index: index, position: position, label: nil, labelX: 0))
                    break
                }
                let x0 = x(position), x1 = x(scale.position(index + 1))
                let label = ShapedText.shape(scale.label(index, first: index == first), style: tickStyle, width: nil, in: fonts)
                let room = x1 - x0
                let labelX: Double
                if scale.labelsPeriods {
                    if label.width + 6 > room || room < 16 { fits = false }
                    labelX = (x0 + x1 - label.width) / 2
                } else {
                    if label.width + 8 > room || room < 28 { fits = false }
                    labelX = x0 + 3
                }
                ticks.append(Tick(index: index, position: position, label: label, labelX: labelX))
            }
            let axis = Axis(scale: scale, from: from, to: to, ticks: ticks)
            if fits { return axis }
            fallback = Axis(scale: scale, from: from, to: to, ticks: ticks.map {
                var t = $0
                t.label = nil
                return t
            })
        }
        // Nothing fits (a very narrow chart): the coarsest scale without labels.
        return fallback!
    }
}
