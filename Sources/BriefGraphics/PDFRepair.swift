import Foundation

/// Cairo 1.16 reserves a PDF object for every link annotation, never writes it, yet lists it as in use in
/// the cross-reference table, so strict readers (`qpdf --check`) call the file damaged. Every xref entry
/// is exactly 20 bytes, so such entries can be rewritten as free entries in place without moving any offset.
enum PDFRepair {
    static func freeUnwrittenObjects(in original: Data) -> Data {
        var data = original
        guard let xrefStart = lastRange(of: Array("\nxref\n".utf8), in: data) else { return data }
        var cursor = xrefStart + 6
        // Subsections: "first count\n" followed by count entries of 20 bytes.
        while let header = line(in: data, at: cursor) {
            let parts = header.text.split(separator: " ")
            guard parts.count == 2, let first = Int(parts[0]), let count = Int(parts[1]) else { break }
            cursor = header.next
            for i in 0..<count {
                let entryStart = cursor + i * 20
                guard entryStart + 20 <= data.count else { return data }
                let entry = String(decoding: data[entryStart..<(entryStart + 18)], as: UTF8.self)
                guard entry.hasSuffix("n"), let offset = Int(entry.prefix(10)) else { continue }
                let objectNumber = first + i
                if !objectStarts(in: data, at: offset, number: objectNumber) {
                    data.replaceSubrange(entryStart..<(entryStart + 18), with: Array("0000000000 00001 f".utf8))
                }
            }
            cursor += count * 20
        }
        return data
    }

    private static func objectStarts(in data: Data, at offset: Int, number: Int) -> Bool {
        let expected = Array("\(number) 0 obj".utf8)
        guard offset > 0, offset + expected.count <= data.count else { return false }
        return data[offset..<(offset + expected.count)].elementsEqual(expected)
    }

    private static func line(in data: Data, at start: Int) -> (text: String, next: Int)? {
        guard start < data.count, let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return (String(decoding: data[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces), end + 1)
    }

    private static func lastRange(of needle: [UInt8], in data: Data) -> Int? {
        guard data.count >= needle.count else { return nil }
        var i = data.count - needle.count
        while i >= 0 {
            if data[i] == needle[0] && data[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
