extension StringProtocol {
    /// Whether every Unicode scalar stands alone as a character and has no canonical equivalent: ASCII but
    /// the carriage return (which joins a line feed), Latin-1 and Latin Extended letters (precomposed, never
    /// combining), and the dashes, quotes and bullets of General Punctuation. Such text can be walked by
    /// scalars or searched by bytes with the same answers as by characters, only faster.
    public var isPlainScalarText: Bool {
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0x0D: return false
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
            default: return false
            }
        }
    }
}
