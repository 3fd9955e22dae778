extension PIIFormPolicy {
    /// Reads the `pii.forms` mapping of `testset.yaml` (every form counts unless set to false):
    ///
    ///     pii:
    ///       forms: { bare_domains: false, test_card_numbers: true, obfuscated_emails: true }
    static func parse(_ yaml: inout YAMLMapping, into bag: inout DiagnosticBag) -> PIIFormPolicy {
        let policy = PIIFormPolicy(
            bareDomains: yaml.bool("bare_domains", into: &bag) ?? true,
            testCardNumbers: yaml.bool("test_card_numbers", into: &bag) ?? true,
            obfuscatedEmails: yaml.bool("obfuscated_emails", into: &bag) ?? true)
        yaml.reportUnknownKeys(into: &bag, allowed: ["bare_domains", "test_card_numbers", "obfuscated_emails"])
        return policy
    }
}
