import BriefGraphics

/// A block that adds an entry to the document outline where it is placed (headings).
public protocol OutlineMarking {
    var outlineLevel: Int { get }
    var outlineTitle: String { get }
    var destinationName: String { get }
}

/// Pours flow blocks into the frames of successive pages (the columns of a page template, in order).
///
/// Rules: a block that does not fit moves to the next frame, or splits if it can (paragraphs by lines,
/// tables by rows); a keep-with-next block (a heading) moves on with the start of the block after it;
/// space before a block is dropped at the top of a frame; a block that cannot fit even the tallest empty
/// frame is an error, never a loop.
public struct FlowEngine {
    public var theme: Theme
    public var templates: PageTemplates

    /// An engine filling the theme's body frame, in one column or more (`theme.columns`).
    public init(theme: Theme) {
        self.init(theme: theme, templates: PageTemplates(.columns(theme.columns, in: theme.bodyFrame, gap: theme.columnGap)))
    }

    public init(theme: Theme, templates: PageTemplates) {
        self.theme = theme
        self.templates = templates
    }

    /// Items drawn on every page around the body (running header and footer), given the page number and
    /// the page count.
    public typealias PageDecorator = (_ page: Int, _ pageCount: Int) -> [PageItem]

    public func layout(_ blocks: [Flowable], decorate: PageDecorator? = nil) throws -> LaidOutDocument {
        var frames = templates.template(forPage: 1).frames
        var frameIndex = 0
        var frame = frames[0]
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        var items: [PageItem] = []
        var placed: [PlacedBlock] = []
        var y = frame.y
        var queue = blocks
        var index = 0
        let epsilon = 0.01

        func finishPage() {
            pages.append(Page(number: pages.count + 1, items: items, blocks: placed))
            items = []
            placed = []
            frames = templates.template(forPage: pages.count + 1).frames
            frameIndex = 0
            frame = frames[0]
            y = frame.y
        }

        /// Moves on to the next frame of the page, or to a new page after the last one.
        func finishFrame() {
            guard frameIndex + 1 < frames.count else { return finishPage() }
            frameIndex += 1
            frame = frames[frameIndex]
            y = frame.y
        }

        while index < queue.count {
            let block = queue[index]
            let atTop = y <= frame.y + epsilon
            let gap = atTop ? 0 : block.spaceBefore
            let available = frame.maxY - y - gap

            guard let placement = block.place(width: frame.width, height: available + epsilon, atFrameTop: atTop) else {
                if atTop && frame.height >= templates.tallestFrame - epsilon {
                    throw LayoutError(description: "a \(block.kind) block is taller than an empty page frame "
                                      + "(\(Int(frame.height)) pt) and cannot be split")
                }
                finishFrame()
                continue
            }
            if block.keepWithNext, !atTop, placement.rest == nil,
               !followersStart(after: index, in: queue, width: frame.width, height: available - placement.height) {
                finishFrame()
                continue
            }
            let top = y + gap
            let first = items.count
            items.append(contentsOf: placement.items.map { $0.offsetBy(dx: frame.x, dy: top) })
            placed.append(PlacedBlock(kind: block.kind,
                                      frame: Rect(x: frame.x, y: top, width: frame.width, height: placement.height),
                                      lines: placement.lines, continues: placement.rest != nil,
                                      continued: block.isContinuation, items: first..<items.count, role: block.role))
            if let mark = block as? OutlineMarking {
                outline.append(OutlineEntry(level: mark.outlineLevel, title: mark.outlineTitle,
                                            destination: mark.destinationName, page: pages.count + 1))
            }
            y = top + placement.height
            if let rest = placement.rest {
                queue[index] = rest
                finishFrame()
            } else {
                index += 1
            }
        }
        if !items.isEmpty || pages.isEmpty { finishPage() }

        if let decorate {
            for i in pages.indices { pages[i].items.append(contentsOf: decorate(i + 1, pages.count)) }
        }
        return LaidOutDocument(pageWidth: theme.pageWidth, pageHeight: theme.pageHeight, pages: pages, outline: outline)
    }

    /// Whether the blocks after a keep-with-next block can start in `height`: every further keep-with-next
    /// block of the chain (a heading, then a sub-heading, then an introducing paragraph) must fit whole, and
    /// the first ordinary block must fit at least in part.
    private func followersStart(after index: Int, in queue: [Flowable], width: Double, height: Double) -> Bool {
        var left = height
        var next = index + 1
        while next < queue.count {
            let block = queue[next]
            guard let placement = block.place(width: width, height: left - block.spaceBefore + 0.01, atFrameTop: false) else {
                return false
            }
            guard block.keepWithNext else { return true }
            if placement.rest != nil { return false }
            left -= block.spaceBefore + placement.height
            next += 1
        }
        return true
    }
}
