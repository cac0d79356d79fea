import BriefGraphics
import BriefLayout
import BriefModel
import Foundation

/// The file formats a laid-out document can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf, png, svg
}

/// Draws laid-out pages as PDF (one file), or PNG and SVG (one file per page), and returns the bytes of
/// each file; where they are written is the caller's business (a failure never leaves a partial file,
/// because nothing is written here).
public struct DocumentRenderer {
    public var format: OutputFormat
    /// Pixels per inch for PNG.
    public var dpi: Double

    public init(format: OutputFormat = .pdf, dpi: Double = 150) {
        self.format = format
        self.dpi = dpi
    }

    /// Renders `document`; returns the files' bytes (one PDF, or one PNG or SVG per page).
    public func render(_ document: LaidOutDocument, info: DocumentInfo) throws -> [Data] {
        let kind: Canvas.Kind
        switch format {
        case .pdf: kind = .pdf
        case .svg: kind = .svg
        case .png: kind = .png(dpi: dpi)
        }
        let canvas = try Canvas(kind: kind, pageWidth: document.pageWidth, pageHeight: document.pageHeight)
        canvas.setMetadata(PDFMetadata(title: info.title, author: info.author, subject: info.subject,
                                       keywords: info.keywords.joined(separator: ", "), creator: "brief",
                                       date: Self.timestamp(for: info.created)))
        canvas.beginTag("Document")
        for (index, page) in document.pages.enumerated() {
            if index > 0 { try canvas.nextPage() }
            draw(page, on: canvas)
        }
        canvas.endTag("Document")
        addOutline(document.outline, to: canvas)
        var files = try canvas.finish()
        if format == .pdf {
            // Every block was drawn inside its structure element: mark the file tagged, in its language.
            files[0] = try CatalogEntries.add(CatalogEntries.tagged(language: info.language), to: files[0])
        }
        return files
    }

    /// Draws one page's items in order, each block's items inside its structure element (a run of list items
    /// inside one list); page decorations (running header, footer) stand outside the structure.
    public func draw(_ page: Page, on canvas: Canvas) {
        var drawn = 0
        var inList = false
        for (index, block) in page.blocks.enumerated() {
            draw(page.items[drawn..<block.items.lowerBound], on: canvas)
            if block.role == .listItem, !inList {
                canvas.beginTag("L")
                inList = true
            }
            canvas.beginTag(block.role.rawValue)
            drawTagged(page.items[block.items], on: canvas)
            canvas.endTag(block.role.rawValue)
            let nextIsItem = index + 1 < page.blocks.count && page.blocks[index + 1].role == .listItem
            if inList, !nextIsItem {
                canvas.endTag("L")
                inList = false
            }
            drawn = block.items.upperBound
        }
        draw(page.items[drawn...], on: canvas)
    }

    /// Draws a block's items inside its open structure element. Cairo 1.16 drops an element's own content
    /// when it also has child elements (the links), so beside links the drawing goes into `Span` children.
    private func drawTagged(_ items: ArraySlice<PageItem>, on canvas: Canvas) {
        guard items.contains(where: { if case .link = $0 { return true } else { return false } }) else {
            return draw(items, on: canvas)
        }
        var start = items.startIndex
        for index in items.indices {
            guard case .link = items[index] else { continue }
            drawSpan(items[start..<index], on: canvas)
            draw(items[index...index], on: canvas)
            start = index + 1
        }
        drawSpan(items[start...], on: canvas)
    }

    private func drawSpan(_ items: ArraySlice<PageItem>, on canvas: Canvas) {
        guard items.contains(where: { $0.bounds != nil }) else { return draw(items, on: canvas) }
        canvas.beginTag("Span")
        draw(items, on: canvas)
        canvas.endTag("Span")
    }

    private func draw(_ items: ArraySlice<PageItem>, on canvas: Canvas) {
        for item in items {
            switch item {
            case .text(let text, let lines, let origin):
                canvas.draw(text, lines: lines, x: origin.x, y: origin.y)
            case .rect(let rect, let fill, let stroke, let lineWidth, let radius):
                if radius > 0 || stroke != nil {
                    canvas.roundedRect(rect, radius: radius, fill: fill, stroke: stroke, lineWidth: lineWidth)
                } else if let fill {
                    canvas.fillRect(rect, color: fill)
                }
            case .line(let from, let to, let color, let width, let dash):
                canvas.line(from: (from.x, from.y), to: (to.x, to.y), color: color, lineWidth: width, dash: dash)
            case .polygon(let points, let fill):
                canvas.polygon(points.map { ($0.x, $0.y) }, fill: fill)
            case .circle(let center, let radius, let fill, let stroke, let width):
                canvas.circle(center: (center.x, center.y), radius: radius, fill: fill, stroke: stroke, lineWidth: width)
            case .link(let rect, let target):
                canvas.addLink(rect, target: target)
            case .destination(let name, let point):
                canvas.addDestination(name, x: point.x, y: point.y)
            }
        }
    }

    private func addOutline(_ outline: [OutlineEntry], to canvas: Canvas) {
        var parents: [Int: Int32] = [0: 0]
        for entry in outline {
            let parent = parents[entry.level - 1] ?? 0
            parents[entry.level] = canvas.addOutline(parent: parent, title: entry.title, destination: entry.destination)
        }
    }

    /// The creation date for the file: the article's date at midnight UTC, or `SOURCE_DATE_EPOCH`, or a
    /// fixed date, never the clock (so output is reproducible).
    static func timestamp(for date: PartialDate?) -> String {
        if let date {
            return String(format: "%04d-%02d-%02dT00:00:00", date.year, date.month ?? 1, date.day ?? 1)
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
            formatter.timeZone = TimeZone(identifier: "UTC")
            return String(formatter.string(from: Date(timeIntervalSince1970: seconds)).prefix(19))
        }
        return "2000-01-01T00:00:00"
    }
}
