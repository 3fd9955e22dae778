import PromptGateJSON

/// A compiled JSON Schema (draft 2020-12). Compile once, then validate any number of instances from
/// any thread: the value is immutable and `Sendable`.
///
/// ```swift
/// let schema = try JSONSchema(["type": "object", "required": ["summary"]])
/// schema.validate(["notes": "x"])  // [/: missing required property "summary"]
/// ```
public struct JSONSchema: Sendable {
    private let compiled: CompiledSchema

    /// Whether `format` is asserted (true) or only an annotation (false, the draft 2020-12 default).
    public let formatAssertion: Bool

    /// Compiles a schema; throws when it is not a valid schema (wrong keyword types, unresolvable
    /// `$ref`, bad regex, circular `$ref`, nesting too deep, ...).
    public init(_ schema: JSONValue, formatAssertion: Bool = false) throws(SchemaLoadError) {
        try self.init(schema, formatAssertion: formatAssertion, documents: [:])
    }

    /// Compiles a schema whose `$ref`s may point into `documents`: other schema documents keyed by
    /// URI (absolute, or relative to the root schema's default base). Nothing is fetched from the
    /// network; the draft 2020-12 meta-schema is built in.
    public init(
        _ schema: JSONValue, formatAssertion: Bool = false,
        documents: [String: JSONValue]
    ) throws(SchemaLoadError) {
        compiled = try SchemaCompiler.compile(schema, formatAssertion: formatAssertion, documents: documents)
        try RefCycleDetector.check(compiled)
        self.formatAssertion = formatAssertion
    }

    /// Every violation of the schema by `instance`, in a stable order; empty when it is valid.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var evaluator = Evaluator(schema: compiled, reporting: true)
        var annotations = Annotations()
        let valid = evaluator.evaluate(compiled.root, instance, collect: false, into: &annotations)
        guard !valid else { return [] }
        var violations = evaluator.violations
        // A cycle or depth limit met inside anyOf/oneOf/not is otherwise only summarised: name it.
        for hit in evaluator.guardHits where !violations.contains(hit) { violations.append(hit) }
        if violations.isEmpty {
            violations.append(
                SchemaViolation(instancePath: "", schemaPath: "", message: "value does not match the schema"))
        }
        return violations
    }

    /// True when `instance` satisfies the schema; stops at the first failure, so it is cheaper than
    /// `validate(_:)`.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(schema: compiled, reporting: false)
        var annotations = Annotations()
        return evaluator.evaluate(compiled.root, instance, collect: false, into: &annotations)
    }
}
