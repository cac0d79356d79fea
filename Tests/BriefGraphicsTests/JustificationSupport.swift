import BriefGraphics
import Foundation

/// Ordinary policy English, generated deterministically: sentences of varied length with names, acronyms,
/// figures and long words, as in a brief.
enum SyntheticText {
    static let short = """
        the the the the of of of and and and to to in in for on with by from at as that which this these their
        its a a an it is is are was were has have had been be will would could should may not also more than
        most such other new said two three many some all each both only over after into about while where
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let common = """
        government authorities officials agency ministry between across against within without under before
        during country countries people groups group cases case police coast boats boat money debt year years
        month week staff plan plans data rules laws trade land sea air road roads cities city towns village
        regional national international cooperation coordination information intelligence enforcement
        investigation prosecution protection migrants migration smuggling trafficking networks routes border
        borders crossing coastal maritime vessels departures arrivals detention removal return returns
        reintegration assistance support funding programme programmes project projects capacity training
        officers prosecutors judges courts legislation framework frameworks policy policies strategy
        strategies implementation evaluation monitoring reporting evidence analysis assessment assessments
        responsibility accountability transparency commitment commitments agreement agreements partnership
        partnerships conference meeting meetings delegation delegations representatives stakeholders
        communities families victims survivors witnesses recruitment exploitation documents documentation
        passports visas applications procedures requirements standards practices guidelines recommendations
        priorities objectives outcomes results challenges risks vulnerabilities opportunities resources
        development economic social humanitarian security stability financial operational institutional
        technical legal administrative significant substantial considerable increasing growing persistent
        effective efficient comprehensive sustainable coordinated integrated targeted dedicated independent
        organisation organisations administration administrations establishment understanding awareness
        unprecedented notwithstanding nevertheless furthermore consequently particularly especially broadly
        previously recently currently approximately respectively collectively increasingly predominantly
        announced described emphasised highlighted acknowledged considered established strengthened improved
        expanded reduced addressed identified prevented dismantled intercepted facilitated recommended agreed
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let names = ["Islamabad", "Pakistan", "Karachi", "Quetta", "Iran", "Turkey", "Brussels", "Gwadar",
                        "Balochistan", "Mediterranean", "Europe", "Lahore"]
    static let acronyms = ["UNODC", "FIA", "EU", "PROTECT", "IOM", "UNHCR", "MoFA", "NACTA"]

    /// `paragraphs` paragraphs of 5 to 9 sentences.
    static func paragraphs(_ count: Int, seed: UInt64 = 2024) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<(5 + next(5))).map { _ -> String in
                var words: [String] = []
                for index in 0..<(9 + next(18)) {
                    let roll = next(100)
                    // About the mix of a real brief: 5.6 letters a word on average.
                    var word = roll < 5 ? names[next(names.count)] : roll < 9 ? acronyms[next(acronyms.count)]
                        : roll < 11 ? "in \(1990 + next(35))" : roll < 63 ? short[next(short.count)]
                        : common[next(common.count)]
                    if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                    if index > 2, next(9) == 0 { words[words.count - 1] += "," }
                    words.append(word)
                }
                return words.joined(separator: " ") + "."
            }.joined(separator: " ")
        }
    }
}

/// Figures about the spacing and hyphens of justified lines.
struct SpacingReport: CustomStringConvertible {
    var gapRatios: [Double] = []   // word gap / natural space, on full lines
    var fullLines = 0
    var lines = 0
    var hyphenatedLines = 0

    var p95: Double { percentile(0.95) }
    var maximum: Double { gapRatios.max() ?? 0 }
    var hyphensPer50Lines: Double { Double(hyphenatedLines) * 50 / Double(max(lines, 1)) }

    func percentile(_ p: Double) -> Double {
        let sorted = gapRatios.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    var description: String {
        String(format: "%d lines (%d full), gap/space median %.2f p95 %.2f max %.2f min %.2f, %d hyphenated (%.1f per 50 lines)",
               lines, fullLines, percentile(0.5), p95, maximum, gapRatios.min() ?? 0, hyphenatedLines, hyphensPer50Lines)
    }
}

/// A word of `pdftotext -bbox-layout` output.
struct PDFWord {
    var text: String
    var xMin: Double, xMax: Double, yMin: Double
}

/// The lines of words on each page of a PDF, as poppler reads them (nil when pdftotext is missing).
func pdfLines(_ path: String) throws -> [[[PDFWord]]]? {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("bbox-\(UUID().uuidString).html").path
    defer { try? FileManager.default.removeItem(atPath: out) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdftotext", "-bbox-layout", path, out]
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0, let html = try? String(contentsOfFile: out, encoding: .utf8) else { return nil }
    var pages: [[[PDFWord]]] = []
    for page in html.components(separatedBy: "<page ").dropFirst() {
        var lines: [[PDFWord]] = []
        for line in page.components(separatedBy: "<line ").dropFirst() {
            var words: [PDFWord] = []
            for chunk in line.components(separatedBy: "<word ").dropFirst() {
                func value(_ name: String) -> Double {
                    guard let r = chunk.range(of: "\(name)=\"") else { return 0 }
                    return Double(chunk[r.upperBound...].prefix { $0 != "\"" }) ?? 0
                }
                guard let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</word>") else { continue }
                let text = String(chunk[chunk.index(after: open)..<close.lowerBound])
                words.append(PDFWord(text: text, xMin: value("xMin"), xMax: value("xMax"), yMin: value("yMin")))
            }
            if !words.isEmpty { lines.append(words) }
        }
        pages.append(lines)
    }
    return pages
}
