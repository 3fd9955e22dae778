import Foundation

/// A copy of the bundled example whose versions are run in shards, each shard into its own
/// database (`shard-<i>.sqlite`), as the jobs of a CI matrix would.
struct ShardFixture {
    let root: URL

    static let prompt = "extract-ticket"
    static let versions = ["extract-ticket@v2", "extract-ticket@v3"]

    init() throws {
        root = try CLIRunner.copyOfBundledExample()
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// Runs `promptgate` in the project and returns its result.
    func run(_ arguments: [String]) async throws -> CLIRunner.Result {
        try await CLIRunner.run(arguments, in: root)
    }

    /// Runs shard `index`/`count` of every version into `shard-<index>.sqlite` (or `db`).
    func runShard(_ index: Int, of count: Int, db: String? = nil, extra: [String] = []) async throws {
        for version in Self.versions {
            let result = try await run(
                ["run", version, "--shard", "\(index)/\(count)", "--db", db ?? path("shard-\(index).sqlite")] + extra)
            guard result.status == 0 else {
                throw FixtureError("run \(version) --shard \(index)/\(count) exited \(result.status): \(result.stderr)")
            }
        }
    }

    /// Runs every shard of `count`.
    func runShards(_ count: Int) async throws {
        for index in 1...count { try await runShard(index, of: count) }
    }

    /// `merge OUT shard-1 … shard-n`.
    func merge(_ output: String, shards: [Int]) async throws -> CLIRunner.Result {
        try await run(["merge", path(output)] + shards.map { path("shard-\($0).sqlite") })
    }
}

/// A fixture step that did not go as it must.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
