/// One golden case: the template variables, the expected output and tags. The id identifies the
/// case forever, across versions and runs; its line is kept only for messages.
public struct TestCase: Sendable, Equatable {
    public let id: String
    public let vars: [String: JSONValue]
    public let expected: JSONValue?
    public let tags: [String]
    /// Line in cases.jsonl, for diagnostics.
    public let line: Int

    public init(id: String, vars: [String: JSONValue], expected: JSONValue?, tags: [String] = [], line: Int = 0) {
        self.id = id
        self.vars = vars
        self.expected = expected
        self.tags = tags
        self.line = line
    }

    /// True when the case is tagged `critical`: no regression is allowed on it.
    public var isCritical: Bool { CaseTag.isCritical(tags) }
}
