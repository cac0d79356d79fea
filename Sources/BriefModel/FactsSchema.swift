import Foundation

/// The JSON Schema (draft 2020-12) of a facts file, kept as the resource `facts.schema.json`, and a checker for
/// the part of the schema language it uses: `type`, `properties`, `required`, `items`, `enum`, `pattern`,
/// `minimum`, `maximum` and `$ref` to `#/$defs/…`. `brief schema` prints it; `brief render` checks files with it.
public struct FactsSchema: @unchecked Sendable {
    /// The version `brief extract` writes as `schemaVersion`; a file without one is version 1.
    public static let version = 1

    /// The schema as written in the resource.
    public let text: String
    private let root: [String: Any]

    /// The bundled schema (see `ResourceFolders`).
    public static func bundled() throws -> FactsSchema {
        try FactsSchema(data: Data(contentsOf: ResourceFolders.locate("facts.schema.json", target: "BriefModel")))
    }

    public init(data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.root = root
        self.text = String(decoding: data, as: UTF8.self)
    }

    /// Every place where `json` (as `JSONSerialization` reads it) differs from the schema (keys in alphabetical order):
    /// `incidents[1].dead: expected an integer or null, found "many"`.
    public func problems(in json: Any) -> [String] {
        var found: [String] = []
        check(json, against: root, at: "", into: &found)
        return found
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [String]) {
        func report(_ problem: String) { found.append(path.isEmpty ? problem : "\(path): \(problem)") }
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else { return report("the schema's \(reference) is missing") }
            let before = found.count
            check(value, against: target, at: path, into: &found)
            if found.count > before { return }  // one problem per value
        }
        let kind = JSONKind(value)
        if let types = Self.types(schema), !types.contains(where: { kind.isInstance(of: $0) }) {
            return report("expected \(describe(schema, types: types)), found \(kind.describe(value, briefly: !types.allSatisfy(JSONKind.isScalar)))")
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { JSONKind.equal($0, value) }) {
            let names = options.map { JSONKind($0).describe($0, briefly: false) }
            return report("expected one of \(names.joined(separator: ", ")), found \(kind.describe(value, briefly: false))")
        }
        switch kind {
        case .string(let string):
            if let pattern = schema["pattern"] as? String,
               string.range(of: pattern, options: .regularExpression) == nil {
                report("\(kind.describe(value, briefly: false)) is not \(schema["title"] as? String ?? "in the form \(pattern)")")
            }
        case .number(let number, _):
            let name = schema["title"] as? String ?? "allowed"
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum {
                report("\(kind.describe(value, briefly: false)) is not \(name) (\(Self.show(minimum)) or more)")
            } else if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum {
                report("\(kind.describe(value, briefly: false)) is not \(name) (at most \(Self.show(maximum)))")
            }
        case .object(let object):
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                report("lacks \"\(key)\"")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                guard let property = properties[key] as? [String: Any], let item = object[key] else { continue }
                check(item, against: property, at: path.isEmpty ? key : "\(path).\(key)", into: &found)
            }
        case .array(let items):
            guard let itemSchema = schema["items"] as? [String: Any] else { break }
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, at: "\(path)[\(index)]", into: &found)
            }
        default:
            break
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private static func types(_ schema: [String: Any]) -> [String]? {
        if let one = schema["type"] as? String { return [one] }
        return schema["type"] as? [String]
    }

    /// "an object with "name"", "an integer or null", "a string".
    private func describe(_ schema: [String: Any], types: [String]) -> String {
        types.map { type -> String in
            switch type {
            case "object":
                let required = (schema["required"] as? [String] ?? []).map { "\"\($0)\"" }
                return required.isEmpty ? "an object" : "an object with " + required.joined(separator: " and ")
            case "array": return "an array"
            case "integer": return "an integer"
            case "null": return "null"
            default: return "a \(type)"
            }
        }.joined(separator: " or ")
    }

    private static func show(_ number: Double) -> String {
        number == number.rounded() && abs(number) <= 1e15 ? String(Int64(number)) : "\(number)"
    }
}

/// What a value read by `JSONSerialization` is, telling booleans from numbers.
private enum JSONKind {
    case null, boolean(Bool), number(Double, integral: Bool), string(String), array([Any]), object([String: Any])

    init(_ value: Any) {
        switch value {
        case let string as String: self = .string(string)
        case let array as [Any]: self = .array(array)
        case let object as [String: Any]: self = .object(object)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { self = .boolean(number.boolValue); return }
            let double = number.doubleValue
            self = .number(double, integral: double.isFinite && double == double.rounded())
        default: self = .null
        }
    }

    static func isScalar(_ type: String) -> Bool { type != "object" && type != "array" }

    func isInstance(of type: String) -> Bool {
        switch (self, type) {
        case (.null, "null"), (.boolean, "boolean"), (.number, "number"), (.string, "string"), (.array, "array"),
             (.object, "object"): return true
        case (.number(_, let integral), "integer"): return integral
        default: return false
        }
    }

    /// The value itself ("many", 5, true), or with `briefly` its kind ("a string").
    func describe(_ value: Any, briefly: Bool) -> String {
        switch self {
        case .null: return "null"
        case .boolean(let b): return briefly ? "a boolean" : "\(b)"
        case .number(let n, let integral):
            if briefly { return "a number" }
            if let decimal = value as? NSDecimalNumber { return decimal.stringValue }
            return integral && abs(n) < 1e15 ? String(Int64(n)) : "\(n)"
        case .string(let s):
            if briefly { return "a string" }
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "\"" + shown.replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        switch (JSONKind(a), JSONKind(b)) {
        case let (.string(x), .string(y)): return x == y
        case let (.number(x, _), .number(y, _)): return x == y
        case let (.boolean(x), .boolean(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }
}
