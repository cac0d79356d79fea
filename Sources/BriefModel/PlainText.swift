extension StringProtocol {
    /// Whether every Unicode scalar stands alone as a character and has no canonical equivalent: ASCII but
    /// the carriage return (which joins a line feed), Latin-1 and Latin Extended letters (precomposed, never
    /// combining), and the dashes, quotes and bullets of General Punctuation. Such text can be walked by
    /// scalars or searched by bytes with the same answers as by characters, only faster.
    @inlinable public var isPlainScalarText: Bool {
        utf8.withContiguousStorageIfAvailable(PlainScalarText.isPlain) ?? PlainScalarText.isPlain(Array(utf8))
    }
}

/// The byte test behind `isPlainScalarText`, on UTF-8 code units (valid UTF-8, as every String holds).
public enum PlainScalarText {
    /// Scalars below U+0300 are ASCII (but CR) or two bytes led by C2…CB; the General Punctuation ranges
    /// U+2010…U+2027 and U+2030…U+205E are E2 80 90…A7, E2 80 B0…BF and E2 81 80…9E.
    @inlinable public static func isPlain(_ bytes: some Collection<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i = bytes.index(after: i)
            } else if b < 0xCC {                    // C2…CB: U+0080…U+02FF (continuations never lead here)
                i = bytes.index(i, offsetBy: 2)
            } else if b == 0xE2 {
                let b1 = bytes[bytes.index(i, offsetBy: 1)], b2 = bytes[bytes.index(i, offsetBy: 2)]
                switch (b1, b2) {
                case (0x80, 0x90...0xA7), (0x80, 0xB0...0xBF), (0x81, 0x80...0x9E): i = bytes.index(i, offsetBy: 3)
                default: return false
                }
            } else {
                return false
            }
        }
        return true
    }
}

/// The Unicode scalars of a text with the UTF-8 offset at which each starts, for walking a plain text
/// (`isPlainScalarText`) by scalars and cutting it back into strings.
public struct ScalarWalk {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar, and of the end of the text last.
    public let offsets: [Int]

    public init(_ text: String) {
        self.text = text
        // one walk over the scalars (room for one per byte, the most there can be)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The string index of scalar `k` (or of the end, for `k == scalars.count`).
    public func index(_ k: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offsets[k])
    }

    /// The text of scalars `a..<b`.
    public func string(_ a: Int, _ b: Int) -> String {
        let lower = index(a)
        return String(Substring(text.utf8[lower..<text.utf8.index(lower, offsetBy: offsets[b] - offsets[a])]))
    }
}
