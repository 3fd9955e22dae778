/// A test set folder, `testsets/<name>/`: the cases, the output schema and the scorer settings.
public struct TestSet: Sendable {
    public let name: String
    /// Folder path relative to the project root.
    public let path: String
    public let cases: CaseList
    /// The expected-output schema as written (nil when the test set has none).
    public let schema: JSONValue?
    /// The schema compiled, once per test set (nil without a schema).
    public let validator: JSONSchema?
    public let settings: TestSetSettings
    /// Hash over cases, schema and settings: a changed test set re-runs both sides of a gate.
    public let contentHash: String

    /// A test set built in code; a `schema` that does not compile validates nothing.
    public init(
        name: String, path: String, cases: [TestCase], schema: JSONValue?, settings: TestSetSettings,
        contentHash: String
    ) {
        self.init(
            name: name, path: path, cases: CaseList(cases), schema: schema,
            validator: schema.flatMap { try? JSONSchema($0) },
            settings: settings, contentHash: contentHash)
    }

    /// A test set whose schema `validator` the loader compiled (and reported if it did not compile).
    public init(
        name: String, path: String, cases: CaseList, schema: JSONValue?, validator: JSONSchema?,
        settings: TestSetSettings, contentHash: String
    ) {
        self.name = name
        self.path = path
        self.cases = cases
        self.schema = schema
        self.validator = validator
        self.settings = settings
        self.contentHash = contentHash
    }
}
