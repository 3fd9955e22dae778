/// Checks that every field named under `fields:` in `testset.yaml` exists: in the schema's
/// `properties` when the test set has a schema (a schema that leaves room for other keys, through
/// `additionalProperties`, `patternProperties` or composition, accepts any name), otherwise in
/// some case's `expected`. A typo (`sentimnt:`) would otherwise silently drop the field's rule and
/// weight.
enum FieldPathCheck {
    static func unknownFields(_ settings: TestSetSettings, schema: JSONValue?, cases: CaseList) -> [String] {
        settings.fields.map(\.path).filter { path in
            let components = path.split(separator: ".").map(String.init)
            if let schema { return !allows(schema, components[...]) }
            return !cases.contains { FieldPath.value(at: path, in: $0.expected ?? .null) != nil }
        }
    }

    /// False only when the schema clearly has no place for the path.
    private static func allows(_ schema: JSONValue, _ path: ArraySlice<String>) -> Bool {
        guard let first = path.first, let node = schema.objectValue else { return true }
        for key in ["$ref", "allOf", "anyOf", "oneOf", "if", "patternProperties", "$dynamicRef"] where node[key] != nil
        { return true }
        if let properties = node["properties"]?.objectValue {
            if let child = properties[first] { return allows(child, path.dropFirst()) }
            if let extra = node["additionalProperties"], extra != .bool(false) { return true }
            return Int(first) != nil && node["items"] != nil
                ? allows(node["items"] ?? .bool(true), path.dropFirst()) : false
        }
        if Int(first) != nil, let items = node["items"] { return allows(items, path.dropFirst()) }
        return true
    }
}
