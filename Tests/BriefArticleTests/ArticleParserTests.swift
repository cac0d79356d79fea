import BriefArticle
import BriefModel
import Foundation
import XCTest

final class ArticleParserTests: XCTestCase {
    let parser = ArticleParser()

    func parse(_ text: String, _ format: ArticleFormat = .plainText) throws -> Article {
        try XCTUnwrap(parser.parse(text: text, origin: "test.txt", format: format).first)
    }

    func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brief-article-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return url.path
    }

    // MARK: plain-text press layout

    func testPressLayoutWithHeaderLinesAndColonDateline() throws {
        let a = try parse("""
        Harbour police break up visa fraud ring
        By Amina Yusuf
        The Harbour Gazette
        2024-03-02

        KARACHI: Police said on Friday they had detained five men accused of selling forged work visas.

        The men were presented in court the same day.
        """)
        XCTAssertEqual(a.headline, "Harbour police break up visa fraud ring")
        XCTAssertEqual(a.byline, "Amina Yusuf")
        XCTAssertEqual(a.source, "The Harbour Gazette")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 3, day: 2))
        XCTAssertEqual(a.dateline, "Karachi")
        XCTAssertEqual(a.paragraphs.count, 2)
        XCTAssertTrue(a.paragraphs[0].text.hasPrefix("KARACHI:"))
    }

    func testTrailerGivesSourceAndDateAndIsNotBody() throws {
        let a = try parse("""
        Officials meet to discuss border checks
        LAHORE: Officials met on Tuesday to discuss border checks.
        A second meeting is planned.
        Published in The Evening Ledger, March 3rd, 2024
        """)
        XCTAssertEqual(a.source, "The Evening Ledger")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 3, day: 3))
        XCTAssertEqual(a.paragraphs.map(\.text), ["LAHORE: Officials met on Tuesday to discuss border checks.", "A second meeting is planned."])
    }

    func testMultiWordDashDatelineInOrdinaryCase() throws {
        let a = try parse("Headline here\nSAN JUAN DE LA MAGUANA — A court on Monday heard the case of two drivers.")
        XCTAssertEqual(a.dateline, "San Juan de la Maguana")
    }

    func testAccentedDatelineAndTimestampHeader() throws {
        let a = try parse("Boat stopped off the coast\nCoast Times\n2024-05-15T09:30:00Z\n\nALMERÍA — A patrol stopped a boat on Monday.")
        XCTAssertEqual(a.dateline, "Almería")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 5, day: 15))
        let b = try parse("Boat stopped off the coast\nCoast Times\n2024/05/15\n\nMÁLAGA: A patrol stopped a boat on Monday.")
        XCTAssertEqual(b.published, PartialDate(year: 2024, month: 5, day: 15))
        XCTAssertEqual(b.dateline, "Málaga")
    }

    func testWireOpenerDateline() throws {
        let a = try parse("Ministry sets out plan\nCoast Wire | 2024-05-06 10:00 GMT\n\nLAGOS, May 6 (CW) — The ministry set out a plan on Monday.")
        XCTAssertEqual(a.dateline, "Lagos")
        XCTAssertEqual(a.source, "Coast Wire")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 5, day: 6))
    }

    func testDatelineVariants() throws {
        for (line, city) in [("ISLAMABAD, Apr 26: Officials met.", "Islamabad"), ("KARACHI (Reuters) - Officials met.", "Karachi"),
                             ("DHAKA -- Officials met.", "Dhaka")] {
            let a = try parse("Headline\n" + line)
            XCTAssertEqual(a.dateline, city, line)
        }
        XCTAssertNil(try parse("Headline\nUN agencies said on Monday that help was coming.").dateline)
    }

    func testNoDatelineWhenBodyOpensWithoutOne() throws {
        let a = try parse("Boat sinks\nIsland Post\nBy Nikos Pappas\n22.04.2024 | 11:40\n\nSeven people died when a boat sank on Sunday, officials said.")
        XCTAssertNil(a.dateline)
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 4, day: 22))
        XCTAssertEqual(a.source, "Island Post")
    }

    func testHeaderDateForms() throws {
        let cases: [(String, PartialDate)] = [
            ("07/03/2024 · 09:15 h", PartialDate(year: 2024, month: 3, day: 7)),
            ("Sept. 18, 2024", PartialDate(year: 2024, month: 9, day: 18)),
            ("Wednesday 2 October 2024 14:05 BST", PartialDate(year: 2024, month: 10, day: 2)),
            ("Published: 15 May 2024 - 8:40 pm", PartialDate(year: 2024, month: 5, day: 15)),
            ("Published June 3, 2024", PartialDate(year: 2024, month: 6, day: 3)),
            ("Tuesday, January 9, 2024", PartialDate(year: 2024, month: 1, day: 9)),
        ]
        for (line, date) in cases {
            let a = try parse("A headline\nSome Outlet | \(line)\n\nBody text of the article goes here.")
            XCTAssertEqual(a.published, date, line)
            XCTAssertEqual(a.source, "Some Outlet", line)
        }
    }

    func testCreditLinesAreNotBody() throws {
        let a = try parse("Headline\nTUNIS — Guards stopped a boat.\n(Reporting by Sam Lee; Editing by Jo Park)")
        XCTAssertEqual(a.paragraphs.count, 1)
    }

    func testOutletWithEditionAndStaffLine() throws {
        let a = try parse("Headline\nValley Review (Weekend edition) · Staff Reporter · 03/04/2024\n\nBody sentence here.")
        XCTAssertEqual(a.source, "Valley Review")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 4, day: 3))
    }

    // MARK: Markdown

    func testMarkdownFrontMatterHeadingsAndEmphasis() throws {
        let a = try parse("""
        ---
        title: "Border guards meet in Riga"
        date: 2024-05-10
        source: Baltic Monitor
        author: Jane Roe
        url: https://example.org/a
        ---

        # Border guards meet in Riga

        **RIGA** — Officials met on *Thursday* to share [data](https://example.org).

        ## Next steps

        They will meet again in _June_.
        """, .markdown)
        XCTAssertEqual(a.headline, "Border guards meet in Riga")
        XCTAssertEqual(a.source, "Baltic Monitor")
        XCTAssertEqual(a.byline, "Jane Roe")
        XCTAssertEqual(a.url, "https://example.org/a")
        XCTAssertEqual(a.published, PartialDate(year: 2024, month: 5, day: 10))
        XCTAssertEqual(a.dateline, "Riga")
        XCTAssertEqual(a.paragraphs.map(\.isHeading), [false, true, false])
        XCTAssertEqual(a.paragraphs[0].text, "RIGA — Officials met on Thursday to share data.")
        XCTAssertEqual(a.paragraphs[2].text, "They will meet again in June.")
    }

    // MARK: JSON lines

    func testJSONLinesFeed() throws {
        let feed = """
        {"headline": "First story", "body": "ACCRA — One.\\n\\nTwo.", "source": "Wire A", "published": "2024-01-02", "url": "https://x.org/1"}
        {"headline": "Second story", "body": "Plain start here.", "source": "Wire B", "published": "2024-01-03"}
        """
        let articles = try parser.parse(text: feed, origin: "feed.jsonl", format: .jsonLines)
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles[0].origin, "feed.jsonl#1")
        XCTAssertEqual(articles[0].dateline, "Accra")
        XCTAssertEqual(articles[0].paragraphs.count, 2)
        XCTAssertEqual(articles[1].published, PartialDate(year: 2024, month: 1, day: 3))
        XCTAssertNil(articles[1].dateline)
    }

    func testJSONLinesErrorsNameTheLine() {
        XCTAssertThrowsError(try parser.parse(text: "{\"headline\": \"a\", \"body\": \"b\"}\n{oops", origin: "f.jsonl", format: .jsonLines)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "line 2: not valid JSON at column 2")
        }
        // Read as a feed, the good lines are kept and each bad one is named.
        let feed = try? parser.read(text: "{\"headline\": \"a\", \"body\": \"b c.\"}\n{oops\n\n[1]\n{\"headline\": \"d\", \"body\": \"e.\"}",
                                    origin: "f.jsonl", format: .jsonLines)
        XCTAssertEqual(feed?.articles.map(\.origin), ["f.jsonl#1", "f.jsonl#5"])
        XCTAssertEqual(feed?.failures.map(\.problem), ["line 2: not valid JSON at column 2", "line 4: not a JSON object"])
        XCTAssertEqual(feed?.isFeed, true)
        XCTAssertThrowsError(try parser.parse(text: "[1, 2]", origin: "f.jsonl", format: .jsonLines)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "line 1: not a JSON object")
        }
        XCTAssertThrowsError(try parser.parse(text: "{\"body\": \"b\"}", origin: "f.jsonl", format: .jsonLines)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "line 1: no headline found")
        }
    }

    // MARK: sentences

    func testSentenceSplittingKeepsAbbreviationsDecimalsAndQuotes() throws {
        let text = "Mr. Khan met Dr. Ali on Sept. 4 in St. Louis. The U.N. agency said 2.5 per cent more came. \"Stop. Now,\" she said. J. R. Doe agreed."
        let a = try parse("Headline\n" + text)
        let sentences = a.paragraphs[0].sentences
        XCTAssertEqual(sentences.map(\.text), [
            "Mr. Khan met Dr. Ali on Sept. 4 in St. Louis.",
            "The U.N. agency said 2.5 per cent more came.",
            "\"Stop. Now,\" she said.",
            "J. R. Doe agreed.",
        ])
        for s in sentences {
            let chars = Array(a.paragraphs[0].text)
            XCTAssertEqual(String(chars[s.start..<s.end]), s.text)
        }
        XCTAssertEqual(sentences.map(\.index), [0, 1, 2, 3])
    }

    func testNonASCIIOffsetsCountCharacters() throws {
        let a = try parse("Headline\nMaría Pérez spoke first. Then Íñigo spoke.")
        let s = a.paragraphs[0].sentences
        XCTAssertEqual(s.count, 2)
        XCTAssertEqual(s[1].start, 25)
        XCTAssertEqual(s[1].text, "Then Íñigo spoke.")
    }

    // MARK: files and errors

    func testWindows1252FallbackWarns() throws {
        var bytes = Array("Caf".utf8) + [0xE9] + Array(" owners fined\nPARIS: Owners said ".utf8) + [0x93] + Array("no".utf8) + [0x94] + Array(".".utf8)
        bytes += Array("\n".utf8)
        let path = try temporaryFile("latin.txt", Data(bytes))
        var warnings: [String] = []
        let a = try XCTUnwrap(parser.parse(fileAt: path, warnings: &warnings).first)
        XCTAssertEqual(a.headline, "Café owners fined")
        XCTAssertEqual(a.paragraphs[0].text, "PARIS: Owners said “no”.")
        XCTAssertEqual(warnings.count, 1)
    }

    func testFileErrors() throws {
        var warnings: [String] = []
        XCTAssertThrowsError(try parser.parse(fileAt: "/nonexistent/brief/article.txt", warnings: &warnings)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "no such file")
        }
        let empty = try temporaryFile("empty.txt", Data("  \n\n".utf8))
        XCTAssertThrowsError(try parser.parse(fileAt: empty, warnings: &warnings)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "file is empty")
        }
        let binary = try temporaryFile("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]))
        XCTAssertThrowsError(try parser.parse(fileAt: binary, warnings: &warnings)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "binary file, not an article")
        }
        let headlineOnly = try temporaryFile("short.txt", Data("Just a headline\n".utf8))
        XCTAssertThrowsError(try parser.parse(fileAt: headlineOnly, warnings: &warnings)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "no body text found")
            XCTAssertTrue(($0 as? ArticleError)?.description.hasPrefix(headlineOnly) ?? false)
        }
        XCTAssertThrowsError(try parser.parse(text: "---\ntitle: ''\n---\n\nBody only.", origin: "x.md", format: .markdown)) {
            XCTAssertEqual(($0 as? ArticleError)?.problem, "no headline found")
        }
    }

    func testFormatDetection() {
        XCTAssertEqual(ArticleParser.format(forPath: "a.md", content: "x"), .markdown)
        XCTAssertEqual(ArticleParser.format(forPath: "a.markdown", content: "x"), .markdown)
        XCTAssertEqual(ArticleParser.format(forPath: "a.ndjson", content: "x"), .jsonLines)
        XCTAssertEqual(ArticleParser.format(forPath: "a.jsonl", content: "x"), .jsonLines)
        XCTAssertEqual(ArticleParser.format(forPath: "a.txt", content: "---\ntitle: x\n---\nbody"), .markdown)
        XCTAssertEqual(ArticleParser.format(forPath: "feed", content: "{\"headline\": \"x\"}\n"), .jsonLines)
        XCTAssertEqual(ArticleParser.format(forPath: "a.txt", content: "Headline\nBody."), .plainText)
    }
}

final class WrappedTextTests: XCTestCase {
    func testHardWrappedParagraphsAreJoined() throws {
        let text = """
        Patrols stepped up along the coast
        Shore Times
        2024-02-01

        KARACHI: The maritime agency said on Monday that it
        had doubled night patrols along the coast after a rise
        in departures.

        Officials said the patrols would continue until the
        end of the season.
        """
        let a = try XCTUnwrap(ArticleParser().parse(text: text, origin: "w.txt", format: .plainText).first)
        XCTAssertEqual(a.paragraphs.count, 2)
        XCTAssertEqual(a.paragraphs[0].text, "KARACHI: The maritime agency said on Monday that it had doubled night patrols along the coast after a rise in departures.")
        XCTAssertEqual(a.dateline, "Karachi")
    }

    func testMarkdownParagraphLinesAreJoined() throws {
        let text = "---\ntitle: T\n---\n\nFirst line of a paragraph\ncontinues here.\n\nSecond paragraph."
        let a = try XCTUnwrap(ArticleParser().parse(text: text, origin: "w.md", format: .markdown).first)
        XCTAssertEqual(a.paragraphs.map(\.text), ["First line of a paragraph continues here.", "Second paragraph."])
    }
}
