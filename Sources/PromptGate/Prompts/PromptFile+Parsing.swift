import Foundation

extension PromptFile {
    /// Parses a prompt file's text. Problems go to `bag` with the file's lines; nil when any error.
    public static func parse(
        _ text: String, name: String, version: Int, path: String, into bag: inout DiagnosticBag
    ) -> PromptFile? {
        let errorsBefore = bag.errors.count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "---" else {
            bag.append(
                .error(
                    path, line: 1,
                    "a prompt file starts with YAML front matter between two `---` lines (testset, model, ...)"))
            return nil
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            bag.append(.error(path, line: 1, "the front matter opened on line 1 is never closed with a `---` line"))
            return nil
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        let parsed = parseSettings(frontMatter, path: path, into: &bag)
        let messages = parseBody(Array(lines[(end + 1)...]), firstLine: end + 2, path: path, into: &bag)
        guard let parsed, bag.errors.count == errorsBefore else { return nil }
        return PromptFile(
            name: name, version: version, path: path, settings: parsed.settings, messages: messages,
            contentHash: ContentHash.of(text), frontMatterLines: parsed.lines)
    }

    private static func parseSettings(
        _ yamlText: String, path: String, into bag: inout DiagnosticBag
    ) -> (settings: PromptSettings, lines: [String: Int])? {
        if yamlText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            bag.append(.error(path, line: 2, "the front matter is empty; it needs at least `testset:` and `model:`"))
            return nil
        }
        guard var yaml = YAMLMapping.parse(yamlText, file: path, lineOffset: 1, into: &bag) else { return nil }
        let testset = yaml.string("testset", required: true, into: &bag)
        let model = yaml.string("model", required: true, into: &bag)
        var settings = PromptSettings(testset: testset ?? "", model: model ?? "")
        settings.provider = yaml.string("provider", into: &bag)
        if let t = yaml.double("temperature", into: &bag) {
            if !(0...2).contains(t) {
                bag.append(.error(path, line: yaml.lineOf("temperature"), "`temperature` must be between 0 and 2"))
            }
            settings.temperature = t
        }
        if let n = yaml.int("max_tokens", into: &bag) {
            if n < 1 { bag.append(.error(path, line: yaml.lineOf("max_tokens"), "`max_tokens` must be at least 1")) }
            settings.maxTokens = n
        }
        if let mode = yaml.string("output", into: &bag) {
            if let output = OutputMode(rawValue: mode) {
                settings.output = output
            } else {
                bag.append(
                    .error(
                        path, line: yaml.lineOf("output"),
                        "`output` must be one of: \(OutputMode.allCases.map(\.rawValue).joined(separator: ", ")); got `\(mode)`"
                    ))
            }
        }
        if let n = yaml.int("repeats", into: &bag) {
            if !(1...ProjectConfig.maxRepeats).contains(n) {
                bag.append(
                    .error(
                        path, line: yaml.lineOf("repeats"),
                        "`repeats` must be a whole number from 1 to \(ProjectConfig.maxRepeats)"))
            }
            settings.repeats = n
        }
        settings.fallback = yaml.string("fallback", into: &bag)
        settings.stream = yaml.bool("stream", into: &bag)
        settings.description = yaml.string("description", into: &bag)
        settings.changelog = yaml.string("changelog", into: &bag)
        if let verdict = yaml.string("verdict", into: &bag) {
            let scale = JudgeScale(rawValue: verdict)
            if let scale {
                settings.verdict = scale
            } else if verdict == PairwiseVerdict.frontMatterValue {
                settings.pairwise = true
            } else {
                let allowed = JudgeScale.allCases.map(\.rawValue) + [PairwiseVerdict.frontMatterValue]
                bag.append(
                    .error(
                        path, line: yaml.lineOf("verdict"),
                        "`verdict` must be one of: \(allowed.joined(separator: ", ")); got `\(verdict)`"))
            }
            if (scale != nil || settings.pairwise) && settings.output != .json {
                let shape = settings.pairwise ? "{winner, reason}" : "{verdict, reason}"
                bag.append(
                    .error(
                        path, line: yaml.lineOf("output"),
                        "a judge (`verdict:`) answers with JSON \(shape); remove `output: text`"))
            }
        }
        if var gate = yaml.mapping("gate", into: &bag) {
            var probe = GatePolicy()
            probe.apply(&gate, into: &bag)
            settings.gate = GatePolicyOverride(text: yamlText, path: path)
        }
        yaml.reportUnknownKeys(
            into: &bag,
            allowed: [
                "testset", "provider", "model", "temperature", "max_tokens", "output", "repeats", "fallback", "stream",
                "description", "changelog", "gate", "verdict",
            ])
        guard testset != nil, model != nil else { return nil }
        return (settings, yaml.keyLines)
    }

    private static func parseBody(
        _ lines: [Substring], firstLine: Int, path: String, into bag: inout DiagnosticBag
    ) -> [MessageTemplate] {
        var sections: [(role: ChatRole, line: Int, lines: [Substring])] = []
        for (offset, line) in lines.enumerated() {
            if let role = roleHeading(line) {
                sections.append((role, firstLine + offset + 1, []))
            } else if sections.isEmpty {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    sections.append((.user, firstLine + offset, [line]))
                }
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        var messages: [MessageTemplate] = []
        for section in sections {
            var body = section.lines
            var first = section.line
            while let line = body.first, line.trimmingCharacters(in: .whitespaces).isEmpty {
                body.removeFirst()
                first += 1
            }
            while let line = body.last, line.trimmingCharacters(in: .whitespaces).isEmpty { body.removeLast() }
            if body.isEmpty {
                bag.append(.error(path, line: section.line - 1, "the `# \(section.role.rawValue)` message is empty"))
                continue
            }
            do {
                let template = try Template(parsing: body.joined(separator: "\n"), firstLine: first)
                messages.append(MessageTemplate(role: section.role, template: template))
            } catch {
                bag.append(.error(path, line: error.line, error.message))
            }
        }
        if messages.isEmpty && !bag.hasErrors {
            bag.append(
                .error(
                    path, line: firstLine,
                    "the prompt has no messages; add `# system` and `# user` sections below the front matter"))
        }
        return messages
    }

    private static func roleHeading(_ line: Substring) -> ChatRole? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("# ") else { return nil }
        return ChatRole(rawValue: trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces).lowercased())
    }
}
