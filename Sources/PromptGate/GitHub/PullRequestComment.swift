/// Keeps one promptgate comment on a pull request up to date through the GitHub REST API: the
/// comment carrying `marker` is edited in place, or created when there is none, so a pull request
/// never collects a comment per push.
public struct PullRequestComment: Sendable {
    /// What `publish` did.
    public enum Outcome: Sendable, Equatable {
        case created(id: Int)
        case updated(id: Int)
    }

    /// The hidden line that identifies promptgate's comment among the others.
    public static let defaultMarker = "<!-- promptgate-report -->"
    /// GitHub refuses comment bodies longer than this many characters.
    static let maximumBodyLength = 65_536

    let target: PullRequestTarget
    let token: String
    let transport: any HTTPTransport
    let marker: String

    /// `token` is sent only as the `Authorization` header; it never appears in an error.
    public init(target: PullRequestTarget, token: String, transport: any HTTPTransport, marker: String = defaultMarker)
    {
        self.target = target
        self.token = token
        self.transport = transport
        self.marker = marker
    }

    /// Creates the comment or updates the existing one with `markdown` (cut to GitHub's limit
    /// with a note that the full report is in the job's artifacts).
    public func publish(_ markdown: String) async throws(GitHubAPIError) -> Outcome {
        let body = Self.commentBody(markdown, marker: marker)
        let payload = Array(JSONWriter.canonical(["body": .string(body)]).utf8)
        if let existing = try await findExisting() {
            _ = try await send("PATCH", "/repos/\(target.repository)/issues/comments/\(existing)", body: payload)
            return .updated(id: existing)
        }
        let created = try await send(
            "POST", "/repos/\(target.repository)/issues/\(target.number)/comments", body: payload)
        guard let id = created["id"]?.numberValue, id >= 1, id < 9e15 else {
            throw GitHubAPIError(status: 201, message: "the created comment came back without an id")
        }
        return .created(id: Int(id))
    }

    /// The marker line, then `markdown`, cut at a line boundary to fit GitHub's limit.
    static func commentBody(_ markdown: String, marker: String) -> String {
        let note = "\n\n… (cut to fit a comment: the full report is in the job's `promptgate-reports` artifact)\n"
        let head = marker + "\n"
        let room = maximumBodyLength - head.count - note.count
        guard markdown.count > room else { return head + markdown }
        var cut = String(markdown.prefix(room))
        if let lastNewline = cut.lastIndex(of: "\n") { cut = String(cut[..<lastNewline]) }
        return head + cut + note
    }

    /// The id of the first comment holding the marker, reading the comments page by page.
    private func findExisting() async throws(GitHubAPIError) -> Int? {
        let pageSize = 100
        for page in 1...100 {
            let listing = try await send(
                "GET", "/repos/\(target.repository)/issues/\(target.number)/comments?per_page=\(pageSize)&page=\(page)",
                body: [])
            guard let comments = listing.arrayValue else {
                throw GitHubAPIError(status: 200, message: "the comment list is not a JSON array")
            }
            for comment in comments where comment["body"]?.stringValue?.contains(marker) == true {
                if let id = comment["id"]?.numberValue, id >= 1, id < 9e15 { return Int(id) }
            }
            if comments.count < pageSize { return nil }
        }
        return nil
    }

    /// One API exchange; a non-2xx answer becomes an error carrying GitHub's own message.
    private func send(_ method: String, _ path: String, body: [UInt8]) async throws(GitHubAPIError) -> JSONValue {
        var headers: HTTPHeaders = [
            "Accept": "application/vnd.github+json",
            "Authorization": "Bearer \(token)",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "promptgate",
        ]
        if !body.isEmpty { headers.set(name: "Content-Type", value: "application/json") }
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(method: method, url: target.apiURL + path, headers: headers, body: body, totalTimeout: 30))
        } catch let error as TransportError {
            throw GitHubAPIError(status: nil, message: "\(method) \(path): \(error)")
        } catch {
            throw GitHubAPIError(status: nil, message: "\(method) \(path): cancelled")
        }
        let parsed = try? JSONParser.parse(bytes: response.body)
        guard (200..<300).contains(response.status) else {
            let said = parsed?["message"]?.stringValue.map { ": \($0)" } ?? ""
            throw GitHubAPIError(
                status: response.status,
                message: "\(method) \(path) answered \(response.status)\(said)\(Self.hint(for: response.status))")
        }
        return parsed ?? .null
    }

    /// What to do about the statuses a misconfigured workflow meets.
    static func hint(for status: Int) -> String {
        switch status {
        case 401: return " (the token is missing or invalid: pass GITHUB_TOKEN to the step)"
        case 403: return " (the token may not write comments: give the job `permissions: pull-requests: write`)"
        case 404: return " (no such repository or pull request, or the token cannot see it)"
        default: return ""
        }
    }
}

/// A GitHub REST API call that failed: the status (nil when no answer came) and what GitHub said.
public struct GitHubAPIError: Error, Sendable, CustomStringConvertible {
    public let status: Int?
    public let message: String
    public var description: String { "GitHub API: \(message)" }
}
