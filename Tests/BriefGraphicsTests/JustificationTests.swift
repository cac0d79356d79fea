import BriefGraphics
import Foundation
import XCTest

/// Justified body text: whole-paragraph line breaking with hyphenation, measured in the PDF as drawn.
final class JustificationTests: XCTestCase {
    static let left = 62.0, measure = 470.0, pageTop = 60.0, pageBottom = 780.0
    let body = TextStyle(family: "Noto Serif, Noto Naskh Arabic, Noto Sans Symbols", size: 10.5, lineHeight: 1.45,
                         alignment: .justify, color: RGBColor(hex: 0x1A1A1A))

    /// Sets `paragraphs` at the measure on A4 pages and writes them to `path`.
    func render(_ paragraphs: [[StyledRun]], style: TextStyle, to path: String, fonts: FontLibrary) throws -> [ShapedText] {
        let canvas = try Canvas(kind: .pdf, path: path, pageWidth: 595.28, pageHeight: 841.89)
        var y = Self.pageTop
        var shaped: [ShapedText] = []
        for runs in paragraphs {
            let text = ShapedText.shape(runs, style: style, width: Self.measure, in: fonts)
            shaped.append(text)
            var first = 0
            while first < text.lines.count {
                var last = first
                while last < text.lines.count, y + text.height(of: first..<(last + 1)) <= Self.pageBottom { last += 1 }
                if last == first {
                    try canvas.nextPage()
                    y = Self.pageTop
                    continue
                }
                canvas.draw(text, lines: first..<last, x: Self.left, y: y)
                for link in text.links where (first..<last).contains(link.line) {
                    canvas.addLink(link.rect.offsetBy(dx: Self.left, dy: y - text.lines[first].top), target: link.target)
                }
                y += text.height(of: first..<last) + 6
                first = last
            }
        }
        try canvas.finish()
        return shaped
    }

    func naturalSpace(_ fonts: FontLibrary) -> Double {
        let style = body.with(alignment: .left)
        return ShapedText.shape("a b", style: style, width: nil, in: fonts).width
            - ShapedText.shape("ab", style: style, width: nil, in: fonts).width
    }

    /// Word gaps on the full lines of the PDF and hyphen counts from the shaped lines.
    func report(pdf path: String, shaped: [ShapedText], space: Double) throws -> SpacingReport? {
        guard let pages = try pdfLines(path) else { return nil }
        var report = SpacingReport()
        for page in pages {
            for line in page {
                guard let last = line.last, line.count > 1, last.xMax >= Self.left + Self.measure - 0.6 else { continue }
                report.fullLines += 1
                for (a, b) in zip(line, line.dropFirst()) { report.gapRatios.append((b.xMin - a.xMax) / space) }
            }
        }
        for text in shaped {
            let lines = text.lineTexts()
            report.lines += lines.count
            report.hyphenatedLines += lines.filter { $0.hasSuffix("\u{2010}") }.count
        }
        return report
    }

    /// About three pages of policy English at 10.5 pt on 470 pt: even spaces, few hyphens, clean breaks.
    /// Greedy breaking (Pango, no hyphens) is measured too, for the record.
    func testSpacingAndHyphensOfSyntheticText() throws {
        let fonts = FontLibrary()
        try XCTSkipIf(fonts.fontsDirectory == nil, "no fonts/ folder: run `make fonts`")
        var paragraphs = SyntheticText.paragraphs(14).map { [StyledRun($0)] }
        if let file = ProcessInfo.processInfo.environment["JUSTIFY_TEXT"], !file.isEmpty {  // any text, one paragraph a line
            paragraphs = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map { [StyledRun(String($0))] }
        }
        let space = naturalSpace(fonts)
        for (name, style) in [("greedy", with(body) { $0.optimalLineBreaking = false }), ("optimal", body)] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("justify-\(name)-\(UUID().uuidString).pdf").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let shaped = try render(paragraphs, style: style, to: path, fonts: fonts)
            guard let report = try report(pdf: path, shaped: shaped, space: space) else { throw XCTSkip("pdftotext is missing") }
            print("\(name): \(report)")
            guard name == "optimal" else { continue }
            XCTAssertGreaterThan(report.fullLines, 100)
            XCTAssertLessThanOrEqual(report.p95, 1.5, "\(report)")
            XCTAssertLessThanOrEqual(report.maximum, 1.8, "\(report)")
            XCTAssertGreaterThanOrEqual(report.gapRatios.min() ?? 0, 0.6, "\(report)")
            XCTAssertLessThanOrEqual(report.hyphensPer50Lines, 2, "\(report)")
            for text in shaped { checkBreaks(text.lineTexts()) }
        }
    }

    /// Every added hyphen leaves at least three letters on each side, in a word without capitals or digits.
    func checkBreaks(_ lines: [String]) {
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix(ParagraphBreakerHyphen) {
            let head = String(line.split(separator: " ").last!.dropLast())
            let tail = String(next.split(separator: " ").first!)
            let word = (head + tail).filter(\.isLetter)
            XCTAssertGreaterThanOrEqual(head.reversed().prefix(while: \.isLetter).count, 3, "\(head)-\(tail)")
            XCTAssertGreaterThanOrEqual(tail.prefix(while: \.isLetter).count, 3, "\(head)-\(tail)")
            XCTAssertFalse(word.contains(where: \.isUppercase), "\(head)-\(tail)")
            XCTAssertFalse((head + tail).contains(where: \.isNumber), "\(head)-\(tail)")
        }
    }
}

let ParagraphBreakerHyphen = "\u{2010}"

func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}

extension JustificationTests {
    /// Long words only, at several measures: every line still fits (shrinking at most to its limits).
    func testNoLineIsWiderThanTheMeasure() throws {
        let fonts = FontLibrary()
        let words = ("border agency cooperation migrants smuggling network route officials conference ministry "
            + "investigation trafficking partnership regional capsized vessel coastguard protection reported funding "
            + "programme statement arrested prosecutors evidence international").split(separator: " ").map(String.init)
        var state: UInt64 = 7
        for paragraph in 0..<120 {
            let text = (0..<(20 + paragraph % 90)).map { index -> String in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return words[Int((state >> 33) % UInt64(words.count))] + (index % 11 == 10 ? "." : "")
            }.joined(separator: " ")
            for width in [471.28, 455.28, 300.0] {
                let shaped = ShapedText.shape(text, style: body, width: width, in: fonts)
                for (box, line) in zip(shaped.lines, shaped.lineTexts()) {
                    XCTAssertLessThanOrEqual(box.x + box.width, width + 0.01, "\(width): \(line)")
                }
            }
        }
    }
}
