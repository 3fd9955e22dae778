/// Reads a reference check (`contains`, `contains_all`, `not_contains`, `length`, `token_f1`) from
/// its `testset.yaml` entry, validating every option with the allowed range in the message.
enum ReferenceCheckSettings {
    /// The matcher names that are reference checks.
    static let names = ["token_f1", "contains", "contains_all", "not_contains", "length"]

    /// The option keys each check reads.
    static func keys(for name: String) -> [String] {
        switch name {
        case "token_f1": return ["threshold"]
        case "length": return ["min_chars", "max_chars", "min_words", "max_words"]
        default: return ["values", "case_sensitive"]
        }
    }

    /// The check `name` configured by `entry`, or nil after adding what is wrong to `bag`.
    static func parse(
        _ name: String, _ entry: inout YAMLMapping, subject: String, path: String, into bag: inout DiagnosticBag
    ) -> ReferenceCheck? {
        switch name {
        case "token_f1":
            let threshold = entry.double("threshold", into: &bag) ?? 0.5
            guard threshold.isFinite, (0...1).contains(threshold) else {
                bag.append(
                    .error(
                        path, line: entry.lineOf("threshold"), "\(subject): `threshold` must be a number from 0 to 1"))
                return nil
            }
            return .tokenF1(threshold: threshold)
        case "length":
            var bounds: [String: Int] = [:]
            for key in keys(for: name) {
                guard let value = entry.int(key, into: &bag) else { continue }
                guard value >= 0 else {
                    bag.append(.error(path, line: entry.lineOf(key), "\(subject): `\(key)` must be 0 or more"))
                    return nil
                }
                bounds[key] = value
            }
            let words = bounds["min_words"] != nil || bounds["max_words"] != nil
            let chars = bounds["min_chars"] != nil || bounds["max_chars"] != nil
            guard words != chars else {
                bag.append(
                    .error(
                        path, line: entry.line,
                        "\(subject): give bounds in characters (`min_chars`, `max_chars`) or in words (`min_words`, `max_words`), one of the two"
                    ))
                return nil
            }
            let minimum = words ? bounds["min_words"] : bounds["min_chars"]
            let maximum = words ? bounds["max_words"] : bounds["max_chars"]
            if let minimum, let maximum, minimum > maximum {
                bag.append(
                    .error(path, line: entry.line, "\(subject): the minimum \(minimum) is above the maximum \(maximum)")
                )
                return nil
            }
            return .length(minimum: minimum, maximum: maximum, inWords: words)
        default:
            let mode = ReferenceCheck.Terms(rawValue: name) ?? .any
            let values = entry.stringList("values", into: &bag)
            if let values, values.isEmpty || values.contains(where: \.isEmpty) {
                bag.append(
                    .error(
                        path, line: entry.lineOf("values"),
                        "\(subject): `values` must list non-empty texts (or be left out to use the case's expected value)"
                    ))
                return nil
            }
            let caseSensitive = entry.bool("case_sensitive", into: &bag) ?? false
            return .contains(mode: mode, values: values, caseSensitive: caseSensitive)
        }
    }
}
