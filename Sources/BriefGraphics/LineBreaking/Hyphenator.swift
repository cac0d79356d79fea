import CPangoCairo
import Foundation

/// Where a word may be broken at the end of a line.
public struct HyphenationPoint: Hashable, Sendable {
    /// UTF-8 offset inside the word: the line ends before this byte.
    public var offset: Int
    /// True when the break adds a hyphen (a dictionary break); false after a hyphen already in the word.
    public var addsHyphen: Bool

    public init(offset: Int, addsHyphen: Bool) {
        self.offset = offset
        self.addsHyphen = addsHyphen
    }
}

/// English hyphenation from TeX-derived patterns (libhyphen, Debian's `hyphen-en-us`), with house rules
/// on top: no fragment under `minimumFragment` letters, no word under `minimumWord` letters, never an
/// acronym, a capitalised word, a word with an inner capital or a digit, a URL or an e-mail address;
/// a word that already contains a hyphen breaks only after that hyphen.
///
/// The dictionary is only read after loading, so one instance can serve every thread. When the pattern
/// file is missing, no word is hyphenated (explicit hyphens still are).
public final class Hyphenator: @unchecked Sendable {
    /// Debian's US English patterns.
    public static let defaultPatternsPath = "/usr/share/hyphen/hyph_en_US.dic"
    /// The shared US English hyphenator, loaded on first use.
    public static let englishUS = Hyphenator(patternsAt: defaultPatternsPath)

    public let minimumFragment = 3
    public let minimumWord = 6
    private let dictionary: UnsafeMutablePointer<HyphenDict>?
    private let lock = NSLock()
    private var cache: [String: [HyphenationPoint]] = [:]  // guarded by `lock`

    /// Loads the patterns at `path`; a missing or unreadable file gives a hyphenator that adds no hyphens.
    public init(patternsAt path: String) {
        dictionary = FileManager.default.isReadableFile(atPath: path) ? hnj_hyphen_load(path) : nil
    }

    deinit { if let dictionary { hnj_hyphen_free(dictionary) } }

    /// Whether dictionary patterns were loaded.
    public var hasPatterns: Bool { dictionary != nil }

    /// The places where `word` (a run of text between spaces, punctuation included) may break, in order.
    public func points(in word: String) -> [HyphenationPoint] {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[word] { return known }
        let found = computePoints(Array(word.utf8))
        if cache.count >= 50_000 { cache.removeAll(keepingCapacity: true) }  // a long batch: bound the memory
        cache[word] = found
        return found
    }

    private func computePoints(_ bytes: [UInt8]) -> [HyphenationPoint] {
        if bytes.contains(where: { isDigit($0) || isUpper($0) }) { return [] }
        if looksLikeAddress(bytes) { return [] }
        if bytes.contains(hyphenMinus) { return explicitPoints(bytes) }
        // The word proper: letters after any opening punctuation, up to the first non-letter ("policy's" → "policy").
        guard let start = bytes.firstIndex(where: isLower) else { return [] }
        var end = start
        while end < bytes.count, isLower(bytes[end]) { end += 1 }
        // A letter outside ASCII (an accent, another script) right after: leave the word whole.
        if end < bytes.count, bytes[end] >= 0x80, !isCurlyQuote(bytes, at: end, closing: true) { return [] }
        if start >= 1, bytes[start - 1] >= 0x80, !(start >= 3 && isCurlyQuote(bytes, at: start - 3, closing: false)) {
            return []
        }
        let core = Array(bytes[start..<end])
        guard core.count >= minimumWord, let dictionary else { return [] }
        // libhyphen reads the word as a C string (up to its NUL, past `word_size`) and wants the marks
        // buffer `word_size + 5` bytes long (hyphen.h); `rep`, `pos` and `cut` it allocates itself.
        let word = core.map { CChar(bitPattern: $0) } + [0]
        var marks = [CChar](repeating: 0, count: core.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let failed = word.withUnsafeBufferPointer {
            hnj_hyphen_hyphenate2(dictionary, $0.baseAddress, Int32(core.count), &marks, nil, &rep, &pos, &cut)
        }
        if let rep {
            for i in 0..<core.count { free(rep[i]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard failed == 0 else { return [] }
        var points: [HyphenationPoint] = []
        for index in 0..<(core.count - 1) where marks[index] & 1 == 1 {
            let left = index + 1
            if left >= minimumFragment, core.count - left >= minimumFragment {
                points.append(HyphenationPoint(offset: start + left, addsHyphen: true))
            }
        }
        return points
    }

    /// After each hyphen with at least two letters before it and three after it ("co-|operation").
    private func explicitPoints(_ bytes: [UInt8]) -> [HyphenationPoint] {
        var points: [HyphenationPoint] = []
        for (index, byte) in bytes.enumerated() where byte == hyphenMinus {
            var before = 0, i = index - 1
            while i >= 0, isLetter(bytes[i]) { before += 1; i -= 1 }
            var after = 0, j = index + 1
            while j < bytes.count, isLetter(bytes[j]) { after += 1; j += 1 }
            if before >= 2, after >= minimumFragment { points.append(HyphenationPoint(offset: index + 1, addsHyphen: false)) }
        }
        return points
    }

    private func looksLikeAddress(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(UInt8(ascii: "@")) || bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "\\")) {
            return true
        }
        // A full stop between letters: a domain name or a file name ("example.org").
        for i in 1..<max(1, bytes.count - 1) where bytes[i] == UInt8(ascii: ".") {
            if isLetter(bytes[i - 1]), isLetter(bytes[i + 1]) { return true }
        }
        return false
    }

    /// A curly quote at `index`: opening U+2018, U+201C; closing U+2019 (also the apostrophe), U+201D.
    private func isCurlyQuote(_ bytes: [UInt8], at index: Int, closing: Bool) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return false }
        return closing ? bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D : bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C
    }
}

private let hyphenMinus = UInt8(ascii: "-")
private func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
private func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
private func isLetter(_ b: UInt8) -> Bool { isLower(b) || isUpper(b) || b >= 0x80 }
