import BriefGraphics

/// The frames that the flow fills on one page, in reading order: one per column, and on a first page
/// possibly a full-width frame above the columns for the title.
public struct PageTemplate: Sendable, Equatable {
    public var frames: [Rect]

    public init(frames: [Rect]) { self.frames = frames }

    /// `area` split into `columns` columns of equal width, `gap` apart.
    public static func columns(_ columns: Int, in area: Rect, gap: Double) -> PageTemplate {
        let count = max(1, columns)
        let width = (area.width - Double(count - 1) * gap) / Double(count)
        return PageTemplate(frames: (0..<count).map { i in
            Rect(x: area.x + Double(i) * (width + gap), y: area.y, width: width, height: area.height)
        })
    }
}

/// The templates of a document: the first page may differ from the pages after it.
///
/// Text that continues from one frame to the next keeps the width it was broken at, so the frames that a
/// paragraph may flow between (the columns) share one width; a first-page title frame of another width
/// takes whole blocks only.
public struct PageTemplates: Sendable, Equatable {
    public var first: PageTemplate
    public var later: PageTemplate

    public init(first: PageTemplate, later: PageTemplate) {
        self.first = first
        self.later = later
    }

    /// The same template on every page.
    public init(_ template: PageTemplate) { self.init(first: template, later: template) }

    public func template(forPage number: Int) -> PageTemplate { number == 1 ? first : later }

    /// The tallest frame a block can meet: a block taller than this cannot be set at all.
    var tallestFrame: Double { (first.frames + later.frames).map(\.height).max() ?? 0 }
}
