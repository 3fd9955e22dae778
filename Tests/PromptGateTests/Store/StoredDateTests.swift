import Foundation
import GRDB
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// `StoredDate` writes dates without ICU; the text must be exactly what GRDB's formatter wrote (old
/// databases and SQLite's date functions read it), and reading must invert writing.
@Suite struct StoredDateTests {
    @Test func writesTheSameTextAsGRDBsFormatter() {
        var generator = SystemRandomNumberGenerator()
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.001),
            Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 4_107_542_399.999), Date(timeIntervalSince1970: -2_208_988_800),
        ]  // 2100-02-28 23:59:59.999, 1900-01-01
        // Halves of a millisecond are exactly representable at these magnitudes and round up.
        dates += [-1_774_908_254_561.5, -296_079_753_210.5, 1_764_124_548_250.5].map {
            Date(timeIntervalSince1970: $0 / 1000)
        }
        for _ in 0..<20_000 {
            dates.append(
                Date(timeIntervalSince1970: Double.random(in: -2_208_988_800...7_258_118_400, using: &generator)))
        }
        for date in dates {
            #expect(
                StoredDate.text(date) == (date.databaseValue.storage.value as? String), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func readsWhatItWritesToTheMillisecond() throws {
        for seconds in [0, 1_764_115_200.123, -86_400.5, 253_402_300_799.999] {
            let date = Date(timeIntervalSince1970: seconds)
            let back = try #require(StoredDate.date(StoredDate.text(date).databaseValue))
            #expect(abs(back.timeIntervalSince1970 - (seconds * 1000 + 0.5).rounded(.down) / 1000) < 1e-6)
        }
    }

    @Test(arguments: [
        ("2026-11-26", 1_795_651_200.0), ("2026-11-26 02:35", 1_795_660_500), ("2026-11-26T02:35:48", 1_795_660_548),
        ("2026-11-26 02:35:48.5", 1_795_660_548.5), ("1969-12-31 23:59:59.999", -0.001),
    ])
    func readsSQLiteDateForms(text: String, seconds: Double) throws {
        let date = try #require(StoredDate.date(text.databaseValue))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: [
        "", "2026-13-01", "2026-11-26 25:00", "2026-11-26 02:35:48.", "26-11-2026", "2026-11-26 02:35:48Z", "yesterday",
    ])
    func refusesWhatIsNotADate(text: String) {
        #expect(StoredDate.date(text.databaseValue) == nil)
    }

    @Test func storedRunsKeepTheirDates() throws {
        let project = try TempProject()
        defer { project.remove() }
        let store = try ResultStore(path: project.root.appendingPathComponent("db.sqlite").path)
        let started = Date(timeIntervalSince1970: 1_764_124_548.25)
        let run = try store.startRun(
            RunRecord(
                prompt: "p", version: 1, promptHash: "sha256:a", testset: "t", testsetHash: "sha256:b",
                provider: "replay",
                model: "m", repeats: 1, caseCount: 0, configJSON: "{}", status: .running, startedAt: started))
        let runID = try #require(run.id)
        try store.finishRun(runID, status: .completed)
        let stored = try store.snapshot(runID: runID).run
        #expect(stored.startedAt == started)
        let text = try store.read { db in
            try String.fetchOne(db, sql: "SELECT startedAt FROM run WHERE id = ?", arguments: [runID])
        }
        #expect(text == "2025-11-26 02:35:48.250")
        let finished = try #require(stored.finishedAt)
        #expect(abs(finished.timeIntervalSinceNow) < 60)
    }
}
