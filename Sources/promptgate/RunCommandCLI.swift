import ArgumentParser
import PromptGate

/// `promptgate run`.
struct RunCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a prompt version over its test set, store the results and write the report.",
        discussion: "PROMPT is `name` (latest version) or `name@vN`. " + ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The prompt to run: name or name@vN.")
    var prompt: String

    @Option(help: "Run each case this many times (default: the prompt's `repeats`, else 1).")
    var repeats: Int?

    @Option(help: "Use this provider from promptgate.yaml instead of the prompt's.")
    var provider: String?

    @Option(help: "Calls in flight at once (default: `defaults.concurrency`, else 8).")
    var concurrency: Int?

    @Flag(
        name: .customLong("resume", withSingleDash: false), inversion: .prefixedNo,
        help: "Finish an interrupted run of the same inputs (the default) instead of starting over.")
    var resume = true

    @Flag(help: "When another process is running the same inputs, wait for it to finish instead of stopping (exit 2).")
    var wait = false

    @Flag(help: "Do not answer from the response cache (fresh answers are still cached).")
    var noCache = false

    @OptionGroup var budget: BudgetOptions

    @Flag(help: "Print the planned calls, cache hits, estimated tokens and cost; call nothing, store nothing.")
    var dryRun = false

    @Flag(
        help: "Run against a live provider and write testsets/<set>/recordings/<prompt>@v<N>.jsonl for offline replay.")
    var record = false

    @Option(help: "Run only shard i of n (1-based) of the cases, for `promptgate merge`; writes no report.")
    var shard: String?

    @Flag(
        help:
            "Submit the calls through the provider's batch API (OpenAI Batch, Anthropic Message Batches) at its batch price; answers can take hours. An interrupted run resumes by polling the stored batch."
    )
    var batch = false

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil {
            throw ValidationError("--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/4; got `\(shard)`")
        }
        if shard != nil && record {
            throw ValidationError("--record writes the whole recordings file; record without --shard")
        }
        guard PromptReference(parsing: prompt) != nil else {
            throw ValidationError("`\(ConsoleText.escaped(prompt))` is not a prompt reference; write name or name@vN")
        }
        // A dry run only counts, so it estimates any repeat count (and says when `run` would refuse it).
        if let repeats, repeats < 1 || (!dryRun && repeats > ProjectConfig.maxRepeats) {
            throw ValidationError("--repeats must be from 1 to \(ProjectConfig.maxRepeats)")
        }
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if dryRun && record { throw ValidationError("--dry-run calls nothing, so it cannot --record") }
        if batch && record { throw ValidationError("--record writes what a live call answers; record without --batch") }
    }

    func run() async throws {
        guard let reference = PromptReference(parsing: prompt) else { throw ValidationError("bad prompt reference") }
        let project = try self.project.open()
        for warning in project.warnings { Console.error(warning.description) }
        var options = RunCommand.Options(
            reference: reference, repeats: repeats, provider: provider, concurrency: concurrency)
        let throttle = LogThrottle()
        options.log = { throttle.log($0) }
        options.noCache = noCache
        options.resume = resume
        options.waitForOtherRun = wait
        options.record = record
        options.shard = shard.flatMap(ShardSpec.init(parsing:))
        options.batch = batch
        options.budget = budget.limits
        if dryRun {
            Console.out(Summaries.dryRun(try RunCommand.dryRun(project: project, options: options)))
            return
        }
        let display = ProgressDisplay()
        options.progress = { display.update($0) }
        let interruption = RunInterruption()
        options.interruption = interruption
        let watch = SignalWatch(interruption: interruption)
        let outcome = try await RunCommand.run(project: project, options: options)
        withExtendedLifetime(watch) {}
        throttle.finish()
        for warning in outcome.warnings { Console.error(warning.description) }
        Console.out(Summaries.run(outcome, config: project.config))
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}
