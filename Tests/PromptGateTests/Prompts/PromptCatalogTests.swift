import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct PromptCatalogTests {
    @Test func previousVersionIsTheHighestBelowEvenWithGaps() throws {
        let project = try TempProject(files: [
            "prompts/p/v1.md": "x", "prompts/p/v2.md": "x", "prompts/p/v5.md": "x", "prompts/p/notes.txt": "ignored",
        ])
        defer { project.remove() }
        let catalog = try project.open().prompts
        var bag = DiagnosticBag()
        #expect(catalog.versions(of: "p", into: &bag) == [1, 2, 5])
        #expect(catalog.previous(of: "p", before: 5) == 2)
        #expect(catalog.previous(of: "p", before: 1) == nil)
        #expect(try catalog.resolve(PromptReference(name: "p", version: nil)).version == 5)
    }

    @Test func unknownPromptAndMissingVersionAreClearErrors() throws {
        let project = try TempProject(files: ["prompts/p/v1.md": "x"])
        defer { project.remove() }
        let catalog = try project.open().prompts
        #expect(throws: InputError.self) { try catalog.resolve(PromptReference(name: "nope", version: nil)) }
        do {
            _ = try catalog.resolve(PromptReference(name: "p", version: 3))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("prompts/p/v3.md"))
            #expect(error.description.contains("no version 3"))
        }
    }

    @Test func badlyNamedPromptFileIsAnError() throws {
        let project = try TempProject(files: ["prompts/p/v01.md": "x", "prompts/p/v1.md": "x"])
        defer { project.remove() }
        var bag = DiagnosticBag()
        _ = try project.open().prompts.versions(of: "p", into: &bag)
        #expect(bag.errors.first?.file == "prompts/p/v01.md")
    }

    @Test(arguments: [("p", "p", nil), ("p@v3", "p", 3), ("p@4", "p", 4)] as [(String, String, Int?)])
    func parsesReferences(text: String, name: String, version: Int?) {
        #expect(PromptReference(parsing: text) == PromptReference(name: name, version: version))
    }

    @Test(arguments: ["", "@v1", "p@", "p@v0", "p@vx", "a@v1@v2"])
    func rejectsBadReferences(text: String) {
        #expect(PromptReference(parsing: text) == nil)
    }
}
