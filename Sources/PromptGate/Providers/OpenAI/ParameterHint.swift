/// Reads which request parameter a 400 rejects (OpenAI's `unsupported_parameter` /
/// `unsupported_value` codes, its `param` field, or "Unsupported parameter: 'x'" in the message)
/// and says which promptgate.yaml setting to change.
enum ParameterHint {
    /// The rejected parameter, or nil when the 400 is about something else.
    static func rejectedParameter(code: String?, param: String?, message: String) -> String? {
        if code == "unsupported_parameter" || code == "unsupported_value" {
            return param ?? quoted(in: message) ?? "a parameter"
        }
        let lower = message.lowercased()
        guard
            lower.contains("unsupported parameter") || lower.contains("unsupported value")
                || lower.contains("not supported with this model")
        else { return nil }
        return param ?? quoted(in: message) ?? "a parameter"
    }

    /// What to change for `parameter`.
    static func advice(for parameter: String) -> String {
        switch parameter {
        case "max_tokens", "max_completion_tokens":
            return
                "; set `token_parameter:` (max_completion_tokens or max_tokens) for this model under the provider's `models:` in promptgate.yaml"
        case "temperature", "top_p", "presence_penalty", "frequency_penalty":
            return
                "; set `sampling: false` for this model under the provider's `models:` in promptgate.yaml (the prompt's temperature is then not sent)"
        case "response_format":
            return "; set the provider's `structured_output:` to none or json_object in promptgate.yaml"
        default:
            return "; the model rejects `\(parameter)`: change the setting that sends it in promptgate.yaml"
        }
    }

    /// The first 'single-quoted' word of a message.
    private static func quoted(in message: String) -> String? {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[1].isEmpty, !parts[1].contains(" ") else { return nil }
        return String(parts[1])
    }
}
