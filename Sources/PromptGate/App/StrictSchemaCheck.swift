/// `check`'s view of structured output: for a prompt whose provider sends the test set's schema
/// (`structured_output: json_schema`), the keywords that provider's strict mode refuses. They are
/// left out of the request (`StrictSchema`) and still checked when scoring.
enum StrictSchemaCheck {
    static func diagnostics(_ plan: RunPlan, promptPath: String) -> [Diagnostic] {
        guard plan.provider.structuredOutput == .jsonSchema, plan.prompt.settings.output == .json,
            let schema = plan.testSet.schema
        else { return [] }
        let dialect: StrictSchema.Dialect
        switch plan.provider.kind {
        case .openai: dialect = .openAI
        case .anthropic: dialect = .anthropic
        case .replay, .exec: return []
        }
        let dropped = StrictSchema.derive(schema, for: dialect).dropped
        guard !dropped.isEmpty else { return [] }
        let listed =
            dropped.prefix(12).map(\.description).joined(separator: ", ")
            + (dropped.count > 12 ? ", … (\(dropped.count) in all)" : "")
        return [
            .warning(
                promptPath,
                "provider `\(plan.provider.name)` (\(plan.provider.kind.rawValue)) strict mode refuses \(dropped.count) keyword\(dropped.count == 1 ? "" : "s") of test set `\(plan.testSet.name)`'s schema: \(listed); they are left out of the request and still checked when scoring"
            )
        ]
    }
}
