/// How a judge prompt answers (`verdict:` in its front matter): pass or fail, or a score from 1 to
/// 5. A prompt with `verdict:` is a judge: it scores other prompts' answers and is never run alone.
public enum JudgeScale: String, Sendable, CaseIterable {
    case passFail = "pass_fail"
    case scale5 = "scale_1_5"

    /// The lowest passing score of a 1–5 judge when the test set names none.
    public static let defaultThreshold = 4

    /// The structured output a judge must give: `{"verdict": …, "reason": "…"}`.
    public var outputSchema: JSONValue {
        let verdict: JSONValue =
            self == .passFail
            ? ["type": "string", "enum": ["pass", "fail"]]
            : ["type": "integer", "minimum": 1, "maximum": 5]
        return [
            "type": "object",
            "properties": ["verdict": verdict, "reason": ["type": "string"]],
            "required": ["verdict", "reason"],
            "additionalProperties": false,
        ]
    }

    /// The verdict as a number: pass 1 / fail 0, or the score 1–5; nil when it is not one.
    public func value(of verdict: JSONValue?) -> Int? {
        switch (self, verdict) {
        case (.passFail, .string(let s)?):
            switch s.lowercased() {
            case "pass": return 1
            case "fail": return 0
            default: return nil
            }
        case (.scale5, .number(let n)?):
            guard let whole = Int(exactly: n), (1...5).contains(whole) else { return nil }
            return whole
        default:
            return nil
        }
    }

    /// How a verdict is written in reports: `pass`/`fail` or `4/5`.
    public func label(_ value: Int) -> String {
        self == .passFail ? (value == 1 ? "pass" : "fail") : "\(value)/5"
    }

    /// The verdicts this scale can give, lowest first (for confusion matrices).
    public var values: [Int] { self == .passFail ? [0, 1] : [1, 2, 3, 4, 5] }
}
