import Foundation

/// Collects the first answer of every case during a `--record` run and writes
/// `testsets/<set>/recordings/<prompt>@v<N>.jsonl`, so the `replay` provider can answer the same
/// requests offline. Cases without an answer keep their previous recording, if any.
public struct RunRecorder: Sendable {
    let plan: RunPlan
    private var answers: [CaseKey: CompletionResponse] = [:]
    /// Judge `name@vN` -> its replies, by the request's case id and repeat.
    private var judgeReplies: [String: [CaseKey: Recording]] = [:]

    public init(plan: RunPlan) {
        self.plan = plan
    }

    /// Keeps the first answers of finished cases.
    public mutating func add(_ results: [CaseResult]) {
        for result in results {
            for reply in result.judgeReplies {
                let key = CaseKey(caseID: reply.recording.caseID, repeatIndex: reply.recording.repeatIndex)
                judgeReplies[reply.judge, default: [:]][key] = reply.recording
            }
            guard let response = result.firstResponse else { continue }
            answers[CaseKey(caseID: result.caseID, repeatIndex: result.repeatIndex)] = response
        }
    }

    /// How many answers were collected.
    public var count: Int { answers.count }

    /// Writes the recordings file (merging into an existing one) and returns its URL.
    public func write(config: ProjectConfig) throws -> URL {
        let url = RecordingFile.url(
            config: config, testset: plan.testSet.name, prompt: plan.prompt.name, version: plan.prompt.version)
        var file =
            (try? RecordingFile.load(url: url, display: config.display(url)))
            ?? RecordingFile(path: config.display(url))
        for call in plan.calls {
            let key = CaseKey(caseID: call.caseID, repeatIndex: call.repeatIndex)
            guard let response = answers[key] else { continue }
            file.add(
                Recording(
                    caseID: key.caseID, repeatIndex: key.repeatIndex, requestHash: Self.replayHash(call.request),
                    response: Self.plain(response)))
        }
        try Self.save(file, to: url, testset: plan.testSet.name, order: plan.testSet.cases.ids, config: config)
        return url
    }

    /// Writes each live judge's replies into its recordings file (merging: one file holds the
    /// verdicts on every judged version), so a replayed judge answers them offline; a replayed
    /// judge's file is left alone. Returns each file written and how many replies it got.
    public func writeJudges(config: ProjectConfig) throws -> [(url: URL, count: Int)] {
        var written: [(url: URL, count: Int)] = []
        for judge in plan.judges where judge.provider.capabilities.recordable {
            guard let replies = judgeReplies[judge.prompt.reference], !replies.isEmpty else { continue }
            let testset = judge.prompt.settings.testset
            let url = RecordingFile.url(
                config: config, testset: testset, prompt: judge.prompt.name, version: judge.prompt.version)
            var file =
                (try? RecordingFile.load(url: url, display: config.display(url)))
                ?? RecordingFile(path: config.display(url))
            for recording in replies.values {
                var line = recording
                line.response = Self.plain(recording.response)
                file.add(line)
            }
            try Self.save(file, to: url, testset: testset, order: [], config: config)
            written.append((url, replies.count))
        }
        return written
    }

    /// A response as a recording keeps it: without the provider's request id and status code.
    private static func plain(_ response: CompletionResponse) -> CompletionResponse {
        var plain = response
        plain.requestID = nil
        plain.statusCode = nil
        return plain
    }

    /// Writes `file` inside `testsets/<testset>/`, refusing a path that resolves elsewhere.
    private static func save(
        _ file: RecordingFile, to url: URL, testset: String, order: [String], config: ProjectConfig
    ) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let folder = config.testsetsURL.appendingPathComponent(testset)
        guard ProjectPath.isInside(url, folder: folder) else {
            throw InputError(
                .error(
                    config.display(url),
                    "refusing to write recordings outside testsets/\(testset)/: the path resolves elsewhere (a symbolic link?)"
                ))
        }
        try Data(file.serialized(order: order).utf8).write(to: url, options: .atomic)
    }

    /// The hash replay checks: the request as the replay provider renders it (no provider-specific
    /// output schema).
    static func replayHash(_ request: CompletionRequest) -> String {
        var plain = request
        plain.outputSchema = nil
        return plain.requestHash
    }
}
