import BriefArticle
import BriefExtract
import BriefModel
import Foundation
import XCTest

/// Runs every example sentence of the rule files (`Sources/BriefExtract/Gazetteers/examples/*.jsonl`).
///
/// Each line of an example file is one JSON object:
/// - `rule`: the name of the rule or construction the example is for (`speaker.members-including`);
/// - `text`: the article's body, in the project's own words; `dateline` (default `"KARACHI: "`) goes before
///   it and the article is published on Wednesday 15 May 2024 unless `published` (`YYYY-MM-DD`) says otherwise;
///   `article` instead gives a whole article, header and all;
/// - `expect`: facts the extraction must give, shaped as `brief extract` writes them but holding only the
///   fields that matter: an object matches when each of its fields matches, a list of objects when each
///   expected object matches a different object of the list, any other value when it is equal;
/// - `exact` (optional): names of top-level lists that must hold exactly the expected objects, no more;
/// - `absent` (optional): facts that must not be given, in the same shape (each object must match none).
final class RuleExampleTests: XCTestCase {
    static let gazetteers = try! Gazetteers.bundled()

    struct Example {
        var file: String
        var line: Int
        var object: [String: Any]
        var rule: String { object["rule"] as? String ?? "(no rule)" }
        var place: String { "\(file):\(line) [\(rule)]" }
    }

    static var exampleFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BriefExtract/Gazetteers/examples")
    }

    static func loadExamples() throws -> [Example] {
        let files = try FileManager.default.contentsOfDirectory(at: exampleFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var examples: [Example] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
                let place = "\(file.lastPathComponent):\(index + 1)"
                guard let object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                    throw ExampleFileError(description: "\(place): not a JSON object")
                }
                guard object["text"] is String || object["article"] is String else {
                    throw ExampleFileError(description: "\(place): needs \"text\" or \"article\"")
                }
                guard object["expect"] is [String: Any] || object["absent"] is [String: Any] else {
                    throw ExampleFileError(description: "\(place): needs \"expect\" or \"absent\"")
                }
                examples.append(Example(file: file.lastPathComponent, line: index + 1, object: object))
            }
        }
        return examples
    }

    struct ExampleFileError: Error, CustomStringConvertible { var description: String }

    func facts(of example: Example) throws -> [String: Any] {
        let text: String
        if let whole = example.object["article"] as? String {
            text = whole
        } else {
            let body = example.object["text"] as? String ?? ""
            let dateline = example.object["dateline"] as? String ?? "KARACHI: "
            let published = example.object["published"] as? String ?? "2024-05-15"
            text = "A headline for the test\nTest Outlet\n\(published)\n\n\(dateline)\(body)"
        }
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "example.txt", format: .plainText).first)
        let facts = FactExtractor(gazetteers: Self.gazetteers).extract(from: article)
        let data = try JSONEncoder().encode(facts)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Whether `actual` holds what `expected` asks for (see the type's comment).
    static func matches(_ expected: Any, _ actual: Any?) -> Bool {
        guard let actual else { return expected is NSNull }
        switch expected {
        case let object as [String: Any]:
            guard let a = actual as? [String: Any] else { return false }
            return object.allSatisfy { key, value in matches(value, a[key]) }
        case let list as [Any] where list.contains(where: { $0 is [String: Any] }):
            guard let a = actual as? [Any] else { return false }
            return assign(list, to: a)
        case let list as [Any]:
            guard let a = actual as? [Any], a.count == list.count else { return false }
            return zip(list, a).allSatisfy { matches($0, $1) }
        case let number as NSNumber:
            return (actual as? NSNumber) == number
        case let string as String:
            return (actual as? String) == string
        default:
            return expected is NSNull && actual is NSNull
        }
    }

    /// Whether each expected object matches a different actual object (tried in order, with backtracking).
    static func assign(_ expected: [Any], to actual: [Any], used: Set<Int> = []) -> Bool {
        guard let first = expected.first else { return true }
        for (i, candidate) in actual.enumerated() where !used.contains(i) && matches(first, candidate) {
            if assign(Array(expected.dropFirst()), to: actual, used: used.union([i])) { return true }
        }
        return false
    }

    static func render(_ value: Any?) -> String {
        guard let value, JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else {
            return String(describing: value ?? "nothing")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The facts a reader would compare: evidence and contexts left out.
    static func summary(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]:
            var kept: [String: Any] = [:]
            for (k, v) in object where !["evidence", "statements", "context", "origin", "schemaVersion"].contains(k) {
                kept[k] = summary(v)
            }
            return kept
        case let list as [Any]:
            return list.map(summary)
        default:
            return value
        }
    }

    func testEveryRuleExampleGivesItsFacts() throws {
        let examples = try Self.loadExamples()
        XCTAssertFalse(examples.isEmpty, "no rule examples found in \(Self.exampleFolder.path)")
        var failures = 0
        for example in examples {
            let facts = try facts(of: example)
            var problems: [String] = []
            if let expect = example.object["expect"] as? [String: Any] {
                for (key, value) in expect.sorted(by: { $0.key < $1.key }) where !Self.matches(value, facts[key]) {
                    problems.append("expected \(key) \(Self.render(value)), got \(Self.render(Self.summary(facts[key] ?? NSNull())))")
                }
                for key in example.object["exact"] as? [String] ?? [] {
                    let want = (expect[key] as? [Any])?.count ?? 0
                    let got = (facts[key] as? [Any])?.count ?? 0
                    if want != got {
                        problems.append("expected exactly \(want) \(key), got \(got): \(Self.render(Self.summary(facts[key] ?? NSNull())))")
                    }
                }
            }
            if let absent = example.object["absent"] as? [String: Any] {
                for (key, value) in absent.sorted(by: { $0.key < $1.key }) {
                    let unwanted = (value as? [Any]) ?? [value]
                    let got = (facts[key] as? [Any]) ?? (facts[key].map { [$0] } ?? [])
                    for item in unwanted where got.contains(where: { Self.matches(item, $0) }) {
                        problems.append("did not expect \(key) \(Self.render(item))")
                    }
                }
            }
            if !problems.isEmpty {
                failures += 1
                XCTFail("\(example.place): " + problems.joined(separator: "; "))
            }
        }
        print("rule examples: \(examples.count - failures) of \(examples.count) give their facts, "
              + "\(Set(examples.map(\.rule)).count) rules")
    }

    func testTheMatcherCanFail() {
        XCTAssertTrue(Self.matches(["name": "A"], ["name": "A", "title": "T"]))
        XCTAssertFalse(Self.matches(["name": "A"], ["name": "B"]))
        XCTAssertFalse(Self.matches([["name": "A"], ["name": "A"]], [["name": "A"]]))
        XCTAssertTrue(Self.matches(["countries": ["Iran", "Turkey"]], ["countries": ["Iran", "Turkey"]]))
        XCTAssertFalse(Self.matches(["countries": ["Iran"]], ["countries": ["Iran", "Turkey"]]))
        XCTAssertFalse(Self.matches(["dead": 3], ["dead": 4]))
        XCTAssertFalse(Self.matches(["dead": 3], [String: Any]()))
    }
}
