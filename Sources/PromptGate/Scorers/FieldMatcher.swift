import Foundation

/// Compares an actual field value with the expected one under a `FieldMatch` rule.
enum FieldMatcher {
    /// True when `actual` matches `expected`; both are present (not null).
    static func matches(_ actual: JSONValue, _ expected: JSONValue, by match: FieldMatch) -> Bool {
        switch match {
        case .exact, .enumeration:
            return actual == expected
        case .text:
            guard let a = text(actual), let e = text(expected) else { return actual == expected }
            return normalize(a) == normalize(e)
        case .number(let absTol, let relTol):
            guard let a = number(actual), let e = number(expected) else { return false }
            let diff = abs(a - e)
            return diff <= absTol || diff <= relTol * abs(e) || diff == 0
        case .date:
            guard let a = text(actual).flatMap(DateNormalizer.iso), let e = text(expected).flatMap(DateNormalizer.iso)
            else { return actual == expected }
            return a == e
        case .set:
            guard case .array(let a) = actual, case .array(let e) = expected else { return false }
            return a.map(canonicalItem).sorted() == e.map(canonicalItem).sorted()
        case .fuzzy(let threshold):
            guard let a = text(actual), let e = text(expected) else { return actual == expected }
            return similarity(normalize(a), normalize(e)) >= threshold
        case .regex(let pattern):
            guard let a = text(actual) else { return false }
            return pattern.matches(a)
        case .reference(let check):
            guard let a = text(actual) else { return false }
            return check.judge(a, expected: expected).passed
        case .ignore:
            return true
        }
    }

    /// Case-folded, Unicode-normalized (NFKC), white space collapsed.
    static func normalize(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Normalized edit-distance similarity in 0...1 (1 = equal).
    static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longest = max(x.count, y.count)
        if longest == 0 { return 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        let distance = x.isEmpty ? y.count : previous[y.count]
        return 1 - Double(distance) / Double(longest)
    }

    static func text(_ v: JSONValue) -> String? {
        switch v {
        case .string(let s): return s
        case .number(let n): return JSONWriter.number(n)
        case .decimal(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    private static func number(_ v: JSONValue) -> Double? {
        switch v {
        case .number, .decimal: return v.numberValue
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    private static func canonicalItem(_ v: JSONValue) -> String {
        text(v).map(normalize) ?? JSONWriter.canonical(v)
    }
}
