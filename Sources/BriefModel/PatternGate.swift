import Foundation

// A cheap test in front of every `Pattern`: the literal strings one of which each match must contain,
// read from the pattern itself. A text holding none of them is not searched, so the answers stay those
// of the regular expression, found much faster when most texts cannot match.

/// Byte strings one of which a text must hold for a pattern to match it.
struct LiteralGate: Sendable {
    /// ASCII byte strings, lower-cased when the pattern ignores case.
    let literals: [[UInt8]]
    let caseInsensitive: Bool
    /// For each literal, the place of its rarest byte in English text, which memchr looks for first.
    private let probes: [Int]

    init(literals: [[UInt8]], caseInsensitive: Bool) {
        self.literals = literals
        self.caseInsensitive = caseInsensitive
        probes = literals.map { literal in literal.indices.max { LiteralGate.rarity(literal[$0]) < LiteralGate.rarity(literal[$1]) } ?? 0 }
    }

    /// How rare a byte is in English text (higher is rarer): letters by their frequency, blanks the most common.
    private static func rarity(_ b: UInt8) -> Int {
        let common = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
        if b == 0x20 { return 0 }
        if let rank = common.firstIndex(of: b | 0x20), b | 0x20 >= 0x61 { return 1 + rank }
        return 20
    }

    func mayMatch(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard caseInsensitive else { return holdsLiteral(bytes) }
            guard let folded = LiteralGate.asciiFolded(bytes) else { return true }
            return folded.withUnsafeBufferPointer { holdsLiteral($0) }
        }
    }

    private func holdsLiteral(_ h: UnsafeBufferPointer<UInt8>) -> Bool {
        for (literal, probe) in zip(literals, probes) where LiteralGate.contains(h, literal, probe: probe) { return true }
        return false
    }

    /// Whether `needle` (not empty) occurs in `haystack`, memchr finding the candidates for its byte at `probe`.
    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], probe: Int) -> Bool {
        guard h.count >= needle.count, let base = h.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { n in
            let end = h.count - n.count
            let probeByte = Int32(n[probe])
            var i = 0
            while i <= end {
                guard let hit = memchr(base + i + probe, probeByte, end - i + 1) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - probe
                if memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// The bytes with A–Z lower-cased, or nil when they hold a character that ignoring case may match
    /// to ASCII letters ("ß", "ſ", "K" the Kelvin sign, "ﬁ", …): those texts are always searched.
    static func asciiFolded(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var foldsToASCII = false
        let out = [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
            var i = 0
            while i < b.count {
                let c = b[i]
                out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                if c >= 0xC3, LiteralGate.foldsToASCII(b, at: i) { foldsToASCII = true; break }
                i += 1
            }
            count = i
        }
        return foldsToASCII ? nil : out
    }

    /// Whether the character whose UTF-8 starts at `i` is one whose case folding, lower or upper case holds
    /// an ASCII letter: U+00DF, U+0130, U+0131, U+0149, U+017F, U+01F0, U+1E96–U+1E9A, U+1E9E, U+212A,
    /// U+FB00–U+FB06.
    private static func foldsToASCII(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < b.count else { return false }
        switch (b[i], b[i + 1]) {
        case (0xC3, 0x9F), (0xC4, 0xB0), (0xC4, 0xB1), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
        default: break
        }
        guard i + 2 < b.count else { return false }
        switch (b[i], b[i + 1], b[i + 2]) {
        case (0xE1, 0xBA, 0x96...0x9A), (0xE1, 0xBA, 0x9E), (0xE2, 0x84, 0xAA), (0xEF, 0xAC, 0x80...0x86): return true
        default: return false
        }
    }
}

/// Reads from a regular expression the literal strings one of which every match contains (nil when it
/// cannot tell). Only a plain subset of the syntax is read: literals, escapes, classes, groups,
/// look-arounds, alternation and quantifiers; anything else (inline flags, `\Q…\E`, hex escapes) gives nil.
enum RequiredLiterals {
    /// Most strings a required set may hold (more would cost more searches than they save).
    static let requiredLimit = 1_000

    static func of(_ source: String, caseInsensitive: Bool) -> [[UInt8]]? {
        var reader = Reader(bytes: Array(source.utf8), caseInsensitive: caseInsensitive)
        guard let info = reader.alternation(), reader.failed == false, reader.at == reader.bytes.count else { return nil }
        guard let required = info.required, !required.isEmpty, required.count <= requiredLimit, !required.contains([]) else { return nil }
        return Array(required).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// What is known of the strings a part of a pattern matches.
    struct Info {
        /// Every string it can match, when they are few.
        var exact: Set<[UInt8]>?
        /// Strings one of which every match contains (nil: nothing known).
        var required: Set<[UInt8]>?

        static let unknown = Info(exact: nil, required: nil)
        static let empty = Info(exact: [[]], required: nil)
        static func exactly(_ set: Set<[UInt8]>) -> Info { Info(exact: set, required: set.contains([]) ? nil : set) }
    }

    /// Most strings an exact set may hold before it is given up.
    static let exactLimit = 64

    /// The better of two required sets: the longer shortest string, then the fewer strings.
    static func better(_ a: Set<[UInt8]>?, _ b: Set<[UInt8]>?) -> Set<[UInt8]>? {
        guard let a else { return b }
        guard let b else { return a }
        let la = a.map(\.count).min() ?? 0, lb = b.map(\.count).min() ?? 0
        if la != lb { return la > lb ? a : b }
        return a.count <= b.count ? a : b
    }

    struct Reader {
        let bytes: [UInt8]
        let caseInsensitive: Bool
        var at = 0
        var failed = false

        init(bytes: [UInt8], caseInsensitive: Bool) {
            self.bytes = bytes
            self.caseInsensitive = caseInsensitive
        }

        var next: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func alternation() -> Info? {
            var branches = [sequence()]
            while next == UInt8(ascii: "|") {
                at += 1
                branches.append(sequence())
            }
            if failed { return nil }
            if branches.allSatisfy({ $0.exact != nil }) {
                let union = branches.reduce(into: Set<[UInt8]>()) { $0.formUnion($1.exact!) }
                if union.count <= exactLimit { return .exactly(union) }
                return Info(exact: nil, required: union.contains([]) ? nil : union)
            }
            var union = Set<[UInt8]>()
            for b in branches {
                guard let r = b.required else { return .unknown }
                union.formUnion(r)
            }
            return Info(exact: nil, required: union)
        }

        mutating func sequence() -> Info {
            var run: Set<[UInt8]> = [[]]
            var allExact = true
            var best: Set<[UInt8]>?
            func flush() {
                if !run.contains([]) { best = better(best, run) }
                run = [[]]
            }
            while let b = next, b != UInt8(ascii: "|"), b != UInt8(ascii: ")"), !failed {
                let item = quantified()
                if failed { break }
                if let exact = item.exact {
                    if run.count * exact.count <= exactLimit {
                        var product = Set<[UInt8]>()
                        for a in run { for e in exact { product.insert(a + e) } }
                        run = product
                    } else {
                        allExact = false
                        flush()
                        run = exact
                    }
                } else {
                    allExact = false
                    flush()
                    best = better(best, item.required)
                }
            }
            if allExact { return .exactly(run) }
            flush()
            return Info(exact: nil, required: best)
        }

        mutating func quantified() -> Info {
            let atom = self.atom()
            guard !failed, let b = next else { return atom }
            var minimum = 1, maximum: Int? = 1
            switch b {
            case UInt8(ascii: "?"): minimum = 0; maximum = 1; at += 1
            case UInt8(ascii: "*"): minimum = 0; maximum = nil; at += 1
            case UInt8(ascii: "+"): minimum = 1; maximum = nil; at += 1
            case UInt8(ascii: "{"):
                guard let (m, n) = braces() else { failed = true; return .unknown }
                minimum = m; maximum = n
            default: return atom
            }
            // lazy or possessive forms read the same strings
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "+") { at += 1 }
            if minimum == 0 {
                if maximum == 1, let exact = atom.exact { return .exactly(exact.union([[]])) }
                return .unknown
            }
            if minimum == 1, maximum == 1 { return atom }
            return Info(exact: nil, required: atom.required)
        }

        /// `{m}`, `{m,}` or `{m,n}` after an atom.
        mutating func braces() -> (Int, Int?)? {
            guard let close = bytes[at...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            let inner = String(decoding: bytes[(at + 1)..<close], as: UTF8.self)
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false)
            guard let m = Int(parts[0]) else { return nil }
            at = close + 1
            if parts.count == 1 { return (m, m) }
            if parts.count == 2 { return (m, parts[1].isEmpty ? nil : Int(parts[1])) }
            return nil
        }

        mutating func atom() -> Info {
            guard let b = next else { return .empty }
            at += 1
            switch b {
            case UInt8(ascii: "("): return group()
            case UInt8(ascii: "["): return characterClass()
            case UInt8(ascii: "\\"): return escape()
            case UInt8(ascii: "."): return .unknown
            case UInt8(ascii: "^"), UInt8(ascii: "$"): return .empty
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "]"):
                failed = true
                return .unknown
            case 0x80...:
                // a character beyond ASCII: its bytes as one atom, nothing known (case may vary)
                while let c = next, c >= 0x80, c < 0xC0 { at += 1 }
                return .unknown
            default:
                return .exactly([[literal(b)]])
            }
        }

        func literal(_ b: UInt8) -> UInt8 { caseInsensitive && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

        mutating func group() -> Info {
            var lookaround = false
            if next == UInt8(ascii: "?") {
                at += 1
                switch next {
                case UInt8(ascii: ":"), UInt8(ascii: ">"): at += 1
                case UInt8(ascii: "="), UInt8(ascii: "!"): at += 1; lookaround = true
                case UInt8(ascii: "<"):
                    at += 1
                    if next == UInt8(ascii: "=") || next == UInt8(ascii: "!") { at += 1; lookaround = true } else {
                        // a named group: "(?<name>…)"
                        guard let close = bytes[at...].firstIndex(of: UInt8(ascii: ">")) else { failed = true; return .unknown }
                        at = close + 1
                    }
                default:
                    failed = true          // inline flags and other forms
                    return .unknown
                }
            }
            let inner = alternation()
            guard !failed, next == UInt8(ascii: ")") else { failed = true; return .unknown }
            at += 1
            return lookaround ? .empty : (inner ?? .unknown)
        }

        mutating func characterClass() -> Info {
            var members: [UInt8] = []
            var plain = next != UInt8(ascii: "^")
            var first = true
            while let b = next {
                if b == UInt8(ascii: "]") && !first { at += 1; break }
                first = false
                at += 1
                if b == UInt8(ascii: "\\") {
                    plain = false
                    guard next != nil else { failed = true; return .unknown }
                    at += 1
                    continue
                }
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "-") || b == UInt8(ascii: "&") || b >= 0x80 { plain = false }
                if b == UInt8(ascii: "[") { failed = true; return .unknown }
                members.append(b)
            }
            guard plain, !members.isEmpty, members.count <= 8 else { return .unknown }
            return .exactly(Set(members.map { [literal($0)] }))
        }

        mutating func escape() -> Info {
            guard let b = next else { failed = true; return .unknown }
            at += 1
            switch b {
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "G"):
                return .empty
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                if next == UInt8(ascii: "{") {
                    guard let close = bytes[at...].firstIndex(of: UInt8(ascii: "}")) else { failed = true; return .unknown }
                    at = close + 1
                } else {
                    at += 1
                }
                return .unknown
            case UInt8(ascii: "Q"), UInt8(ascii: "E"), UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "N"),
                 UInt8(ascii: "k"), UInt8(ascii: "c"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                failed = true
                return .unknown
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return .unknown            // \s, \w, \d, \n, \t, …
            case 0x80...:
                failed = true
                return .unknown
            default:
                return .exactly([[b]])     // an escaped mark: "\.", "\$", "\-"
            }
        }
    }
}
