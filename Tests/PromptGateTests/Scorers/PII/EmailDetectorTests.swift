import Testing

@testable import PromptGate

@Suite("EMAIL")
struct EmailDetectorTests {
    @Test(arguments: [
        "Mail ⟦jane.doe@example.com⟧ today",
        "Contact: ⟦JANE.DOE@EXAMPLE.COM⟧",
        "(⟦jane_doe99@mail.example.co.uk⟧)",
        "⟦a.b@example.com⟧,⟦c.d@example.org⟧",
        "Archive: ⟦jane@sub-domain.example.travel⟧.",
        "Tag ⟦sven+promptgate@example.es⟧ works",
        "\"Jane\" <⟦jane@example.com⟧>",
        "Write to mailto:⟦jane@example.com⟧",
        "user=⟦alice@example.io⟧ session=1",
        "連絡先⟦tanaka@example.jp⟧までお願いします。",
        "Contact ⟦jane@www.example.org⟧ for access.",
    ])
    func findsAddresses(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .email)
        #expect(piiEntities(text, .email) == entities)
        #expect(piiEntities(text, .url).isEmpty, "an e-mail domain is not a URL")
    }

    @Test(arguments: [
        "Follow us @example_support", "user at example.com", "Use icon@2x.png for retina",
        "ssh deploy@localhost", "Decorate with @Test and @Suite", "Meeting @ 10:30",
        "The string 'first.last@' is incomplete", "npm install @scope/package@1.2.3",
        "The pattern *@example.com is blocked", "user@example has no TLD", "bob@example.c",
        "a..b@example.com has two dots",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .email).isEmpty)
    }
}
