import Foundation

/// Collects the first answer of every case during a `--record` run and writes
/// `testsets/<set>/recordings/<prompt>@v<N>.jsonl`, so the `replay` provider can answer the same
/// requests offline. Cases without an answer keep their previous recording, if any.
public struct RunRecorder: Sendable {
    let plan: RunPlan
    private var answers: [CaseKey: CompletionResponse] = [:]

    public init(plan: RunPlan) {
        self.plan = plan
    }

    /// Keeps the first answers of finished cases.
    public mutating func add(_ results: [CaseResult]) {
        for result in results {
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
            guard var response = answers[key] else { continue }
            response.requestID = nil
            response.statusCode = nil
            file.add(
                Recording(
                    caseID: key.caseID, repeatIndex: key.repeatIndex, requestHash: Self.replayHash(call.request),
                    response: response))
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let folder = config.testsetsURL.appendingPathComponent(plan.testSet.name)
        guard ProjectPath.isInside(url, folder: folder) else {
            throw InputError(
                .error(
                    config.display(url),
                    "refusing to write recordings outside testsets/\(plan.testSet.name)/: the path resolves elsewhere (a symbolic link?)"
                ))
        }
        try Data(file.serialized(order: plan.testSet.cases.ids).utf8).write(to: url, options: .atomic)
        return url
    }

    /// The hash replay checks: the request as the replay provider renders it (no provider-specific
    /// output schema).
    static func replayHash(_ request: CompletionRequest) -> String {
        var plain = request
        plain.outputSchema = nil
        return plain.requestHash
    }
}
