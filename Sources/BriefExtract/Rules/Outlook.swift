import BriefModel

/// Sentences about what comes next: plans, proposals, scheduled steps and calls for action, matched by
/// the `outlookMarkers` phrases of the gazetteers as whole words.
enum OutlookRule {
    static func extract(_ ctx: ArticleContext) -> [Evidence] {
        // " plans to ": a marker between blanks, as UTF-8 bytes
        let markers = ctx.g.outlookMarkers.map { (marker: $0, bytes: Array(" \($0) ".utf8)) }
        var out: [Evidence] = []
        for s in ctx.sentences {
            let padded = wordBytes(s.text)
            guard let m = markers.first(where: { UTF8Search.contains(padded, $0.bytes) }) else { continue }
            out.append(Evidence(s.sentence, rule: "outlook.\(m.marker.replacingOccurrences(of: " ", with: "-"))"))
        }
        return out
    }

    /// The text lower-cased with every character other than a letter or "-" blanked, padded with a blank
    /// on each side, as UTF-8 bytes (one blank per blanked character).
    static func wordBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x20]
        out.reserveCapacity(text.utf8.count + 2)
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII without "\r\n" (one character of two bytes): one byte per character, lower-cased A–Z
            for b in text.utf8 {
                if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) } else { out.append((b >= 0x61 && b <= 0x7A) || b == 0x2D ? b : 0x20) }
            }
        } else {
            let lower = text.lowercased()
            for c in lower {
                out.append(contentsOf: c.isLetter || c == "-" ? Array(c.utf8) : [0x20])
            }
        }
        out.append(0x20)
        return out
    }
}
