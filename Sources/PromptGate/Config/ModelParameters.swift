/// Which generation parameters a model takes, set per provider (`token_parameter`, `sampling`)
/// and per model under the provider's `models:`; unset values fall back to what the provider's
/// documentation says about the model. Only the OpenAI provider reads them (Anthropic's Messages
/// API takes `max_tokens` and `temperature` for every model).
public struct ModelParameters: Sendable, Equatable {
    /// The name the output-token cap is sent under.
    public enum TokenParameter: String, Sendable, CaseIterable {
        /// Deprecated by OpenAI; still what most OpenAI-compatible servers read.
        case maxTokens = "max_tokens"
        /// OpenAI's current name, the only one its reasoning models accept.
        case maxCompletionTokens = "max_completion_tokens"
    }

    public var tokenParameter: TokenParameter?
    /// Whether `temperature` is sent; nil: unless the model is known to reject sampling parameters.
    public var sampling: Bool?

    public init(tokenParameter: TokenParameter? = nil, sampling: Bool? = nil) {
        self.tokenParameter = tokenParameter
        self.sampling = sampling
    }

    /// These values, with `fallback`'s where these are unset.
    func over(_ fallback: ModelParameters) -> ModelParameters {
        ModelParameters(
            tokenParameter: tokenParameter ?? fallback.tokenParameter, sampling: sampling ?? fallback.sampling)
    }

    /// OpenAI's reasoning models (o1, o3, o4 families, gpt-5) reject a non-default `temperature`
    /// and the other sampling parameters.
    static func rejectsSampling(_ model: String) -> Bool {
        let name = model.lowercased().split(separator: "/").last.map(String.init) ?? model.lowercased()
        return ["o1", "o3", "o4"].contains { name == $0 || name.hasPrefix($0 + "-") }
            || (name.hasPrefix("gpt-5") && !name.contains("chat"))
    }

    /// Reads `token_parameter` and `sampling` from a provider entry or one of its `models:`.
    static func load(from entry: inout YAMLMapping, file: String, into bag: inout DiagnosticBag) -> ModelParameters {
        var parameters = ModelParameters()
        if let name = entry.string("token_parameter", into: &bag) {
            if let value = TokenParameter(rawValue: name) {
                parameters.tokenParameter = value
            } else {
                bag.append(
                    .error(
                        file, line: entry.lineOf("token_parameter"),
                        "`token_parameter` must be one of: \(TokenParameter.allCases.map(\.rawValue).joined(separator: ", ")); got `\(name)`"
                    ))
            }
        }
        parameters.sampling = entry.bool("sampling", into: &bag)
        return parameters
    }
}
