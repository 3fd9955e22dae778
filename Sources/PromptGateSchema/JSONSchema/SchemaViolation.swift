/// One reason an instance does not satisfy a schema: where in the instance, which schema keyword
/// failed, and a sentence a person can act on.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// JSON Pointer into the instance, e.g. "/items/0/amount" ("" for the root).
    public let instancePath: String
    /// JSON Pointer of the failing keyword in the schema, e.g. "/properties/amount/type". Keywords
    /// outside the root document are prefixed with that document's URI ("https://x/y.json#/type").
    public let schemaPath: String
    /// What is wrong, e.g. "expected number, got string".
    public let message: String

    /// Creates a violation; normally produced by `JSONSchema.validate(_:)`.
    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    /// "instancePath: message", with "/" standing for the root.
    public var description: String { "\(instancePath.isEmpty ? "/" : instancePath): \(message)" }
}

/// Why a schema could not be compiled: the JSON Pointer of the offending keyword and what is wrong
/// with it (wrong value type, unresolvable `$ref`, invalid regular expression, too deep, ...).
public struct SchemaLoadError: Error, Sendable, CustomStringConvertible {
    /// JSON Pointer of the offending location in the schema ("" for the root).
    public let schemaPath: String
    /// What is wrong, e.g. "\"type\" must be a string or an array of strings".
    public let message: String

    /// Creates a load error for the keyword at `schemaPath`.
    public init(schemaPath: String, message: String) {
        self.schemaPath = schemaPath
        self.message = message
    }

    /// "<path>: <message>", or just the message for the root.
    public var description: String {
        schemaPath.isEmpty ? message : "\(schemaPath): \(message)"
    }
}
