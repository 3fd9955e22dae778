import PromptGateJSON

/// The applicator vocabulary: keywords that apply subschemas to the instance or to its parts.
extension Evaluator {
    mutating func applyPrefixItems(
        _ nodes: [Int], _ instance: JSONValue, gather: Bool, _ local: inout Annotations
    ) -> Bool {
        guard case .array(let items) = instance else { return true }
        var valid = true
        var scratch = Annotations()
        for (index, node) in zip(items.indices, nodes)
        where !evaluate(node, items[index], at: .index(index), into: &scratch) {
            valid = false
            if !reporting { return false }
        }
        if gather { local.itemPrefix = max(local.itemPrefix, min(items.count, nodes.count)) }
        return valid
    }

    mutating func applyItems(
        _ node: Int, from start: Int, _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        guard case .array(let items) = instance, items.count > start else { return true }
        if schema.nodes[node].boolean == false {
            report(
                start == 0
                    ? "expected no items (items is false), got \(items.count)"
                    : "expected at most \(SchemaValue.count(start, "item")) (items is false), got \(items.count)", path)
            return false
        }
        var valid = true
        var scratch = Annotations()
        for index in start..<items.count where !evaluate(node, items[index], at: .index(index), into: &scratch) {
            valid = false
            if !reporting { return false }
        }
        if gather { local.allItems = true }
        return valid
    }

    mutating func applyContains(
        _ node: Int, min: Int, max: Int?, _ instance: JSONValue, _ path: String,
        gather: Bool, _ local: inout Annotations
    ) -> Bool {
        guard case .array(let items) = instance else { return true }
        var matched: [Int] = []
        var scratch = Annotations()
        for index in items.indices {
            location.append(.index(index))
            let ok = check(node, items[index], into: &scratch)
            location.removeLast()
            if ok {
                matched.append(index)
                // Without annotations or an upper bound, enough matches settle it.
                if !gather && max == nil && matched.count >= min { break }
            }
        }
        if gather { local.items.formUnion(matched) }
        if matched.count < min {
            report(
                min == 1 && matched.isEmpty
                    ? "no item matches the \"contains\" schema"
                    : "expected at least \(SchemaValue.count(min, "item")) matching \"contains\", got \(matched.count)",
                path)
            return false
        }
        if let max, matched.count > max {
            report(
                "expected at most \(SchemaValue.count(max, "item")) matching \"contains\", got \(matched.count)", path)
            return false
        }
        return true
    }

    mutating func applyPropertyNames(_ node: Int, _ instance: JSONValue, _ path: String) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        var scratch = Annotations()
        for name in orderedKeys(members) {
            location.append(.name(name))
            let ok = check(node, .string(name), into: &scratch)
            location.removeLast()
            if ok { continue }
            valid = false
            guard reporting else { return false }
            let reasons = violations(of: node, .string(name), at: .name(name)).map(\.message)
            report(
                "property name \(SchemaValue.describe(.string(name))) is invalid: \(reasons.joined(separator: "; "))",
                path)
        }
        return valid
    }

    mutating func applyDependentSchemas(
        _ pairs: [(String, Int)], _ instance: JSONValue, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (name, node) in pairs where members[name] != nil && !evaluate(node, instance, collect: gather, into: &local)
        {
            valid = false
            if !reporting { return false }
        }
        return valid
    }

    mutating func applyAllOf(_ nodes: [Int], _ instance: JSONValue, gather: Bool, _ local: inout Annotations) -> Bool {
        var valid = true
        for node in nodes where !evaluate(node, instance, collect: gather, into: &local) {
            valid = false
            if !reporting { return false }
        }
        return valid
    }

    mutating func applyAnyOf(
        _ nodes: [Int], _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        var matched = false
        for node in nodes where check(node, instance, collect: gather, into: &local) {
            matched = true
            // Annotations need every valid branch; validity alone needs just one.
            if !gather { break }
        }
        if !matched && reporting {
            let message = alternativesMessage("anyOf", nodes, instance)
            report(message, path)
        }
        return matched
    }

    mutating func applyOneOf(
        _ nodes: [Int], _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        var matches: [Int] = []
        var branch = Annotations()
        for (position, node) in nodes.enumerated() where check(node, instance, collect: gather, into: &branch) {
            matches.append(position)
            if matches.count > 1 && !reporting { return false }
        }
        if matches.count == 1 {
            if gather { local.merge(branch) }
            return true
        }
        if matches.isEmpty {
            if reporting {
                let message = alternativesMessage("oneOf", nodes, instance)
                report(message, path)
            }
        } else {
            report(
                "matches more than one alternative of oneOf (\(matches.map(String.init).joined(separator: ", ")))", path
            )
        }
        return false
    }

    mutating func applyNot(_ node: Int, _ instance: JSONValue, _ path: String) -> Bool {
        var scratch = Annotations()
        guard check(node, instance, into: &scratch) else { return true }
        report("\(SchemaValue.describe(instance)) must not match the \"not\" schema", path)
        return false
    }

    mutating func applyConditional(
        _ condition: Int, then: Int?, else otherwise: Int?, _ instance: JSONValue,
        gather: Bool, _ local: inout Annotations
    ) -> Bool {
        if !gather && then == nil && otherwise == nil { return true }
        if check(condition, instance, collect: gather, into: &local) {
            guard let then else { return true }
            return evaluate(then, instance, collect: gather, into: &local)
        }
        guard let otherwise else { return true }
        return evaluate(otherwise, instance, collect: gather, into: &local)
    }

    /// Object keys, sorted when reporting so messages come out in a stable order.
    func orderedKeys(_ members: [String: JSONValue]) -> [String] {
        reporting ? members.keys.sorted() : Array(members.keys)
    }

    /// "expected string or null, got number" when every alternative rejects the type, otherwise the
    /// first problems each alternative found.
    mutating func alternativesMessage(_ keyword: String, _ nodes: [Int], _ instance: JSONValue) -> String {
        var expected: [String] = []
        var allTypeMismatches = true
        for node in nodes {
            let mismatch = schema.nodes[node].keywords.lazy.compactMap { keyword -> [String]? in
                if case .type(let set, let names) = keyword.kind, !set.matches(instance) { return names }
                return nil
            }.first
            guard let names = mismatch else {
                allTypeMismatches = false
                break
            }
            for name in names where !expected.contains(name) { expected.append(name) }
        }
        if allTypeMismatches && !expected.isEmpty {
            return "expected \(SchemaValue.alternatives(expected)), got \(instance.typeName)"
        }
        // Inside another alternative's details, stay short: details of details cost exponential time.
        guard captureDepth == 0 else { return "does not match any alternative of \(keyword)" }
        let here = instancePath()
        var parts: [String] = []
        for (position, node) in nodes.enumerated().prefix(5) {
            let found = violations(of: node, instance).prefix(2).map { violation -> String in
                let relative = String(violation.instancePath.dropFirst(here.count))
                return relative.isEmpty ? violation.message : "\(relative): \(violation.message)"
            }
            parts.append("[\(position)] " + (found.isEmpty ? "invalid" : found.joined(separator: ", ")))
        }
        if nodes.count > 5 { parts.append("…") }
        return "does not match any alternative of \(keyword): " + parts.joined(separator: "; ")
    }
}
