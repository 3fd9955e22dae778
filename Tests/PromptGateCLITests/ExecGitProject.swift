import Foundation
import Testing

/// A real git repository in a temp folder holding a small project answered by an `exec` pipeline
/// (a shell script), for the CI scenarios: what a prompt answers is set by a `MODE=` word in it.
struct ExecGitProject {
    let root: URL

    /// The pipeline: odd cases are positive and even ones negative; `MODE=bad` answers neutral to
    /// every case, `MODE=c2wrong` only to the critical case c2, `MODE=c3wrong` only to c3, and
    /// `MODE=leak` puts an e-mail address in `name`; `MODE=verbose` uses 24 output tokens instead of 20.
    static let pipeline = #"""
        #!/bin/sh
        input=$(cat)
        id=$(printf '%s' "$input" | sed -n 's/.*"case_id":"\([^"]*\)".*/\1/p')
        n=${id#c}
        if [ $((n % 2)) -eq 1 ]; then s=positive; else s=negative; fi
        name=null
        case "$input" in *MODE=bad*) s=neutral;; esac
        case "$input" in *MODE=c2wrong*) [ "$id" = c2 ] && s=neutral;; esac
        case "$input" in *MODE=c3wrong*) [ "$id" = c3 ] && s=neutral;; esac
        case "$input" in *MODE=leak*) name='\"ann.lee@example.com\"';; esac
        out=20
        case "$input" in *MODE=verbose*) out=24;; esac
        printf '{"output": "{\\"sentiment\\": \\"%s\\", \\"name\\": %s}", "stop_reason": "stop", "usage": {"input_tokens": 300, "output_tokens": %s}}\n' "$s" "$name" "$out"
        """#

    static func config(inputPrice: String = "1.0") -> String {
        """
        version: 1
        defaults:
          provider: pipe
        providers:
          pipe:
            type: exec
            command: [./pipeline.sh]
        pricing:
          test-model: { input: \(inputPrice), output: 2.0 }
        """
    }

    static let schema = """
        {"type": "object", "required": ["sentiment", "name"], "additionalProperties": false,
         "properties": {"sentiment": {"enum": ["positive", "negative", "neutral"]}, "name": {"type": ["string", "null"]}}}
        """

    static let testsetYAML = """
        version: 1
        fields:
          sentiment: { match: exact, weight: 2 }
          name: { match: exact }
        """

    static var cases: String {
        (1...8).map { n in
            let sentiment = n % 2 == 1 ? "positive" : "negative"
            let tags = n == 2 ? #", "tags": ["critical"]"# : ""
            return
                #"{"id": "c\#(n)", "vars": {"text": "review \#(n)"}, "expected": {"sentiment": "\#(sentiment)", "name": null}\#(tags)}"#
        }.joined(separator: "\n") + "\n"
    }

    static func prompt(_ mode: String) -> String {
        """
        ---
        testset: reviews
        model: test-model
        max_tokens: 50
        ---
        # system
        Classify the sentiment. MODE=\(mode)

        # user
        Review: {{text}}
        """
    }

    /// A repository on branch `main` with the config, test set and pipeline, and a prompt version
    /// per mode given (v1, v2, ...), committed.
    static func make(versions: [String] = ["good"]) async throws -> ExecGitProject {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("promptgate-exec-\(UUID().uuidString)")
        let project = ExecGitProject(root: root)
        try project.write("promptgate.yaml", config())
        try project.write("testsets/reviews/schema.json", schema)
        try project.write("testsets/reviews/testset.yaml", testsetYAML)
        try project.write("testsets/reviews/cases.jsonl", cases)
        try project.write(".gitignore", ".promptgate/\nreports/\n")
        try project.write("pipeline.sh", pipeline)
        for (index, mode) in versions.enumerated() {
            try project.write("prompts/reviews/v\(index + 1).md", prompt(mode))
        }
        try await project.git(["init", "-q", "-b", "main"])
        try await project.commit("main")
        return project
    }

    /// Writes a file; a shell script (`.sh`) is made executable.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        if path.hasSuffix(".sh") { chmod(url.path, 0o755) }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func commit(_ message: String) async throws {
        try await git(["add", "-A"])
        try await git(["commit", "-qm", message])
    }

    func branch(_ name: String) async throws {
        try await git(["checkout", "-qb", name])
    }

    /// Runs git in the repository; a failure fails the test.
    @discardableResult
    func git(_ args: [String]) async throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", root.path, "-c", "user.email=ci@example.org", "-c", "user.name=CI"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
        return String(decoding: data, as: UTF8.self)
    }

    func run(_ arguments: [String], in subfolder: String? = nil) async throws -> CLIRunner.Result {
        try await CLIRunner.run(arguments, in: subfolder.map { root.appendingPathComponent($0) } ?? root)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
