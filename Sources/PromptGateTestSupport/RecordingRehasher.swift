import Foundation
import PromptGate

/// Maintenance for the bundled example: re-computes the request hashes of hand-written example
/// recordings after an intentional prompt edit, keeping each recorded output. Only for example
/// data whose outputs were written, not recorded; live recordings are re-recorded instead.
public enum RecordingRehasher {
    /// Rewrites `<prompt>@v<version>.jsonl` with the current request hashes; returns the count.
    @discardableResult
    public static func rehash(root: URL, prompt: String, version: Int) throws -> Int {
        let project = try Project.open(root: root)
        let plan = try project.plan(prompt, version: version)
        let url = RecordingFile.url(
            config: project.config, testset: plan.testSet.name, prompt: prompt, version: version)
        let old = try RecordingFile.load(url: url, display: project.config.display(url))
        var file = RecordingFile(path: old.path)
        for call in plan.calls {
            let key = CaseKey(caseID: call.request.caseID, repeatIndex: call.request.repeatIndex)
            guard var recording = old.recordings[key] else { continue }
            recording.requestHash = call.request.requestHash
            file.add(recording)
        }
        let text = file.serialized(order: plan.testSet.cases.ids)
        try Data(text.utf8).write(to: url, options: .atomic)
        return file.recordings.count
    }
}

extension RecordingRehasher {
    /// Rewrites the recordings of the judges `prompt`'s test set names with the current request
    /// hashes of the judge requests on each version's recorded answers (a judge's requests hold
    /// the answers it judges); returns the count kept.
    @discardableResult
    public static func rehashJudges(root: URL, prompt: String, versions: [Int]) throws -> Int {
        let project = try Project.open(root: root)
        var files: [String: (url: URL, old: RecordingFile, new: RecordingFile, order: [String])] = [:]
        for version in versions {
            let plan = try project.plan(prompt, version: version)
            let url = RecordingFile.url(
                config: project.config, testset: plan.testSet.name, prompt: prompt, version: version)
            let answers = try RecordingIndex(url: url, display: project.config.display(url))
            for judge in plan.judges where judge.provider.kind == .replay {
                let judgeURL = RecordingFile.url(
                    config: project.config, testset: judge.prompt.settings.testset, prompt: judge.prompt.name,
                    version: judge.prompt.version)
                // Lines this pass does not recompute (calibration verdicts) are kept as they are.
                let loaded = try RecordingFile.load(url: judgeURL, display: project.config.display(judgeURL))
                var entry = try files[judge.prompt.reference] ?? (judgeURL, loaded, loaded, [])
                for request in judge.requests(judging: plan, recordings: answers) {
                    let key = CaseKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
                    guard var recording = entry.old.recordings[key] else { continue }
                    recording.requestHash = request.requestHash
                    entry.new.add(recording)
                    entry.order.append(request.caseID)
                }
                files[judge.prompt.reference] = entry
            }
        }
        var count = 0
        for entry in files.values {
            try Data(entry.new.serialized(order: entry.order).utf8).write(to: entry.url, options: .atomic)
            count += entry.new.recordings.count
        }
        return count
    }
}

extension RecordingRehasher {
    /// Rewrites the request hashes of a judge's calibration verdicts (`calibration/<id>` lines of
    /// its recordings) for the labels file `labels` (relative to `root`); returns the count.
    @discardableResult
    public static func rehashCalibration(root: URL, judge: String, version: Int, labels: String) throws -> Int {
        let project = try Project.open(root: root)
        let prompt = try project.prompts.load(judge, version: version)
        guard let scale = prompt.settings.verdict,
            let provider = project.config.providers[prompt.settings.provider ?? project.config.defaultProvider]
        else { return 0 }
        let text = try String(contentsOf: root.appendingPathComponent(labels), encoding: .utf8)
        let plan = JudgePlan(use: JudgeUse(name: judge, version: version), prompt: prompt, provider: provider)
        let url = RecordingFile.url(
            config: project.config, testset: prompt.settings.testset, prompt: judge, version: version)
        var file = try RecordingFile.load(url: url, display: project.config.display(url))
        let order = file.lines.sorted { $0.value < $1.value }.map(\.key.caseID)
        var count = 0
        for label in try CalibrationLabels.parse(text, display: labels, scale: scale) {
            let testCase = TestCase(id: label.id, vars: label.vars, expected: label.expected.map(JSONValue.string))
            guard
                case .success(let request) = plan.request(
                    for: label.output, parsed: ParsedOutput(value: nil, mode: .text), testCase: testCase,
                    subject: JudgeCalibrateCommand.subject, repeatIndex: 0),
                var recording = file.recordings[CaseKey(caseID: request.caseID, repeatIndex: 0)]
            else { continue }
            recording.requestHash = request.requestHash
            file.add(recording, line: file.lines[CaseKey(caseID: request.caseID, repeatIndex: 0)] ?? 0)
            count += 1
        }
        try Data(file.serialized(order: order).utf8).write(to: url, options: .atomic)
        return count
    }
}
