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
