import PromptGateJSON

/// One step of the instance location being evaluated.
enum PathToken {
    case key(String)
    case index(Int)
    /// A property name being checked by `propertyNames` (a new instance, but no new JSON Pointer step).
    case name(String)
}

/// Evaluates an instance against a `CompiledSchema`. In reporting mode it collects every violation;
/// otherwise it stops at the first failure. It carries the instance location, the dynamic scope for
/// `$dynamicRef`, and the guards against `$ref` cycles and runaway nesting.
struct Evaluator {
    /// Deepest nesting of schema evaluations before giving up with a violation. On Linux test threads
    /// the stack ran out between 1,500 and 3,000 nested evaluations in a debug build (6,000-12,000 in
    /// release), so this leaves a wide margin.
    static let maxDepth = 400

    let schema: CompiledSchema
    var reporting: Bool
    var violations: [SchemaViolation] = []
    var location: [PathToken] = []
    private var dynamicScope: [Int] = []
    private var activeRefs: [(node: Int, depth: Int)] = []
    private var depth = 0
    /// How many `violations(of:)` captures are in progress; nested ones skip expensive details.
    private(set) var captureDepth = 0
    /// Circular references and depth-limit hits met anywhere (even while not reporting), so
    /// `validate` can always name them.
    private(set) var guardHits: [SchemaViolation] = []

    init(schema: CompiledSchema, reporting: Bool) {
        self.schema = schema
        self.reporting = reporting
    }

    /// Evaluates node `index` against `instance`. When `collect` is true and the node is valid, what
    /// it evaluated is merged into `annotations`.
    mutating func evaluate(
        _ index: Int, _ instance: JSONValue, collect: Bool, into annotations: inout Annotations
    ) -> Bool {
        let node = schema.nodes[index]
        if let allowed = node.boolean {
            if !allowed { report("no value is allowed here (the schema is false)", node.path) }
            return allowed
        }
        guard depth < Self.maxDepth else {
            let hit = SchemaViolation(
                instancePath: instancePath(), schemaPath: node.path,
                message: "schema evaluation nested deeper than \(Self.maxDepth) levels; giving up")
            if guardHits.isEmpty { guardHits.append(hit) }
            if reporting { violations.append(hit) }
            return false
        }
        depth += 1
        let pushedScope = dynamicScope.last != node.resource
        if pushedScope { dynamicScope.append(node.resource) }
        let gather = collect || node.needsAnnotations
        var local = Annotations()
        var valid = true
        let keywords = node.keywords
        for position in keywords.indices where !evaluate(keywords[position], instance, gather: gather, &local) {
            valid = false
            if !reporting { break }
        }
        if pushedScope { dynamicScope.removeLast() }
        depth -= 1
        // Annotations of an invalid subschema are dropped, except while reporting: then the caller
        // fails anyway, and keeping them avoids follow-on "unevaluated" noise in the messages.
        if collect && (valid || reporting) { annotations.merge(local) }
        return valid
    }

    private mutating func evaluate(
        _ keyword: borrowing Keyword, _ instance: JSONValue, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        let path = keyword.path
        switch keyword.kind {
        case .ref(let target):
            return follow(target, instance, path, gather: gather, &local)
        case .dynamicRef(let target, let anchor):
            return follow(resolveDynamic(target, anchor: anchor), instance, path, gather: gather, &local)
        case .type(let set, let names):
            if set.matches(instance) { return true }
            report("expected \(SchemaValue.alternatives(names)), got \(instance.typeName)", path)
            return false
        case .enumeration(let options): return checkEnum(options, instance, path)
        case .constant(let expected): return checkConst(expected, instance, path)
        case .multipleOf(let decimal, let divisor): return checkMultipleOf(decimal, divisor, instance, path)
        case .minimum(let limit), .maximum(let limit), .exclusiveMinimum(let limit), .exclusiveMaximum(let limit):
            return checkBound(keyword.kind, limit, instance, path)
        case .minLength(let limit): return checkLength(instance, path, min: limit, max: nil)
        case .maxLength(let limit): return checkLength(instance, path, min: nil, max: limit)
        case .pattern(let regex): return checkPattern(regex, instance, path)
        case .format(let format): return checkFormat(format, instance, path)
        case .minItems(let limit): return checkCount(instance, path, min: limit, max: nil, properties: false)
        case .maxItems(let limit): return checkCount(instance, path, min: nil, max: limit, properties: false)
        case .minProperties(let limit): return checkCount(instance, path, min: limit, max: nil, properties: true)
        case .maxProperties(let limit): return checkCount(instance, path, min: nil, max: limit, properties: true)
        case .uniqueItems: return checkUniqueItems(instance, path)
        case .dependentRequired(let pairs): return checkDependentRequired(pairs, instance, path)
        case .prefixItems(let nodes): return applyPrefixItems(nodes, instance, gather: gather, &local)
        case .items(let node, let start): return applyItems(node, from: start, instance, path, gather: gather, &local)
        case .contains(let node, let min, let max):
            return applyContains(node, min: min, max: max, instance, path, gather: gather, &local)
        case .object(let shape): return applyObjectShape(shape, instance, gather: gather, &local)
        case .propertyNames(let node): return applyPropertyNames(node, instance, path)
        case .dependentSchemas(let pairs): return applyDependentSchemas(pairs, instance, gather: gather, &local)
        case .allOf(let nodes): return applyAllOf(nodes, instance, gather: gather, &local)
        case .anyOf(let nodes): return applyAnyOf(nodes, instance, path, gather: gather, &local)
        case .oneOf(let nodes): return applyOneOf(nodes, instance, path, gather: gather, &local)
        case .not(let node): return applyNot(node, instance, path)
        case .conditional(let condition, let then, let otherwise):
            return applyConditional(condition, then: then, else: otherwise, instance, gather: gather, &local)
        case .unevaluatedProperties(let node):
            return applyUnevaluatedProperties(node, instance, path, gather: gather, &local)
        case .unevaluatedItems(let node): return applyUnevaluatedItems(node, instance, path, gather: gather, &local)
        }
    }

    // MARK: - References

    /// Evaluates a `$ref` target in place, refusing to re-enter a target at the same instance location.
    private mutating func follow(
        _ target: Int, _ instance: JSONValue, _ path: String, gather: Bool,
        _ local: inout Annotations
    ) -> Bool {
        let here = location.count
        if activeRefs.contains(where: { $0.node == target && $0.depth == here }) {
            let name = schema.nodes[target].path.isEmpty ? "#" : schema.nodes[target].path
            let cycle = SchemaViolation(
                instancePath: instancePath(), schemaPath: path,
                message: "circular reference: \(name) is re-entered without consuming any part of the instance")
            if !guardHits.contains(cycle) { guardHits.append(cycle) }
            if reporting { violations.append(cycle) }
            return false
        }
        activeRefs.append((target, here))
        let valid = evaluate(target, instance, collect: gather, into: &local)
        activeRefs.removeLast()
        return valid
    }

    /// The outermost resource in the dynamic scope that declares `anchor` wins; otherwise the static target.
    private func resolveDynamic(_ target: Int, anchor: String) -> Int {
        for resource in dynamicScope where resource < schema.dynamicAnchors.count {
            if let node = schema.dynamicAnchors[resource][anchor] { return node }
        }
        return target
    }

    // MARK: - Helpers shared by the keyword files

    /// Records a violation at the current instance location (reporting mode only).
    mutating func report(_ message: @autoclosure () -> String, _ schemaPath: String) {
        guard reporting else { return }
        violations.append(SchemaViolation(instancePath: instancePath(), schemaPath: schemaPath, message: message()))
    }

    /// Evaluates a child instance (object member or array item) one step below the current location.
    mutating func evaluate(
        _ index: Int, _ instance: JSONValue, at token: PathToken, collect: Bool = false,
        into annotations: inout Annotations
    ) -> Bool {
        location.append(token)
        let valid = evaluate(index, instance, collect: collect, into: &annotations)
        location.removeLast()
        return valid
    }

    /// Evaluates without reporting, whatever the current mode.
    mutating func check(
        _ index: Int, _ instance: JSONValue, collect: Bool = false, into annotations: inout Annotations
    ) -> Bool {
        let saved = reporting
        reporting = false
        let valid = evaluate(index, instance, collect: collect, into: &annotations)
        reporting = saved
        return valid
    }

    /// The violations `instance` has against node `index`, at the current location.
    mutating func violations(of index: Int, _ instance: JSONValue, at token: PathToken? = nil) -> [SchemaViolation] {
        let savedReporting = reporting
        let savedViolations = violations
        reporting = true
        violations = []
        captureDepth += 1
        var scratch = Annotations()
        if let token {
            _ = evaluate(index, instance, at: token, into: &scratch)
        } else {
            _ = evaluate(index, instance, collect: false, into: &scratch)
        }
        captureDepth -= 1
        let found = violations
        violations = savedViolations
        reporting = savedReporting
        return found
    }

    /// JSON Pointer of the current instance location.
    func instancePath() -> String {
        var out = ""
        for token in location {
            switch token {
            case .key(let key): out = JSONPointer.appending(out, key)
            case .index(let index): out = JSONPointer.appending(out, index)
            case .name: break
            }
        }
        return out
    }
}
