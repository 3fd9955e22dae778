/// How a provider asks for JSON when the prompt's output is `json` (provider option
/// `structured_output`). `json_schema` sends the test set's schema: OpenAI `response_format`
/// with `strict: true`, Anthropic a single forced tool whose `input_schema` is the schema.
public enum StructuredOutput: String, Sendable, CaseIterable {
    /// Plain chat: the prompt alone asks for JSON (works with every server).
    case none
    /// OpenAI `response_format: {type: json_object}` (Anthropic: same as none).
    case jsonObject = "json_object"
    /// Constrained decoding against the test set's schema.
    case jsonSchema = "json_schema"

    /// The name the schema is sent under (`json_schema.name`, the Anthropic tool name).
    public static let schemaName = "output"
}
