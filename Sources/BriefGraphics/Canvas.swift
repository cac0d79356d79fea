import BriefModel
import CPangoCairo
import Foundation

/// An error from Cairo, with the status it reported.
public struct GraphicsError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ what: String, status: cairo_status_t) {
        description = "\(what): \(String(cString: cairo_status_to_string(status)))"
    }
    init(_ description: String) { self.description = description }
}

/// PDF document information written into the file.
public struct PDFMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date-time ("2024-04-27T00:00:00"); written as creation and modification date.
    public var date: String

    public init(title: String, author: String, subject: String, keywords: String, creator: String, date: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }
}

/// A drawing target: one PDF or SVG document, or one PNG image per page. Owns the Cairo surface and
/// context. Cairo writes into memory, never into a file: `finish()` returns the bytes of each file, and
/// the caller decides where they go (see `OutputTarget` in the commands), so no path is ever opened here.
public final class Canvas {
    public enum Kind: Sendable {
        case pdf, svg, png(dpi: Double)

        /// PDF is one file for the document; PNG and SVG are one file per page.
        public var writesOneFile: Bool { if case .pdf = self { return true } else { return false } }
    }

    private var surface: OpaquePointer      // cairo_surface_t*
    private var cr: OpaquePointer           // cairo_t*
    public let kind: Kind
    public let pageWidth: Double, pageHeight: Double
    /// Where `finish()` also writes the files, for callers that draw straight to disk (tests, previews).
    private let path: String?
    private var pageNumber = 1
    /// The stream the current PDF or SVG surface writes into.
    private var sink = ByteSink()
    /// The finished files so far (one per page for PNG and SVG).
    public private(set) var files: [Data] = []

    /// Opens a canvas that draws into memory. With a `path`, `finish()` also writes the files there (for PNG
    /// and SVG, a page pattern: see `pagePath`), replacing what is there: meant for previews and tests, as
    /// briefs go through the commands' output layer instead.
    public init(kind: Kind, path: String? = nil, pageWidth: Double, pageHeight: Double) throws {
        self.kind = kind
        self.path = path
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        (surface, cr) = try Canvas.makeSurface(kind, sink: sink, pageWidth: pageWidth, pageHeight: pageHeight)
        prepareImagePage()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    private static func makeSurface(_ kind: Kind, sink: ByteSink, pageWidth: Double,
                                    pageHeight: Double) throws -> (OpaquePointer, OpaquePointer) {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface: OpaquePointer
        switch kind {
        case .pdf:
            surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, pageWidth, pageHeight)
        case .svg:
            surface = cairo_svg_surface_create_for_stream(ByteSink.write, closure, pageWidth, pageHeight)
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_2)
        case .png(let dpi):
            surface = makeImageSurface(pageWidth: pageWidth, pageHeight: pageHeight, dpi: dpi)
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw GraphicsError("cannot create a drawing surface", status: status)
        }
        return (surface, cairo_create(surface))
    }

    /// `out/brief.png`, page 2 → `out/brief-2.png`.
    public static func pagePath(_ path: String, page: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().path
        return ext.isEmpty ? "\(stem)-\(page)" : "\(stem)-\(page).\(ext)"
    }

    private static func makeImageSurface(pageWidth: Double, pageHeight: Double, dpi: Double) -> OpaquePointer {
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32((pageWidth * dpi / 72).rounded()),
                                   Int32((pageHeight * dpi / 72).rounded()))
    }

    private func prepareImagePage() {
        guard case .png(let dpi) = kind else { return }
        cairo_scale(cr, dpi / 72, dpi / 72)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
    }

    // MARK: Document structure (PDF only; other kinds ignore these)

    public func setMetadata(_ metadata: PDFMetadata) {
        guard case .pdf = kind else { return }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
    }

    /// Adds a bookmark pointing at a named destination; returns its id for children (0 is the root).
    @discardableResult
    public func addOutline(parent: Int32 = 0, title: String, destination: String) -> Int32 {
        guard case .pdf = kind else { return 0 }
        return cairo_pdf_surface_add_outline(surface, parent, title, "dest='\(escapeAttribute(destination))'",
                                             CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    /// Marks a named destination at a point on the current page.
    public func addDestination(_ name: String, x: Double, y: Double) {
        guard case .pdf = kind else { return }
        let attributes = "name='\(escapeAttribute(name))' x=\(fmt(x)) y=\(fmt(y))"
        cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// A clickable area: `target` is `#destination` or an address; an address that is not a `LinkTarget`
    /// (http, https or mailto) adds no link, and one that is goes in percent-encoded.
    public func addLink(_ rect: Rect, target: String) {
        guard case .pdf = kind else { return }
        let where_: String
        if target.hasPrefix("#") {
            where_ = "dest='\(escapeAttribute(String(target.dropFirst())))'"
        } else if let link = LinkTarget(target) {
            where_ = "uri='\(escapeAttribute(link.uri))'"
        } else {
            return
        }
        let attributes = "rect=[\(fmt(rect.x)) \(fmt(rect.y)) \(fmt(rect.width)) \(fmt(rect.height))] \(where_)"
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// Opens a structure element (a standard type such as "P", "H1", "Table", "Figure", "L", "LI"): what is
    /// drawn until the matching `endTag` belongs to it, and the PDF becomes a tagged PDF. Elements nest and
    /// must be closed in order, on the page where they were opened.
    public func beginTag(_ name: String) {
        guard case .pdf = kind else { return }
        cairo_tag_begin(cr, name, "")
    }

    /// Closes the innermost structure element, which must be `name`.
    public func endTag(_ name: String) {
        guard case .pdf = kind else { return }
        cairo_tag_end(cr, name)
    }

    // MARK: Drawing

    public func setColor(_ color: RGBColor) { cairo_set_source_rgb(cr, color.red, color.green, color.blue) }

    public func fillRect(_ rect: Rect, color: RGBColor) {
        setColor(color)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    public func strokeRect(_ rect: Rect, color: RGBColor, lineWidth: Double) {
        setColor(color)
        cairo_set_line_width(cr, lineWidth)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_stroke(cr)
    }

    /// A rectangle with rounded corners, filled and/or stroked.
    public func roundedRect(_ rect: Rect, radius: Double, fill: RGBColor?, stroke: RGBColor?, lineWidth: Double = 0.75) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.y + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(cr, rect.x + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, rect.x + r, rect.y + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
        paint(fill: fill, stroke: stroke, lineWidth: lineWidth)
    }

    public func line(from: (Double, Double), to: (Double, Double), color: RGBColor, lineWidth: Double, dash: [Double] = []) {
        setColor(color)
        cairo_set_line_width(cr, lineWidth)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_move_to(cr, from.0, from.1)
        cairo_line_to(cr, to.0, to.1)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A closed polygon (arrow heads, markers).
    public func polygon(_ points: [(Double, Double)], fill: RGBColor?, stroke: RGBColor? = nil, lineWidth: Double = 0.75) {
        guard let first = points.first else { return }
        cairo_move_to(cr, first.0, first.1)
        for p in points.dropFirst() { cairo_line_to(cr, p.0, p.1) }
        cairo_close_path(cr)
        paint(fill: fill, stroke: stroke, lineWidth: lineWidth)
    }

    public func circle(center: (Double, Double), radius: Double, fill: RGBColor?, stroke: RGBColor? = nil, lineWidth: Double = 0.75) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.0, center.1, radius, 0, 2 * Double.pi)
        paint(fill: fill, stroke: stroke, lineWidth: lineWidth)
    }

    private func paint(fill: RGBColor?, stroke: RGBColor?, lineWidth: Double) {
        if let fill {
            setColor(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setColor(stroke)
            cairo_set_line_width(cr, lineWidth)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    /// Draws lines `range` of `text` with the top of the first line at (`x`, `y`).
    public func draw(_ text: ShapedText, lines range: Range<Int>, x: Double, y: Double) {
        guard let first = range.first else { return }
        let top = text.lines[first].top
        for index in range {
            let box = text.lines[index]
            guard let line = pango_layout_get_line_readonly(text.layout, Int32(index)) else { continue }
            cairo_move_to(cr, x + box.x, y + box.baseline - top)
            pango_cairo_show_layout_line(cr, line)
        }
        cairo_new_path(cr)
    }

    /// Draws the whole of `text` with its top-left corner at (`x`, `y`).
    public func draw(_ text: ShapedText, x: Double, y: Double) {
        draw(text, lines: 0..<text.lines.count, x: x, y: y)
    }

    /// Ends the current page and starts a new one.
    public func nextPage() throws {
        switch kind {
        case .pdf:
            cairo_show_page(cr)
        case .svg, .png:
            try finishCurrentFile()
            pageNumber += 1
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
            sink = ByteSink()
            (surface, cr) = try Canvas.makeSurface(kind, sink: sink, pageWidth: pageWidth, pageHeight: pageHeight)
            prepareImagePage()
        }
    }

    private func finishCurrentFile() throws {
        switch kind {
        case .pdf, .svg:
            cairo_surface_finish(surface)
        case .png:
            cairo_surface_flush(surface)
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, closure)
            guard status == CAIRO_STATUS_SUCCESS else { throw GraphicsError("cannot encode page \(pageNumber)", status: status) }
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw GraphicsError("cannot draw page \(pageNumber)", status: status) }
        files.append(Data(sink.bytes))
        sink.bytes = []
    }

    /// Finishes the last page and returns the files' bytes (one PDF, or one PNG or SVG per page). For PDF,
    /// repairs the cross-reference table entries that Cairo 1.16 leaves pointing at objects it never wrote.
    @discardableResult
    public func finish() throws -> [Data] {
        if case .pdf = kind { cairo_show_page(cr) }
        try finishCurrentFile()
        if case .pdf = kind { files[0] = PDFRepair.freeUnwrittenObjects(in: files[0]) }
        if let path {
            for (index, file) in files.enumerated() {
                let target = kind.writesOneFile ? path : Canvas.pagePath(path, page: index + 1)
                do { try file.write(to: URL(fileURLWithPath: target)) } catch {
                    throw GraphicsError("cannot write \(target)")
                }
            }
        }
        return files
    }
}

/// The bytes Cairo streams out of a surface. Passed to Cairo as an unretained pointer: the canvas keeps it
/// alive for as long as the surface it belongs to.
private final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}

private func fmt(_ v: Double) -> String { String(format: "%.2f", v) }

/// Escapes a value for a Cairo tag attribute string (single-quoted; backslash escapes).
func escapeAttribute(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
}
