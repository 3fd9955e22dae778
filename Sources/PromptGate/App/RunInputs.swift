/// What a stored run was made from beyond its prompt and test set: the provider's answer settings
/// (for `exec`, the content of the files it depends on) and the prices of its models. A stored run
/// is reused by `compare`, `gate` and `ci` only when these are unchanged too, so an edited pipeline
/// script or a new price is never judged on old answers.
enum RunInputs {
    /// The key under which the fingerprint is stored in a run's `configJSON`.
    static let key = "inputs"

    /// One hash over the provider's answer settings and the prices of the prompt's models.
    static func fingerprint(_ plan: RunPlan, pricing: [String: ModelPrice]) -> String {
        let settings = plan.prompt.settings
        var prices: [String: JSONValue] = [:]
        for model in [settings.model] + (settings.fallback.map { [$0] } ?? []) {
            guard let price = pricing[model] else { continue }
            prices[model] = [.number(price.inputPerMillion), .number(price.outputPerMillion)]
        }
        var inputs: [String: JSONValue] = [
            "provider": .string(plan.provider.name), "settings": plan.provider.answerSettings,
            "prices": .object(prices),
        ]
        // A changed judge (a new version, an edit, its provider or price) judges the answers anew.
        if !plan.judges.isEmpty {
            inputs["judges"] = .array(
                plan.judges.map { judge in
                    let price =
                        pricing[judge.prompt.settings.model].map {
                            JSONValue.array([.number($0.inputPerMillion), .number($0.outputPerMillion)])
                        } ?? .null
                    return [
                        "prompt": .string(judge.prompt.reference), "hash": .string(judge.prompt.contentHash),
                        "target": .string(judge.use.target),
                        "threshold": .number(Double(judge.threshold)), "provider": .string(judge.provider.name),
                        "settings": judge.provider.answerSettings, "price": price,
                    ]
                })
        }
        return ContentHash.of(json: .object(inputs))
    }

    /// True when `run` was made from the same prompt, test set and inputs as `plan`.
    static func match(_ run: RunRecord, _ plan: RunPlan, pricing: [String: ModelPrice]) -> Bool {
        guard run.promptHash == plan.prompt.contentHash, run.testsetHash == plan.testSet.contentHash,
            case .object(let stored)? = try? JSONParser.parse(run.configJSON)
        else { return false }
        return stored[key] == .string(fingerprint(plan, pricing: pricing))
    }
}
