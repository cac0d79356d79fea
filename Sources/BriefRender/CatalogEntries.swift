import Foundation

/// Adds entries to the catalog of a PDF that cairo wrote. Cairo 1.16 has no API for the document language
/// (`/Lang`), and writes `/MarkInfo << /Marked true >>` (without which readers treat the file as untagged)
/// only when the structure tree has a single root element; entries already there are left alone.
///
/// Cairo writes the catalog as the last object, right before the cross-reference table, so inserting text
/// into it moves only the table: the `startxref` offset is corrected and no object offset changes.
enum CatalogEntries {
    struct Unexpected: Error, CustomStringConvertible {
        let description: String
    }

    /// The entries that mark a tagged PDF in `language` (a BCP 47 tag such as "en"), as (key, value).
    static func tagged(language: String) -> [(key: String, value: String)] {
        [("/MarkInfo", "<< /Marked true >>"), ("/Lang", "(\(pdfString(language)))")]
    }

    /// Inserts those of `entries` whose key the catalog lacks at the start of the catalog dictionary of
    /// the PDF `original`.
    static func add(_ entries: [(key: String, value: String)], to original: Data) throws -> Data {
        var bytes = [UInt8](original)
        guard let catalog = lastIndex(of: "<< /Type /Catalog", in: bytes),
              let end = firstIndex(of: "endobj\n", in: bytes, from: catalog),
              let xref = lastIndex(of: "\nxref\n", in: bytes), xref == end + 6,
              let startxref = lastIndex(of: "startxref\n", in: bytes), startxref > xref else {
            throw Unexpected(description: "the catalog is not the last object before the cross-reference table")
        }
        let numberStart = startxref + 10
        guard let numberEnd = bytes[numberStart...].firstIndex(of: UInt8(ascii: "\n")),
              let offset = Int(String(decoding: bytes[numberStart..<numberEnd], as: UTF8.self)), offset == xref + 1 else {
            throw Unexpected(description: "startxref does not point at the cross-reference table")
        }
        let dictionary = String(decoding: bytes[catalog..<end], as: UTF8.self)
        let missing = entries.filter { !dictionary.contains($0.key + " ") }
        guard !missing.isEmpty else { return original }
        let insertion = Array(missing.map { "\n   \($0.key) \($0.value)" }.joined().utf8)
        bytes.replaceSubrange(numberStart..<numberEnd, with: Array(String(offset + insertion.count).utf8))
        bytes.insert(contentsOf: insertion, at: catalog + "<< /Type /Catalog".utf8.count)
        return Data(bytes)
    }

    /// A PDF literal string body: backslash, parentheses escaped; non-ASCII dropped (language tags are ASCII).
    static func pdfString(_ s: String) -> String {
        String(s.unicodeScalars.filter(\.isASCII).map { c -> String in
            "\\()".unicodeScalars.contains(c) ? "\\" + String(c) : String(c)
        }.joined())
    }

    private static func lastIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = bytes.count - n.count
        while i >= 0 {
            if bytes[i] == n[0], bytes[i..<(i + n.count)].elementsEqual(n) { return i }
            i -= 1
        }
        return nil
    }

    private static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = start
        while i + n.count <= bytes.count {
            if bytes[i] == n[0], bytes[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }
}
