import ArgumentParser
import PromptGate

/// `promptgate comment`.
struct CommentCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Post a report as the pull request's promptgate comment, updating it in place on later runs.",
        discussion: """
            For GitHub Actions: reads GITHUB_REPOSITORY, GITHUB_API_URL and the pull request from \
            GITHUB_EVENT_PATH (or --pr), and the token from GITHUB_TOKEN (the job needs \
            `permissions: pull-requests: write`). The comment is found again by a hidden marker, so a \
            pull request keeps one comment however often it is pushed. \(ExitStatus.summary) Here 3 \
            means the GitHub API refused or could not be reached.
            """
    )

    @Argument(help: "The Markdown file to post, e.g. reports/ci-summary.md.")
    var file: String

    @Option(help: "The pull request number (default: the one in the workflow's event).")
    var pr: Int?

    @Option(help: "The environment variable holding the token.")
    var tokenEnv: String = "GITHUB_TOKEN"

    func run() async throws {
        do {
            switch try await CommentCommand.run(path: file, pullRequest: pr, tokenVariable: tokenEnv) {
            case .created(let id): print("created comment \(id)")
            case .updated(let id): print("updated comment \(id)")
            }
        } catch let error as GitHubAPIError {
            Console.error("error: \(error)")
            throw ExitStatusError(status: .incomplete)
        }
    }
}
