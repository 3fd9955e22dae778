import Testing

@testable import PromptGate

@Suite struct NewVersionTests {
    @Test func resetsAOneLineAndABlockChangelogAndKeepsTheRest() {
        let oneLine = "---\ntestset: t\nchangelog: First.\nmodel: m\n---\n# user\nchangelog: in the body stays\n"
        #expect(
            NewVersionCommand.resetChangelog(oneLine, from: 3)
                == "---\ntestset: t\nchangelog: \"Copied from v3; say what this version changes.\"\nmodel: m\n---\n# user\nchangelog: in the body stays\n"
        )
        let block = "---\nchangelog: |\n  line one\n  line two\nmodel: m\n---\nbody\n"
        #expect(
            NewVersionCommand.resetChangelog(block, from: 1)
                == "---\nchangelog: \"Copied from v1; say what this version changes.\"\nmodel: m\n---\nbody\n")
        let none = "---\nmodel: m\n---\nbody\n"
        #expect(NewVersionCommand.resetChangelog(none, from: 1) == none)
    }
}
