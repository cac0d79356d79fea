/// A colour with red, green and blue in 0...1.
public struct RGBColor: Hashable, Sendable, Codable {
    public var red: Double, green: Double, blue: Double

    public init(_ red: Double, _ green: Double, _ blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// From a hex string such as "1F3A5F".
    public init(hex: UInt32) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255, Double(hex & 0xFF) / 255)
    }

    public static let black = RGBColor(0, 0, 0)
    public static let white = RGBColor(1, 1, 1)
}

/// How a paragraph of text is set: font family list, size, weight, alignment, spacing.
public struct TextStyle: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, center, right, justify }

    /// A comma-separated family list; later families are fallbacks ("Noto Serif, Noto Naskh Arabic").
    public var family: String
    /// Size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    /// Distance between baselines as a multiple of the size.
    public var lineHeight: Double
    public var alignment: Alignment
    public var color: RGBColor
    /// Extra space between letters, in points (for small capitals and labels).
    public var letterSpacing: Double
    /// Justified text only: break the paragraph as a whole (Knuth–Plass) rather than line by line (Pango).
    public var optimalLineBreaking: Bool
    /// Justified text with optimal line breaking only: divide English words at dictionary hyphenation points.
    public var hyphenate: Bool

    public init(family: String, size: Double, bold: Bool = false, italic: Bool = false, lineHeight: Double = 1.3,
                alignment: Alignment = .left, color: RGBColor = .black, letterSpacing: Double = 0,
                optimalLineBreaking: Bool = true, hyphenate: Bool = true) {
        self.family = family
        self.size = size
        self.bold = bold
        self.italic = italic
        self.lineHeight = lineHeight
        self.alignment = alignment
        self.color = color
        self.letterSpacing = letterSpacing
        self.optimalLineBreaking = optimalLineBreaking
        self.hyphenate = hyphenate
    }

    public func with(size: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, alignment: Alignment? = nil,
                     color: RGBColor? = nil) -> TextStyle {
        var copy = self
        if let size { copy.size = size }
        if let bold { copy.bold = bold }
        if let italic { copy.italic = italic }
        if let alignment { copy.alignment = alignment }
        if let color { copy.color = color }
        return copy
    }
}

/// A piece of text inside a paragraph with its own emphasis, colour or link.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// Set smaller and raised, like a footnote mark.
    public var superscript: Bool
    public var color: RGBColor?
    /// A URI, or `#name` for a destination in the document.
    public var link: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, superscript: Bool = false,
                color: RGBColor? = nil, link: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.superscript = superscript
        self.color = color
        self.link = link
    }
}
