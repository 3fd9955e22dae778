/// The code points of Unicode scripts (`\p{Script=Latin}`, `\p{scx=Greek}`). The standard library's
/// `Regex` is the only public source of script data, and it is not `Sendable`, so each script is
/// turned into code point ranges once per process (about 0.2 s) and kept.
enum UnicodeScripts {
    private static let cache = Locked<[String: [ClosedRange<UInt32>]]>([:])

    /// The ranges of the script called `name` (long name or four-letter code); nil when unknown.
    static func ranges(of name: String, extensions: Bool) -> [ClosedRange<UInt32>]? {
        let key = (extensions ? "scx=" : "sc=") + name
        if let cached = cache.withLock({ $0[key] }) { return cached }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_") }),
              let regex = try? Regex("\\p{\(key)}+", as: Substring.self).matchingSemantics(.unicodeScalar)
        else { return nil }
        var every = String.UnicodeScalarView()
        for value in UInt32(0)...ScalarSet.maxScalar {
            if let scalar = Unicode.Scalar(value) { every.append(scalar) }
        }
        let text = String(every)
        let ranges = text.ranges(of: regex).map { run in
            text.unicodeScalars[run.lowerBound].value...text.unicodeScalars[text.unicodeScalars.index(before: run.upperBound)].value
        }
        cache.withLock { $0[key] = ranges }
        return ranges
    }
}
