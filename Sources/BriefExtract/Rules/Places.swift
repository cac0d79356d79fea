/// A place named in a sentence: a country, a city or island (with its country), a region, a demonym used
/// as a place (`the Turkish coast`), or a demonym naming people (`Pakistanis`, `Afghan nationals`).
struct PlaceMention: Sendable {
    var start: Int
    /// One past the last token.
    var end: Int
    var country: String?
    var name: String
    /// A demonym naming people, not a place.
    var isPeople = false
    /// Found in the table of towns rather than the gazetteers (counted only where a route names it).
    var isTown = false
}

enum Places {
    /// Nouns after a demonym that make it a place: `the Iranian border`, `the Libyan fishing town`.
    static let geoNouns: Set<String> = ["border", "borders", "coast", "coastline", "island", "islands", "town", "city", "port",
                                        "waters", "shore", "shores", "resort", "fishing", "capital", "side", "territory",
                                        "mainland", "frontier", "peninsula", "village", "province", "region", "desert"]
    static let peopleNouns: Set<String> = ["nationals", "national", "migrants", "citizens", "men", "women", "people",
                                           "passengers", "asylum-seekers", "refugees", "workers", "survivors", "victims"]

    static func find(in s: TokenizedSentence, g: Gazetteers) -> [PlaceMention] {
        let t = s.tokens
        var out: [PlaceMention] = []
        var i = 0
        while i < t.count {
            guard t[i].kind == .word, t[i].isCapitalised || t[i].lower == "the" else { i += 1; continue }
            var matched = false
            var n = min(g.maxPlaceWords + 1, t.count - i)
            while n >= 1 {
                let words = t[i..<(i + n)]
                if words.allSatisfy({ $0.kind == .word }), words.last!.isCapitalised || isElidedName(words.last!) {
                    let name = words.map(\.text).joined(separator: " ")
                    let key = Gazetteers.fold(name)
                    if let c = g.placeCountry[key] {
                        out.append(PlaceMention(start: i, end: i + n, country: c, name: clean(name)))
                        matched = true
                    } else if g.regions.contains(key), words.first!.isCapitalised {
                        out.append(PlaceMention(start: i, end: i + n, country: nil, name: clean(name)))
                        matched = true
                    }
                    if matched { i += n; break }
                }
                n -= 1
            }
            if matched { continue }
            if t[i].isCapitalised, let c = g.country(ofDemonym: t[i].base) {
                let next = i + 1 < t.count ? t[i + 1].lower : ""
                let after = i + 2 < t.count ? t[i + 2].lower : ""
                let plural = t[i].lower != (g.demonym(ofCountry: c) ?? "").lowercased() && t[i].lower.hasSuffix("s")
                // `Syrian and Iraqi nationals`: every demonym of the list names people
                var k = i + 1
                while k + 1 < t.count, t[k].lower == "and" || t[k].isPunct(","), t[k + 1].isCapitalised, g.country(ofDemonym: t[k + 1].base) != nil { k += 2 }
                let listNoun = k < t.count ? t[k].lower : ""
                // `thousands of Sudanese`: a demonym after a count of people names them
                let counted = i >= 2 && t[i - 1].lower == "of" && (t[i - 2].kind == .number || t[i - 2].isNumberWord || t[i - 2].lower.hasSuffix("s"))
                if plural || counted || peopleNouns.contains(next) || (k > i + 1 && peopleNouns.contains(listNoun)) {
                    out.append(PlaceMention(start: i, end: i + 1, country: c, name: t[i].text, isPeople: true))
                } else if geoNouns.contains(next) {
                    out.append(PlaceMention(start: i, end: i + 2, country: c, name: t[i].text))
                    i += 2
                    continue
                } else if t.count > i + 2 && geoNouns.contains(after) && t[i + 1].kind == .word && !t[i + 1].isCapitalised {
                    out.append(PlaceMention(start: i, end: i + 3, country: c, name: t[i].text))
                    i += 3
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// A capitalised name after an elided particle: `d'Ivoire`, `l'Aquila`, `d’Azur`.
    static func isElidedName(_ tok: Token) -> Bool {
        // most words have no apostrophe (ASCII or the last byte of `’`) among their first bytes
        guard tok.text.utf8.prefix(5).contains(where: { $0 == UInt8(ascii: "'") || $0 == 0x99 }) else { return false }
        let scalars = Array(tok.text.unicodeScalars.prefix(4))
        guard let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "’" }), (1...2).contains(apostrophe),
              apostrophe + 1 < scalars.count else { return false }
        return scalars[apostrophe + 1].properties.isUppercase
    }

    /// Towns and cities the gazetteers do not list, from their table of towns: runs of one to three
    /// capitalised words outside the places already found (`Sikasso`, `Mae Sot`, `Bobo-Dioulasso`), never
    /// part of a longer run (a person's name).
    static func towns(in s: TokenizedSentence, except known: [PlaceMention], g: Gazetteers) -> [PlaceMention] {
        let t = s.tokens
        var covered = Set<Int>()
        for p in known { covered.formUnion(p.start..<p.end) }
        var out: [PlaceMention] = []
        var i = 0
        search: while i < t.count {
            guard t[i].kind == .word, t[i].isCapitalised, !covered.contains(i) else { i += 1; continue }
            var n = min(3, t.count - i)
            while n >= 1 {
                let words = t[i..<(i + n)]
                // the name must be the whole run of capitalised words: `Barry` in `Ousmane Barry` is a surname
                let before = i > 0 && t[i - 1].kind == .word && t[i - 1].isCapitalised && !covered.contains(i - 1)
                let after = i + n < t.count && t[i + n].kind == .word && t[i + n].isCapitalised && !covered.contains(i + n)
                if !before, !after, words.allSatisfy({ $0.kind == .word && $0.isCapitalised }),
                   !(i..<(i + n)).contains(where: covered.contains) {
                    let name = words.map(\.text).joined(separator: " ")
                    if let c = g.country(ofTown: name) {
                        out.append(PlaceMention(start: i, end: i + n, country: c, name: clean(name), isTown: true))
                        i += n
                        continue search
                    }
                }
                n -= 1
            }
            i += 1
        }
        return out
    }

    private static func clean(_ name: String) -> String {
        var n = name
        if n.hasSuffix("'s") || n.hasSuffix("’s") { n.removeLast(2) }
        if n.lowercased().hasPrefix("the ") { n = String(n.dropFirst(4)) }
        return n
    }
}
