import Foundation

// PLACEHOLDER: a minimal subset (type, enum, const, required, properties, additionalProperties,
// items, pattern, bounds), replaced by the full draft 2020-12 validator.

/// A compiled JSON Schema.
public struct JSONSchema: Sendable {
    let root: JSONValue
    public init(_ schema: JSONValue, formatAssertion: Bool = false) throws(SchemaLoadError) {
        switch schema {
        case .object, .bool: root = schema
        default: throw SchemaLoadError(schemaPath: "", message: "a schema must be an object or a boolean")
        }
    }
    public func isValid(_ instance: JSONValue) -> Bool { validate(instance).isEmpty }
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var out: [SchemaViolation] = []
        check(instance, root, path: "", schemaPath: "", into: &out)
        return out
    }
    private func check(_ value: JSONValue, _ schema: JSONValue, path: String, schemaPath: String, into out: inout [SchemaViolation]) {
        if case .bool(let b) = schema {
            if !b { out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath, message: "no value is allowed here")) }
            return
        }
        guard case .object(let s) = schema else { return }
        if let t = s["type"] {
            let types = t.arrayValue?.compactMap(\.stringValue) ?? [t.stringValue ?? ""]
            let actual = value.typeName
            if !types.contains(where: { $0 == actual || ($0 == "number" && actual == "integer") }) {
                out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/type", message: "expected \(types.joined(separator: " or ")), got \(actual)"))
                return
            }
        }
        if let e = s["enum"]?.arrayValue, !e.contains(value) {
            out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/enum", message: "\(JSONWriter.canonical(value)) is not one of \(e.map(JSONWriter.canonical).joined(separator: ", "))"))
        }
        if case .object(let o) = value {
            for r in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where o[r] == nil {
                out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/required", message: "missing required property \"\(r)\""))
            }
            let props = s["properties"]?.objectValue ?? [:]
            for k in o.keys.sorted() { guard let v = o[k] else { continue }
                if let ps = props[k] { check(v, ps, path: path + "/" + k, schemaPath: schemaPath + "/properties/" + k, into: &out) }
                else if s["additionalProperties"] == .bool(false) {
                    out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/additionalProperties", message: "property \"\(k)\" is not allowed (additionalProperties is false)"))
                }
            }
        }
        if case .string(let str) = value {
            if let p = s["pattern"]?.stringValue, str.range(of: p, options: .regularExpression) == nil {
                out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/pattern", message: "\"\(str)\" does not match pattern \(p)"))
            }
            if let m = s["minLength"]?.numberValue, Double(str.unicodeScalars.count) < m {
                out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/minLength", message: "shorter than \(JSONWriter.number(m)) characters"))
            }
            if let m = s["maxLength"]?.numberValue, Double(str.unicodeScalars.count) > m {
                out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/maxLength", message: "longer than \(JSONWriter.number(m)) characters"))
            }
        }
        if case .number(let n) = value {
            if let m = s["minimum"]?.numberValue, n < m { out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/minimum", message: "\(JSONWriter.number(n)) is less than the minimum \(JSONWriter.number(m))")) }
            if let m = s["maximum"]?.numberValue, n > m { out.append(SchemaViolation(instancePath: path, schemaPath: schemaPath + "/maximum", message: "\(JSONWriter.number(n)) is greater than the maximum \(JSONWriter.number(m))")) }
        }
    }
}
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    public let instancePath: String
    public let schemaPath: String
    public let message: String
    public var description: String { "\(instancePath.isEmpty ? "/" : instancePath): \(message)" }
}
public struct SchemaLoadError: Error, Sendable, CustomStringConvertible {
    public let schemaPath: String
    public let message: String
    public var description: String { schemaPath.isEmpty ? message : "\(schemaPath): \(message)" }
}
