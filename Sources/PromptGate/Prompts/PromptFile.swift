/// How a prompt's reply is read: parsed as JSON and scored field by field, or kept as text.
public enum OutputMode: String, Sendable, CaseIterable {
    case json, text
}

/// A chat role in a prompt file.
public enum ChatRole: String, Sendable, CaseIterable, Codable {
    case system, user, assistant
}

/// One message of a prompt: its role and its template.
public struct MessageTemplate: Sendable, Equatable {
    public let role: ChatRole
    public let template: Template
}

/// The front matter of a prompt file: which test set, provider, model and parameters it runs with.
public struct PromptSettings: Sendable, Equatable {
    public var testset: String
    public var provider: String?
    public var model: String
    public var temperature: Double = 0
    public var maxTokens: Int = 1024
    public var output: OutputMode = .json
    public var repeats: Int?
    public var fallback: String?
    /// `stream: false` asks for whole answers instead of streams (no time to first token).
    public var stream: Bool?
    public var description: String?
    public var changelog: String?
    /// Gate policy keys this prompt overrides.
    public var gate: GatePolicyOverride?
    /// Set for a judge prompt (`verdict:`): how it answers.
    public var verdict: JudgeScale?
    /// Set for a pairwise judge (`verdict: pairwise`): it names the better of two answers.
    public var pairwise = false

    public init(testset: String, model: String) {
        self.testset = testset
        self.model = model
    }
}

/// One version of a prompt, `prompts/<name>/v<N>.md`, parsed and validated.
public struct PromptFile: Sendable {
    public let name: String
    public let version: Int
    /// Path relative to the project root, for messages.
    public let path: String
    public let settings: PromptSettings
    public let messages: [MessageTemplate]
    /// Hash of the file's text: a run records exactly which prompt produced it.
    public let contentHash: String
    /// The file line of each front-matter key, for messages about its value.
    public let frontMatterLines: [String: Int]

    /// The line of front-matter key `key`; the front matter's first line when it is not written.
    public func line(of key: String) -> Int {
        frontMatterLines[key] ?? 2
    }

    /// `name@vN`, the way users refer to a version.
    public var reference: String { "\(name)@v\(version)" }

    /// True for a judge prompt (`verdict:` in its front matter), rubric or pairwise.
    public var isJudge: Bool { settings.verdict != nil || settings.pairwise }

    /// Every variable any message uses.
    public var variables: Set<String> {
        Set(messages.flatMap(\.template.variables))
    }
}
