/// Finds `$ref` cycles that are entered unconditionally (through `$ref` and `allOf` only) from a
/// subschema the root can reach, and so would recurse forever on every instance that gets there.
/// Conditional cycles (through anyOf, if/then, ...) are caught at validation time by the
/// evaluator's re-entry guard instead; unused `$defs` are left alone.
enum RefCycleDetector {
    /// Throws a `SchemaLoadError` naming the cycle's locations when one exists.
    static func check(_ schema: CompiledSchema) throws(SchemaLoadError) {
        var state = [UInt8](repeating: 0, count: schema.nodes.count)  // 0 new, 1 on the path, 2 done
        for start in reachable(from: schema.root, in: schema) where state[start] == 0 {
            var path: [Int] = [start]
            var stack: [[Int]] = [successors(of: start, in: schema)]
            state[start] = 1
            while let top = stack.last, let current = path.last {
                guard let next = top.last else {
                    stack.removeLast()
                    path.removeLast()
                    state[current] = 2
                    continue
                }
                stack[stack.count - 1].removeLast()
                if state[next] == 1 {
                    let cycle = path.drop(while: { $0 != next }) + [next]
                    let names = cycle.map { schema.nodes[$0].path.isEmpty ? "#" : "#" + schema.nodes[$0].path }
                    throw SchemaLoadError(
                        schemaPath: schema.nodes[current].path,
                        message: "circular $ref: \(names.joined(separator: " -> ")) never reaches a value to validate")
                }
                if state[next] == 0 {
                    state[next] = 1
                    path.append(next)
                    stack.append(successors(of: next, in: schema))
                }
            }
        }
    }

    /// Nodes evaluation can reach from `root`, in discovery order.
    private static func reachable(from root: Int, in schema: CompiledSchema) -> [Int] {
        var seen = [Bool](repeating: false, count: schema.nodes.count)
        var order: [Int] = []
        var stack = [root]
        while let index = stack.popLast() {
            guard !seen[index] else { continue }
            seen[index] = true
            order.append(index)
            for keyword in schema.nodes[index].keywords { stack += children(of: keyword.kind) }
        }
        return order
    }

    /// Every subschema a keyword may evaluate.
    private static func children(of kind: KeywordKind) -> [Int] {
        switch kind {
        case .ref(let node), .items(let node, _), .contains(let node, _, _), .propertyNames(let node), .not(let node),
            .unevaluatedProperties(let node), .unevaluatedItems(let node):
            return [node]
        case .dynamicRef(let node, _):
            return [node]
        case .prefixItems(let nodes), .allOf(let nodes), .anyOf(let nodes), .oneOf(let nodes):
            return nodes
        case .dependentSchemas(let pairs):
            return pairs.map(\.1)
        case .object(let shape):
            return shape.properties.map(\.node) + shape.patterns.map(\.1) + (shape.additional.map { [$0] } ?? [])
        case .conditional(let condition, let then, let otherwise):
            return [condition] + (then.map { [$0] } ?? []) + (otherwise.map { [$0] } ?? [])
        default:
            return []
        }
    }

    private static func successors(of index: Int, in schema: CompiledSchema) -> [Int] {
        var result: [Int] = []
        for keyword in schema.nodes[index].keywords {
            switch keyword.kind {
            case .ref(let target): result.append(target)
            case .allOf(let targets): result += targets
            default: break
            }
        }
        return result
    }
}
