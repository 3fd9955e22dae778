import PromptGate
import Testing

/// The official JSON-Schema-Test-Suite for draft 2020-12, one parameterised test per case, plus a
/// summary that counts passes and skips. The suite's files are third-party data outside this
/// repository: the tests run when `PROMPTGATE_JSON_SCHEMA_SUITE` names them (CI sets it, and a set
/// variable naming a missing folder fails), and skip with instructions otherwise.
@Suite(
    "JSON Schema 2020-12 conformance",
    .enabled(if: ConformanceSuite.folder() != nil, Comment(rawValue: ConformanceSuite.skipNotice)))
struct ConformanceTests {
    static let cases = ConformanceSuite.loadCases()
    static let runnable = cases.filter { ConformanceSuite.skipReason(for: $0) == nil }

    @Test("official test case", arguments: ConformanceTests.runnable)
    func officialCase(_ testCase: ConformanceCase) throws {
        let outcome = try ConformanceSuite.run(testCase)
        #expect(outcome.isValid == testCase.valid, "isValid disagrees for \(testCase)")
        #expect(
            outcome.violations.isEmpty == testCase.valid,
            "validate() disagrees for \(testCase): \(outcome.violations)")
    }

    @Test("summary: every case passes or is on the named skip list")
    func summary() {
        var passed = 0
        var skipped = 0
        var failures: [String] = []
        for testCase in Self.cases {
            if ConformanceSuite.skipReason(for: testCase) != nil {
                skipped += 1
                continue
            }
            do {
                let outcome = try ConformanceSuite.run(testCase)
                if outcome.isValid == testCase.valid && outcome.violations.isEmpty == testCase.valid {
                    passed += 1
                } else {
                    failures.append("\(testCase)")
                }
            } catch {
                failures.append("\(testCase): \(error)")
            }
        }
        print("JSON Schema 2020-12 conformance: \(passed) passed, \(skipped) skipped of \(Self.cases.count)")
        for failure in failures { print("  FAILED \(failure)") }
        #expect(Self.cases.count == ConformanceSuite.expectedCaseCount)
        #expect(failures.isEmpty)
    }

    @Test("every skip-list entry names an existing group")
    func skipListIsCurrent() {
        for entry in ConformanceSuite.skipList {
            #expect(
                Self.cases.contains { $0.file == entry.file && $0.group == entry.group },
                "stale skip entry \(entry.file) > \(entry.group)")
            #expect(!entry.reason.isEmpty)
        }
    }
}
