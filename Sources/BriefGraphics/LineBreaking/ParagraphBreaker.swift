/// A paragraph's text with the chosen line ends written in: a newline at each break, after an added
/// hyphen where a word is divided.
struct BrokenParagraph {
    /// The new text (UTF-8).
    var bytes: [UInt8]
    /// For each byte offset of the original text (and its end), the offset in the new text. Text inserted
    /// at an offset belongs to what precedes it (a hyphen takes the style of the word it ends).
    var offsets: [Int]
    /// New offsets of the line ends that should be justified (every line end except forced ones and the
    /// paragraph's end), in order.
    var justifiedLineEnds: [Int]
    /// How many hyphens were added.
    var addedHyphens: Int
}

/// Turns a paragraph into boxes, glue and penalties from measured widths and breaks it with Knuth–Plass:
/// first without hyphenation, then with it, then (never failing) accepting any spacing.
struct ParagraphBreaker {
    /// How far spaces and letter spacing may give.
    var limits: Justification
    /// The cost of ending a line with an added hyphen, and after a hyphen already in the text.
    var hyphenPenalty = 150.0
    var explicitHyphenPenalty = 50.0
    /// Largest adjustment ratios of the first two passes.
    var firstTolerance = 1.0
    var secondTolerance = 1.5

    /// The hyphen added at a divided word: U+2010 HYPHEN.
    static let hyphen = "\u{2010}"

    /// Breaks `bytes` into lines of `lineWidth`. `advances[i]` is the advance of the character starting at byte
    /// `i` (0 inside characters); `hyphenWidth(i)` the width of a hyphen set in the style of byte `i`.
    func breakLines(_ bytes: [UInt8], advances: [Double], lineWidth: Double, hyphenator: Hyphenator?,
                    hyphenWidth: (Int) -> Double) -> BrokenParagraph {
        var prefix = [Double](repeating: 0, count: bytes.count + 1)
        var letters = [Int](repeating: 0, count: bytes.count + 1)
        for i in 0..<bytes.count {
            prefix[i + 1] = prefix[i] + advances[i]
            letters[i + 1] = letters[i] + (advances[i] > 0 && Justification.isSpaced(bytes[i]) ? 1 : 0)
        }
        func width(_ from: Int, _ to: Int) -> Double { prefix[to] - prefix[from] }
        /// A box of text that may be letter-spaced a little.
        func box(_ from: Int, _ to: Int) -> BreakItem {
            let count = Double(letters[to] - letters[from])
            return BreakItem(kind: .box, width: width(from, to), stretch: count * limits.letterStretch,
                             shrink: count * limits.letterShrink)
        }

        var items: [BreakItem] = []
        var sites: [Site] = []
        func add(_ item: BreakItem, _ site: Site = .none) {
            items.append(item)
            sites.append(site)
        }
        var hasHyphenation = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == space {
                var j = i
                while j < bytes.count, bytes[j] == space { j += 1 }
                let atLineStart = items.isEmpty || items[items.count - 1].penalty == -.infinity
                if j == bytes.count || forcedBreakLength(bytes, at: j) > 0 {
                    // Spaces before a line end: dropped from the measure (and zeroed when set).
                } else if atLineStart {
                    add(box(i, j))
                } else {
                    let w = width(i, j)
                    add(.glue(w, stretch: w * limits.spaceStretch, shrink: w * limits.spaceShrink), .glue(i, j - i))
                }
                i = j
            } else if case let length = forcedBreakLength(bytes, at: i), length > 0 {
                add(.fil)
                add(.forcedBreak, .forced)
                i += length
            } else {
                var j = i
                while j < bytes.count, bytes[j] != space, forcedBreakLength(bytes, at: j) == 0 { j += 1 }
                var last = i
                if let hyphenator {
                    for point in hyphenator.points(in: String(decoding: bytes[i..<j], as: UTF8.self)) {
                        let at = i + point.offset
                        add(box(last, at))
                        var penalty = BreakItem(kind: .penalty, width: point.addsHyphen ? hyphenWidth(at - 1) : 0,
                                                penalty: point.addsHyphen ? hyphenPenalty : explicitHyphenPenalty)
                        penalty.flagged = true
                        penalty.isHyphenation = point.addsHyphen
                        hasHyphenation = hasHyphenation || point.addsHyphen
                        add(penalty, .hyphen(at, added: point.addsHyphen))
                        last = at
                    }
                }
                add(box(last, j))
                i = j
            }
        }
        add(.fil)
        add(.forcedBreak, .forced)

        var passes = [KnuthPlass.Pass(tolerance: firstTolerance, hyphenate: false)]
        if hasHyphenation { passes.append(KnuthPlass.Pass(tolerance: secondTolerance, hyphenate: true)) }
        passes.append(KnuthPlass.Pass(tolerance: nil, hyphenate: hasHyphenation))
        var chosen: [Int] = []
        for pass in passes {
            if let found = KnuthPlass.breaks(items, lineWidth: lineWidth, pass: pass) {
                chosen = found
                break
            }
        }
        return write(bytes, breaks: chosen.map { sites[$0] })
    }

    /// Rewrites the text with the breaks in it.
    private func write(_ bytes: [UInt8], breaks: [Site]) -> BrokenParagraph {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + breaks.count * 4)
        var offsets = [Int](repeating: 0, count: bytes.count + 1)
        var ends: [Int] = []
        var hyphens = 0
        var next = 0  // original bytes copied so far
        func copy(upTo end: Int) {
            while next < end {
                offsets[next] = out.count
                out.append(bytes[next])
                next += 1
            }
        }
        for site in breaks {
            switch site {
            case .none, .forced:
                continue
            case let .glue(start, length):
                copy(upTo: start)
                ends.append(out.count)
                offsets[start] = out.count
                out.append(newline)
                for k in start + 1..<start + length { offsets[k] = out.count }  // the other spaces go
                next = start + length
            case let .hyphen(at, added):
                copy(upTo: at)
                if added {
                    out.append(contentsOf: Array(ParagraphBreaker.hyphen.utf8))
                    hyphens += 1
                }
                ends.append(out.count)
                out.append(newline)
            }
        }
        copy(upTo: bytes.count)
        offsets[bytes.count] = out.count
        return BrokenParagraph(bytes: out, offsets: offsets, justifiedLineEnds: ends, addedHyphens: hyphens)
    }

    /// What a break at an item does to the text.
    private enum Site {
        case none
        /// Spaces from `start`, `length` bytes: the first becomes the newline, the others go.
        case glue(Int, Int)
        /// Inside a word, before byte `at`: a newline, after a hyphen when `added`.
        case hyphen(Int, added: Bool)
        /// A line end already in the text (or the paragraph's end).
        case forced
    }
}

private let space = UInt8(ascii: " ")
private let newline = UInt8(ascii: "\n")

/// The length of the line break at `i` (`\r\n`, `\n`, `\r`, U+2028, U+2029), or 0.
func forcedBreakLength(_ bytes: [UInt8], at i: Int) -> Int {
    switch bytes[i] {
    case 0x0A: return 1
    case 0x0D: return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
    case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): return 3
    default: return 0
    }
}
