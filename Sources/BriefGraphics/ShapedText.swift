import CPangoCairo

/// One line of a shaped paragraph, in points relative to the paragraph's top-left corner.
public struct LineBox: Hashable, Sendable {
    /// Top of the line's box and its height (baseline-to-baseline spacing included).
    public var top: Double
    public var height: Double
    /// Baseline position from the paragraph top.
    public var baseline: Double
    /// Left edge of the line's ink-independent (logical) extent, and its width.
    public var x: Double
    public var width: Double
    /// Whether the paragraph continues after this line (false for its last line).
    public var isLast: Bool
}

/// A rectangle in points.
public struct Rect: Hashable, Sendable, Codable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public func offsetBy(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

/// A link area inside a shaped paragraph: which line it is on, where, and its target.
public struct LinkArea: Hashable, Sendable {
    public var line: Int
    public var rect: Rect
    public var target: String
}

struct LayoutKey: Hashable {
    var runs: [StyledRun]
    var style: TextStyle
    var width: Double?
}

/// A paragraph shaped by Pango at a given width: its lines can be measured, split between pages and drawn.
/// Shaping is cached per font library, so the same text at the same width is shaped once.
///
/// Justified paragraphs are broken as a whole (Knuth–Plass, with hyphenation) and each line is set to the
/// full width by adjusting its word spaces; other alignments use Pango's own line breaking.
public final class ShapedText {
    let layout: OpaquePointer  // PangoLayout*
    public let lines: [LineBox]
    public let links: [LinkArea]
    public let style: TextStyle
    /// The natural width of the widest line (for unwrapped labels) and the full height.
    public let width: Double
    public let height: Double

    /// Shapes `runs` in `style`; `width` nil means no wrapping (a single-line label).
    public static func shape(_ runs: [StyledRun], style: TextStyle, width: Double?, in fonts: FontLibrary) -> ShapedText {
        let key = LayoutKey(runs: runs, style: style, width: width)
        if let cached = fonts.layoutCache[key] { return cached }
        let shaped = ShapedText(runs: runs, style: style, width: width, fonts: fonts)
        if fonts.layoutCache.count >= fonts.layoutCacheLimit { fonts.clearCache() }
        fonts.layoutCache[key] = shaped
        return shaped
    }

    /// Shapes plain text in one style.
    public static func shape(_ text: String, style: TextStyle, width: Double?, in fonts: FontLibrary) -> ShapedText {
        shape([StyledRun(text)], style: style, width: width, in: fonts)
    }

    private init(runs: [StyledRun], style: TextStyle, width: Double?, fonts: FontLibrary) {
        self.style = style
        let text = runs.map(\.text).joined()
        let scale = Double(PANGO_SCALE)
        let layout: OpaquePointer
        var linkRanges: [(Int, Int, String)]
        if let width, style.alignment == .justify, style.optimalLineBreaking, !text.isEmpty {
            // Measure the paragraph unwrapped, choose the breaks, then set the text with its line ends written in.
            let bytes = Array(text.utf8)
            let measure = ShapedText.makeLayout(text, runs: runs, style: style, fonts: fonts).layout
            let advances = characterAdvances(measure, text: bytes)
            g_object_unref(UnsafeMutableRawPointer(measure))
            let lineWidth = Double(Int32((width * scale).rounded(.down))) / scale
            let limits = Justification(size: style.size)
            let broken = ParagraphBreaker(limits: limits).breakLines(
                bytes, advances: advances, lineWidth: lineWidth,
                hyphenator: style.hyphenate ? Hyphenator.englishUS : nil,
                hyphenWidth: { ShapedText.hyphenWidth(at: $0, runs: runs, style: style, fonts: fonts) })
            (layout, linkRanges) = ShapedText.makeLayout(String(decoding: broken.bytes, as: UTF8.self), runs: runs,
                                                         offsets: broken.offsets, style: style, fonts: fonts)
            justifyLines(layout, ends: broken.justifiedLineEnds, width: Int32((width * scale).rounded(.down)), limits: limits)
        } else {
            (layout, linkRanges) = ShapedText.makeLayout(text, runs: runs, style: style, fonts: fonts)
            if let width {
                pango_layout_set_width(layout, Int32((width * scale).rounded(.down)))
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            }
            switch style.alignment {
            case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
            case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
            case .justify:
                pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
                pango_layout_set_justify(layout, 1)
            }
        }
        self.layout = layout

        // Measure every line once.
        var boxes: [LineBox] = []
        let iter = pango_layout_get_iter(layout)!
        repeat {
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = pango_layout_iter_get_baseline(iter)
            boxes.append(LineBox(top: Double(y0) / scale, height: Double(y1 - y0) / scale,
                                 baseline: Double(baseline) / scale, x: Double(logical.x) / scale,
                                 width: Double(logical.width) / scale, isLast: false))
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        if !boxes.isEmpty { boxes[boxes.count - 1].isLast = true }
        self.lines = boxes

        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        self.width = Double(logical.width) / scale
        self.height = boxes.last.map { $0.top + $0.height } ?? 0

        // Link areas, one per line that a linked run touches.
        var areas: [LinkArea] = []
        for (start, end, target) in linkRanges {
            for (index, box) in boxes.enumerated() {
                let line = pango_layout_get_line_readonly(layout, Int32(index))!
                let lineStart = Int(line.pointee.start_index), lineEnd = lineStart + Int(line.pointee.length)
                let from = max(start, lineStart), to = min(end, lineEnd)
                guard from < to else { continue }
                var ranges: UnsafeMutablePointer<Int32>? = nil
                var count: Int32 = 0
                pango_layout_line_get_x_ranges(line, Int32(from), Int32(to), &ranges, &count)
                if let ranges, count > 0 {
                    let x0 = Double(ranges[0]) / scale, x1 = Double(ranges[Int(count) * 2 - 1]) / scale
                    areas.append(LinkArea(line: index, rect: Rect(x: x0, y: box.top, width: x1 - x0, height: box.height),
                                          target: target))
                }
                g_free(ranges)
            }
        }
        self.links = areas
    }

    /// A layout of `text` in `style` with the runs' attributes, unwrapped; `offsets` maps the runs' byte
    /// offsets into `text` when line ends have been written into it. Returns the link ranges in `text`.
    private static func makeLayout(_ text: String, runs: [StyledRun], offsets: [Int]? = nil, style: TextStyle,
                                   fonts: FontLibrary) -> (layout: OpaquePointer, links: [(Int, Int, String)]) {
        let layout = pango_layout_new(fonts.context)!
        pango_layout_set_text(layout, text, Int32(text.utf8.count))

        let description = pango_font_description_new()!
        pango_font_description_set_family(description, style.family)
        pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_auto_dir(layout, 0)

        let attributes = pango_attr_list_new()!
        func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int) {
            guard let attribute else { return }
            attribute.pointee.start_index = UInt32(start)
            attribute.pointee.end_index = UInt32(end)
            pango_attr_list_insert(attributes, attribute)
        }
        let length = text.utf8.count
        add(pango_attr_foreground_new(UInt16(style.color.red * 65535), UInt16(style.color.green * 65535),
                                      UInt16(style.color.blue * 65535)), 0, length)
        // An absolute line height keeps baselines evenly spaced even where a fallback font (symbols,
        // Arabic script) has taller metrics than the main face.
        add(pango_attr_line_height_new_absolute(Int32(style.size * style.lineHeight * Double(PANGO_SCALE))), 0, length)
        if style.letterSpacing != 0 {
            add(pango_attr_letter_spacing_new(Int32(style.letterSpacing * Double(PANGO_SCALE))), 0, length)
        }
        var offset = 0
        var linkRanges: [(Int, Int, String)] = []
        for run in runs {
            let runEnd = offset + run.text.utf8.count
            let start = offsets?[offset] ?? offset, end = offsets?[runEnd] ?? runEnd
            if run.bold != style.bold { add(pango_attr_weight_new(run.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL), start, end) }
            if run.italic != style.italic { add(pango_attr_style_new(run.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL), start, end) }
            if run.superscript {
                add(pango_attr_size_new_absolute(Int32(style.size * 0.62 * Double(PANGO_SCALE))), start, end)
                add(pango_attr_rise_new(Int32(style.size * 0.36 * Double(PANGO_SCALE))), start, end)
            }
            if let color = run.color {
                add(pango_attr_foreground_new(UInt16(color.red * 65535), UInt16(color.green * 65535),
                                              UInt16(color.blue * 65535)), start, end)
            }
            if let link = run.link, end > start { linkRanges.append((start, end, link)) }
            offset = runEnd
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        return (layout, linkRanges)
    }

    /// The width of the hyphen added after byte `index`, in the weight and slant of the run holding it.
    private static func hyphenWidth(at index: Int, runs: [StyledRun], style: TextStyle, fonts: FontLibrary) -> Double {
        var offset = 0
        var run = runs.last ?? StyledRun("")
        for candidate in runs {
            offset += candidate.text.utf8.count
            if index < offset { run = candidate; break }
        }
        let hyphenStyle = style.with(bold: run.bold, italic: run.italic, alignment: .left)
        return ShapedText.shape(ParagraphBreaker.hyphen, style: hyphenStyle, width: nil, in: fonts).width
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Height of lines `range` when set on their own (from the top of the first to the bottom of the last).
    public func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }

    /// The text of each line as a reader sees it, with any hyphen added at a divided word (for tests and diagnostics).
    public func lineTexts() -> [String] {
        guard let text = pango_layout_get_text(layout) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self),
                                              count: Int(strlen(text))))
        return (0..<lines.count).map { index in
            let line = pango_layout_get_line_readonly(layout, Int32(index))!
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            return String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
        }
    }
}
