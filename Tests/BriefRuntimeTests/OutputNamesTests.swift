import BriefRuntime
import XCTest

final class OutputNamesTests: XCTestCase {
    func testSlugsKeepEveryScriptsLetters() {
        XCTAssertEqual(OutputNames.slug("Reports/00 Dawn"), "reports-00-dawn")
        XCTAssertEqual(OutputNames.slug("Café  Ölüdeniz!"), "cafe-oludeniz")
        XCTAssertEqual(OutputNames.slug("مقالة"), "مقالة")
        XCTAssertEqual(OutputNames.slug("文章"), "文章")
        XCTAssertEqual(OutputNames.slug("Ελλάδα 2024"), "ελλάδα-2024")
        XCTAssertEqual(OutputNames.slug("हिन्दी"), "हिन्दी")
        XCTAssertEqual(OutputNames.slug("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(OutputNames.slug("--- !!! ---"), "")
        XCTAssertLessThanOrEqual(OutputNames.slug(String(repeating: "word ", count: 100)).count, 84)
    }

    func testDefaultNamesDifferForDifferentScripts() {
        let names = ["مقالة.txt", "文章.txt", "статья.txt", "x/Report.txt", "!!!.txt", "???.txt"]
            .map { OutputNames.defaultOutput(for: $0, fileExtension: "pdf") }
        XCTAssertEqual(Set(names).count, names.count, "\(names)")
        XCTAssertEqual(names[0], "output/مقالة.pdf")
        XCTAssertEqual(names[3], "output/report.pdf")
        XCTAssertTrue(names[4].hasPrefix("output/brief-"), names[4])
    }

    func testPageNames() {
        XCTAssertEqual(OutputNames.page(2, of: "out/brief.png"), "out/brief-2.png")
        XCTAssertEqual(OutputNames.page(3, of: "brief.svg"), "brief-3.svg")
        XCTAssertEqual(OutputNames.page(12, of: "out/page-{p}.png"), "out/page-12.png")
        XCTAssertEqual(OutputNames.page(1, of: "out/noext"), "out/noext-1")
        XCTAssertEqual(OutputNames.feedItem(3, headline: "Boat sinks off Crete", in: "out", fileExtension: "pdf"),
                       "out/3-boat-sinks-off-crete.pdf")
    }

    func testControlCharactersAreEscapedForTheTerminal() {
        XCTAssertEqual(Terminal.escaped("a\u{1B}[31mred\u{07}"), "a\\u{1B}[31mred\\u{7}")
        XCTAssertEqual(Terminal.escaped("line\nnext\tcol"), "line\nnext\tcol")
        XCTAssertEqual(Terminal.escaped("\u{202E}txt.exe"), "\\u{202E}txt.exe")
        XCTAssertEqual(Terminal.escaped("plain مقالة"), "plain مقالة")
    }
}
