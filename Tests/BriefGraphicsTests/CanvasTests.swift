import BriefGraphics
import Foundation
import XCTest

/// The C layer on its own: PDFs with links stay valid for strict readers, and text is measured as drawn.
final class CanvasTests: XCTestCase {
    func testLinksWithQuotesAndAmpersandsGiveAValidPDF() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("links-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fonts = FontLibrary()
        let canvas = try Canvas(kind: .pdf, path: path, pageWidth: 595.28, pageHeight: 841.89)
        let style = TextStyle(family: "Noto Serif", size: 11)
        let text = ShapedText.shape([StyledRun("See the "), StyledRun("report", link: "https://example.org/a?b=1&c='2'"),
                                     StyledRun(" and "), StyledRun("note 1", link: "#note-1")],
                                    style: style, width: 400, in: fonts)
        canvas.draw(text, x: 72, y: 72)
        XCTAssertEqual(text.links.count, 2)
        for link in text.links { canvas.addLink(link.rect.offsetBy(dx: 72, dy: 72), target: link.target) }
        try canvas.nextPage()
        canvas.addDestination("note-1", x: 72, y: 72)
        canvas.draw(text, x: 72, y: 72)
        try canvas.finish()

        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["qpdf", "--check", path]
        check.standardOutput = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        XCTAssertEqual(check.terminationStatus, 0, "qpdf --check finds the file damaged")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertNotNil(data.range(of: Data("example.org/a?b=1&c=".utf8)), "the URI is written whole")
    }

    func testLinkAreasSitOverTheirWords() {
        let fonts = FontLibrary()
        let style = TextStyle(family: "Noto Sans", size: 10)
        let plain = ShapedText.shape("Read the ", style: style, width: nil, in: fonts)
        let linked = ShapedText.shape([StyledRun("Read the "), StyledRun("sources", link: "#s")], style: style, width: nil, in: fonts)
        let area = linked.links[0].rect
        XCTAssertEqual(area.x, plain.width, accuracy: 0.5)
        XCTAssertEqual(area.width, linked.width - plain.width, accuracy: 0.5)
    }

    func testBundledFontsAreLoaded() throws {
        let fonts = FontLibrary()
        try XCTSkipIf(fonts.fontsDirectory == nil, "no fonts/ folder: run `make fonts`")
        let families = fonts.familyNames()
        for family in ["Noto Serif", "Noto Sans", "Noto Naskh Arabic"] { XCTAssertTrue(families.contains(family), "\(family) in \(families)") }
    }
}
