import BriefArticle
import BriefExtract
import BriefModel
import Foundation
import XCTest

/// Extracts every article of the development corpus (`../shared/corpus` beside the package) and of the
/// sets kept here (the held-out `Unseen2/`, never used to write the rules; `Unseen/` and `Development/`,
/// which the rules were tuned on), writes the predictions and scores them with the corpus scorer. Set `BRIEF_PRED_DIR` to keep the corpus predictions in a folder of your choice.
final class CorpusScoreTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var corpus: URL? {
        let folder = packageRoot.appendingPathComponent("../shared/corpus").standardized
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("score.py").path) ? folder : nil
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }

    /// Writes `<stem>.json` predictions for the articles whose stems pass `filter`.
    func writePredictions(corpus: URL, to dir: URL, filter: (String) -> Bool = { _ in true }) throws {
        let extractor = FactExtractor(gazetteers: try Gazetteers.bundled())
        let parser = ArticleParser()
        let articles = corpus.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() {
            let stem = (name as NSString).deletingPathExtension
            guard filter(stem) else { continue }
            var warnings: [String] = []
            let parsed = try parser.parse(fileAt: articles.appendingPathComponent(name).path, warnings: &warnings)
            for (i, article) in parsed.enumerated() {
                let facts = extractor.extract(from: article)
                let file = parsed.count == 1 ? stem : "\(stem)-\(i + 1)"
                try Self.encoder().encode(facts).write(to: dir.appendingPathComponent(file + ".json"))
            }
        }
    }

    /// Runs the scorer (against `gold`, by default the corpus's own) and returns its output and the overall F1.
    func score(_ dir: URL, corpus: URL, gold: URL? = nil, skipMissing: Bool) throws -> (String, Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", corpus.appendingPathComponent("score.py").path, dir.path, "--per-doc"]
            + (skipMissing ? ["--skip-missing"] : []) + (gold.map { ["--gold", $0.path] } ?? [])
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let out = String(decoding: data, as: UTF8.self)
        let line = try XCTUnwrap(out.split(separator: "\n").last { $0.hasPrefix("overall F1:") })
        return (out, try XCTUnwrap(Double(line.split(separator: " ").last ?? "")))
    }

    func temporaryFolder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("brief-\(name)-\(UUID().uuidString)")
    }

    func testReferenceArticleScoresPerfectly() throws {
        guard let corpus = Self.corpus else { throw XCTSkip("corpus folder not found") }
        let dir = temporaryFolder("reference")
        defer { try? FileManager.default.removeItem(at: dir) }
        try writePredictions(corpus: corpus, to: dir) { $0.hasPrefix("00-") }
        let (out, overall) = try score(dir, corpus: corpus, skipMissing: true)
        XCTAssertEqual(overall, 1.0, accuracy: 0.0005, out)
    }

    func testWholeCorpusScore() throws {
        guard let corpus = Self.corpus else { throw XCTSkip("corpus folder not found") }
        let keep = ProcessInfo.processInfo.environment["BRIEF_PRED_DIR"].map { URL(fileURLWithPath: $0) }
        let dir = keep ?? temporaryFolder("corpus")
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        try writePredictions(corpus: corpus, to: dir)
        let (out, overall) = try score(dir, corpus: corpus, skipMissing: false)
        print(out)
        XCTAssertGreaterThanOrEqual(overall, 0.95, out)
    }

    /// The thirty articles in the styles of real reports (`../shared/corpus-styles`): speakers without "said",
    /// organisers parted from their verb, journeys told in steps, combined tolls, statistics over a period
    /// (0.702 when the extraction rules became data; the floor holds what they reach now).
    func testArticlesInTheStylesOfRealReportsScore() throws {
        guard let corpus = Self.corpus else { throw XCTSkip("corpus folder not found") }
        let styles = corpus.appendingPathComponent("../corpus-styles").standardized
        guard FileManager.default.fileExists(atPath: styles.appendingPathComponent("gold").path) else {
            throw XCTSkip("\(styles.path) not found")
        }
        let dir = temporaryFolder("styles")
        defer { try? FileManager.default.removeItem(at: dir) }
        try writePredictions(corpus: styles, to: dir)
        let (out, overall) = try score(dir, corpus: corpus, gold: styles.appendingPathComponent("gold"), skipMissing: false)
        print(out)
        XCTAssertGreaterThanOrEqual(overall, CorpusScoreTests.stylesFloor, out)
    }

    /// The floor of `testArticlesInTheStylesOfRealReportsScore`.
    static let stylesFloor = 0.96

    /// Scores one of the sets kept beside this file (`articles/` and `gold/`): the overall F1 and the scorer's report.
    func scoreSet(_ folder: String) throws -> (String, Double) {
        guard let corpus = Self.corpus else { throw XCTSkip("corpus scorer not found") }
        let set = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folder)
        let dir = temporaryFolder(folder)
        defer { try? FileManager.default.removeItem(at: dir) }
        try writePredictions(corpus: set, to: dir)
        let (out, overall) = try score(dir, corpus: corpus, gold: set.appendingPathComponent("gold"), skipMissing: false)
        print(out)
        return (out, overall)
    }

    /// The held-out set (`Unseen2/`), written without sight of the rules and never used to change them: a floor
    /// that catches a rule change that over-fits the corpus at the expense of new text (0.779 when it was added,
    /// 0.857 after rules were generalised on `Development/`).
    func testHeldOutArticlesScore() throws {
        let (out, overall) = try scoreSet("Unseen2")
        XCTAssertGreaterThanOrEqual(overall, 0.84, out)
    }

    /// The blind set (`Blind/`): 26 articles in the styles of real reports, written without sight of the rules
    /// and scored once when the rules were frozen (0.859 overall; routes 0.600, the weakest field). Never used to
    /// change the rules.
    func testBlindArticlesScore() throws {
        let (out, overall) = try scoreSet("Blind")
        XCTAssertGreaterThanOrEqual(overall, 0.85, out)
    }

    /// The first held-out set (`Unseen/`: 0.887 when added), used to tune the rules since the second was written.
    func testRetiredHeldOutArticlesScore() throws {
        let (out, overall) = try scoreSet("Unseen")
        XCTAssertGreaterThanOrEqual(overall, 0.95, out)
    }

    /// Articles written to tune the rules on (`Development/`: routes, speakers and incidents in many wordings;
    /// the first 16 scored 0.814 when added, all 30 score 0.936 after tuning).
    func testDevelopmentArticlesScore() throws {
        let (out, overall) = try scoreSet("Development")
        XCTAssertGreaterThanOrEqual(overall, 0.92, out)
    }
}
