/// One element of a paragraph prepared for line breaking, after Knuth and Plass, "Breaking paragraphs into
/// lines" (1981): boxes (text that cannot break; here it may give a little through letter spacing), glue
/// (space that can stretch and shrink, a break opportunity after a box) and penalties (a break opportunity
/// with a cost, and a width that counts only when the line ends there, like an added hyphen).
struct BreakItem {
    enum Kind { case box, glue, penalty }

    var kind: Kind
    var width: Double
    var stretch: Double = 0
    var shrink: Double = 0
    /// Infinitely stretchable glue (the end of a paragraph, before a forced break).
    var fil = false
    /// For penalties: the cost of breaking here; `-infinity` forces a break.
    var penalty: Double = 0
    /// A break that ends the line with a hyphen (added or in the text); two in a row cost extra.
    var flagged = false
    /// A dictionary hyphenation point: only tried in the passes that allow hyphenation.
    var isHyphenation = false

    static func box(_ width: Double) -> BreakItem { BreakItem(kind: .box, width: width) }
    static func glue(_ width: Double, stretch: Double, shrink: Double) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink)
    }
    static let fil = BreakItem(kind: .glue, width: 0, fil: true)
    static let forcedBreak = BreakItem(kind: .penalty, width: 0, penalty: -.infinity)
}

/// Total-fit line breaking: chooses the breaks of a whole paragraph that minimise the sum of the lines'
/// demerits (squared badness plus penalties), instead of filling each line greedily.
struct KnuthPlass {
    /// The costs of one pass.
    struct Pass {
        /// The largest adjustment ratio a line may have (1 = all its glue stretched fully); nil: any (the
        /// emergency pass, which also accepts overfull lines when nothing else fits).
        var tolerance: Double?
        var hyphenate: Bool
        /// Added to every line's badness before squaring: fewer lines are better.
        var linePenalty: Double = 10
        /// Two hyphenated line ends in a row.
        var consecutiveFlaggedDemerits: Double = 8000
        /// Adjacent lines of very different tightness (a tight line after a loose one).
        var fitnessDemerits: Double = 5000
    }

    /// The indices of the items at which lines end (the last is always the paragraph's final item), or nil
    /// when no set of breaks meets the pass's tolerance.
    static func breaks(_ items: [BreakItem], lineWidth: Double, pass: Pass) -> [Int]? {
        guard !items.isEmpty else { return [] }
        // Running sums before each item: sums[i] covers items 0..<i.
        var sums = [Totals](repeating: Totals(), count: items.count + 1)
        for (index, item) in items.enumerated() {
            var next = sums[index]
            guard item.kind != .penalty else { sums[index + 1] = next; continue }
            next.width += item.width
            if item.fil { next.fil += 1 } else { next.stretch += item.stretch }
            next.shrink += item.shrink
            sums[index + 1] = next
        }
        /// Totals at the start of a line that follows a break at `index`: glue and penalties after a break vanish.
        func startTotals(after index: Int) -> Totals {
            var next = index + 1
            while next < items.count, items[next].kind != .box {
                if items[next].kind == .penalty && items[next].penalty == -.infinity { break }
                next += 1
            }
            return sums[next]
        }

        var nodes = [Node(item: -1, fitness: 1, demerits: 0, previous: -1, start: Totals())]
        var active = [0]
        for (b, item) in items.enumerated() {
            // Is this a legal breakpoint?
            switch item.kind {
            case .box: continue
            case .glue: guard b > 0, items[b - 1].kind == .box else { continue }
            case .penalty:
                guard item.penalty < .infinity, pass.hyphenate || !item.isHyphenation else { continue }
            }
            let forced = item.kind == .penalty && item.penalty == -.infinity
            let endWidth = item.kind == .penalty ? item.width : 0
            var best = [Candidate?](repeating: nil, count: 4)
            var kept: [Int] = []
            var lastDropped: Int?
            for a in active {
                let node = nodes[a]
                let line = sums[b] - node.start
                let natural = line.width + endWidth
                let ratio: Double
                if natural < lineWidth {
                    ratio = line.fil > 0 ? 0 : line.stretch > 0 ? (lineWidth - natural) / line.stretch : .infinity
                } else if natural > lineWidth {
                    ratio = line.shrink > 0 ? (lineWidth - natural) / line.shrink : -.infinity
                } else {
                    ratio = 0
                }
                if ratio < -1 || forced { lastDropped = a } else { kept.append(a) }
                guard ratio >= -1, ratio <= (pass.tolerance ?? .infinity) else { continue }
                let badness = min(100 * abs(ratio) * ratio * ratio, 10_000)
                var demerits = (pass.linePenalty + badness) * (pass.linePenalty + badness)
                if item.kind == .penalty, item.penalty.isFinite {
                    demerits += item.penalty >= 0 ? item.penalty * item.penalty : -item.penalty * item.penalty
                }
                if item.flagged, node.item >= 0, items[node.item].flagged { demerits += pass.consecutiveFlaggedDemerits }
                let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
                if abs(fitness - node.fitness) > 1 { demerits += pass.fitnessDemerits }
                let total = node.demerits + demerits
                if best[fitness].map({ total < $0.demerits }) ?? true {
                    best[fitness] = Candidate(demerits: total, previous: a)
                }
            }
            active = kept
            var added = false
            let start = startTotals(after: b)
            for fitness in 0..<4 {
                guard let candidate = best[fitness] else { continue }
                nodes.append(Node(item: b, fitness: fitness, demerits: candidate.demerits, previous: candidate.previous, start: start))
                active.append(nodes.count - 1)
                added = true
            }
            // Emergency: nothing fits (a word wider than the line); accept an overfull line rather than fail.
            if !added, active.isEmpty, pass.tolerance == nil, let rescue = lastDropped {
                nodes.append(Node(item: b, fitness: 1, demerits: nodes[rescue].demerits + 1e9, previous: rescue, start: start))
                active.append(nodes.count - 1)
            }
            if active.isEmpty { return nil }
        }
        // The paragraph ends with a forced break, so every active node ends there.
        guard let last = active.min(by: { nodes[$0].demerits < nodes[$1].demerits }), nodes[last].item == items.count - 1 else {
            return nil
        }
        var result: [Int] = []
        var index = last
        while index > 0 {
            result.append(nodes[index].item)
            index = nodes[index].previous
        }
        return result.reversed()
    }

    private struct Totals {
        var width = 0.0, stretch = 0.0, shrink = 0.0, fil = 0.0
        static func - (a: Totals, b: Totals) -> Totals {
            Totals(width: a.width - b.width, stretch: a.stretch - b.stretch, shrink: a.shrink - b.shrink, fil: a.fil - b.fil)
        }
    }

    private struct Node {
        var item: Int
        /// 0 tight, 1 decent, 2 loose, 3 very loose.
        var fitness: Int
        var demerits: Double
        var previous: Int
        var start: Totals
    }

    private struct Candidate {
        var demerits: Double
        var previous: Int
    }
}
