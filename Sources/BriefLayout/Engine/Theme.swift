import BriefGraphics

/// Page size, margins, typefaces and colours of a brief.
public struct Theme: Sendable {
    public var pageWidth: Double
    public var pageHeight: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// Height reserved above and below the body frame for the running header and footer.
    public var headerHeight: Double
    public var footerHeight: Double

    public var body: TextStyle
    public var heading: TextStyle
    public var subheading: TextStyle
    public var title: TextStyle
    public var subtitle: TextStyle
    public var small: TextStyle
    public var tableHeader: TextStyle
    public var tableCell: TextStyle
    public var figureValue: TextStyle
    public var figureLabel: TextStyle
    public var chartLabel: TextStyle

    public var accent: RGBColor
    public var muted: RGBColor
    public var rule: RGBColor
    public var panel: RGBColor
    /// Space between paragraphs.
    public var paragraphSpacing: Double
    /// Columns of the body (1 or 2) and the space between them.
    public var columns: Int = 1
    public var columnGap: Double = 18

    /// The default look: A4, Noto Serif body at 10.5 pt, Noto Sans headings, a dark blue accent.
    public static let standard: Theme = {
        let serif = "Noto Serif, Noto Naskh Arabic, Noto Sans Symbols"
        let sans = "Noto Sans, Noto Naskh Arabic, Noto Sans Symbols"
        let ink = RGBColor(hex: 0x1A1A1A)
        let accent = RGBColor(hex: 0x1F3A5F)
        let muted = RGBColor(hex: 0x5F6B7A)
        return Theme(
            pageWidth: 595.28, pageHeight: 841.89,
            marginTop: 56, marginBottom: 56, marginLeft: 62, marginRight: 62,
            headerHeight: 28, footerHeight: 28,
            body: TextStyle(family: serif, size: 10.5, lineHeight: 1.45, alignment: .justify, color: ink),
            heading: TextStyle(family: sans, size: 13, bold: true, lineHeight: 1.2, color: accent),
            subheading: TextStyle(family: sans, size: 10.5, bold: true, lineHeight: 1.25, color: ink),
            title: TextStyle(family: sans, size: 21, bold: true, lineHeight: 1.15, color: accent),
            subtitle: TextStyle(family: sans, size: 10, lineHeight: 1.3, color: muted),
            small: TextStyle(family: sans, size: 8, lineHeight: 1.3, color: muted),
            tableHeader: TextStyle(family: sans, size: 8.5, bold: true, lineHeight: 1.25, color: .white),
            tableCell: TextStyle(family: sans, size: 8.5, lineHeight: 1.3, color: ink),
            figureValue: TextStyle(family: sans, size: 19, bold: true, lineHeight: 1.1, alignment: .center, color: accent),
            figureLabel: TextStyle(family: sans, size: 7.5, lineHeight: 1.25, alignment: .center, color: muted),
            chartLabel: TextStyle(family: sans, size: 7.5, lineHeight: 1.2, color: ink),
            accent: accent, muted: muted, rule: RGBColor(hex: 0xC9D1DB), panel: RGBColor(hex: 0xEEF2F6),
            paragraphSpacing: 6)
    }()

    /// The body frame: the page less margins, header and footer.
    public var bodyFrame: Rect {
        Rect(x: marginLeft, y: marginTop + headerHeight, width: pageWidth - marginLeft - marginRight,
             height: pageHeight - marginTop - marginBottom - headerHeight - footerHeight)
    }
}
