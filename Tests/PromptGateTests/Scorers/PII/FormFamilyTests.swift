import Testing

@testable import PromptGate

/// The real-world forms of issue #21, one table per form family (the `forms-*` corpus batch):
/// ⟦marked⟧ spans must be found with exact offsets, and each family's look-alikes must not be.
@Suite("Form families")
struct FormFamilyTests {
    @Test(arguments: [
        "| Patient | NHS number | Ward |\n|---|---|---|\n| A. Patel | ⟦943 476 5919⟧ | B4 |",
        "| Name | NHS No. | Phone |\n| --- | --- | --- |\n| R. Evans | ⟦4505577104⟧ | 020 7946 0123 |",
        "name,nhs_number,dob\nJane Roe,⟦4505577104⟧,1984-02-11",
        "Name\tNHS number\tWard\nJ. Doe\t⟦943-476-5919⟧\tB4",
        "Patient list (NHS numbers)\n1. Mr A. Patel - ⟦943 476 5919⟧\n2. Mrs J. Smith - ⟦4505577104⟧",
        "Here they are:\n| Patient | NHS number |\n|---|---|\n| A. Patel | ⟦943 476 5919⟧ |",
        "NHS number on the referral letter from the GP surgery, checked twice by reception: ⟦943 476 5919⟧",
    ])
    func nhsNumbersInTablesAndLists(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .ukNHS)
        #expect(piiEntities(text, .ukNHS) == entities)
        #expect(
            piiScanner.scan(text).filter { $0.type == .phone }.allSatisfy { phone in
                !entities.contains { $0.start == phone.start }
            }, "an NHS number is not also a phone number")
    }

    @Test(arguments: [
        "| Ticket | Status |\n|---|---|\n| 4505577104 | open |",
        "| Patient | NHS number |\n|---|---|\n| A. Patel | 943 476 5918 |",
        "order_id,amount\n4505577104,12.50",
        "NHS number: see below.\n\nOrder 4505577104 shipped.",
    ])
    func nhsLookalikes(_ text: String) {
        #expect(piiScanner.scan(text) == [])
    }

    @Test(arguments: [
        ("SSN: ⟦123.45.6789⟧", PIIType.usSSN), ("Social Security number ⟦219–09–9999⟧ on file", .usSSN),
        ("Employee SSN ⟦078‑05‑1120⟧.", .usSSN), ("ssn = ⟦536−90−4399⟧", .usSSN),
        ("SSN ⟦401\u{A0}82\u{A0}3456⟧", .usSSN),
        ("ITIN: ⟦912.78.1234⟧", .usITIN), ("Taxpayer ID ⟦931–70–5678⟧", .usITIN),
        ("ITIN ⟦955‑94‑2222⟧ (dependent)", .usITIN),
        ("Employee ⟦219–09–9999⟧ joined", .usSSN),
    ])
    func ssnAndITINWithOtherSeparators(_ marked: String, _ type: PIIType) {
        let (text, entities) = PIIMarked.expected(marked, type)
        #expect(piiScanner.scan(text) == entities)
    }

    @Test(arguments: [
        "Part no. 123.45.6789 ships Monday", "ITIN 912.45.6789 is not valid", "Date 2024/03/15, ref 123/45/6789",
        "Pages 123–45 and 67–89", "SSN 123–45-6789 (mixed separators)",
    ])
    func ssnLookalikes(_ text: String) {
        #expect(piiScanner.scan(text) == [])
    }

    @Test(arguments: [
        "Amex ⟦3782 8224 6310 005⟧", "Card: ⟦371449635398431⟧", "UnionPay ⟦6205 5000 0000 0000 004⟧",
        "Visa ⟦4111-1111-1111-1111-003⟧", "Maestro ⟦6759 3982 5979 1907 485⟧", "Diners ⟦3056 9309 0259 04⟧",
        "Mir ⟦2200 0000 0000 0004⟧", "card no. ⟦4111.1111.1111.1111⟧", "Card ⟦55555555 55554444⟧",
        "Test with ⟦4111 1111 1111 1111⟧ and any expiry", "Stripe: ⟦4242424242424242⟧",
        "Maestro test ⟦6759649826438453⟧",
        "JCB ⟦3530 1113 3330 0000⟧", "Visa ⟦4111–1111–1111–1111⟧",
    ])
    func cardGroupingsLengthsAndTestNumbers(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .creditCard)
        #expect(piiScanner.scan(text) == entities)
    }

    @Test(arguments: [
        "Card 4111 1111 1111 1112 was declined", "IMEI 490154203237518", "Transaction 6011 2345 67 settled",
        "card ending 4444, expires 12/29", "Gift card code 6006 4912 3456 7891", "Card 4111 1111-1111 1111 (mixed)",
    ])
    func cardLookalikes(_ text: String) {
        #expect(piiEntities(text, .creditCard).isEmpty)
    }

    @Test(arguments: [
        "Visit ⟦example.com⟧ for details.", "Returns: ⟦shop.example.co.uk/returns⟧.",
        "Docs on ⟦docs.example.dev/api/v2⟧ (v2).",
        "Go to ⟦example.io/pricing?plan=pro⟧ and pick", "Reset here: '⟦https://example.com/reset?token=abc⟧'",
        "Link: “⟦https://example.com/account⟧”", "Lien : « ⟦https://example.fr/compte⟧ »",
        "Open `⟦https://status.example.com/⟧`",
        "詳細は「⟦https://example.jp/help⟧」を参照", "{\"website\": \"⟦example.net⟧\"}",
        "Kontakt: ⟦münchen-example.de/kontakt⟧",
        "See ⟦https://bücher.example.de/katalog⟧", "Site ⟦Example.com⟧", "сайт ⟦пример.рф⟧",
    ])
    func bareDomainsQuotedAndIDNURLs(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .url)
        #expect(piiScanner.scan(text) == entities)
    }

    @Test(arguments: [
        "Open main.py and README.md, then run setup.sh", "Built with ASP.NET and Node.js",
        "Set user.name and user.id in config.yaml",
        "e.g. this one, i.e. that one", "Mail jane.doe@example.com", "See section 3.2.com", "Ends in .com only",
    ])
    func bareDomainLookalikes(_ text: String) {
        #expect(piiEntities(text, .url).isEmpty)
    }

    @Test(arguments: [
        "Email me: ⟦anna dot berg at example dot org⟧ thanks", "Write to ⟦jane[at]example[dot]com⟧ please",
        "Contact: ⟦jane [at] example [dot] org⟧", "E-Mail: ⟦j.doe(at)example.de⟧",
        "support ⟦help (at) example (dot) co (dot) uk⟧",
        "reach me: ⟦maria AT example DOT es⟧", "mail ⟦name{at}example{dot}com⟧", "Schreib an ⟦jürgen@bücher.de⟧",
        "Почта: ⟦ivan@пример.рф⟧", "Correo: ⟦josé@example.es⟧", "请发邮件到⟦jane@example.com⟧谢谢",
    ])
    func obfuscatedAndInternationalEmails(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .email)
        #expect(piiScanner.scan(text) == entities)
    }

    @Test(arguments: [
        "Look at the dot com bubble at its peak", "We met at example dot", "Meet me at the office at 5",
        "Use the [at] and [dot] placeholders", "I work at example.com now",
    ])
    func obfuscatedEmailLookalikes(_ text: String) {
        #expect(piiEntities(text, .email).isEmpty)
    }

    @Test(arguments: [
        "手机：⟦13912345678⟧", "联系电话 ⟦139 1234 5678⟧", "Mobile (CN): ⟦139-1234-5678⟧", "WeChat / phone ⟦+86-13912345678⟧",
        "Call ⟦+91 98765 43210⟧", "Mobile: ⟦+91-9876543210⟧", "Phone ⟦98765 43210⟧ (Mumbai)", "Call ⟦+972-52-123-4567⟧",
        "טלפון: ⟦052-123-4567⟧", "Office ⟦+972 3 123 4567⟧", "Tel⟦020 7946 0123⟧", "Tel.⟦020 7946 0124⟧",
        "Mob⟦07700 900123⟧ after 6pm", "Phone:⟦+44 20 7946 0125⟧", "Tel.⟦+33 1 70 36 39 95⟧",
    ])
    func internationalAndGluedPhones(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .phone)
        #expect(piiScanner.scan(text) == entities)
    }

    @Test(arguments: [
        "Ref 98765 43210", "Order 13912345678 shipped", "Version2.0 1234 5678", "Item12345 67890 in stock",
        "| Order | Total |\n|---|---|\n| 020 7946 0123 | 12.00 |",
    ])
    func phoneLookalikes(_ text: String) {
        #expect(piiEntities(text, .phone).isEmpty)
    }

    /// Prose with commas is not a table: a line's commas do not make a column header.
    @Test func proseWithCommasIsNotATable() {
        let text = "About your order, the refund and the rest:\ncall ⟦020 7946 0123⟧, any time"
        let (plain, entities) = PIIMarked.expected(text, .phone)
        #expect(piiEntities(plain, .phone) == entities)
    }

    /// The debatable forms are a policy: each can be switched off on its own.
    @Test func debatableFormsCanBeSwitchedOff() {
        let text =
            "Visit example.com, pay with 4111 1111 1111 1111 or a real 4111 1111 1111 1129, write to jane at example dot com"
        let all = PIIScanner().scan(text).map(\.type)
        #expect(all == [.url, .creditCard, .creditCard, .email])
        #expect(
            PIIScanner(forms: PIIFormPolicy(bareDomains: false)).scan(text).map(\.type) == [
                .creditCard, .creditCard, .email,
            ])
        #expect(
            PIIScanner(forms: PIIFormPolicy(testCardNumbers: false)).scan(text).map(\.type) == [
                .url, .creditCard, .email,
            ])
        #expect(
            PIIScanner(forms: PIIFormPolicy(obfuscatedEmails: false)).scan(text).map(\.type) == [
                .url, .creditCard, .creditCard,
            ])
        #expect(
            PIIScanner(forms: PIIFormPolicy(bareDomains: false)).scan("see https://example.com").map(\.type) == [.url])
    }
}
