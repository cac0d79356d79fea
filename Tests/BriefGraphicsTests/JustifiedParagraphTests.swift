import BriefGraphics
import Foundation
import XCTest

/// Justified paragraphs keep what Pango's own breaking gave: links, styled runs, right-to-left names in a
/// left-to-right paragraph, forced line ends, the cache.
final class JustifiedParagraphTests: XCTestCase {
    let fonts = FontLibrary()
    let body = TextStyle(family: "Noto Serif, Noto Naskh Arabic, Noto Sans Symbols", size: 10.5, lineHeight: 1.45,
                         alignment: .justify)
    let filler = SyntheticText.paragraphs(3, seed: 7)

    override func setUpWithError() throws {
        try XCTSkipIf(fonts.fontsDirectory == nil, "no fonts/ folder: run `make fonts`")
    }

    func testEveryLineButTheLastFillsTheMeasure() {
        let text = ShapedText.shape(filler[0], style: body, width: 470, in: fonts)
        XCTAssertGreaterThan(text.lines.count, 4)
        for line in text.lines.dropLast() { XCTAssertEqual(line.x + line.width, 470, accuracy: 0.01) }
        XCTAssertLessThan(text.lines.last!.width, 470)
        for (index, line) in text.lines.enumerated() {
            XCTAssertEqual(line.height, 10.5 * 1.45, accuracy: 0.01)
            XCTAssertEqual(line.top, Double(index) * 10.5 * 1.45, accuracy: 0.05)
        }
    }

    func testALinkInsideAJustifiedParagraphGetsARectangleOverItsWord() {
        let runs = [StyledRun(filler[1] + " The "), StyledRun("UNODC", link: "https://www.unodc.org/"),
                    StyledRun(" report followed. " + filler[2])]
        let text = ShapedText.shape(runs, style: body, width: 470, in: fonts)
        XCTAssertEqual(text.links.count, 1)
        let link = text.links[0]
        let lines = text.lineTexts()
        XCTAssertTrue(lines[link.line].contains("UNODC"))
        let word = ShapedText.shape("UNODC", style: body.with(alignment: .left), width: nil, in: fonts).width
        XCTAssertEqual(link.rect.width, word, accuracy: 1.5, "letter spacing changes the word's width only a little")
        XCTAssertEqual(link.rect.y, text.lines[link.line].top)
        XCTAssertEqual(link.rect.height, text.lines[link.line].height)
        // Where the word is: the line's text before it, set at this line's spacing, is about as wide.
        let before = lines[link.line].components(separatedBy: "UNODC")[0]
        XCTAssertGreaterThan(link.rect.x, before.isEmpty ? -0.01 : 0)
        XCTAssertLessThanOrEqual(link.rect.maxX, 470.01)
    }

    func testAnArabicNameKeepsTheParagraphLeftToRight() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rtl-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let inside = ShapedText.shape("The delegation was led by عبدالله محمود of the ministry. " + filler[0], style: body,
                                      width: 470, in: fonts)
        let first = ShapedText.shape("عبدالله opened the meeting. " + filler[1], style: body, width: 470, in: fonts)
        let canvas = try Canvas(kind: .pdf, path: path, pageWidth: 595.28, pageHeight: 841.89)
        canvas.draw(inside, x: 62, y: 60)
        canvas.draw(first, x: 62, y: 400)
        try canvas.finish()
        XCTAssertTrue(inside.lineTexts()[0].contains("عبدالله"))
        for line in inside.lines.dropLast() + first.lines.dropLast() { XCTAssertEqual(line.x + line.width, 470, accuracy: 0.01) }
        guard let pages = try pdfLines(path) else { throw XCTSkip("pdftotext is missing") }
        let lines = pages[0].sorted { $0[0].yMin < $1[0].yMin }
        let top = try XCTUnwrap(lines.first), lower = try XCTUnwrap(lines.first { $0[0].yMin > 390 })
        XCTAssertEqual(top[0].text, "The")
        XCTAssertEqual(top[0].xMin, 62, accuracy: 1, "the English paragraph starts at the left edge")
        XCTAssertEqual(lower[0].xMin, 62, accuracy: 1, "a paragraph that opens with an Arabic name still starts at the left")
        let opened = try XCTUnwrap(lower.first { $0.text == "opened" })
        for word in lower where word.text.unicodeScalars.contains(where: { (0x600...0x6FF).contains($0.value) }) {
            XCTAssertLessThanOrEqual(word.xMax, opened.xMin + 0.5, "the name is at the left, the English reads on to its right")
        }
        XCTAssertEqual(top.last!.xMax, 62 + 470, accuracy: 1)
    }

    func testStyledRunsKeepTheirStyleAndTheLineStillFits() {
        let runs = [StyledRun(filler[0] + " "), StyledRun("organisations responsible", bold: true), StyledRun(" for "),
                    StyledRun("international cooperation", italic: true), StyledRun("12", superscript: true),
                    StyledRun(" and ", color: RGBColor(hex: 0x1F3A5F)), StyledRun(filler[1])]
        let text = ShapedText.shape(runs, style: body, width: 470, in: fonts)
        for line in text.lines.dropLast() { XCTAssertEqual(line.x + line.width, 470, accuracy: 0.01) }
        let joined = text.lineTexts().joined(separator: " ")
        XCTAssertTrue(joined.contains("international"))
    }

    func testForcedLineEndsAreNotJustified() {
        let text = ShapedText.shape("A short first line\n" + filler[2], style: body, width: 470, in: fonts)
        XCTAssertEqual(text.lineTexts()[0], "A short first line")
        XCTAssertLessThan(text.lines[0].width, 200)
        XCTAssertEqual(text.lines[1].width, 470, accuracy: 0.01)
    }

    func testSameInputSameShapeAndSameLinesInAnotherLibrary() {
        let a = ShapedText.shape(filler[1], style: body, width: 470, in: fonts)
        XCTAssertTrue(a === ShapedText.shape(filler[1], style: body, width: 470, in: fonts), "cached")
        let other = FontLibrary()
        let b = ShapedText.shape(filler[1], style: body, width: 470, in: other)
        XCTAssertEqual(a.lines, b.lines)
        XCTAssertEqual(a.lineTexts(), b.lineTexts())
    }

    func testHyphenationCanBeTurnedOffAndOtherAlignmentsUsePango() {
        let narrow = 180.0
        let text = SyntheticText.paragraphs(2, seed: 3).joined(separator: " ")
        let hyphenated = ShapedText.shape(text, style: body, width: narrow, in: fonts).lineTexts()
        XCTAssertTrue(hyphenated.contains { $0.hasSuffix("\u{2010}") }, "a narrow measure needs a hyphen somewhere")
        var plain = body
        plain.hyphenate = false
        XCTAssertFalse(ShapedText.shape(text, style: plain, width: narrow, in: fonts).lineTexts().contains { $0.hasSuffix("\u{2010}") })
        XCTAssertFalse(ShapedText.shape(text, style: body.with(alignment: .left), width: narrow, in: fonts).lineTexts()
            .contains { $0.hasSuffix("\u{2010}") })
    }
}
