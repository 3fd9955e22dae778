import Testing

@testable import PromptGate

@Suite("URL")
struct URLDetectorTests {
    @Test(arguments: [
        "See ⟦https://example.com/docs⟧.", "Reset: ⟦https://example.com/reset?token=abc123XYZ⟧",
        "(docs: ⟦https://example.com/docs⟧)", "Download ⟦ftp://ftp.example.org/pub/release.tar.gz⟧!",
        "Go to ⟦www.example.com⟧.", "⟦www.example.org/search?q=refund&lang=en⟧, thanks",
        "[docs](⟦https://example.com/docs⟧)",
        "<a href=\"⟦https://example.com/a⟧\">", "'⟦https://example.com/a⟧'",
        "⟦https://en.wikipedia.org/wiki/Foo_(bar)⟧.",
        "Visit ⟦HTTPS://EXAMPLE.COM/DOCS⟧", "Dev ⟦http://localhost:3000/debug⟧", "⟦http://192.0.2.1/admin⟧",
        "creds ⟦https://user:pass@example.com/⟧", "⟦https://example.com:8443/api/v1/health⟧",
        "Is it ⟦https://example.com/faq⟧?",
        "リンク ⟦https://例え.jp/パス⟧ を開く", "⟦https://[2001:db8::1]:8443/⟧",
    ])
    func findsURLs(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .url)
        #expect(piiEntities(text, .url) == entities)
        #expect(
            piiEntities(text, .ipAddress).isEmpty && piiEntities(text, .email).isEmpty,
            "parts of a URL are only the URL")
    }

    @Test(arguments: [
        "Mail jane@example.com", "Mail jane@www.example.org", "config.yaml and node.js",
        "Type http:// then the host", "hxxp://example[.]com/payload", "/usr/local/bin/promptgate", "C:\\Users\\jane",
        "e.g. the U.S.A.", "The www prefix", "www.", "javascript:alert(1)",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .url).isEmpty)
    }
}
