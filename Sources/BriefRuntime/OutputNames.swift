import Foundation
import SystemPackage

/// How output files are named: default names from input names, names of page files and of the briefs of
/// a feed. Names keep the letters of every script, so articles named in Arabic, Chinese or Greek get
/// briefs of their own names, never one shared fallback.
public enum OutputNames {
    /// The folder default names go in.
    public static let defaultFolder = "output"
    /// What stands in a page file name for the page number (`-o out/page-{p}.png`).
    public static let pagePlaceholder = "{p}"
    /// The longest slug, in characters.
    static let maximumSlugLength = 80

    /// `output/<slug>.<ext>` for an input file ("Reports/00 Dawn.txt" → "output/00-dawn.pdf",
    /// "مقالة.txt" → "output/مقالة.pdf"); a name with no letter or digit gets one derived from its bytes.
    public static func defaultOutput(for inputPath: String, fileExtension: String) -> String {
        let stem = FilePath(inputPath).stem ?? ""
        var name = slug(stem)
        if name.isEmpty { name = inputPath == "-" ? "brief" : "brief-" + digest(stem) }
        return "\(defaultFolder)/\(name).\(fileExtension)"
    }

    /// The brief of item `number` of a feed, in `folder`: `folder/3-<slug of the headline>.<ext>`.
    public static func feedItem(_ number: Int, headline: String, in folder: String, fileExtension: String) -> String {
        let name = slug(headline)
        return FilePath(folder).appending("\(number)-\(name.isEmpty ? "brief" : name).\(fileExtension)").string
    }

    /// The file of page `page` of a brief named `name`: `{p}` in the name replaced by the page number, or
    /// else the number added after the stem (`out/brief.png`, page 2 → `out/brief-2.png`).
    public static func page(_ page: Int, of name: String) -> String {
        if name.contains(pagePlaceholder) { return name.replacingOccurrences(of: pagePlaceholder, with: String(page)) }
        let path = FilePath(name)
        guard let stem = path.stem else { return "\(name)-\(page)" }
        let file = path.extension.map { "\(stem)-\(page).\($0)" } ?? "\(stem)-\(page)"
        return path.removingLastComponent().appending(file).string
    }

    /// Lowercase letters and digits of any script, with one hyphen for each run of anything else; Latin
    /// diacritics folded ("Café Ölüdeniz" → "cafe-oludeniz"), at most 80 characters.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for original in text.lowercased() {
            // Latin letters lose their accents; other scripts' marks (Devanagari vowel signs) stay.
            let isLatin = (original.unicodeScalars.first?.value ?? 0) < 0x250
            for character in isLatin ? String(original).folding(options: .diacriticInsensitive, locale: nil) : String(original) {
                if character.isLetter || character.isNumber {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out.append(character)
                } else {
                    pendingHyphen = true
                }
            }
            if out.count >= maximumSlugLength { break }
        }
        return out
    }

    /// Eight hexadecimal digits from the bytes of `text` (FNV-1a), stable across runs.
    static func digest(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(format: "%08x", hash)
    }
}
