import Testing

@testable import PromptGate

/// Offsets are Unicode scalar (code point) indices, not UTF-16 units, bytes or graphemes.
@Suite("Code-point offsets")
struct OffsetTests {
    @Test func accentedTextBeforeEmail() {
        let text = "Grüße, écrivez à jean@exemple.fr"
        #expect(piiScanner.scan(text) == [PIIEntity(type: .email, start: 17, end: 32)])
    }

    @Test(arguments: [
        ("👋 Hey! ping me at ⟦jane@example.com⟧ 🙏", PIIType.email),  // emoji: 1 scalar, 2 UTF-16 units
        ("Cafe\u{301} Noe\u{308}l — ⟦jane@example.com⟧", .email),  // combining marks: extra scalars
        ("🇬🇧 NHS number: ⟦943 476 5919⟧ ✅", .ukNHS),  // flag: 2 scalars, 1 grapheme
        ("請致電 ⟦+86 138 0013 8000⟧，謝謝", .phone),
        ("مرحبا، IP ⟦203.0.113.9⟧ محظور", .ipAddress),
    ])
    func offsetsCountScalars(_ marked: String, _ type: PIIType) {
        let (text, expected) = PIIMarked.expected(marked, type)
        let actual = piiEntities(text, type)
        #expect(actual == expected)
        // The span cut out by scalar offsets is the marked value itself.
        let scalars = Array(text.unicodeScalars)
        let marked = PIIMarked.parse(marked)
        for (entity, span) in zip(actual, marked.spans) {
            #expect(Array(scalars[entity.start..<entity.end]) == Array(scalars[span]))
        }
    }

    @Test func cyrillicTextWithEmailAndPhone() {
        let (text, spans) = PIIMarked.parse("Пишите на ⟦ivan@example.ru⟧ или звоните ⟦+7 495 123-45-67⟧.")
        #expect(
            piiScanner.scan(text) == [
                PIIEntity(type: .email, start: spans[0].lowerBound, end: spans[0].upperBound),
                PIIEntity(type: .phone, start: spans[1].lowerBound, end: spans[1].upperBound),
            ])
    }
}
