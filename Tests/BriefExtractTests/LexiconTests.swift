import BriefArticle
import BriefModel
import Foundation
import XCTest
@testable import BriefExtract

/// Word lists live in data files (`"lexicons"` in the gazetteer files), and a user's file extends them
/// without code: a cue word added through `--gazetteer` changes what the rules find.
final class LexiconTests: XCTestCase {
    func testEveryLexiconTheRouteRuleReadsIsBundledAndFilled() throws {
        let lexicons = try Gazetteers.bundled().lexicons
        for name in RouteWords.lexiconNames {
            XCTAssertTrue(lexicons.names.contains(name), "no lexicon \(name) in the bundled gazetteers")
            XCTAssertFalse(lexicons.phrases(name).isEmpty, "lexicon \(name) is empty")
        }
        // No bundled route lexicon goes unread (a misspelt name in a file would be silently ignored).
        let unread = lexicons.names.filter { $0.hasPrefix("route.") && !RouteWords.lexiconNames.contains($0) }
        XCTAssertEqual(unread, [], "route lexicons no rule reads")
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
