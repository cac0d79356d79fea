import BriefArticle
import BriefModel
import Foundation
import XCTest
@testable import BriefExtract

/// Word lists live in data files (`"lexicons"` in the gazetteer files), and a user's file extends them
/// without code: a cue word added through `--gazetteer` changes what the rules find.
final class LexiconTests: XCTestCase {
    /// Every rule's lexicons are in the bundled files (else loading fails, naming the list), none is empty,
    /// and no bundled list goes unread (a misspelt name in a file would be silently ignored).
    func testEveryLexiconARuleReadsIsBundledFilledAndRead() throws {
        let gazetteers = try Gazetteers.bundled()
        XCTAssertFalse(gazetteers.lexiconGroups.isEmpty)
        for (namespace, lists) in gazetteers.lexiconGroups {
            for child in Mirror(reflecting: lists).children {
                let count = (child.value as? LexiconList)?.count
                XCTAssertNotNil(count, "\(namespace).\(child.label ?? "?") is not a word list")
                XCTAssertNotEqual(count, 0, "lexicon \(namespace).\(child.label ?? "?") is empty")
            }
            XCTAssertEqual(gazetteers.lexicons.unread(by: lists, namespace: namespace), [], "\(namespace) lexicons no rule reads")
        }
        let namespaces = gazetteers.lexiconGroups.map(\.namespace)
        let prefixes = Set(gazetteers.lexicons.names.compactMap { $0.split(separator: ".").first.map(String.init) })
        XCTAssertEqual(prefixes.subtracting(namespaces), [], "lexicon namespaces no rule reads")
    }

    /// A phrase in a lexicon may leave words out `(the)` and offer alternatives `of|from`; the longest match wins.
    func testTokenPhrasesMatchOptionalAndAlternativeWords() {
        let phrase = TokenPhrase("with (the) (financial|technical) support of|from")
        func end(_ text: String) -> Int? { phrase.match(Tokenizer.tokens(text), at: 0) }
        XCTAssertEqual(end("with support from the EU"), 3)
        XCTAssertEqual(end("with the financial support of Japan"), 5)
        XCTAssertNil(end("with the support"))
        XCTAssertNil(end("with the legal support of Japan"))
        let set = TokenPhraseSet(["hosted by", "hosted"])
        XCTAssertEqual(set.matches(in: Tokenizer.tokens("It was hosted by Oman and hosted well")).map(\.end), [4, 7])
    }

    /// A user's gazetteer file adds a speech verb, a title word and a town, and the rules read them without code.
    func testAUserFileAddsASpeechVerbATitleAndATown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let overlay = folder.appendingPathComponent("extra.json")
        try Data(#"{"speechVerbs": ["grumbled"], "titleWords": ["Warden"], "places": {"Qasr Bint Ali": "Libya"}}"#.utf8).write(to: overlay)
        let bundled = try Gazetteers.bundled()
        let extended = try bundled.merging(fileAt: overlay.path)
        let text = """
        A headline for the test
        Test Outlet
        2024-05-15

        KARACHI: "We cannot stop the boats with fences alone," grumbled Tomasz Wierzbicki, the director of the Baltic Border Institute.

        The migrants had set off from Qasr Bint Ali for Italy in March, said Chief Warden Hamid Oluwole.
        """
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "t.txt", format: .plainText).first)
        let before = FactExtractor(gazetteers: bundled).extract(from: article)
        let after = FactExtractor(gazetteers: extended).extract(from: article)
        XCTAssertFalse(before.speakers.contains { $0.name == "Tomasz Wierzbicki" })
        XCTAssertTrue(after.speakers.contains { $0.name == "Tomasz Wierzbicki" })
        XCTAssertEqual(before.routes.map(\.countries), [])
        XCTAssertEqual(after.routes.map(\.countries), [["Libya", "Italy"]])
        XCTAssertEqual(after.speakers.first { $0.name == "Hamid Oluwole" }?.title, "Chief Warden")
    }

    func testAMissingLexiconIsNamed() throws {
        var lists = try Gazetteers.bundled().lists
        lists.lexicons?["route.cue.origin"] = nil
        XCTAssertThrowsError(try Gazetteers(lists: lists)) { error in
            XCTAssertEqual("\(error)", "Gazetteers: no lexicon named route.cue-origin")
        }
    }

    func testLongerCuesAreTriedBeforeTheWordsTheyEndWith() throws {
        let cues = try Gazetteers.bundled().routeWords.cues
        let lengths = cues.map(\.words.count)
        XCTAssertEqual(lengths, lengths.sorted(by: >), "cues are ordered longest first")
        // "left for" ends a journey although "left" starts one; "set off from" starts one.
        XCTAssertEqual(cues.first { $0.words == ["left", "for"] }?.cue, .destination)
        XCTAssertEqual(cues.first { $0.words == ["set", "off", "from"] }?.cue, .origin)
    }

    /// Three sentences with a passage word the bundled lists lack: without the user's file the passage is
    /// missed, with it the journey runs through it.
    func testAUserLexiconAddsACueWithoutCode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let overlay = folder.appendingPathComponent("cues.json")
        try Data(#"{"lexicons": {"route.cue.transit": ["skirting", "hugging"]}}"#.utf8).write(to: overlay)
        let bundled = try Gazetteers.bundled()
        let extended = try bundled.merging(fileAt: overlay.path)

        let cases: [(String, [String])] = [
            ("Smugglers drove the group out of Niger skirting Algeria and on to Libya last week, officials said.",
             ["Niger", "Algeria", "Libya"]),
            ("The boat left from Senegal hugging Mauritania until it reached the Canary Islands, the survivors said.",
             ["Senegal", "Mauritania", "Spain"]),
            ("They walked from Eritrea skirting Sudan towards Egypt, where they were held for ransom.",
             ["Eritrea", "Sudan", "Egypt"]),
        ]
        for (sentence, expected) in cases {
            let text = "A headline for the test\nTest Outlet\n2024-05-15\n\nAGADEZ — \(sentence)"
            let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "t.txt", format: .plainText).first)
            let plain = FactExtractor(gazetteers: bundled).extract(from: article).routes.map(\.countries)
            let withOverlay = FactExtractor(gazetteers: extended).extract(from: article).routes.map(\.countries)
            XCTAssertFalse(plain.contains(expected), "without the overlay: \(plain)")
            XCTAssertEqual(withOverlay, [expected], sentence)
        }
    }
}
