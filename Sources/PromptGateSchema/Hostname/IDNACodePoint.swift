/// The IDNA2008 class of a code point (RFC 5892 section 2, derived from Unicode properties): a
/// U-label may hold PVALID code points, CONTEXTJ / CONTEXTO ones only where their rule allows.
enum IDNACodePoint: Equatable {
    case pvalid, contextJ, contextO, disallowed

    /// RFC 5892 section 2.6: code points whose class is fixed by hand.
    private static let exceptions: [UInt32: IDNACodePoint] = [
        0x00DF: .pvalid, 0x03C2: .pvalid, 0x06FD: .pvalid, 0x06FE: .pvalid, 0x0F0B: .pvalid, 0x3007: .pvalid,
        0x00B7: .contextO, 0x0375: .contextO, 0x05F3: .contextO, 0x05F4: .contextO, 0x30FB: .contextO,
        0x0640: .disallowed, 0x07FA: .disallowed, 0x302E: .disallowed, 0x302F: .disallowed,
        0x3031: .disallowed, 0x3032: .disallowed, 0x3033: .disallowed, 0x3034: .disallowed,
        0x3035: .disallowed, 0x303B: .disallowed,
    ]

    /// Blocks of combining marks for symbols and of musical notation (section 2.4, IgnorableBlocks).
    private static let ignorableBlocks: [ClosedRange<UInt32>] = [0x20D0...0x20FF, 0x1D100...0x1D1FF, 0x1D200...0x1D24F]
    /// Conjoining Hangul jamo (section 2.9, OldHangulJamo).
    private static let oldHangulJamo: [ClosedRange<UInt32>] = [0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF]

    /// The class of `scalar`, following the order of RFC 5892 section 3.
    static func of(_ scalar: Unicode.Scalar) -> IDNACodePoint {
        let value = scalar.value
        if let fixed = exceptions[value] { return fixed }
        if (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value) { return .contextO }
        let properties = scalar.properties
        if properties.generalCategory == .unassigned { return .disallowed }
        if value < 0x80 {
            let byte = UInt8(value)
            let ldh =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            return ldh ? .pvalid : .disallowed
        }
        if value == 0x200C || value == 0x200D { return .contextJ }
        if properties.changesWhenNFKCCaseFolded { return .disallowed }
        if properties.isDefaultIgnorableCodePoint || properties.isWhitespace || properties.isNoncharacterCodePoint {
            return .disallowed
        }
        if ignorableBlocks.contains(where: { $0.contains(value) }) { return .disallowed }
        if oldHangulJamo.contains(where: { $0.contains(value) }) { return .disallowed }
        switch properties.generalCategory {
        case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .nonspacingMark, .spacingMark:
            return .pvalid
        default:
            return .disallowed
        }
    }
}
