import Foundation
import Testing

/// `compare` and `gate` give one verdict; misconfiguration is exit 2; the console says what runs.
@Suite(.serialized) struct VerdictAndConfigTests {
    @Test func compareExitsByTheVerdictItsReportShows() async throws {
        // No case regresses (both versions leak), yet the gate fails on PII: compare must say so.
        let leaking = try await ExecGitProject.make(versions: ["leak", "leak"])
        defer { leaking.remove() }
        let failing = try await leaking.run(["compare", "reviews"])
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("regressions 0"))
        #expect(failing.stdout.contains("verdict: FAIL"))
        #expect(try leaking.read("reports/reviews/v2-vs-v1.md").contains("Gate: FAIL"))

        // One non-critical case regresses, well within noise at 8 cases: a regression listed, yet
        // the gate passes, and compare exits 0 and says what its report says.
        let noisy = try await ExecGitProject.make(versions: ["good", "c3wrong"])
        defer { noisy.remove() }
        let passed = try await noisy.run(["compare", "reviews"])
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("regressions 1"))
        #expect(passed.stdout.contains("verdict: PASS"))
        #expect(try noisy.read("reports/reviews/v2-vs-v1.md").contains("Gate: PASS"))

        // A cost just above the warn point: the gate warns, compare exits 0 and says WARN.
        let warning = try await ExecGitProject.make(versions: ["good", "verbose"])
        defer { warning.remove() }
        let warned = try await warning.run(["compare", "reviews"])
        #expect(warned.status == 0, "\(warned.stdout)\(warned.stderr)")
        #expect(warned.stdout.contains("verdict: WARN"))
        #expect(try warning.read("reports/reviews/v2-vs-v1.md").contains("Gate: WARN"))
    }

    @Test func runningAMissingSideIsSaidAndTheFirstPipelineErrorIsShown() async throws {
        let project = try await ExecGitProject.make(versions: ["good", "good again"])
        defer { project.remove() }
        let compare = try await project.run(["compare", "reviews"])
        #expect(compare.status == 0, "\(compare.stdout)\(compare.stderr)")
        #expect(compare.stderr.contains("running reviews@v1 (no stored run): 8 calls via pipe"))
        #expect(compare.stderr.contains("progress: 8/8 cases"))

        try project.write(
            "pipeline.sh", "#!/bin/sh\ncat >/dev/null\necho 'boom: the model server is down' >&2\nexit 7\n")
        let crashed = try await project.run(["run", "reviews"])
        #expect(crashed.status == 3, "\(crashed.stdout)\(crashed.stderr)")
        #expect(crashed.stderr.contains("first provider error"))
        #expect(crashed.stderr.contains("boom: the model server is down"))
    }

    @Test func theCostWarningSaysWhyItFires() async throws {
        // 2% dearer per case: above the warn point (1.2 x 0.8 = 0.96) though far below the ceiling.
        let project = try await ExecGitProject.make(versions: ["good", "verbose"])
        defer { project.remove() }
        let gate = try await project.run(["gate", "reviews"])
        #expect(gate.status == 0, "\(gate.stdout)\(gate.stderr)")
        #expect(gate.stdout.contains("reviews@v2 vs v1: WARN"))
        #expect(gate.stdout.contains("WARN cost: cost per answered case x1.02 of the baseline"))
        #expect(
            gate.stdout.contains("ceiling x1.20): above 80% of the ceiling (warns from x0.96; `cost_warn_fraction`)"))
    }

    @Test func aMissingProjectOrConfigIsBadInput() async throws {
        let missing = try await CLIRunner.run(
            ["check", "--root", "/nonexistent-promptgate-root"], in: FileManager.default.temporaryDirectory)
        #expect(missing.status == 2, "\(missing.stdout)\(missing.stderr)")
        #expect(missing.stderr.contains("no such folder"))

        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("promptgate.yaml"))
        let ci = try await project.run(["ci", "--base", "HEAD"])
        #expect(ci.status == 2, "\(ci.stdout)\(ci.stderr)")
        #expect(ci.stderr.contains("no promptgate.yaml"))
    }

    @Test func commandsFindTheProjectRootFromASubfolder() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        let check = try await project.run(["check"], in: "prompts/reviews")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("checked 1 prompt version, 1 test set, 8 cases: 0 errors"))
        let run = try await project.run(["run", "reviews"], in: "testsets")
        #expect(run.status == 0 && run.stdout.contains("8/8 passed"), "\(run.stdout)\(run.stderr)")
    }

    @Test func aMisspelledFieldInTestsetYAMLIsBadInputWithItsLine() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        try project.write(
            "testsets/reviews/testset.yaml", "version: 1\nfields:\n  sentimnt: { match: exact, weight: 2 }\n")
        let check = try await project.run(["check"])
        #expect(check.status == 2, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("testsets/reviews/testset.yaml:3: error: unknown field `sentimnt`"))
        let run = try await project.run(["run", "reviews"])
        #expect(run.status == 2 && run.stderr.contains("sentimnt"), "\(run.stdout)\(run.stderr)")
    }
}
