import PromptGateSync

/// The code points of Unicode scripts (`\p{Script=Latin}`, `\p{scx=Greek}`). The standard library's
/// `Regex` is the only public source of script data, and it is not `Sendable`, so each script is
/// turned into code point ranges once per process (a fraction of a second) and kept. Only patterns
/// that will run get there; a pattern that is only checked (`ECMARegex.isValid`) costs nothing.
enum UnicodeScripts {
    private static let cache = Locked<[String: [ClosedRange<UInt32>]]>([:])
    /// Every code point in order (4 MB), built on first use and searched for each script.
    private static let everyCodePoint: String = {
        var every = String.UnicodeScalarView()
        for value in UInt32(0)...ScalarSet.maxScalar {
            if let scalar = Unicode.Scalar(value) { every.append(scalar) }
        }
        return String(every)
    }()

    /// True when `name` is a script (long name or four-letter code); cheap, nothing is computed.
    static func exists(_ name: String, extensions: Bool) -> Bool {
        regex(name, extensions: extensions) != nil
    }

    /// The ranges of the script called `name` (long name or four-letter code); nil when unknown.
    static func ranges(of name: String, extensions: Bool) -> [ClosedRange<UInt32>]? {
        let key = (extensions ? "scx=" : "sc=") + name
        if let cached = cache.withLock({ $0[key] }) { return cached }
        guard let regex = regex(name, extensions: extensions) else { return nil }
        let text = everyCodePoint
        let ranges = text.ranges(of: regex).map { run in
            text.unicodeScalars[run.lowerBound]
                .value...text.unicodeScalars[text.unicodeScalars.index(before: run.upperBound)].value
        }
        cache.withLock { $0[key] = ranges }
        return ranges
    }

    /// `\p{sc=name}+` in the standard library's syntax; nil when `name` is not a script.
    private static func regex(_ name: String, extensions: Bool) -> Regex<Substring>? {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_") })
        else { return nil }
        return try? Regex("\\p{\(extensions ? "scx" : "sc")=\(name)}+", as: Substring.self).matchingSemantics(
            .unicodeScalar)
    }
}
