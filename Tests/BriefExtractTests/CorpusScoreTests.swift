import BriefArticle
import BriefExtract
import BriefModel
import Foundation
import XCTest

/// Extracts every article of the development corpus (`/work/shared/corpus`, found relative to the
/// package), writes the predictions and scores them with the corpus scorer.
/// Set `BRIEF_PRED_DIR` to keep the predictions in a folder of your choice.
final class CorpusScoreTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var corpus: URL? {
        let candidates = [packageRoot.appendingPathComponent("../shared/corpus"), URL(fileURLWithPath: "/work/shared/corpus")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("score.py").path) }?.standardized
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

    /// Runs the scorer and returns its output and the overall F1.
    func score(_ dir: URL, corpus: URL, skipMissing: Bool) throws -> (String, Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", corpus.appendingPathComponent("score.py").path, dir.path, "--per-doc"] + (skipMissing ? ["--skip-missing"] : [])
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

    /// With `BRIEF_ARTICLES_DIR` and `BRIEF_PRED_DIR` set, extracts the articles of any folder (for trying rules on new text).
    func testExtractFolderFromEnvironment() throws {
        let env = ProcessInfo.processInfo.environment
        guard let articles = env["BRIEF_ARTICLES_DIR"], let out = env["BRIEF_PRED_DIR"] else {
            throw XCTSkip("BRIEF_ARTICLES_DIR and BRIEF_PRED_DIR not set")
        }
        try writePredictions(corpus: URL(fileURLWithPath: articles).deletingLastPathComponent(), to: URL(fileURLWithPath: out))
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
}
