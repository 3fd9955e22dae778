import Testing

@testable import PromptGate

/// The partition of `run --shard i/n`: every case in exactly one shard, shards within one case of
/// each other, independent of the order of the cases.
@Suite struct ShardSpecTests {
    static let ids = (1...103).map { "case-\($0)" }

    @Test(arguments: [1, 2, 3, 4, 7, 103, 150])
    func everyCaseIsInExactlyOneShardAndShardsAreBalanced(count: Int) throws {
        var seen: [String: Int] = [:]
        var sizes: [Int] = []
        for index in 1...count {
            let shard = try #require(ShardSpec(index: index, count: count))
            let selected = shard.select(Self.ids)
            sizes.append(selected.count)
            for id in selected { seen[id, default: 0] += 1 }
        }
        #expect(seen.count == Self.ids.count && seen.values.allSatisfy { $0 == 1 })
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "\(sizes)")
    }

    @Test func thePartitionDoesNotDependOnTheOrderOfTheCases() throws {
        let shard = try #require(ShardSpec(parsing: "2/5"))
        #expect(shard.select(Self.ids) == shard.select(Self.ids.reversed()))
        #expect(shard.select(Self.ids) == shard.select(Self.ids.shuffled()))
    }

    @Test func theHashOrderIsNotTheFileOrder() throws {
        // Dealing the file order round-robin would put case-1, case-4, … in shard 1/3.
        let shard = try #require(ShardSpec(parsing: "1/3"))
        let fileOrder = Set(Self.ids.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        #expect(shard.select(Self.ids) != fileOrder)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "-1/2", ""])
    func malformedShardsAreRejected(text: String) {
        #expect(ShardSpec(parsing: text) == nil)
    }
}
