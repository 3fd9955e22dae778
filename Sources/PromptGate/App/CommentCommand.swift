import Foundation

/// `promptgate comment FILE.md`: posts a report as the pull request's one promptgate comment,
/// updating it in place on later pushes (GitHub Actions: needs `GITHUB_TOKEN` and
/// `permissions: pull-requests: write`).
public enum CommentCommand {
    /// Publishes `path`'s Markdown. `tokenVariable` names the variable holding the token;
    /// `transport` defaults to libcurl. Bad setup is an `InputError` (exit 2), an API failure a
    /// `GitHubAPIError` (exit 3).
    public static func run(
        path: String, pullRequest: Int?, tokenVariable: String = "GITHUB_TOKEN",
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil
    ) async throws -> PullRequestComment.Outcome {
        let markdown = try TextFile.read(path, display: path)
        let target = try PullRequestTarget.fromEnvironment(environment, number: pullRequest)
        guard let token = environment[tokenVariable], !token.isEmpty else {
            throw InputError(
                .error(
                    tokenVariable,
                    "not set: pass the token to the step (env: \(tokenVariable): ${{ secrets.GITHUB_TOKEN }})"))
        }
        let http: any HTTPTransport
        if let transport {
            http = transport
        } else if let reason = CurlGlobal.unavailableReason {
            throw InputError(.error(target.apiURL, "posting a comment needs libcurl: \(reason)"))
        } else {
            http = CurlTransport(maxConnections: 1)
        }
        return try await PullRequestComment(target: target, token: token, transport: http).publish(markdown)
    }
}
