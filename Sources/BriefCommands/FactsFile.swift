import BriefModel
import BriefRuntime
import Foundation

/// Reading a facts file for `brief render`: JSON that is not valid is reported with its line and column, a newer
/// `schemaVersion` is refused, and every difference from the facts schema is listed in one error line.
enum FactsFile {
    /// The bundled schema, read once.
    static let schema: Result<FactsSchema, Error> = Result { try FactsSchema.bundled() }

    /// The bundled schema, or exit 69 naming where it was looked for.
    static func loadedSchema() throws -> FactsSchema {
        do { return try schema.get() } catch {
            throw Failure(.unavailable, path: "facts.schema.json", problem: "the bundled schema cannot be read (\(error))")
        }
    }

    /// The facts objects of `data`: one JSON object, or one per line (what `brief extract` writes for a feed),
    /// each checked against the schema. In a feed a line that is not valid facts is a failure naming its
    /// line, and the other lines still count; a file that is neither is one failure.
    static func objects(in data: Data, path: String) throws -> (objects: [(line: Int?, data: Data)], failures: [Failure]) {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            return try lines(of: data, path: path, error)
        }
        return ([(nil, try checked(object, data, path: path))], [])
    }

    private static func lines(of data: Data, path: String, _ firstError: Error) throws -> (objects: [(line: Int?, data: Data)], failures: [Failure]) {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 } }
        // A file whose first line is no JSON object is not a feed: report where the JSON breaks.
        guard lines.count > 1, let first = lines.first, (try? JSONSerialization.jsonObject(with: Data(first.element))) is [String: Any] else {
            throw Failure(.badInput, path: path, problem: invalidJSON(firstError, in: data))
        }
        var objects: [(line: Int?, data: Data)] = []
        var failures: [Failure] = []
        for (index, bytes) in lines {
            let line = Data(bytes)
            do {
                let object: Any
                do { object = try JSONSerialization.jsonObject(with: line) } catch {
                    throw Failure(.badInput, path: path, problem: invalidJSON(error, in: line))
                }
                objects.append((index + 1, try checked(object, line, path: path)))
            } catch let failure as Failure {
                failures.append(Failure(failure.kind, path: failure.path, problem: "line \(index + 1): \(failure.problem)"))
            }
        }
        return (objects, failures)
    }

    /// `data`, whose JSON is `object`, if its version is one this brief reads and it matches the schema.
    private static func checked(_ object: Any, _ data: Data, path: String) throws -> Data {
        if let version = (object as? [String: Any])?["schemaVersion"] as? NSNumber,
           String(cString: version.objCType) != "c", version.doubleValue > Double(FactsSchema.version) {
            throw Failure(.badInput, path: path, problem: "schemaVersion \(version.stringValue) is newer than this brief reads "
                          + "(\(FactsSchema.version)): use a newer brief, or extract the facts again")
        }
        let problems = try loadedSchema().problems(in: object)
        if problems.count == 1 { throw Failure(.badInput, path: path, problem: problems[0]) }
        if problems.count > 1 {
            throw Failure(.badInput, path: path, problem: "\(problems.count) problems: " + problems.joined(separator: "; "))
        }
        return data
    }

    /// "not valid JSON at line 3, column 12 (Invalid value)" where the parser gave a place.
    static func invalidJSON(_ error: Error, in data: Data) -> String {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        var offset: Int?
        var reason = detail
        if let range = detail.range(of: #"around character \d+"#, options: .regularExpression) {
            offset = detail[range].split(separator: " ").last.flatMap { Int($0) }
            reason = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        } else if let range = detail.range(of: #"Number \S+ is not representable"#, options: .regularExpression) {
            let number = detail[range].split(separator: " ")[1]
            reason = "the number \(number) is too large"
            offset = data.firstRange(of: Data(number.utf8))?.lowerBound
        } else if detail.contains("end of file") {
            offset = data.count
            reason = "the file ends inside a value"
        }
        guard let offset else { return detail.isEmpty ? "not valid JSON" : "not valid JSON (\(detail))" }
        let before = data.prefix(min(offset, data.count))
        let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return "not valid JSON at line \(line), column \(column)" + (reason.isEmpty ? "" : " (\(reason.lowercased()))")
    }
}
