extension String {
    /// The text with every control character (C0 except tab, DEL, C1, and the bidi overrides
    /// U+202A–U+202E, U+2066–U+2069) written as a visible `\u{XX}` escape, so text from a server or
    /// a child process cannot move the cursor, recolour or retitle a terminal, or hide text in a report.
    func escapingControls() -> String {
        guard unicodeScalars.contains(where: Self.isControl) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if Self.isControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
