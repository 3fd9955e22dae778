import Foundation

/// `promptgate judge calibrate <judge> --labels FILE.jsonl`: runs a judge over examples people
/// labelled, measures how far it agrees with them (accuracy, Cohen's kappa with a bootstrap
/// interval, the confusion matrix) and stores that with the judge's version and text.
public enum JudgeCalibrateCommand {
    /// What to calibrate, on which labels.
    public struct Options: Sendable {
        public var reference: PromptReference
        public var labels: URL
        /// The labels file as the user wrote it, for messages.
        public var labelsDisplay: String
        /// Where API keys are read from; nil: the process environment.
        public var environment: [String: String]?
        public var log: RunLog?
        /// Caps on the judge's calls (`--max-cost`, `--max-tokens`, `--max-calls`): reaching one
        /// stops the calibration (exit 3) with nothing stored.
        public var budget = BudgetLimits()

        public init(reference: PromptReference, labels: URL, labelsDisplay: String) {
            self.reference = reference
            self.labels = labels
            self.labelsDisplay = labelsDisplay
        }
    }

    /// The measured agreement, as stored, with the items the judge gave no verdict on.
    public struct Outcome: Sendable {
        public let record: JudgeCalibrationRecord
        public let agreement: RaterAgreement
        public let scale: JudgeScale
        /// For a 1–5 judge: the linear-weighted kappa beside the stored quadratic one.
        public let linearKappa: Double?
        /// Label id and why the judge gave no verdict.
        public let unjudged: [(id: String, problem: String)]
        /// What the judge calls cost.
        public let costUSD: Double
    }

    /// The case id prefix of calibration requests (their recordings read `calibration/<id>`).
    public static let subject = "calibration"

    public static func run(project: Project, options: Options) async throws -> Outcome {
        let (name, version) = try project.prompts.resolve(options.reference)
        let prompt = try project.prompts.load(name, version: version)
        guard let scale = prompt.settings.verdict else {
            throw InputError(
                .error(
                    prompt.path,
                    "`\(prompt.reference)` is not a judge prompt: only a prompt with `verdict:` in its front matter can be calibrated"
                ))
        }
        let text = try TextFile.read(options.labels.path, display: options.labelsDisplay)
        let labels = try CalibrationLabels.parse(text, display: options.labelsDisplay, scale: scale)
        let providerName = prompt.settings.provider ?? project.config.defaultProvider
        guard let provider = project.config.providers[providerName] else {
            throw InputError(
                .error(
                    prompt.path, line: prompt.line(of: "provider"),
                    "unknown provider `\(providerName)`; providers in \(ProjectConfig.fileName): \(project.config.providers.keys.sorted().joined(separator: ", "))"
                ))
        }
        let needed = prompt.variables.subtracting(JudgePlan.variables)
        for label in labels where !needed.isSubset(of: label.vars.keys) {
            let missing = needed.subtracting(label.vars.keys).sorted().map { "`\($0)`" }.joined(separator: ", ")
            throw InputError(
                .error(
                    options.labelsDisplay, line: label.line,
                    "example `\(label.id)` lacks the judge's variable \(missing) in `vars` (\(prompt.path) uses it)"))
        }
        let plan = JudgePlan(use: JudgeUse(name: name, version: version), prompt: prompt, provider: provider)
        let config = project.config
        let callProvider = try ProviderFactory.make(
            judge: plan, config: config, environment: options.environment ?? ProcessInfo.processInfo.environment,
            concurrency: config.concurrency)
        let store = try project.openStore()
        let governor = CallGovernor(
            limits: options.budget, breaker: config.breaker, concurrency: config.concurrency,
            requestsPerMinute: provider.requestsPerMinute, tokensPerMinute: provider.tokensPerMinute, log: options.log)
        let runner = JudgeRunner(
            plan: plan,
            calls: CallLoop(
                provider: callProvider, policy: config.retry, governor: governor, pricing: config.pricing,
                log: options.log),
            cache: provider.capabilities.cacheable
                ? ResponseCache.open(store, provider: provider, reads: true) : .disabled(provider),
            pricing: config.pricing)
        let judged = try await judgeAll(labels, runner: runner)
        try store.saveCachedResponses(judged.flatMap(\.cacheWrites))
        var pairs: [(Int, Int)] = []
        var unjudged: [(id: String, problem: String)] = []
        var cost = 0.0
        let offset = scale == .passFail ? 0 : 1
        for (label, item) in zip(labels, judged) {
            let judgement = item.judgement
            cost += judgement.costUSD
            guard let verdict = judgement.verdict else {
                unjudged.append((label.id, judgement.problem ?? "no verdict"))
                continue
            }
            pairs.append((label.label - offset, verdict - offset))
        }
        let weighting: KappaWeighting = scale == .passFail ? .unweighted : .quadratic
        let agreement = CohenKappa.agreement(pairs, categories: scale.values.count, weighting: weighting)
        let linear =
            scale == .passFail ? nil : CohenKappa.kappa(pairs, categories: scale.values.count, weighting: .linear)
        let labelsHash = ContentHash.of(text)
        var details: [String: JSONValue] = [
            "confusion": .array(agreement.confusion.map { .array($0.map { .number(Double($0)) }) }),
            "categories": .array(scale.values.map { .string(scale.label($0)) }),
            "unjudged": .number(Double(unjudged.count)),
            "interval": "percentile bootstrap, 2000 resamples of the examples, 95%",
        ]
        if let linear { details["linear_kappa"] = .number(linear) }
        let record = JudgeCalibrationRecord(
            key: "\(prompt.reference):\(prompt.contentHash):\(labelsHash)", judge: name, version: version,
            promptHash: prompt.contentHash,
            labelsHash: labelsHash, labelsPath: options.labelsDisplay, count: agreement.count,
            accuracy: agreement.accuracy,
            kappa: agreement.kappa, kappaLow: agreement.interval?.lower, kappaHigh: agreement.interval?.upper,
            weighting: weighting.rawValue, detailsJSON: JSONWriter.canonical(.object(details)), createdAt: Date())
        try store.saveCalibration(record)
        return Outcome(
            record: record, agreement: agreement, scale: scale, linearKappa: linear, unjudged: unjudged, costUSD: cost)
    }
}

extension JudgeCalibrateCommand {
    /// One label's verdict and the cache rows for fresh answers.
    struct Judged: Sendable {
        let judgement: Judgement
        let cacheWrites: [CachedResponseRecord]
    }

    /// Judges every label at once (the governor holds the calls to the project's concurrency and
    /// limits), in the labels' order; throws when the judge stops (budget, breaker, a fatal error).
    static func judgeAll(_ labels: [CalibrationLabel], runner: JudgeRunner) async throws -> [Judged] {
        try await withThrowingTaskGroup(of: (Int, Judged).self) { group in
            for (index, label) in labels.enumerated() {
                group.addTask { (index, try await judgeOne(label, runner: runner)) }
            }
            var judged: [Judged?] = Array(repeating: nil, count: labels.count)
            for try await (index, item) in group { judged[index] = item }
            return judged.compactMap { $0 }
        }
    }

    private static func judgeOne(_ label: CalibrationLabel, runner: JudgeRunner) async throws -> Judged {
        var result = CaseResult(caseID: label.id, repeatIndex: 0, tags: [], requestHash: "")
        let testCase = TestCase(
            id: label.id, vars: label.vars, expected: label.expected.map(JSONValue.string), line: label.line)
        do {
            let judgement = try await runner.judge(
                label.output, parsed: ParsedOutput(value: nil, mode: .text), testCase: testCase, subject: subject,
                into: &result)
            return Judged(judgement: judgement, cacheWrites: result.cacheWrites)
        } catch {
            throw CalibrationStopped(reason: error.stop.reason)
        }
    }
}

/// The calibration could not finish (budget, a fatal provider error): exit 3.
public struct CalibrationStopped: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { "the calibration stopped: \(reason); nothing was stored" }
}
