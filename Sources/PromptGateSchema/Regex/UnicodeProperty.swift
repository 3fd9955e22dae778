/// A Unicode property usable in `\p{...}` and `\P{...}`: a General_Category value, a binary property
/// or a script, with the names ECMA-262 accepts.
struct UnicodeProperty: Sendable {
    /// True when the code point has the property.
    let test: @Sendable (Unicode.Scalar) -> Bool

    /// The property that holds exactly where this one does not (`\P{...}`).
    func negated() -> UnicodeProperty {
        let test = self.test
        return UnicodeProperty { !test($0) }
    }

    /// The property named by the text between the braces of `\p{...}`: `Lu`, `Letter`,
    /// `General_Category=Lu`, `Alphabetic`, `Script=Latin`, `scx=Greek`; nil when unknown. Without
    /// `resolvingScripts` a script name is only checked and the property holds nowhere, for
    /// patterns that are validated but never run (see `ECMARegex.isValid`).
    static func named(_ expression: String, resolvingScripts: Bool = true) -> UnicodeProperty? {
        let parts = expression.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            return generalCategory(expression) ?? binary(expression)
        }
        switch parts[0] {
        case "General_Category", "gc": return generalCategory(parts[1])
        case "Script", "sc": return script(parts[1], extensions: false, resolving: resolvingScripts)
        case "Script_Extensions", "scx": return script(parts[1], extensions: true, resolving: resolvingScripts)
        default: return nil
        }
    }

    private static func generalCategory(_ name: String) -> UnicodeProperty? {
        guard let categories = GeneralCategoryNames.table[name] else { return nil }
        return UnicodeProperty { categories.contains($0.properties.generalCategory) }
    }

    private static func binary(_ name: String) -> UnicodeProperty? {
        switch name {
        case "Any": return UnicodeProperty { _ in true }
        case "ASCII": return UnicodeProperty { $0.isASCII }
        case "Assigned": return UnicodeProperty { $0.properties.generalCategory != .unassigned }
        case "Regional_Indicator", "RI": return UnicodeProperty { (0x1F1E6...0x1F1FF).contains($0.value) }
        default:
            guard let test = BinaryPropertyNames.table[name] else { return nil }
            return UnicodeProperty { test($0.properties) }
        }
    }

    private static func script(_ name: String, extensions: Bool, resolving: Bool) -> UnicodeProperty? {
        guard resolving else {
            return UnicodeScripts.exists(name, extensions: extensions) ? UnicodeProperty { _ in false } : nil
        }
        guard let ranges = UnicodeScripts.ranges(of: name, extensions: extensions) else { return nil }
        let set = ScalarSet(ranges: ranges)
        return UnicodeProperty { set.contains($0) }
    }
}
