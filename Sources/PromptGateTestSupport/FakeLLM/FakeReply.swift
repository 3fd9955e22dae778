/// What the fake LLM server does with one request: answer with content, or play a fault the
/// way the real API would (status, headers and error body in that API's format).
public enum FakeReply: Sendable {
    /// How a content answer ended.
    public enum Stop: Sendable {
        case stop
        /// Cut off at max_tokens (`finish_reason: length`, `stop_reason: max_tokens`).
        case length
        /// OpenAI `finish_reason: content_filter`; Anthropic `stop_reason: refusal`.
        case contentFilter
        /// A refusal: OpenAI `message.refusal` (content null); Anthropic `stop_reason: refusal`.
        case refusal
    }

    /// A 200 answer with `text` (for a forced Anthropic tool, the text parsed as the tool input).
    case content(String, stop: Stop = .stop, inputTokens: Int = 12, outputTokens: Int = 8)
    /// 429 with `retry-after` (nil: no header) and any extra headers.
    case rateLimited(retryAfter: String? = "1", headers: [(String, String)] = [])
    /// Out of credit: OpenAI's 429 `insufficient_quota`, Anthropic's 400 "credit balance is too low".
    case insufficientQuota
    /// 404 for an unknown model, in the API's own words.
    case modelNotFound
    /// 400 rejecting a request parameter (OpenAI `unsupported_parameter` with `param`).
    case unsupportedParameter(String)
    /// A 5xx (500, 502, 503, 504) with an error body.
    case serverError(status: Int)
    /// Anthropic's 529 `overloaded_error` (OpenAI format: 503 "overloaded").
    case overloaded
    /// 400 context length exceeded, in the API's own words.
    case contextLength
    /// 400 invalid request.
    case badRequest
    /// 401; `echo` is put in the message, as servers that echo the key they got do.
    case unauthorized(echo: String? = nil)
    /// Reads the request and never answers (closes after `seconds`).
    case hang(seconds: Double)
    /// Starts a 200 answer, then resets the connection mid-body.
    case resetMidBody
    /// Declares a longer body than it sends, then closes.
    case truncated
    /// A streamed answer whose first content delta comes after `seconds` (non-streamed requests get `text` after that wait).
    case slowFirstToken(String, seconds: Double)
    /// A streamed answer that stops after half its content, without its terminal event (`data: [DONE]`,
    /// `message_stop`): with the HTTP body ended cleanly, or, with `closeConnection`, the connection closed mid-body.
    case streamCut(String, closeConnection: Bool = false)
    /// A streamed answer with an error event after half its content (Anthropic `event: error`
    /// `overloaded_error`, OpenAI a `data:` event holding an `error` object).
    case streamError(String)
    /// Any raw scripted response.
    case raw(ScriptedResponse)

    /// Valid JSON wrapped in prose ("Sure! Here it is: … Hope this helps.").
    public static func proseWrapped(_ json: String) -> FakeReply {
        .content("Sure! Here is the JSON you asked for:\n\(json)\nHope this helps.")
    }

    /// The first half of `text`, stopped at max_tokens.
    public static func cutOff(_ text: String) -> FakeReply {
        .content(String(text.prefix(max(1, text.count / 2))), stop: .length)
    }
}
