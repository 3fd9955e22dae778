import PromptGateJSON

/// The JSON types a `type` keyword admits, as a bit set.
struct TypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1)
    static let boolean = TypeSet(rawValue: 2)
    static let object = TypeSet(rawValue: 4)
    static let array = TypeSet(rawValue: 8)
    static let number = TypeSet(rawValue: 16)
    static let string = TypeSet(rawValue: 32)
    static let integer = TypeSet(rawValue: 64)

    /// The set for one JSON Schema type name, nil for an unknown name.
    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "number": self = .number
        case "string": self = .string
        case "integer": self = .integer
        default: return nil
        }
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Whether `value` has one of these types ("number" admits integers, "integer" admits 1.0).
    func matches(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .object: return contains(.object)
        case .array: return contains(.array)
        case .string: return contains(.string)
        case .number(let n): return contains(.number) || (contains(.integer) && n.isJSONInteger)
        case .decimal(let d): return contains(.number) || (contains(.integer) && d.isInteger)
        }
    }
}

/// A keyword compiled for evaluation; node references are indices into `CompiledSchema.nodes`.
enum KeywordKind: Sendable {
    case ref(Int)
    case dynamicRef(Int, anchor: String)
    case type(TypeSet, names: [String])
    case enumeration([JSONValue])
    case constant(JSONValue)
    case multipleOf(DecimalNumber, Double)
    /// Bounds keep the schema's number as written (a `.decimal` keeps every digit) and compare exactly.
    case minimum(JSONValue)
    case maximum(JSONValue)
    case exclusiveMinimum(JSONValue)
    case exclusiveMaximum(JSONValue)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(StringFormat)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired([(String, [String])])
    case prefixItems([Int])
    case items(Int, from: Int)
    case contains(Int, min: Int, max: Int?)
    case object(ObjectShape)
    case propertyNames(Int)
    case dependentSchemas([(String, Int)])
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(if: Int, then: Int?, else: Int?)
    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)
}

/// `properties`, `patternProperties`, `additionalProperties` and `required` of one schema, compiled
/// together so an object is checked in one pass: a valid object costs one lookup per declared property.
final class ObjectShape: Sendable {
    struct Property: Sendable {
        let name: String
        let node: Int
        /// Also listed in `required`.
        let required: Bool
    }

    /// Declared properties, sorted by name.
    let properties: [Property]
    let declaredNames: Set<String>
    /// Required names that have no `properties` entry.
    let otherRequired: [String]
    let patterns: [(ECMARegex, Int)]
    let additional: Int?
    let propertiesPath: String
    let requiredPath: String
    let additionalPath: String

    init(
        properties: [Property], otherRequired: [String], patterns: [(ECMARegex, Int)], additional: Int?,
        propertiesPath: String, requiredPath: String, additionalPath: String
    ) {
        self.properties = properties
        self.declaredNames = Set(properties.map(\.name))
        self.otherRequired = otherRequired
        self.patterns = patterns
        self.additional = additional
        self.propertiesPath = propertiesPath
        self.requiredPath = requiredPath
        self.additionalPath = additionalPath
    }
}

/// A compiled keyword with the schema location it came from (for `SchemaViolation.schemaPath`).
struct Keyword: Sendable {
    let kind: KeywordKind
    let path: String
}

/// One compiled (sub)schema: either a boolean schema or an ordered keyword list.
struct SchemaNode: Sendable {
    /// `true`/`false` for boolean schemas, nil for object schemas.
    var boolean: Bool?
    /// Keywords in evaluation order; `unevaluated*` come last because they read sibling annotations.
    var keywords: [Keyword]
    /// Index of the schema resource the node belongs to (its dynamic scope entry).
    var resource: Int
    /// Display path of the schema itself.
    var path: String
    /// True when the node has `unevaluatedProperties`/`unevaluatedItems` and so needs annotations.
    var needsAnnotations: Bool

    static let placeholder = SchemaNode(boolean: true, keywords: [], resource: 0, path: "", needsAnnotations: false)
}

/// The output of compilation: every reachable node, the root, and each resource's dynamic anchors.
struct CompiledSchema: Sendable {
    let nodes: [SchemaNode]
    let root: Int
    /// For each resource index, `$dynamicAnchor` name → node index.
    let dynamicAnchors: [[String: Int]]
}
