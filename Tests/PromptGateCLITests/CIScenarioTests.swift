import Foundation
import Testing

/// The scenarios of issue 14 on real git repositories: `ci` gates against production, refuses
/// rewritten versions, sees pipeline and config changes, and judges first versions.
@Suite(.serialized) struct CIScenarioTests {
    @Test func twoNewVersionsWithTheBadOneInTheMiddleAreGatedAgainstProduction() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        try await project.branch("feature")
        try project.write("prompts/reviews/v2.md", ExecGitProject.prompt("bad"))
        try project.write("prompts/reviews/v3.md", ExecGitProject.prompt("c2wrong"))
        try await project.commit("v2 and v3")

        let ci = try await project.run(["ci", "--base", "main"])
        #expect(ci.status == 1, "\(ci.stdout)\(ci.stderr)")
        #expect(ci.stdout.contains("reviews@v3 vs v1: FAIL"))
        #expect(ci.stdout.contains("the newest version at `main`"))
        #expect(ci.stdout.contains("critical_regressions"))
        #expect(ci.stdout.contains("reviews@v2 vs v1: FAIL (intermediate version, reported only)"))
        let summary = try project.read("reports/ci-summary.md")
        #expect(summary.contains("v1: the newest version at \\`main\\`"), "the reason is text, its backticks escaped")
        #expect(summary.contains("intermediate, reported only"))
        let report = try project.read("reports/reviews/v3-vs-v1.md")
        #expect(report.contains("Baseline: v1, the newest version at \\`main\\`"))

        // `gate` can be told the baseline, by version or by git ref.
        let byVersion = try await project.run(["gate", "reviews", "--baseline", "reviews@v1"])
        #expect(
            byVersion.status == 1 && byVersion.stdout.contains("reviews@v3 vs v1: FAIL"),
            "\(byVersion.stdout)\(byVersion.stderr)")
        let byRef = try await project.run(["gate", "reviews", "--baseline-ref", "main"])
        #expect(byRef.status == 1 && byRef.stdout.contains("reviews@v3 vs v1: FAIL"), "\(byRef.stdout)\(byRef.stderr)")
        let previous = try await project.run(["gate", "reviews"])
        #expect(
            previous.status == 0 && previous.stdout.contains("reviews@v3 vs v2: PASS"),
            "\(previous.stdout)\(previous.stderr)")
    }

    @Test func aChangedPipelineScriptMissesTheCacheAndIsGated() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        let first = try await project.run(["run", "reviews"])
        #expect(first.status == 0 && first.stdout.contains("8/8 passed"), "\(first.stdout)\(first.stderr)")
        try await project.branch("pipeline")
        try project.write(
            "pipeline.sh",
            ExecGitProject.pipeline.replacingOccurrences(
                of: "name=null", with: "name=null\n[ \"$id\" = c2 ] && s=neutral"))
        try await project.commit("pipeline change")

        let rerun = try await project.run(["run", "reviews"])
        #expect(
            rerun.status == 0 && rerun.stdout.contains("7/8 passed"),
            "stale cached answers: \(rerun.stdout)\(rerun.stderr)")
        let ci = try await project.run(["ci", "--base", "main"])
        #expect(ci.status == 1, "\(ci.stdout)\(ci.stderr)")
        #expect(ci.stdout.contains("reviews@v1 vs v1: FAIL"))
        #expect(ci.stdout.contains("critical_regressions"))
        let summary = try project.read("reports/ci-summary.md")
        #expect(summary.contains("changed: pipeline.sh"))
    }

    @Test func aChangedFileDeclaredInDependsOnIsGatedAndAMissingOneIsBadInput() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        let config = ExecGitProject.config().replacingOccurrences(
            of: "command: [./pipeline.sh]", with: "command: [./pipeline.sh]\n    depends_on: [pipeline.sh, lib/*.txt]")
        try project.write("promptgate.yaml", config)
        try project.write("lib/rules.txt", "rule 1\n")
        try await project.commit("declare the pipeline's files")
        try await project.branch("rules")
        try project.write("lib/rules.txt", "rule 2\n")
        try await project.commit("rules change")
        let ci = try await project.run(["ci", "--base", "main"])
        #expect(ci.status == 0 && ci.stdout.contains("reviews@v1 vs v1: PASS"), "\(ci.stdout)\(ci.stderr)")
        #expect(try project.read("reports/ci-summary.md").contains("changed: lib/rules.txt"))

        try project.write("promptgate.yaml", config.replacingOccurrences(of: "lib/*.txt", with: "lib/*.json"))
        let check = try await project.run(["check"])
        #expect(check.status == 2, "\(check.stdout)\(check.stderr)")
        #expect(
            check.stderr.contains(
                "promptgate.yaml:8: error: provider `pipe`: `depends_on` entry `lib/*.json` matches no file"))
    }

    @Test func aConfigOnlyChangeIsGated() async throws {
        let project = try await ExecGitProject.make(versions: ["c3wrong"])
        defer { project.remove() }
        try await project.branch("prices")
        try project.write("promptgate.yaml", ExecGitProject.config(inputPrice: "10.0"))
        try await project.commit("prices x10")
        let prices = try await project.run(["ci", "--base", "main"])
        #expect(
            !prices.stdout.contains("nothing to gate") && prices.stdout.contains("reviews@v1 vs v1:"),
            "\(prices.stdout)\(prices.stderr)")
        #expect(try project.read("reports/ci-summary.md").contains("changed: promptgate.yaml"))

        // A stricter policy in the config alone is gated too, and fails the 7/8 version.
        try project.write("promptgate.yaml", ExecGitProject.config() + "\ngate:\n  min_pass_rate: 0.95\n")
        try await project.commit("stricter gate")
        let stricter = try await project.run(["ci", "--base", "main"])
        #expect(stricter.status == 1, "\(stricter.stdout)\(stricter.stderr)")
        #expect(stricter.stdout.contains("FAIL min_pass_rate"))
    }

    @Test func anInPlaceEditOfAMergedVersionIsRefused() async throws {
        let project = try await ExecGitProject.make(versions: ["good"])
        defer { project.remove() }
        try await project.branch("edit")
        try project.write("prompts/reviews/v1.md", ExecGitProject.prompt("leak"))
        try await project.commit("edit v1 in place")

        let ci = try await project.run(["ci", "--base", "main"])
        #expect(ci.status == 2, "\(ci.stdout)\(ci.stderr)")
        #expect(ci.stderr.contains("prompts/reviews/v1.md"))
        #expect(ci.stderr.contains("add v2 instead"))
    }

    @Test func aFirstVersionThatLeaksPersonalDataFails() async throws {
        let project = try await ExecGitProject.make(versions: [])
        defer { project.remove() }
        try await project.branch("first")
        try project.write("prompts/reviews/v1.md", ExecGitProject.prompt("leak"))
        try await project.commit("first version")

        let ci = try await project.run(["ci", "--base", "main"])
        #expect(ci.status == 1, "\(ci.stdout)\(ci.stderr)")
        #expect(ci.stdout.contains("reviews@v1 (no baseline): FAIL"))
        #expect(ci.stdout.contains("FAIL pii"))
        let gate = try await project.run(["gate", "reviews"])
        #expect(gate.status == 1 && gate.stdout.contains("FAIL pii"), "\(gate.stdout)\(gate.stderr)")
        #expect(try project.read("reports/reviews/v1-gate.md").contains("Gate: FAIL"))
    }

    @Test func aFirstVersionBelowTheMinimumPassRateFails() async throws {
        let project = try await ExecGitProject.make(versions: ["c3wrong"])
        defer { project.remove() }
        try project.write("promptgate.yaml", ExecGitProject.config() + "\ngate:\n  min_pass_rate: 0.95\n")
        let gate = try await project.run(["gate", "reviews"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(gate.stdout.contains("FAIL min_pass_rate: pass rate 87.5% (required at least 95.0%); failing: c3"))
    }
}
