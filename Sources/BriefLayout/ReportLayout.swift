import BriefGraphics
import BriefModel

/// Lays out a `Report`: turns its sections into flow blocks, pours them into pages and adds the running
/// header and the "Page N of M" footer.
///
/// A report with a table of contents is laid out again with the page numbers of the previous pass until
/// they stop changing (at most `maximumPasses` times).
public struct ReportLayout {
    public var theme: Theme
    public let fonts: FontLibrary

    /// When a table of contents is added after the title (a `Block.contents` in the report is always set).
    public enum ContentsPolicy: Sendable, Equatable {
        case never, always
        /// When the report has at least this many sections.
        case automatic(minimumSections: Int)
    }
    public var contents: ContentsPolicy = .automatic(minimumSections: 10)
    public var maximumPasses = 4

    /// The section being turned into blocks (for destination names of subheadings).
    private var section = 0
    /// Page numbers by destination, from the previous pass (for the table of contents).
    private var pageNumbers: [String: Int] = [:]

    public init(theme: Theme = .standard, fonts: FontLibrary, contents: ContentsPolicy = .automatic(minimumSections: 10)) {
        self.theme = theme
        self.fonts = fonts
        self.contents = contents
    }

    public func layout(_ report: Report) throws -> LaidOutDocument {
        var builder = self
        var passes = 0
        while true {
            passes += 1
            let blocks = builder.blocks(for: report)
            let engine = FlowEngine(theme: theme, templates: pageTemplates(title: blocks.first))
            var document = try engine.layout(blocks, decorate: decorator(for: report))
            document.layoutPasses = passes
            let found = Dictionary(document.outline.map { ($0.destination, $0.page) }, uniquingKeysWith: { first, _ in first })
            if !hasContents(report) || found == builder.pageNumbers || passes >= maximumPasses { return document }
            builder.pageNumbers = found
        }
    }

    /// One column: the body frame on every page. More columns: on the first page the title spans the
    /// full width above the columns; later pages are all columns.
    func pageTemplates(title: Flowable?) -> PageTemplates {
        let body = theme.bodyFrame
        let columns = PageTemplate.columns(theme.columns, in: body, gap: theme.columnGap)
        guard theme.columns > 1, let title,
              let height = title.place(width: body.width, height: body.height, atFrameTop: true)?.height else {
            return PageTemplates(columns)
        }
        let band = height + 14
        let below = Rect(x: body.x, y: body.y + band, width: body.width, height: body.height - band)
        let first = PageTemplate(frames: [Rect(x: body.x, y: body.y, width: body.width, height: band)]
                                 + PageTemplate.columns(theme.columns, in: below, gap: theme.columnGap).frames)
        return PageTemplates(first: first, later: columns)
    }

    /// Whether the report is set with a table of contents.
    public func hasContents(_ report: Report) -> Bool {
        insertsContents(report) || report.sections.contains { $0.blocks.contains(.contents) }
    }

    /// Whether a table of contents is added after the title (the report places none itself).
    private func insertsContents(_ report: Report) -> Bool {
        if report.sections.contains(where: { $0.blocks.contains(.contents) }) { return false }
        switch contents {
        case .never: return false
        case .always: return true
        case .automatic(let minimum): return report.sections.count >= minimum
        }
    }

    /// The destination of the added table of contents.
    public static let contentsDestination = "contents"

    /// The flow blocks of a report, in reading order.
    public mutating func blocks(for report: Report) -> [Flowable] {
        var blocks: [Flowable] = [TitleBlock(kicker: "Policy brief", title: report.info.title,
                                             subtitle: report.subtitle, theme: theme, fonts: fonts)]
        if insertsContents(report) {
            blocks.append(HeadingBlock("Contents", level: 1, destination: Self.contentsDestination, style: theme.heading,
                                       fonts: fonts, spaceBefore: 16, spaceAfter: 6, ruleColor: theme.rule))
            blocks.append(contentsBlock(for: report, spaceBefore: 0))
        }
        for (number, section) in report.sections.enumerated() {
            self.section = number
            blocks.append(HeadingBlock(section.title, level: 1, destination: section.id, style: theme.heading,
                                       fonts: fonts, spaceBefore: 16, spaceAfter: 6, ruleColor: theme.rule))
            for (i, block) in section.blocks.enumerated() {
                blocks += flowBlocks(for: block, in: report, first: i == 0, index: i)
            }
        }
        return blocks
    }

    /// A table of contents listing the report's sections, with the page numbers of the previous pass.
    private func contentsBlock(for report: Report, spaceBefore: Double) -> ContentsBlock {
        ContentsBlock(entries: report.sections.map { ContentsEntry(title: $0.title, destination: $0.id) },
                      pageNumbers: pageNumbers, style: theme.body, leaderColor: theme.muted, fonts: fonts,
                      spaceBefore: spaceBefore)
    }

    private func flowBlocks(for block: Block, in report: Report, first: Bool, index: Int) -> [Flowable] {
        let gap = first ? 0 : theme.paragraphSpacing
        switch block {
        case .contents:
            return [contentsBlock(for: report, spaceBefore: gap)]
        case .paragraph(let text):
            // A paragraph that introduces what follows (ends with a colon) stays with it.
            let introduces = text.plainText.trimmingCharacters(in: .whitespaces).hasSuffix(":")
            return [TextBlock(kind: introduces ? "intro" : "paragraph", runs: styledRuns(text), style: theme.body,
                              fonts: fonts, spaceBefore: gap, keepWithNext: introduces)]
        case .subheading(let title):
            return [HeadingBlock(title, level: 2, destination: "s\(section)-\(index)", style: theme.subheading,
                                 fonts: fonts, spaceBefore: first ? 0 : 10, spaceAfter: 4)]
        case .bullets(let items):
            return items.enumerated().map { i, item in
                TextBlock(kind: "list-item", runs: styledRuns(item), style: theme.body.with(alignment: .left), fonts: fonts,
                          spaceBefore: i == 0 ? gap : 3, marker: "•", indent: 12, role: .listItem)
            }
        case .keyFigures(let figures):
            return figures.isEmpty ? [] : [KeyFiguresBlock(figures, theme: theme, fonts: fonts, spaceBefore: gap)]
        case .table(let table):
            return [TableBlock(table, theme: theme, fonts: fonts, spaceBefore: gap)]
        case .routeDiagram(let routes):
            return [RouteDiagramBlock(routes: routes, theme: theme, fonts: fonts, spaceBefore: gap + 4)]
        case .timeline(let points):
            return [TimelineChartBlock(points: points, theme: theme, fonts: fonts, spaceBefore: gap + 4)]
        case .sources(let notes):
            let style = theme.small.with(size: 8.5, color: RGBColor(hex: 0x1A1A1A))
            return notes.enumerated().map { i, note in
                TextBlock(kind: "source-note",
                          runs: [StyledRun(note.text), StyledRun("  (\(note.location))", italic: true, color: theme.muted)],
                          style: style, fonts: fonts, spaceBefore: i == 0 ? gap : 3, marker: "\(note.number).",
                          indent: 18, destination: Self.sourceDestination(note.number), role: .listItem)
            }
        }
    }

    /// The destination name of source note `n` (citation marks link here).
    public static func sourceDestination(_ n: Int) -> String { "source-\(n)" }

    private func decorator(for report: Report) -> FlowEngine.PageDecorator {
        let theme = self.theme, fonts = self.fonts
        let left = theme.marginLeft, right = theme.pageWidth - theme.marginRight
        let width = right - left
        return { page, count in
            var items: [PageItem] = []
            if page > 1 {
                let header = ShapedText.shape(report.info.runningHeader, style: theme.small, width: width, in: fonts)
                let y = theme.marginTop
                items.append(.text(header, lines: 0..<min(1, header.lines.count), origin: Point(left, y)))
                let ruleY = y + (header.lines.first?.height ?? 10) + 3
                items.append(.line(from: Point(left, ruleY), to: Point(right, ruleY), color: theme.rule, lineWidth: 0.5, dash: []))
            }
            let number = ShapedText.shape("Page \(page) of \(count)", style: theme.small.with(alignment: .right),
                                          width: 120, in: fonts)
            let footerY = theme.pageHeight - theme.marginBottom - number.height
            items.append(.line(from: Point(left, footerY - 4), to: Point(right, footerY - 4), color: theme.rule,
                               lineWidth: 0.5, dash: []))
            let source = ShapedText.shape("Based on " + report.subtitle, style: theme.small, width: width * 0.7, in: fonts)
            items.append(.text(source, lines: 0..<min(1, source.lines.count), origin: Point(left, footerY)))
            items.append(.text(number, lines: 0..<number.lines.count, origin: Point(right - 120, footerY)))
            return items
        }
    }
}
