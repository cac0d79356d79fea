import BriefModel
import Foundation
import XCTest

/// Facts files: `brief schema` describes what `extract` writes (checked here by a walker of its own, not the
/// one `render` uses), `render` lists every mismatch of a broken file in one line, refuses numbers out of range
/// and newer schema versions, places JSON syntax errors, and renders a feed's facts (one object per line) into a folder.
extension EndToEndTests {
    func schema() throws -> [String: Any] {
        let run = try brief(["schema"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        return schema
    }

    func testTheSchemaDescribesWhatExtractWrites() throws {
        let schema = try schema()
        let folder = Self.packageRoot.appendingPathComponent("Tests/BriefExtractTests/Development/articles")
        var articles = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        articles.append(Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path)
        XCTAssertGreaterThan(articles.count, 10)
        var walker = SchemaWalker(root: schema)
        for article in articles {
            let out = scratch.appendingPathComponent("facts.json").path
            let run = try brief(["extract", article, "-o", out])
            XCTAssertEqual(run.status, 0, run.stderr)
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out)))
            XCTAssertEqual((json as? [String: Any])?["schemaVersion"] as? Int, 1, article)
            XCTAssertEqual(walker.problems(json), [], article)
            // And render takes it back.
            XCTAssertEqual(try brief(["render", out, "-o", scratch.appendingPathComponent("f.pdf").path]).status, 0, article)
        }
        // The articles reach every part of the schema that matters, so a wrong part would have shown.
        for place in ["incidents[].dead", "incidents[].date", "figures[].value", "timeline[].date", "organisers[].name",
                      "speakers[].statements[].start", "routes[].countries[]", "event.kind", "published"] {
            XCTAssertTrue(walker.visited.contains(place), "no article has \(place): \(walker.visited.sorted())")
        }
        // The walker can fail.
        XCTAssertEqual(walker.problems(["headline": 3, "incidents": [["dead": -1]]]).count, 2)
        // The bounds in the schema are the ones extraction keeps to.
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let count = try XCTUnwrap(defs["count"] as? [String: Any])
        XCTAssertEqual((count["minimum"] as? NSNumber)?.intValue, FactLimits.counts.lowerBound)
        XCTAssertEqual((count["maximum"] as? NSNumber)?.intValue, FactLimits.counts.upperBound)
        let figure = try XCTUnwrap(((((schema["properties"] as? [String: Any])?["figures"] as? [String: Any])?["items"]
            as? [String: Any])?["properties"] as? [String: Any])?["value"] as? [String: Any])
        XCTAssertEqual((figure["maximum"] as? NSNumber)?.doubleValue, FactLimits.figures.upperBound)
        XCTAssertEqual((figure["minimum"] as? NSNumber)?.doubleValue, FactLimits.figures.lowerBound)
    }

    func testABrokenFactsFileListsEveryMismatch() throws {
        let sample = Self.packageRoot.appendingPathComponent("reports/samples/islamabad-conference.txt").path
        let facts = scratch.appendingPathComponent("facts.json").path
        XCTAssertEqual(try brief(["extract", sample, "-o", facts]).status, 0)
        var json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: facts))) as? [String: Any])
        var organisers = try XCTUnwrap(json["organisers"] as? [Any])
        organisers[0] = "UNODC"
        json["organisers"] = organisers
        json["incidents"] = [["dead": 3], ["dead": "many", "date": "2024-13"]]
        json["event"] = ["kind": "party"]
        json["routes"] = [["countries": "Pakistan"]]
        json["figures"] = [["unit": "USD"]]
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: facts))
        let pdf = scratch.appendingPathComponent("x.pdf").path
        try expectFailure(["render", facts, "-o", pdf], status: 65, naming: facts)
        let stderr = try brief(["render", facts, "-o", pdf]).stderr
        XCTAssertTrue(stderr.hasPrefix("brief: error: \(facts): 6 problems: "), stderr)
        for expected in ["event.kind: expected one of \"conference\", \"incident\", \"arrest\", \"statement\", \"other\", found \"party\"",
                         "figures[0]: lacks \"value\"",
                         "incidents[1].date: \"2024-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, year 1000 to 9999)",
                         "incidents[1].dead: expected an integer or null, found \"many\"",
                         "organisers[0]: expected an object with \"name\", found a string",
                         "routes[0].countries: expected an array, found a string"] {
            XCTAssertTrue(stderr.contains(expected), "missing \(expected) in \(stderr)")
        }
    }

    func testNumbersOutOfRangeInAFactsFileAreRefused() throws {
        let facts = scratch.appendingPathComponent("facts.json").path
        let cases: [(String, String)] = [
            (#""incidents": [{"dead": -5}]"#, "incidents[0].dead: -5 is not a count (0 or more)"),
            (#""incidents": [{"dead": -9223372036854775808}]"#, "incidents[0].dead: -9223372036854775808 is not a count (0 or more)"),
            (#""incidents": [{"missing": 1e30}]"#, "incidents[0].missing: 1e+30 is not a count (at most 999999999999)"),
            (#""incidents": [{"survivors": 99999999999999999999}]"#, "incidents[0].survivors: 99999999999999999999 is not a count (at most 999999999999)"),
            (#""incidents": [{"dead": 2.5}]"#, "incidents[0].dead: expected an integer or null, found 2.5"),
            (#""figures": [{"value": -1, "unit": "USD"}]"#, "figures[0].value: -1 is not a figure (0 or more)"),
            (#""figures": [{"value": 1e300, "unit": "USD"}]"#, "figures[0].value: 1e+300 is not a figure (at most 1000000000000000)"),
            (#""published": "0000""#, "published: \"0000\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, year 1000 to 9999)"),
            (#""timeline": [{"date": "999999", "label": "x"}]"#, "timeline[0].date: \"999999\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD, year 1000 to 9999)"),
            (#""published": 2024"#, "published: expected a string or null, found 2024"),
            ("\"figures\": [{\"value\": 1e400, \"unit\": \"USD\"}]", "not valid JSON at line 3, column 25 (the number 1e400 is too large)"),
        ]
        for (field, message) in cases {
            try Data("{\n  \"headline\": \"Numbers\",\n  \(field)\n}\n".utf8).write(to: URL(fileURLWithPath: facts))
            let pdf = scratch.appendingPathComponent("x.pdf").path
            try expectFailure(["render", facts, "-o", pdf], status: 65, naming: facts)
            let run = try brief(["render", facts, "-o", pdf])
            XCTAssertEqual(run.stderr, "brief: error: \(facts): \(message)\n", field)
        }
    }

    func testSchemaVersions() throws {
        let facts = scratch.appendingPathComponent("facts.json").path
        let pdf = scratch.appendingPathComponent("x.pdf").path
        try Data(#"{"headline": "Without a version"}"#.utf8).write(to: URL(fileURLWithPath: facts))
        XCTAssertEqual(try brief(["render", facts, "-o", pdf]).status, 0)
        XCTAssertEqual(try tool("qpdf", ["--check", pdf]).status, 0)
        try FileManager.default.removeItem(atPath: pdf)
        try Data(#"{"headline": "From the future", "schemaVersion": 2}"#.utf8).write(to: URL(fileURLWithPath: facts))
        try expectFailure(["render", facts, "-o", pdf], status: 65, naming: facts)
        XCTAssertTrue(try brief(["render", facts, "-o", pdf]).stderr.contains("schemaVersion 2 is newer than this brief reads (1)"))
    }

    func testSyntaxErrorsArePlaced() throws {
        let facts = scratch.appendingPathComponent("facts.json").path
        try Data("{\n  \"headline\": \"x\",\n  \"url\": nope\n}\n".utf8).write(to: URL(fileURLWithPath: facts))
        let run = try brief(["render", facts, "-o", scratch.appendingPathComponent("x.pdf").path])
        XCTAssertEqual(run.status, 65)
        XCTAssertEqual(run.stderr, "brief: error: \(facts): not valid JSON at line 3, column 11 (invalid value)\n")
    }

    func testRenderReadsWhatExtractWritesForAFeed() throws {
        let body = "ISLAMABAD: Officials said on Friday that twelve suspects were arrested for moving migrants from Pakistan to Iran."
        let feed = scratch.appendingPathComponent("feed.jsonl")
        let lines = try ["One case", "Another case", "A third case"].map {
            String(decoding: try JSONSerialization.data(withJSONObject: ["headline": $0, "body": body]), as: UTF8.self)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: feed)
        let facts = scratch.appendingPathComponent("feed.json").path
        XCTAssertEqual(try brief(["extract", feed.path, "-o", facts]).status, 0)
        let written = try String(contentsOfFile: facts, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(written.count, 3)

        // A feed's facts render into a folder, a brief per line, named by line and headline.
        let folder = scratch.appendingPathComponent("briefs").path
        let rendered = try brief(["render", facts, "-o", folder])
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
                       ["1-one-case.pdf", "2-another-case.pdf", "3-a-third-case.pdf"])
        XCTAssertEqual(field("Title", in: try tool("pdfinfo", ["\(folder)/2-another-case.pdf"]).stdout), "Another case")
        // Not into a file, nor to standard output.
        XCTAssertEqual(try brief(["render", facts, "-o", scratch.appendingPathComponent("x.pdf").path]).status, 64)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("x.pdf").path))

        // A broken line is reported with its number; the others are still rendered.
        try FileManager.default.removeItem(atPath: folder)
        let broken = [written[0], #"{"headline": 7}"#, written[2]].joined(separator: "\n") + "\n"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: facts))
        let partly = try brief(["render", facts, "-o", folder])
        XCTAssertEqual(partly.status, 65, partly.stderr)
        XCTAssertTrue(partly.stderr.contains("\(facts): line 2:"), partly.stderr)
        XCTAssertTrue(partly.stderr.contains("1 of 3"), partly.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["1-one-case.pdf", "3-a-third-case.pdf"])

        // One line of it, read from standard input, renders to standard output.
        try Data((written[1] + "\n").utf8).write(to: URL(fileURLWithPath: facts))
        let pdf = scratch.appendingPathComponent("x.pdf").path
        let streamed = try run("/bin/sh", ["-c", "\"$0\" render - -o - < \"$1\" > \"$2\"", Self.binary.path, facts, pdf])
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        XCTAssertEqual(field("Title", in: try tool("pdfinfo", [pdf]).stdout), "Another case")
        XCTAssertEqual(try tool("qpdf", ["--check", pdf]).status, 0)
    }

}

/// A JSON Schema walker for the keywords the facts schema uses, written apart from the one in BriefModel.
struct SchemaWalker {
    let root: [String: Any]
    /// Places seen, with array indices left out ("incidents[].dead").
    var visited: Set<String> = []

    mutating func problems(_ value: Any) -> [String] { walk(value, root, "", "") }

    private mutating func walk(_ value: Any, _ schema: [String: Any], _ path: String, _ place: String) -> [String] {
        if !place.isEmpty { visited.insert(place) }
        var out: [String] = []
        if let ref = schema["$ref"] as? String {
            var node: Any? = root
            for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] }
            guard let target = node as? [String: Any] else { return ["\(path): no \(ref)"] }
            out += walk(value, target, path, place)
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] }
        let number = value as? NSNumber
        let isBool = number.map { String(cString: $0.objCType) == "c" } ?? false
        func matches(_ type: String) -> Bool {
            switch type {
            case "null": return value is NSNull
            case "string": return value is String
            case "object": return value is [String: Any]
            case "array": return value is [Any]
            case "boolean": return isBool
            case "number": return number != nil && !isBool
            case "integer": return number != nil && !isBool && number!.doubleValue.rounded() == number!.doubleValue
            default: return false
            }
        }
        if let types, !types.contains(where: matches) { return out + ["\(path): not \(types)"] }
        if let options = schema["enum"] as? [String], !options.contains(value as? String ?? "\u{0}") { out.append("\(path): not in enum") }
        if let pattern = schema["pattern"] as? String, let s = value as? String, s.range(of: pattern, options: .regularExpression) == nil {
            out.append("\(path): \(s) does not match")
        }
        if let n = number, !isBool {
            if let min = (schema["minimum"] as? NSNumber)?.doubleValue, n.doubleValue < min { out.append("\(path): below minimum") }
            if let max = (schema["maximum"] as? NSNumber)?.doubleValue, n.doubleValue > max { out.append("\(path): above maximum") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path): no \(key)") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    out += walk(item, property, "\(path).\(key)", place.isEmpty ? key : "\(place).\(key)")
                } else if schema["properties"] != nil {
                    out.append("\(path).\(key): not in the schema")  // extract writes only what the schema names
                }
            }
        }
        if let items = value as? [Any], let itemSchema = schema["items"] as? [String: Any] {
            for (i, item) in items.enumerated() { out += walk(item, itemSchema, "\(path)[\(i)]", place + "[]") }
        }
        return out
    }
}
