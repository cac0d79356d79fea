import BriefGraphics

/// One band of a `BandedBlock`: a part that stays whole (a route with its label, a row of key figures).
public struct Band {
    /// Items relative to the band's top-left corner.
    public var items: [PageItem]
    public var height: Double

    public init(items: [PageItem], height: Double) {
        self.items = items
        self.height = height
    }
}

/// A block whose size grows with the facts it shows, drawn as a stack of bands that each stay whole, so
/// that it splits between bands when it does not fit the space left: a diagram of many routes goes on over
/// the page, one route at a time. Only a single band taller than an empty frame cannot be set.
///
/// Subclasses give their bands for a width (`bands(width:)`), and may draw a frame around each part placed
/// (`decorate`), such as a panel behind the rows of figures on each page.
open class BandedBlock: Flowable {
    public let kind: String
    public let spaceBefore: Double
    public var keepWithNext: Bool { false }
    /// A chart by default.
    open var role: StructureRole { .figure }
    /// Space between two bands of the same part.
    public let bandGap: Double
    private var cache: (width: Double, bands: [Band])?

    public init(kind: String, spaceBefore: Double, bandGap: Double) {
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.bandGap = bandGap
    }

    /// The bands of the block at `width`, top to bottom.
    open func bands(width: Double) -> [Band] { [] }

    /// Space a part takes above its first band and below its last one (padding inside a panel).
    open var partInset: (top: Double, bottom: Double) { (0, 0) }

    /// Items drawn with each part (under its bands), given the part's width and height.
    open func decorate(width: Double, height: Double) -> [PageItem] { [] }

    /// The bands at `width`, built once per width.
    func cachedBands(width: Double) -> [Band] {
        if let cache, cache.width == width { return cache.bands }
        let built = bands(width: width)
        cache = (width, built)
        return built
    }

    public func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        placeBands(from: 0, width: width, height: height)
    }

    /// Places the bands from `first` on that fit into `height`; the rest goes on in a continuation.
    func placeBands(from first: Int, width: Double, height: Double) -> Placement? {
        let all = cachedBands(width: width)
        guard first < all.count else { return first == 0 ? Placement(items: [], height: 0) : nil }
        let inset = partInset
        var y = inset.top
        var end = first
        while end < all.count {
            let top = end == first ? y : y + bandGap
            guard top + all[end].height + inset.bottom <= height else { break }
            y = top + all[end].height
            end += 1
        }
        guard end > first else { return nil }
        let partHeight = y + inset.bottom
        var items = decorate(width: width, height: partHeight)
        var top = inset.top
        for index in first..<end {
            if index > first { top += bandGap }
            items += all[index].items.map { $0.offsetBy(dx: 0, dy: top) }
            top += all[index].height
        }
        let rest: Flowable? = end < all.count ? BandContinuation(source: self, first: end) : nil
        return Placement(items: items, height: partHeight, rest: rest)
    }
}

/// The bands of a `BandedBlock` still to place after it was split on an earlier page.
final class BandContinuation: Flowable {
    let source: BandedBlock
    let first: Int

    init(source: BandedBlock, first: Int) {
        self.source = source
        self.first = first
    }

    var kind: String { source.kind }
    var spaceBefore: Double { 0 }
    var keepWithNext: Bool { false }
    var isContinuation: Bool { true }
    var role: StructureRole { source.role }

    func place(width: Double, height: Double, atFrameTop: Bool) -> Placement? {
        source.placeBands(from: first, width: width, height: height)
    }
}
