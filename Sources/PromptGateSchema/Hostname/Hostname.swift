import Foundation

/// The `hostname` (RFC 1123, with A-labels checked per IDNA2008) and `idn-hostname` (RFC 5890-5893)
/// formats: labels of at most 63 octets in their ASCII form, at most 253 in all; a name with a
/// right-to-left label meets the Bidi rule (RFC 5893) in every label.
enum Hostname {
    static let maxLabelOctets = 63
    static let maxOctets = 253

    /// An ASCII host name: letters, digits and inner hyphens per label; a label starting `xn--`
    /// must be a valid A-label.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maxOctets else { return false }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.allSatisfy(isASCIILabel) else { return false }
        // Only an A-label can hold a right-to-left character.
        guard labels.contains(where: isALabel) else { return true }
        return BidiRule.allows(labels.map(unicodeForm))
    }

    /// An internationalized host name: labels separated by `.` or an ideographic, fullwidth or
    /// halfwidth full stop; each an ASCII label as above or a valid U-label.
    static func isValidIDN(_ text: String) -> Bool {
        let separators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]
        let labels = Array(text.unicodeScalars).split(omittingEmptySubsequences: false) {
            separators.contains($0.value)
        }
        var octets = labels.count - 1
        var forms: [[Unicode.Scalar]] = []
        for label in labels {
            if label.allSatisfy(\.isASCII) {
                let bytes = label.map { UInt8($0.value) }
                guard isASCIILabel(bytes[...]) else { return false }
                octets += bytes.count
                forms.append(unicodeForm(bytes[...]))
            } else {
                guard let encoded = Punycode.encode(Array(label)), isULabel(Array(label)) else { return false }
                let length = 4 + encoded.count
                guard length <= maxLabelOctets else { return false }
                octets += length
                forms.append(Array(label))
            }
        }
        return octets <= maxOctets && BidiRule.allows(forms)
    }

    /// A valid ASCII label as the Bidi rule sees it: an A-label decoded to its U-label.
    private static func unicodeForm(_ label: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        if isALabel(label), let decoded = Punycode.decode(label.dropFirst(4)) { return decoded }
        return label.map { Unicode.Scalar($0) }
    }

    /// A label starting `xn--` (in any case).
    private static func isALabel(_ label: ArraySlice<UInt8>) -> Bool {
        label.count > 4 && label.prefix(4).map { $0 | 0x20 } == Array("xn--".utf8)
    }

    /// LDH label of 1-63 octets not starting or ending with a hyphen; `--` in positions 3-4 only
    /// for an A-label (`xn--`), whose Punycode must decode to a valid U-label that encodes back to it.
    private static func isASCIILabel(_ label: ArraySlice<UInt8>) -> Bool {
        guard (1...maxLabelOctets).contains(label.count), let first = label.first, let last = label.last,
            FormatValidators.isAlphanumeric(first), FormatValidators.isAlphanumeric(last),
            label.allSatisfy({ FormatValidators.isAlphanumeric($0) || $0 == UInt8(ascii: "-") })
        else { return false }
        let s = label.startIndex
        guard label.count >= 4, label[s + 2] == UInt8(ascii: "-"), label[s + 3] == UInt8(ascii: "-") else {
            return true
        }
        guard label[s] | 0x20 == UInt8(ascii: "x"), label[s + 1] | 0x20 == UInt8(ascii: "n") else { return false }
        let encoded = label.dropFirst(4)
        // LDH bytes: `| 0x20` lowercases letters only.
        guard let decoded = Punycode.decode(encoded), !decoded.allSatisfy(\.isASCII), isULabel(decoded),
            let again = Punycode.encode(decoded), again == encoded.map({ $0 | 0x20 })
        else { return false }
        return true
    }

    /// RFC 5891 section 5.4 and RFC 5892: no hyphen at either end or in positions 3-4, in Unicode
    /// Normalization Form C, no combining mark first, every code point PVALID or allowed by its
    /// contextual rule.
    static func isULabel(_ label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, let last = label.last, first != "-", last != "-" else { return false }
        guard isNFC(label) else { return false }
        if label.count >= 4 && label[2] == "-" && label[3] == "-" { return false }
        switch first.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: break
        }
        for index in label.indices {
            switch IDNACodePoint.of(label[index]) {
            case .pvalid: continue
            case .contextJ, .contextO: guard IDNAContextRules.allows(label, at: index) else { return false }
            case .disallowed: return false
            }
        }
        return true
    }

    /// True when `label` is in Normalization Form C (RFC 5891 section 5.3: a U-label is NFC).
    private static func isNFC(_ label: [Unicode.Scalar]) -> Bool {
        if label.allSatisfy({ $0.value < 0x300 }) { return true }  // below the first combining mark
        var text = String.UnicodeScalarView()
        text.append(contentsOf: label)
        return String(text).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(label)
    }
}
