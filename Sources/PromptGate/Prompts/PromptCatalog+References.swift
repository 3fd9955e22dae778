import Foundation

extension PromptCatalog {
    /// Checks what a prompt's front matter names outside its own file: the test set folder and the
    /// provider. Each problem points at the line of the key that names it.
    func checkReferences(of prompt: PromptFile) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let testset = prompt.settings.testset
        let known = TestSetLoader(config: config).names()
        let listing = known.isEmpty ? "none" : known.joined(separator: ", ")
        if testset.isEmpty || testset.hasPrefix(".") || testset.contains("/") || testset.contains("\\") {
            problems.append(
                .error(
                    prompt.path, line: prompt.line(of: "testset"),
                    "`testset` must be the name of a folder under testsets/ (known: \(listing)), got `\(testset)`"))
        } else if !known.contains(testset) {
            problems.append(
                .error(
                    prompt.path, line: prompt.line(of: "testset"),
                    "test set `\(testset)` does not exist under testsets/ (known: \(listing))"))
        }
        if let provider = prompt.settings.provider, config.providers[provider] == nil {
            let names = config.providers.keys.sorted().joined(separator: ", ")
            problems.append(
                .error(
                    prompt.path, line: prompt.line(of: "provider"),
                    "unknown provider `\(provider)`; providers in \(ProjectConfig.fileName): \(names)"))
        }
        return problems
    }
}
