import PromptGateJSON

/// The unevaluated vocabulary: subschemas for the properties and items that no other keyword of the
/// same schema (including valid in-place subschemas reached via allOf/anyOf/oneOf/if/$ref/...) evaluated.
extension Evaluator {
    mutating func applyUnevaluatedProperties(
        _ node: Int, _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        guard case .object(let members) = instance, !local.allProperties else { return true }
        let forbidden = schema.nodes[node].boolean == false
        var valid = true
        var scratch = Annotations()
        for name in orderedKeys(members) where !local.evaluated(property: name) {
            guard let value = members[name] else { continue }
            if forbidden {
                valid = false
                guard reporting else { return false }
                report(
                    "property \(SchemaValue.describe(.string(name))) is not allowed (unevaluatedProperties is false)",
                    path)
            } else if !evaluate(node, value, at: .key(name), into: &scratch) {
                valid = false
                if !reporting { return false }
            }
        }
        if gather { local.allProperties = true }
        return valid
    }

    mutating func applyUnevaluatedItems(
        _ node: Int, _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        guard case .array(let items) = instance, !local.allItems else { return true }
        let forbidden = schema.nodes[node].boolean == false
        var valid = true
        var scratch = Annotations()
        for index in items.indices where !local.evaluated(item: index) {
            if forbidden {
                valid = false
                guard reporting else { return false }
                report("item \(index) is not allowed (unevaluatedItems is false)", path)
            } else if !evaluate(node, items[index], at: .index(index), into: &scratch) {
                valid = false
                if !reporting { return false }
            }
        }
        if gather { local.allItems = true }
        return valid
    }
}
