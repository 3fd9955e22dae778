extension TestSetSettings {
    /// Parses `testset.yaml`; problems go to `bag` with their lines.
    static func parse(_ text: String, path: String, into bag: inout DiagnosticBag) -> TestSetSettings {
        var settings = TestSetSettings()
        guard var yaml = YAMLMapping.parse(text, file: path, into: &bag) else { return settings }
        if let version = yaml.int("version", required: true, into: &bag), version != formatVersion {
            bag.append(
                .error(
                    path, line: yaml.lineOf("version"),
                    "unsupported testset.yaml version \(version); expected \(formatVersion)"))
        }
        if var fields = yaml.mapping("fields", into: &bag) {
            for field in fields.keys {
                settings.fieldLines[field] = fields.lineOf(field)
                guard var entry = fields.mapping(field, into: &bag) else { continue }
                if let rule = parseRule(field, &entry, path: path, into: &bag) { settings.fields.append(rule) }
            }
        }
        if var checks = yaml.mapping("text", into: &bag) {
            for name in checks.keys {
                guard var entry = checks.mapping(name, into: &bag) else { continue }
                if let rule = parseRule(name, &entry, implied: name, path: path, into: &bag) {
                    settings.textRules.append(rule)
                }
            }
        }
        if var pii = yaml.mapping("pii", into: &bag) {
            if var allowed = pii.mapping("allowed", into: &bag) {
                for field in allowed.keys {
                    settings.pii.allowed[field] = Set(allowed.stringList(field, into: &bag) ?? [])
                }
            }
            settings.pii.inputsSynthetic = pii.bool("inputs_synthetic", into: &bag) ?? false
            if var intended = pii.mapping("intended_in_recordings", into: &bag) {
                for recording in intended.keys {
                    settings.pii.intendedInRecordings[recording] = Set(intended.stringList(recording, into: &bag) ?? [])
                }
            }
            if var forms = pii.mapping("forms", into: &bag) {
                settings.pii.forms = PIIFormPolicy.parse(&forms, into: &bag)
            }
            pii.reportUnknownKeys(
                into: &bag, allowed: ["allowed", "inputs_synthetic", "intended_in_recordings", "forms"])
        }
        if var echo = yaml.mapping("input_echo", into: &bag) {
            settings.inputEcho = InputEchoPolicy.parse(&echo, path: path, into: &bag)
        }
        if var confidence = yaml.mapping("confidence", into: &bag) {
            let field = confidence.string("field", required: true, into: &bag)
            let minimum = confidence.double("min", required: true, in: .fraction, into: &bag)
            confidence.reportUnknownKeys(into: &bag, allowed: ["field", "min"])
            if let field, let minimum { settings.confidence = ConfidenceRule(field: field, minimum: minimum) }
        }
        settings.placeholders = yaml.stringList("placeholders", into: &bag)
        if var scorers = yaml.mapping("scorers", into: &bag) {
            if let hard = scorers.stringList("hard", into: &bag) { settings.hardScorers = Set(hard) }
            if var weights = scorers.mapping("weights", into: &bag) {
                for scorer in weights.keys {
                    if let w = weights.double(scorer, in: .nonNegative, into: &bag) {
                        settings.scorerWeights[scorer] = w
                    }
                }
            }
            scorers.reportUnknownKeys(into: &bag, allowed: ["hard", "weights"])
        }
        if var judges = yaml.mapping("judges", into: &bag) {
            settings.judges = JudgeUse.parseAll(&judges, path: path, into: &bag)
        }
        if var pairwise = yaml.mapping("pairwise", into: &bag) {
            settings.pairwise = PairwiseUse.parse(&pairwise, line: yaml.lineOf("pairwise"), into: &bag)
        }
        yaml.reportUnknownKeys(
            into: &bag,
            allowed: [
                "version", "fields", "text", "pii", "input_echo", "confidence", "placeholders", "scorers", "judges",
                "pairwise",
            ])
        return settings
    }

    /// One rule: a field's (`match:` names the matcher) or a `text:` check's (`implied` names it).
    private static func parseRule(
        _ field: String, _ entry: inout YAMLMapping, implied: String? = nil, path: String, into bag: inout DiagnosticBag
    ) -> FieldRule? {
        let name = implied ?? entry.string("match", into: &bag) ?? "exact"
        let subject = implied.map { "`text:` check `\($0)`" } ?? "field `\(field)`"
        if ReferenceCheckSettings.names.contains(name) {
            let check = ReferenceCheckSettings.parse(name, &entry, subject: subject, path: path, into: &bag)
            let weight = entry.double("weight", in: .nonNegative, into: &bag) ?? 1
            entry.reportUnknownKeys(
                into: &bag,
                allowed: ReferenceCheckSettings.keys(for: name) + ["weight"] + (implied == nil ? ["match"] : []))
            return check.map { FieldRule(path: field, match: .reference($0), weight: weight) }
        }
        let weight = entry.double("weight", in: .nonNegative, into: &bag) ?? 1
        let absTol = entry.double("abs_tol", in: .nonNegative, into: &bag)
        let relTol = entry.double("rel_tol", in: .fraction, into: &bag)
        let threshold = entry.double("threshold", in: .fraction, into: &bag)
        let pattern = entry.string("pattern", into: &bag)
        entry.reportUnknownKeys(into: &bag, allowed: ["match", "weight", "abs_tol", "rel_tol", "threshold", "pattern"])
        let match: FieldMatch
        switch name {
        case "exact": match = .exact
        case "text": match = .text
        case "number": match = .number(absoluteTolerance: absTol ?? 0, relativeTolerance: relTol ?? 0)
        case "date": match = .date
        case "enum": match = .enumeration
        case "set": match = .set
        case "fuzzy", "edit_similarity": match = .fuzzy(threshold: threshold ?? 0.8)
        case "regex":
            guard let pattern else {
                bag.append(.error(path, line: entry.line, "\(subject): `match: regex` needs `pattern`"))
                return nil
            }
            do {
                match = .regex(pattern: try ECMARegex(pattern, scope: .wholeText))
            } catch {
                bag.append(
                    .error(
                        path, line: entry.lineOf("pattern"),
                        "\(subject): `\(pattern)` is not a valid regular expression: \(error)"))
                return nil
            }
        case "ignore": match = .ignore
        default:
            bag.append(
                .error(
                    path, line: entry.lineOf("match"),
                    "\(subject): unknown matcher `\(name)`; expected exact, text, number, date, enum, set, fuzzy (edit_similarity), regex, \(ReferenceCheckSettings.names.joined(separator: ", ")) or ignore"
                ))
            return nil
        }
        return FieldRule(path: field, match: match, weight: weight)
    }
}
