/// Card numbers published by payment providers for testing ("4111 1111 1111 1111"). They are
/// valid card numbers and are reported by default; `PIIFormPolicy.testCardNumbers` can exclude them.
enum TestCardNumbers {
    private static let numbers: Set<String> = [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "4000000000000002", "4000002500003155", "4000000000009995", "4917610000000000", "4444333322221111",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "2223000048400011",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "6011000400000000", "3530111333300000", "3566002020360505", "30569309025904", "38520000023237",
        "36227206271667", "6200000000000005", "6205500000000000004", "6759649826438453",
    ]

    /// True when `digits` spell one of the listed test numbers.
    static func contains(_ digits: [Int]) -> Bool {
        numbers.contains(String(digits.map { Character(Unicode.Scalar(UInt8(48 + $0))) }))
    }
}
