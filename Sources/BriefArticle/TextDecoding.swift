import Foundation

/// Bytes to text: UTF-8 first, Windows-1252 as the fallback; recognises binary files.
enum TextDecoding {
    struct Decoded {
        var text: String
        var usedFallback: Bool
    }

    static func decode(_ data: Data, path: String) throws -> Decoded {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ArticleError(path: path, problem: "file is empty")
        }
        if bytes.contains(0) || controlShare(bytes) > 0.1 {
            throw ArticleError(path: path, problem: "binary file, not an article")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, usedFallback: false)
        }
        return Decoded(text: windows1252(bytes), usedFallback: true)
    }

    /// Share of bytes that are control characters other than tab, newline, carriage return, form feed.
    static func controlShare(_ bytes: [UInt8]) -> Double {
        guard !bytes.isEmpty else { return 0 }
        let controls = bytes.reduce(0) { n, b in n + ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F ? 1 : 0) }
        return Double(controls) / Double(bytes.count)
    }

    static func looksBinary(_ text: String) -> Bool {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            let v = scalar.value
            if v == 0 { return true }
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0x7F { controls += 1 }
        }
        return total > 0 && Double(controls) / Double(total) > 0.1
    }

    static func normaliseNewlines(_ text: String) -> String {
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        guard t.utf8.contains(0x0D) else { return t }     // no "\r": nothing to replace
        // "\r\n" is a single Character in Swift, so it is replaced as a whole.
        return t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The code points of bytes 0x80–0x9F in Windows-1252 (the rest are Latin-1).
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
