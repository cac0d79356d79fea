import BriefModel

/// Sentences about what comes next: plans, proposals, scheduled steps and calls for action, matched by
/// the `outlookMarkers` phrases of the gazetteers as whole words.
enum OutlookRule {
    static func extract(_ ctx: ArticleContext) -> [Evidence] {
        // ` plans to `: a marker between blanks, as UTF-8 bytes
        let markers = ctx.g.outlookMarkers.map { (marker: $0, bytes: Array(" \($0) ".utf8)) }
        var out: [Evidence] = []
        for s in ctx.sentences {
            let padded = wordBytes(s.text)
            guard let m = markers.first(where: { UTF8Search.contains(padded, $0.bytes) }) else { continue }
            out.append(Evidence(s.sentence, rule: "outlook.\(m.marker.replacingOccurrences(of: " ", with: "-"))"))
        }
        return out
    }

    /// The text lower-cased with every character other than a letter or `-` blanked, padded with a blank
    /// on each side, as UTF-8 bytes (one blank per blanked character).
    static func wordBytes(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII without `\r\n` (one character of two bytes): one byte per character, lower-cased A–Z
            let utf8 = text.utf8
            return [UInt8](unsafeUninitializedCapacity: utf8.count + 2) { buffer, count in
                buffer[0] = 0x20
                var k = 1
                for b in utf8 {
                    let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    buffer[k] = (lower >= 0x61 && lower <= 0x7A) || lower == 0x2D ? lower : 0x20
                    k += 1
                }
                buffer[k] = 0x20
                count = k + 1
            }
        }
        if let bytes = quotedASCIIWordBytes(text) { return bytes }
        var out: [UInt8] = [0x20]
        out.reserveCapacity(text.utf8.count + 2)
        for c in text.lowercased() {
            if c.isLetter || c == "-" { out.append(contentsOf: c.utf8) } else { out.append(0x20) }
        }
        out.append(0x20)
        return out
    }

    /// `wordBytes` of an ASCII text (without "\r\n") that also holds curly quotes, dashes, ellipses or
    /// no-break spaces (U+2018, U+2019, U+201C, U+201D, U+2013, U+2014, U+2026, U+00A0): each of those is
    /// a character of its own, no letter and unchanged by lower-casing, so it becomes one blank; nil for
    /// any other text.
    private static func quotedASCIIWordBytes(_ text: String) -> [UInt8]? {
        var copy = text
        var plain = true
        let bytes = copy.withUTF8 { b in
            [UInt8](unsafeUninitializedCapacity: b.count + 2) { out, count in
                out[0] = 0x20
                var k = 1, i = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        guard c != 0x0D else { plain = false; break }
                        let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                        out[k] = (lower >= 0x61 && lower <= 0x7A) || lower == 0x2D ? lower : 0x20
                        i += 1
                    } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D, 0x93, 0x94, 0xA6].contains(b[i + 2]) {
                        out[k] = 0x20
                        i += 3
                    } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                        out[k] = 0x20
                        i += 2
                    } else {
                        plain = false
                        break
                    }
                    k += 1
                }
                out[k] = 0x20
                count = k + 1
            }
        }
        return plain ? bytes : nil
    }
}
