/// The stored calibrations of the judges whose verdicts runs hold, at each judge's current text.
enum JudgeCalibrations {
    /// `name@vN` -> the newest calibration of that judge file as it is now (absent: none stored, or
    /// the judge was edited since).
    static func load(
        for snapshots: [RunSnapshot], project: Project, store: ResultStore
    ) -> [String: JudgeCalibrationRecord] {
        var found: [String: JudgeCalibrationRecord] = [:]
        for judge in Set(snapshots.flatMap { JudgeStats.of($0).map(\.judge) }) {
            guard let reference = PromptReference(parsing: judge), let version = reference.version,
                let prompt = try? project.prompts.load(reference.name, version: version),
                let record = try? store.latestCalibration(
                    judge: reference.name, version: version, promptHash: prompt.contentHash)
            else { continue }
            found[judge] = record
        }
        return found
    }

    /// The judges (`name@vN`) whose verdicts `snapshot` holds, in first-seen order.
    static func judges(in snapshot: RunSnapshot) -> [String] {
        var seen: Set<String> = []
        return JudgeStats.of(snapshot).map(\.judge).filter { seen.insert($0).inserted }
    }
}
