import Testing

@testable import PromptGate

@Suite("CREDIT_CARD")
struct CreditCardDetectorTests {
    /// Public issuer test numbers plus synthetic Luhn-valid numbers in each issuer range.
    @Test(arguments: [
        "Visa ⟦4111 1111 1111 1111⟧", "Visa ⟦4111-1111-1111-1111⟧", "Visa (19 digits) ⟦4878017598983478875⟧",
        "MC ⟦5555555555554444⟧", "MC ⟦5101 4193 1417 0589⟧", "MC two-series ⟦2223 0031 2200 3222⟧",
        "MC upper bound ⟦2720897514026149⟧", "Amex ⟦3782 822463 10005⟧", "Amex ⟦378282246310005⟧",
        "Discover ⟦6011 1111 1111 1117⟧", "Discover six-five ⟦6583848372616759⟧",
        "Discover six-four-four ⟦6441361341252427⟧",
        "Discover (19 digits) ⟦6011731672326865634⟧", "JCB ⟦3530 1113 3330 0000⟧", "JCB ⟦3589551505877063⟧",
        "Diners ⟦3056 930902 5904⟧", "Diners ⟦38440242646283⟧", "UnionPay ⟦6200000000000005⟧",
        "UnionPay (17 digits) ⟦62649208312402346⟧", "pan=⟦4111111111111111⟧ reason=declined",
        "Die Karte ⟦5555 5555 5555 4444⟧ wurde abgelehnt",
    ])
    func findsCards(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .creditCard)
        #expect(piiEntities(text, .creditCard) == entities)
    }

    @Test(arguments: [
        "Tracking 4111 1111 1111 1112 (fails Luhn)", "Order 1234 5678 9012 3456", "Member 1000000000000008",
        "IMEI 490154203237518", "IMEI: 356938035643809", "EAN 4006381333931", "Gift card 6006 4912 3456 7891",
        "digits 41111111111111112222", "masked 4111 **** **** 1111", "ts 1710498153123", "Visa 15 411111111111116",
        "Amex with 16 digits 3782822463100054", "Order ORD-12345678", "Total $1,234.56",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .creditCard).isEmpty)
    }

    @Test func luhnMatchesKnownValues() {
        #expect(Luhn.isValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]))
        #expect(!Luhn.isValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]))
        #expect(!Luhn.isValid([0]))
    }
}
