/// A test set folder, `testsets/<name>/`: the cases, the output schema and the scorer settings.
public struct TestSet: Sendable {
    public let name: String
    /// Folder path relative to the project root.
    public let path: String
    public let cases: CaseList
    /// The expected-output schema as written (nil when the test set has none).
    public let schema: JSONValue?
    public let settings: TestSetSettings
    /// Hash over cases, schema and settings: a changed test set re-runs both sides of a gate.
    public let contentHash: String

    public init(name: String, path: String, cases: [TestCase], schema: JSONValue?, settings: TestSetSettings, contentHash: String) {
        self.init(name: name, path: path, cases: CaseList(cases), schema: schema, settings: settings, contentHash: contentHash)
    }

    public init(name: String, path: String, cases: CaseList, schema: JSONValue?, settings: TestSetSettings, contentHash: String) {
        self.name = name
        self.path = path
        self.cases = cases
        self.schema = schema
        self.settings = settings
        self.contentHash = contentHash
    }
}
