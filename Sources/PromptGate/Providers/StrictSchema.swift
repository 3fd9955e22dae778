/// The subset of JSON Schema a provider's constrained decoding accepts, and the wire schema
/// derived from a test set's full schema: keywords outside the subset dropped (scoring still
/// validates against the full schema), every object closed with `additionalProperties: false`,
/// and — for OpenAI strict mode — optional properties made required and nullable. The rules
/// follow the providers' documentation (see docs/providers.md).
public enum StrictSchema {
    /// Whose rules apply.
    public enum Dialect: String, Sendable {
        /// OpenAI Structured Outputs (`response_format` json_schema with `strict: true`).
        case openAI = "openai"
        /// Anthropic structured tool use (`input_schema` of the forced tool).
        case anthropic
    }

    /// A keyword the provider's strict mode refuses, and where (a JSON Pointer into the schema).
    public struct Dropped: Sendable, Equatable, CustomStringConvertible {
        public let keyword: String
        public let path: String

        public var description: String { "`\(keyword)` at \(path.isEmpty ? "/" : path)" }
    }

    /// The wire schema for `dialect`, and every keyword left out of it.
    public static func derive(_ schema: JSONValue, for dialect: Dialect) -> (schema: JSONValue, dropped: [Dropped]) {
        var dropped: [Dropped] = []
        let wire = walk(schema, path: "", dialect: dialect, dropped: &dropped)
        return (wire, dropped)
    }

    /// Structure every dialect keeps.
    static let structural: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf",
        "$ref", "$defs", "definitions", "description", "title",
    ]

    static func allowed(_ dialect: Dialect) -> Set<String> {
        switch dialect {
        case .openAI:
            return structural.union([
                "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
                "minItems", "maxItems",
            ])
        case .anthropic:
            return structural.union(["format", "allOf", "default", "minItems"])
        }
    }

    static func formats(_ dialect: Dialect) -> Set<String> {
        let common: Set<String> = [
            "date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid",
        ]
        return dialect == .anthropic ? common.union(["uri"]) : common
    }

    private static func walk(_ node: JSONValue, path: String, dialect: Dialect, dropped: inout [Dropped]) -> JSONValue {
        guard let object = node.objectValue else { return node }
        var out: [String: JSONValue] = [:]
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            let here = path + "/" + key
            switch key {
            case "properties", "$defs", "definitions":
                var children: [String: JSONValue] = [:]
                for (name, child) in value.objectValue ?? [:] {
                    children[name] = walk(child, path: here + "/" + name, dialect: dialect, dropped: &dropped)
                }
                out[key] = .object(children)
            case "items":
                out[key] = walk(value, path: here, dialect: dialect, dropped: &dropped)
            case "anyOf", "allOf":
                guard allowed(dialect).contains(key) else {
                    dropped.append(Dropped(keyword: key, path: path))
                    continue
                }
                var options: [JSONValue] = []
                for (index, option) in (value.arrayValue ?? []).enumerated() {
                    options.append(walk(option, path: here + "/\(index)", dialect: dialect, dropped: &dropped))
                }
                out[key] = .array(options)
            case "format" where !formats(dialect).contains(value.stringValue ?? ""):
                dropped.append(Dropped(keyword: "format: \(value.stringValue ?? "?")", path: path))
            case "minItems" where dialect == .anthropic && (value.numberValue ?? 2) > 1:
                dropped.append(Dropped(keyword: key, path: path))
            case "additionalProperties":
                if value != .bool(false) { dropped.append(Dropped(keyword: key, path: path)) }
            default:
                if allowed(dialect).contains(key) {
                    out[key] = value
                } else {
                    dropped.append(Dropped(keyword: key, path: path))
                }
            }
        }
        guard let properties = out["properties"]?.objectValue ?? (out["type"]?.stringValue == "object" ? [:] : nil)
        else { return .object(out) }
        out["additionalProperties"] = false
        if dialect == .openAI {
            let required = Set((out["required"]?.arrayValue ?? []).compactMap(\.stringValue))
            var closed: [String: JSONValue] = [:]
            for (name, child) in properties { closed[name] = required.contains(name) ? child : nullable(child) }
            out["properties"] = .object(closed)
            out["required"] = .array(properties.keys.sorted().map(JSONValue.string))
        }
        return .object(out)
    }

    /// `schema` that also accepts null: `null` added to its type (and enum), or an `anyOf` with null.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard var object = schema.objectValue else { return schema }
        if let enumValues = object["enum"]?.arrayValue, !enumValues.contains(.null) {
            object["enum"] = .array(enumValues + [.null])
        }
        switch object["type"] {
        case .string(let type)?:
            if type != "null" { object["type"] = [.string(type), "null"] }
            return .object(object)
        case .array(let types)?:
            if !types.contains("null") { object["type"] = .array(types + ["null"]) }
            return .object(object)
        default:
            if object["enum"] != nil && object["anyOf"] == nil && object["$ref"] == nil { return .object(object) }
            if var options = object["anyOf"]?.arrayValue, object.count == 1 {
                if !options.contains(["type": "null"]) { options.append(["type": "null"]) }
                return ["anyOf": .array(options)]
            }
            return ["anyOf": [schema, ["type": "null"]]]
        }
    }
}
