import Foundation

/// Which pull request a comment goes to, and through which GitHub REST API: read from the
/// variables GitHub Actions sets (`GITHUB_API_URL`, `GITHUB_REPOSITORY`, `GITHUB_EVENT_PATH`).
public struct PullRequestTarget: Sendable, Equatable {
    /// The API root, e.g. `https://api.github.com` (GitHub Enterprise sets its own).
    public var apiURL: String
    /// `owner/name`.
    public var repository: String
    /// The pull request's number.
    public var number: Int

    public init(apiURL: String, repository: String, number: Int) {
        self.apiURL = apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL
        self.repository = repository
        self.number = number
    }

    /// The target the Actions environment describes; `number` overrides the event's pull request.
    public static func fromEnvironment(
        _ environment: [String: String], number: Int? = nil
    ) throws(InputError) -> PullRequestTarget {
        let apiURL = environment["GITHUB_API_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.github.com"
        guard apiURL.hasPrefix("https://") || apiURL.hasPrefix("http://") else {
            throw InputError(.error("GITHUB_API_URL", "not an http(s) URL; unset it to use https://api.github.com"))
        }
        guard let repository = environment["GITHUB_REPOSITORY"], Self.isRepositoryName(repository) else {
            throw InputError(
                .error("GITHUB_REPOSITORY", "must name the repository as owner/name (GitHub Actions sets it)"))
        }
        if let number {
            guard number > 0 else { throw InputError(.error("--pr", "must be a pull request number (1 or more)")) }
            return PullRequestTarget(apiURL: apiURL, repository: repository, number: number)
        }
        guard let eventPath = environment["GITHUB_EVENT_PATH"], !eventPath.isEmpty else {
            throw InputError(.error("GITHUB_EVENT_PATH", "not set: run in a pull_request workflow, or pass --pr N"))
        }
        let event: JSONValue
        do {
            event = try JSONParser.parse(try TextFile.read(eventPath, display: eventPath))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.error(eventPath, "the event payload is not valid JSON"))
        }
        let found = event["pull_request"]?["number"]?.numberValue ?? event["number"]?.numberValue
        guard let found, found >= 1, found < 1e9, found == found.rounded() else {
            throw InputError(
                .error(eventPath, "the event names no pull request (not a pull_request event?): pass --pr N"))
        }
        return PullRequestTarget(apiURL: apiURL, repository: repository, number: Int(found))
    }

    /// `owner/name` with GitHub's allowed characters only, so it can go into a URL path as is.
    static func isRepositoryName(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
                }
        }
    }
}
