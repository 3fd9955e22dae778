import Foundation
import PromptGate
import PromptGateTestSupport
import Testing

/// `promptgate comment` against a local fake of GitHub's issue-comment endpoints, over libcurl.
/// A class, so that each test's report files are removed when it ends (`deinit`).
@Suite("pull request comment")
final class PullRequestCommentTests: Sendable {
    /// The folder of this test's report files.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pg-comment-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The fake's state: the pull request's comments in order, with their ids and authors.
    final class FakeGitHub: Sendable {
        let comments = Locked<[(id: Int, body: String)]>([])
        let nextID = Locked(1000)
        let server: TestHTTPServer

        init(otherComments: Int = 0, status: Int? = nil) throws {
            let comments = self.comments
            let nextID = self.nextID
            comments.withLock { list in
                for index in 0..<otherComments { list.append((id: index + 1, body: "a reviewer's comment \(index)")) }
            }
            server = try TestHTTPServer { request in
                if let status { return .json(#"{"message":"Resource not accessible by integration"}"#, status: status) }
                guard request.headers["Authorization"] == "Bearer test-token" else {
                    return .json(#"{"message":"Bad credentials"}"#, status: 401)
                }
                let path = request.path
                if request.method == "GET", path.hasPrefix("/repos/acme/prompts/issues/7/comments") {
                    let query = path.split(separator: "?").last.map(String.init) ?? ""
                    let page =
                        query.split(separator: "&").compactMap { $0.hasPrefix("page=") ? Int($0.dropFirst(5)) : nil }
                        .first ?? 1
                    let list = comments.withLock { $0 }
                    let slice = list.dropFirst((page - 1) * 100).prefix(100)
                    let items = slice.map { #"{"id":\#($0.id),"body":\#(JSONWriter.quoted($0.body))}"# }
                    return .json("[" + items.joined(separator: ",") + "]")
                }
                let body = (try? JSONParser.parse(bytes: request.body))?["body"]?.stringValue ?? ""
                if request.method == "POST", path == "/repos/acme/prompts/issues/7/comments" {
                    let id = nextID.withLock { value -> Int in
                        value += 1; return value
                    }
                    comments.withLock { $0.append((id: id, body: body)) }
                    return .json(#"{"id":\#(id)}"#, status: 201)
                }
                if request.method == "PATCH", path.hasPrefix("/repos/acme/prompts/issues/comments/"),
                    let id = Int(path.split(separator: "/").last ?? "")
                {
                    let found = comments.withLock { list -> Bool in
                        guard let index = list.firstIndex(where: { $0.id == id }) else { return false }
                        list[index].body = body
                        return true
                    }
                    return found ? .json(#"{"id":\#(id)}"#) : .json(#"{"message":"Not Found"}"#, status: 404)
                }
                return .json(#"{"message":"Not Found"}"#, status: 404)
            }
            try server.start()
        }

        var environment: [String: String] {
            ["GITHUB_API_URL": server.baseURL, "GITHUB_REPOSITORY": "acme/prompts", "GITHUB_TOKEN": "test-token"]
        }
    }

    /// Writes `text` to a new file in this test's folder; returns its path.
    func report(_ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("report-\(UUID().uuidString).md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("the first run creates one comment, later runs update it in place")
    func createsThenUpdates() async throws {
        let github = try FakeGitHub(otherComments: 150)
        defer { github.server.stop() }
        let first = try await CommentCommand.run(
            path: try report("# Gate: FAIL"), pullRequest: 7, environment: github.environment)
        guard case .created(let id) = first else { Issue.record("expected a new comment, got \(first)"); return }
        let second = try await CommentCommand.run(
            path: try report("# Gate: PASS"), pullRequest: 7, environment: github.environment)
        #expect(second == .updated(id: id))
        let third = try await CommentCommand.run(
            path: try report("# Gate: WARN"), pullRequest: 7, environment: github.environment)
        #expect(third == .updated(id: id))
        let ours = github.comments.withLock { $0 }.filter { $0.body.contains(PullRequestComment.defaultMarker) }
        #expect(ours.count == 1)
        #expect(ours.first?.body.hasSuffix("# Gate: WARN") == true)
        #expect(github.comments.withLock { $0.count } == 151)
        #expect(github.server.requests.filter { $0.method == "POST" }.count == 1)
    }

    @Test("the pull request number comes from the workflow's event payload")
    func numberFromEvent() async throws {
        let github = try FakeGitHub()
        defer { github.server.stop() }
        let event = try report(#"{"action":"synchronize","pull_request":{"number":7}}"#)
        var environment = github.environment
        environment["GITHUB_EVENT_PATH"] = event
        let outcome = try await CommentCommand.run(
            path: try report("report"), pullRequest: nil, environment: environment)
        guard case .created = outcome else { Issue.record("expected a comment, got \(outcome)"); return }
    }

    @Test("a refused call says what GitHub said and what to do, never the token")
    func refusalIsExplained() async throws {
        let github = try FakeGitHub(status: 403)
        defer { github.server.stop() }
        do {
            _ = try await CommentCommand.run(
                path: try report("report"), pullRequest: 7, environment: github.environment)
            Issue.record("a 403 must fail")
        } catch let error as GitHubAPIError {
            #expect(error.status == 403)
            #expect(error.description.contains("Resource not accessible by integration"))
            #expect(error.description.contains("pull-requests: write"))
            #expect(!error.description.contains("test-token"))
        }
    }

    @Test("missing setup is bad input naming the variable")
    func missingSetup() async throws {
        let path = try report("report")
        await #expect(throws: InputError.self) {
            _ = try await CommentCommand.run(
                path: path, pullRequest: 7, environment: ["GITHUB_REPOSITORY": "acme/prompts"])
        }
        await #expect(throws: InputError.self) {
            _ = try await CommentCommand.run(
                path: path, pullRequest: nil, environment: ["GITHUB_REPOSITORY": "acme/prompts", "GITHUB_TOKEN": "t"])
        }
        await #expect(throws: InputError.self) {
            _ = try await CommentCommand.run(
                path: path, pullRequest: 7, environment: ["GITHUB_REPOSITORY": "../x", "GITHUB_TOKEN": "t"])
        }
    }

    @Test("a report longer than GitHub allows is cut at a line with a pointer to the artifact")
    func longReportIsCut() async throws {
        let github = try FakeGitHub()
        defer { github.server.stop() }
        let long = (0..<5000).map { "| case-\($0) | regression | details of the case |" }.joined(separator: "\n")
        _ = try await CommentCommand.run(path: try report(long), pullRequest: 7, environment: github.environment)
        let body = github.comments.withLock { $0 }.first?.body ?? ""
        #expect(body.count <= 65_536)
        #expect(body.contains("full report is in the job's `promptgate-reports` artifact"))
        #expect(body.contains("| case-0 |"))
    }
}
