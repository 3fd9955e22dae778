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
        let url = RecordingFile.url(config: project.config, testset: plan.testSet.name, prompt: prompt, version: version)
        let old = try RecordingFile.load(url: url, display: project.config.display(url))
        var file = RecordingFile(path: old.path)
        for call in plan.calls {
            let key = RecordingFile.RecordingKey(caseID: call.request.caseID, repeatIndex: call.request.repeatIndex)
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
            let url = RecordingFile.url(config: project.config, testset: plan.testSet.name, prompt: prompt, version: version)
            let answers = try RecordingIndex(url: url, display: project.config.display(url))
            for judge in plan.judges where judge.provider.kind == .replay {
                let judgeURL = RecordingFile.url(config: project.config, testset: judge.prompt.settings.testset, prompt: judge.prompt.name, version: judge.prompt.version)
                var entry = try files[judge.prompt.reference]
                    ?? (judgeURL, RecordingFile.load(url: judgeURL, display: project.config.display(judgeURL)), RecordingFile(path: project.config.display(judgeURL)), [])
                for request in judge.requests(judging: plan, recordings: answers) {
                    let key = RecordingFile.RecordingKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
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
