import Foundation
import GRDB
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// A database written by a newer promptgate is refused untouched; read-only opening never writes.
@Suite struct StoreSchemaTests {
    static func makeStore(_ project: TempProject) throws -> String {
        let path = project.root.appendingPathComponent("db.sqlite").path
        _ = try ResultStore(path: path)
        return path
    }

    /// The bytes of the database and its WAL, to show nothing was written.
    static func contents(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test func theDatabaseRecordsItsSchemaVersion() throws {
        let project = try TempProject()
        defer { project.remove() }
        let path = try Self.makeStore(project)
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == StoreSchema.version)
        #expect(StoreSchema.version == Migrations.migrator.migrations.count)
    }

    @Test(arguments: [
        "PRAGMA user_version = 9999", "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')",
    ])
    func aNewerDatabaseIsRefusedAndLeftUntouched(change: String) throws {
        let project = try TempProject()
        defer { project.remove() }
        let path = try Self.makeStore(project)
        try DatabaseQueue(path: path).write { try $0.execute(sql: change) }
        let before = Self.contents(path)
        let opens: [(String, () throws -> Void)] = [
            ("read-write", { _ = try ResultStore(path: path) }),
            ("read-only", { _ = try ResultStore(readingAt: path) }),
        ]
        for (mode, open) in opens {
            do {
                try open()
                Issue.record("a newer database was opened \(mode)")
            } catch let error as StoreError {
                #expect(error.isBadInput)
                #expect(error.description.contains("newer promptgate"), "\(error)")
                #expect(error.description.contains("reads schema version \(StoreSchema.version) or older"), "\(error)")
                if change.contains("9999") { #expect(error.description.contains("schema version 9999")) }
            }
            #expect(Self.contents(path)[0] == before[0], "the \(mode) open wrote to the newer database")
        }
    }

    @Test func readingOpensWithoutMigratingOrCreating() throws {
        let project = try TempProject()
        defer { project.remove() }
        // A database of the first schema only: a read-write open would migrate it.
        let path = project.root.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: Migrations.migrator.migrations[0])
        try queue.close()
        let before = Self.contents(path)
        let store = try ResultStore(readingAt: path)
        #expect(try store.runs(prompt: "p").isEmpty)
        #expect(Self.contents(path) == before, "a read-only open wrote to the database")

        let missing = project.root.appendingPathComponent("newdir/sub/x.sqlite").path
        #expect(throws: StoreError.self) { try ResultStore(readingAt: missing) }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("newdir").path))
    }

    @Test func aTextFileIsNotADatabase() throws {
        let project = try TempProject()
        defer { project.remove() }
        try project.write("notes.txt", "these are my notes, not a database\n")
        let path = project.root.appendingPathComponent("notes.txt").path
        for open in [{ _ = try ResultStore(path: path) }, { _ = try ResultStore(readingAt: path) }] {
            #expect { try open() } throws: {
                ($0 as? StoreError)?.isBadInput == true && "\($0)".contains("not a promptgate database")
            }
        }
        #expect(try project.read("notes.txt") == "these are my notes, not a database\n")
    }
}
