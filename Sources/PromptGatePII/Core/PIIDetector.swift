/// A candidate found by one detector, before overlaps between detectors are resolved.
package struct PIIMatch: Sendable, Equatable {
    package let type: PIIType
    package let start: Int
    package let end: Int
    /// Breaks ties between equally long overlapping matches; higher wins.
    package let priority: Int

    package var length: Int { end - start }

    package init(type: PIIType, start: Int, end: Int, priority: Int) {
        self.type = type
        self.start = start
        self.end = end
        self.priority = priority
    }
}

/// Finds candidates of one kind of personal data in a text; each conforming type lives in
/// its own file and validates structure and checksums itself.
protocol PIIDetector: Sendable {
    /// The types this detector can report, used to skip detectors that were not asked for.
    var types: Set<PIIType> { get }
    /// Appends every validated match in `text` to `matches`.
    func detect(in text: PIIText, into matches: inout [PIIMatch])
}

/// Picks a non-overlapping subset of matches: longer spans first, then higher priority,
/// then earlier start; the result is sorted by start. Linear-logarithmic in the number of matches
/// (a line of 300,000 e-mail addresses must not take a quadratic pass): kept spans are disjoint, so
/// a candidate overlaps one exactly when its start lies inside a kept span or a kept span starts
/// inside it; the first is a table of covered positions, the second a count of kept starts.
package enum PIIOverlapResolver {
    package static func resolve(_ matches: [PIIMatch]) -> [PIIMatch] {
        if matches.count < 2 { return matches }
        let ordered = matches.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.start < b.start
        }
        let size = (matches.map(\.end).max() ?? 0) + 1
        var covered = [Bool](repeating: false, count: size)
        var starts = StartCounts(size: size)
        var kept: [PIIMatch] = []
        for candidate in ordered where candidate.start >= 0 && candidate.end >= candidate.start {
            let overlaps =
                candidate.length == 0
                ? covered[candidate.start] && starts.count(candidate.start..<candidate.start + 1) == 0
                : covered[candidate.start] || starts.count(candidate.start + 1..<candidate.end) > 0
            if overlaps { continue }
            kept.append(candidate)
            starts.add(candidate.start)
            for position in candidate.start..<candidate.end { covered[position] = true }
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// How many kept spans start at each position, summed over ranges in logarithmic time (a Fenwick tree).
    private struct StartCounts {
        private var tree: [Int32]

        init(size: Int) { tree = [Int32](repeating: 0, count: size + 1) }

        mutating func add(_ position: Int) {
            var i = position + 1
            while i < tree.count {
                tree[i] += 1
                i += i & -i
            }
        }

        func count(_ range: Range<Int>) -> Int {
            range.isEmpty ? 0 : prefix(range.upperBound) - prefix(range.lowerBound)
        }

        /// Starts at positions below `end`.
        private func prefix(_ end: Int) -> Int {
            var i = min(end, tree.count - 1), total = 0
            while i > 0 {
                total += Int(tree[i])
                i -= i & -i
            }
            return total
        }
    }
}
