import BriefGraphics

/// Text helpers shared by the charts.
enum ChartText {
    /// Shapes `lead` (kept whole) followed by `body`, wrapped at `maxWidth`; when that takes more than
    /// `maxLines` lines, `body` is cut (at a word where possible) and ends in "…".
    static func shapeClamped(lead: [StyledRun], body: String, bodyStyle: (String) -> StyledRun, style: TextStyle,
                             maxWidth: Double, maxLines: Int, fonts: FontLibrary) -> (text: ShapedText, body: String) {
        func shape(_ text: String) -> ShapedText {
            ShapedText.shape(lead + (text.isEmpty ? [] : [bodyStyle(text)]), style: style, width: maxWidth, in: fonts)
        }
        let full = shape(body)
        guard full.lines.count > maxLines else { return (full, body) }
        let characters = Array(body)
        func candidate(_ count: Int) -> String {
            var prefix = String(characters[0..<count])
            // Prefer to cut at a word boundary if one is near.
            if count < characters.count, let space = prefix.lastIndex(of: " "),
               prefix.distance(from: space, to: prefix.endIndex) < 18 {
                prefix = String(prefix[..<space])
            }
            while let last = prefix.last, last == " " || last == "," || last == ";" || last == ":" || last == "-" {
                prefix.removeLast()
            }
            return prefix + "…"
        }
        var low = 0, high = characters.count - 1   // candidate(low) is assumed to fit
        while low < high {
            let mid = (low + high + 1) / 2
            if shape(candidate(mid)).lines.count <= maxLines { low = mid } else { high = mid - 1 }
        }
        return (shape(candidate(low)), candidate(low))
    }

    /// The extent of all lines of `text`: left edge and right edge relative to the layout origin.
    static func horizontalExtent(_ text: ShapedText) -> (minX: Double, maxX: Double) {
        let minX = text.lines.map(\.x).min() ?? 0
        let maxX = text.lines.map { $0.x + $0.width }.max() ?? 0
        return (minX, maxX)
    }
}
