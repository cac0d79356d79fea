import BriefGraphics
import Foundation

/// Smuggling routes as rows of country boxes joined by arrows, left to right.
///
/// Routes that share their origin are drawn as a tree: the shared stretch once, each branch on its own row
/// below, joined by an elbow connector. A route longer than a row continues on the next row (the arrow runs
/// down and back to the left). Other routes are stacked. With more than one route each is labelled
/// "Route 1", "Route 2"… in a left gutter. The origin is filled with the accent colour, the destination
/// outlined in it. Each tree or stacked route is a band: a diagram of many routes goes on over the page
/// between them, every route whole with its label.
public final class RouteDiagramBlock: BandedBlock {
    let routes: [[String]]
    let theme: Theme
    let fonts: FontLibrary

    /// Most boxes in a row at full body width.
    public var maxColumns = 5

    public init(routes: [[String]], theme: Theme, fonts: FontLibrary, spaceBefore: Double) {
        self.routes = routes
        self.theme = theme
        self.fonts = fonts
        super.init(kind: "route", spaceBefore: spaceBefore, bandGap: Self.unitGap + Self.rowGap)
    }

    static let columnGap = 22.0
    static let rowGap = 18.0
    static let unitGap = 10.0          // extra space between separate routes or trees
    static let minimumBoxWidth = 62.0
    static let boxPadding = 5.0
    static let arrowHead = 5.5

    /// A country box in the grid of one route or tree.
    private struct Node {
        var name: String
        var children: [Int] = []
        var row = 0, col = 0
        var isRoot = false
    }

    /// One tree or one stacked route: its nodes and the routes whose labels it carries (route number, leaf).
    private struct Unit {
        var nodes: [Node]
        var labels: [(number: Int, node: Int)]
        var rows: Int { (nodes.map(\.row).max() ?? 0) + 1 }
    }

    /// The routes with blank names removed, repeated neighbours merged and duplicate routes dropped.
    var cleanedRoutes: [[String]] {
        var result: [[String]] = []
        for route in routes {
            var clean: [String] = []
            for name in route {
                let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty, trimmed != clean.last { clean.append(trimmed) }
            }
            if !clean.isEmpty, !result.contains(clean) { result.append(clean) }
        }
        return result
    }

    /// Most routes drawn as one tree: a larger group of routes from one origin is stacked route by route,
    /// so that no band outgrows a page.
    static let maximumTreeRoutes = 8

    public override func bands(width: Double) -> [Band] {
        let routes = cleanedRoutes
        guard !routes.isEmpty else { return [] }
        let numbered = routes.count > 1
        let labelStyle = theme.chartLabel.with(bold: true, alignment: .left, color: theme.muted)
        let labels = numbered ? (1...routes.count).map { ShapedText.shape("Route \($0)", style: labelStyle, width: nil, in: fonts) } : []
        let gutter = numbered ? (labels.map(\.width).max() ?? 0) + 10 : 0
        let columns = max(2, min(maxColumns, Int((width - gutter + Self.columnGap) / (Self.minimumBoxWidth + Self.columnGap))))
        let boxWidth = (width - gutter - Double(columns - 1) * Self.columnGap) / Double(columns)
        let units = makeUnits(routes, columns: columns)

        // Shape every name; one box height for the whole diagram so that arrows line up.
        let textWidth = boxWidth - 2 * Self.boxPadding
        func shape(_ node: Node) -> ShapedText {
            let role = node.isRoot ? 0 : (node.children.isEmpty ? 2 : 1)
            let style = theme.chartLabel.with(bold: role != 1, alignment: .center,
                                              color: role == 0 ? .white : (role == 2 ? theme.accent : theme.chartLabel.color))
            return ChartText.shapeClamped(lead: [], body: node.name, bodyStyle: { StyledRun($0) }, style: style,
                                          maxWidth: textWidth, maxLines: 3, fonts: fonts).text
        }
        let texts = units.map { $0.nodes.map(shape) }
        let boxHeight = max(24, (texts.joined().map(\.height).max() ?? 0) + 2 * Self.boxPadding)

        var bands: [Band] = []
        for (u, unit) in units.enumerated() {
            var connectors: [PageItem] = [], boxes: [PageItem] = [], words: [PageItem] = []
            let top = 0.0
            func frame(_ node: Node) -> Rect {
                Rect(x: gutter + Double(node.col) * (boxWidth + Self.columnGap),
                     y: top + Double(node.row) * (boxHeight + Self.rowGap), width: boxWidth, height: boxHeight)
            }
            for (n, node) in unit.nodes.enumerated() {
                let box = frame(node)
                let isLeaf = node.children.isEmpty
                if node.isRoot {
                    boxes.append(.rect(box, fill: theme.accent, stroke: nil, lineWidth: 0, cornerRadius: 4))
                } else if isLeaf {
                    boxes.append(.rect(box, fill: .white, stroke: theme.accent, lineWidth: 1.1, cornerRadius: 4))
                } else {
                    boxes.append(.rect(box, fill: theme.panel, stroke: theme.rule, lineWidth: 0.6, cornerRadius: 4))
                }
                let text = texts[u][n]
                let extent = ChartText.horizontalExtent(text)
                let x = box.x + (box.width - (extent.maxX - extent.minX)) / 2 - extent.minX
                words.append(.text(text, lines: 0..<text.lines.count, origin: Point(x, box.y + (box.height - text.height) / 2)))
                for child in node.children {
                    connectors.append(contentsOf: connector(from: box, to: frame(unit.nodes[child]),
                                                            fromRow: node.row, toRow: unit.nodes[child].row))
                }
            }
            for label in unit.labels {
                let text = labels[label.number - 1]
                let box = frame(unit.nodes[label.node])
                words.append(.text(text, lines: 0..<text.lines.count,
                                   origin: Point(0, box.y + (box.height - text.height) / 2)))
            }
            bands.append(Band(items: connectors + boxes + words,
                              height: Double(unit.rows) * (boxHeight + Self.rowGap) - Self.rowGap))
        }
        return bands
    }

    /// An arrow between two boxes: straight along a row, an elbow down to a branch, or down and back to
    /// the left onto the next row when a route wraps. One arrow head per hop.
    private func connector(from a: Rect, to b: Rect, fromRow: Int, toRow: Int) -> [PageItem] {
        let color = theme.muted, lineWidth = 0.9, head = Self.arrowHead
        func line(_ p: Point, _ q: Point) -> PageItem { .line(from: p, to: q, color: color, lineWidth: lineWidth, dash: []) }
        if fromRow == toRow {
            let y = a.y + a.height / 2
            let start = a.maxX + 3, tip = b.x - 2.5
            return [line(Point(start, y), Point(tip - head + 0.5, y)),
                    .polygon([Point(tip, y), Point(tip - head, y - 3), Point(tip - head, y + 3)], fill: color)]
        }
        if b.x > a.x {
            // Branch: down from the parent's middle, then right into the child.
            let x = a.x + a.width / 2, y = b.y + b.height / 2, tip = b.x - 2.5
            return [line(Point(x, a.maxY + 1), Point(x, y)), line(Point(x - lineWidth / 2, y), Point(tip - head + 0.5, y)),
                    .polygon([Point(tip, y), Point(tip - head, y - 3), Point(tip - head, y + 3)], fill: color)]
        }
        // Wrap: down into the gap above the next row, back to the left, down into the box.
        let x0 = a.x + a.width / 2, x1 = b.x + b.width / 2, mid = b.y - Self.rowGap / 2, tip = b.y - 2
        return [line(Point(x0, a.maxY + 1), Point(x0, mid)), line(Point(x0 + lineWidth / 2, mid), Point(x1 - lineWidth / 2, mid)),
                line(Point(x1, mid), Point(x1, tip - head + 0.5)),
                .polygon([Point(x1, tip), Point(x1 - 3, tip - head), Point(x1 + 3, tip - head)], fill: color)]
    }

    /// Groups routes by origin: a group becomes one tree when no route in it needs more than a row and no
    /// route is the beginning of another; otherwise its routes are stacked one by one.
    private func makeUnits(_ routes: [[String]], columns: Int) -> [Unit] {
        var origins: [String] = []
        var groups: [[Int]] = []
        for (index, route) in routes.enumerated() {
            if let g = origins.firstIndex(of: route[0]) { groups[g].append(index) } else {
                origins.append(route[0])
                groups.append([index])
            }
        }
        var units: [Unit] = []
        for group in groups {
            let members = group.map { routes[$0] }
            let isPrefix = members.contains { a in members.contains { b in b.count > a.count && Array(b.prefix(a.count)) == a } }
            if members.count > 1, members.count <= Self.maximumTreeRoutes, !isPrefix,
               members.allSatisfy({ $0.count <= columns }) {
                units.append(tree(members, numbers: group.map { $0 + 1 }, numbered: routes.count > 1))
            } else {
                for index in group { units.append(chain(routes[index], number: routes.count > 1 ? index + 1 : nil, columns: columns)) }
            }
        }
        return units
    }

    /// One route as a chain of boxes, wrapping after `columns` boxes.
    private func chain(_ route: [String], number: Int?, columns: Int) -> Unit {
        var nodes = route.enumerated().map { i, name in
            Node(name: name, children: i + 1 < route.count ? [i + 1] : [], row: i / columns, col: i % columns, isRoot: i == 0)
        }
        if nodes.count == 1 { nodes[0].isRoot = true }
        return Unit(nodes: nodes, labels: number.map { [($0, 0)] } ?? [])
    }

    /// Routes with a common origin as a tree: each node's first child continues its row, later children
    /// start new rows below, one column to the right.
    private func tree(_ members: [[String]], numbers: [Int], numbered: Bool) -> Unit {
        var nodes = [Node(name: members[0][0], isRoot: true)]
        var leaves: [Int] = []
        for route in members {
            var current = 0
            for name in route.dropFirst() {
                if let existing = nodes[current].children.first(where: { nodes[$0].name == name }) {
                    current = existing
                } else {
                    nodes.append(Node(name: name))
                    nodes[current].children.append(nodes.count - 1)
                    current = nodes.count - 1
                }
            }
            leaves.append(current)
        }
        var nextRow = 1
        func place(_ node: Int, row: Int, col: Int) {
            nodes[node].row = row
            nodes[node].col = col
            for (i, child) in nodes[node].children.enumerated() {
                if i == 0 {
                    place(child, row: row, col: col + 1)
                } else {
                    let r = nextRow
                    nextRow += 1
                    place(child, row: r, col: col + 1)
                }
            }
        }
        place(0, row: 0, col: 0)
        // Label each route on the row where its own branch runs: the row of its leaf.
        let labels = numbered ? zip(numbers, leaves).map { (number: $0, node: $1) } : []
        return Unit(nodes: nodes, labels: labels)
    }
}
