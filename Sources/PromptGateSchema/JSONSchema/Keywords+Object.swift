import PromptGateJSON

/// `properties`, `required`, `patternProperties` and `additionalProperties`, evaluated in one pass
/// over an object (see `ObjectShape`).
extension Evaluator {
    mutating func applyObjectShape(
        _ shape: ObjectShape, _ instance: JSONValue, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        var matched = 0
        var scratch = Annotations()
        for property in shape.properties {
            if let value = members[property.name] {
                matched += 1
                if gather { local.properties.insert(property.name) }
                if !evaluate(property.node, value, at: .key(property.name), into: &scratch) {
                    valid = false
                    if !reporting { return false }
                }
            } else if property.required {
                valid = false
                guard reporting else { return false }
                report("missing required property \(SchemaValue.describe(.string(property.name)))", shape.requiredPath)
            }
        }
        for name in shape.otherRequired where members[name] == nil {
            valid = false
            guard reporting else { return false }
            report("missing required property \(SchemaValue.describe(.string(name)))", shape.requiredPath)
        }
        guard !shape.patterns.isEmpty || shape.additional != nil else { return valid }
        // Every member is a declared property: nothing is left for the other two keywords.
        if shape.patterns.isEmpty && matched == members.count {
            if gather { local.allProperties = true }
            return valid
        }
        let forbidden = shape.additional.map { schema.nodes[$0].boolean == false } ?? false
        for name in orderedKeys(members) {
            guard let value = members[name] else { continue }
            var covered = shape.declaredNames.contains(name)
            for (regex, node) in shape.patterns where regex.matches(name) {
                covered = true
                if gather { local.properties.insert(name) }
                if !evaluate(node, value, at: .key(name), into: &scratch) {
                    valid = false
                    if !reporting { return false }
                }
            }
            guard !covered, let additional = shape.additional else { continue }
            if forbidden {
                valid = false
                guard reporting else { return false }
                report(
                    "property \(SchemaValue.describe(.string(name))) is not allowed (additionalProperties is false)",
                    shape.additionalPath)
            } else if !evaluate(additional, value, at: .key(name), into: &scratch) {
                valid = false
                if !reporting { return false }
            }
        }
        if gather && shape.additional != nil { local.allProperties = true }
        return valid
    }
}
