import Foundation

/// Towns and cities of the world with their country, for places the gazetteers do not list (`Sikasso` →
/// Mali). The table is the bundled `towns.tsv`: one `name<TAB>Country` line per town, the name folded as
/// `Gazetteers.fold` folds it, lines sorted by the name's UTF-8 bytes. It is searched where it lies in
/// memory (a binary search over its lines), so nothing is parsed when it loads.
public struct TownTable: Sendable {
    private let bytes: [UInt8]
    /// Where each line starts.
    private let lineStarts: [Int]

    /// A table with no towns.
    public static let empty = TownTable(bytes: [])

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            if i > start { starts.append(start) }
            start = i + 1
        }
        if start < bytes.count { starts.append(start) }
        lineStarts = starts
    }

    /// Reads a table file.
    init(contentsOf url: URL) throws {
        self.init(bytes: Array(try Data(contentsOf: url)))
    }

    public var count: Int { lineStarts.count }

    /// The country of a town, by its folded name.
    public func country(ofFolded key: String) -> String? {
        let needle = Array(key.utf8)
        var low = 0, high = lineStarts.count - 1
        return bytes.withUnsafeBufferPointer { b in
            while low <= high {
                let mid = (low + high) / 2
                let start = lineStarts[mid]
                // compare the needle with the line's name (up to the tab)
                var k = 0
                var order = 0
                while order == 0 {
                    let atEnd = start + k >= b.count || b[start + k] == UInt8(ascii: "\t")
                    if k == needle.count { order = atEnd ? 0 : -1; break }
                    if atEnd { order = 1; break }
                    let x = needle[k], y = b[start + k]
                    if x != y { order = x < y ? -1 : 1 } else { k += 1 }
                }
                if order == 0 {
                    var end = start + k + 1
                    while end < b.count, b[end] != UInt8(ascii: "\n") { end += 1 }
                    return String(decoding: b[(start + k + 1)..<end], as: UTF8.self)
                }
                if order < 0 { high = mid - 1 } else { low = mid + 1 }
            }
            return nil
        }
    }
}
