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

    /// The JSON object of `data` (one object, or a JSON lines file holding one line), checked against the schema.
    static func object(in data: Data, path: String) throws -> Data {
        let (object, objectData) = try parse(data, path: path)
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
        return objectData
    }

    private static func parse(_ data: Data, path: String) throws -> (Any, Data) {
        let firstError: Error
        do { return (try JSONSerialization.jsonObject(with: data), data) } catch { firstError = error }
        // What `brief extract` writes for a feed: one object per line.
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 } }
        if lines.count > 1 {
            let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
            if objects.count == lines.count {
                throw Failure(.badInput, path: path, problem: "holds \(lines.count) facts objects, one per line (as `brief extract` "
                              + "writes for a feed); render reads one: put each line in a file of its own, or run `brief build` on the feed")
            }
        }
        throw Failure(.badInput, path: path, problem: invalidJSON(firstError, in: data))
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
