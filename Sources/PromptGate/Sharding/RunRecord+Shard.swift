extension RunRecord {
    /// The key of a shard run's `configJSON` holding `{"index": i, "count": n}`.
    static let shardKey = "shard"

    /// The shard this run covers, or nil for a run of the whole test set. A shard run's
    /// `caseCount` is the whole test set's, so a merge can tell a missing shard.
    public var shard: ShardSpec? {
        guard case .object(let config)? = try? JSONParser.parse(configJSON),
            case .object(let shard)? = config[Self.shardKey],
            let index = shard["index"]?.numberValue, let count = shard["count"]?.numberValue
        else { return nil }
        return ShardSpec(index: Int(index), count: Int(count))
    }

    /// `configJSON` without the shard entry: the same text a single-process run of the same
    /// inputs stores (canonical JSON).
    var configJSONWithoutShard: String {
        guard case .object(var config)? = try? JSONParser.parse(configJSON) else { return configJSON }
        config[Self.shardKey] = nil
        return JSONWriter.canonical(.object(config))
    }
}

extension ShardSpec {
    /// How a shard is recorded in a run's `configJSON`.
    var json: JSONValue { ["index": .number(Double(index)), "count": .number(Double(count))] }
}

extension RunPlan {
    /// The same plan with only the calls of `shard`'s cases.
    public func sharded(_ shard: ShardSpec) -> RunPlan {
        let selected = shard.select(testSet.cases.ids)
        return RunPlan(
            prompt: prompt, testSet: testSet, provider: provider, repeats: repeats,
            calls: calls.filter { selected.contains($0.caseID) }, warnings: warnings, judges: judges)
    }
}
