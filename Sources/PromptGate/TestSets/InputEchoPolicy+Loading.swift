extension InputEchoPolicy {
    /// Reads the `input_echo` mapping of `testset.yaml`:
    ///
    ///     input_echo:
    ///       values: [expected.customer_name, vars.account_id]
    ///       pii_in_inputs: true
    ///       allowed: [customer_name, customer_email]
    ///       surname: true
    ///       last_digits: 4
    static func parse(_ yaml: inout YAMLMapping, path: String, into bag: inout DiagnosticBag) -> InputEchoPolicy {
        var policy = InputEchoPolicy()
        policy.sources = yaml.stringList("values", into: &bag) ?? []
        policy.piiInInputs = yaml.bool("pii_in_inputs", into: &bag) ?? false
        policy.allowedFields = Set(yaml.stringList("allowed", into: &bag) ?? [])
        policy.surnames = yaml.bool("surname", into: &bag) ?? false
        if let digits = yaml.int("last_digits", into: &bag) {
            if (0...12).contains(digits) {
                policy.lastDigits = digits
            } else {
                bag.append(
                    .error(
                        path, line: yaml.lineOf("last_digits"), "`last_digits` must be between 0 and 12, got \(digits)")
                )
            }
        }
        for source in policy.sources where source.isEmpty || source == "expected." || source == "vars." {
            bag.append(
                .error(
                    path, line: yaml.lineOf("values"),
                    "`values`: `\(source)` names no variable; use vars.<name> or expected.<field>"))
        }
        if !policy.isEnabled {
            bag.append(.error(path, line: yaml.line, "`input_echo` needs `values` or `pii_in_inputs: true`"))
        }
        yaml.reportUnknownKeys(into: &bag, allowed: ["values", "pii_in_inputs", "allowed", "surname", "last_digits"])
        return policy
    }
}
