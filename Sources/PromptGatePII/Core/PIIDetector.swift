/// A candidate found by one detector, before overlaps between detectors are resolved.
struct PIIMatch: Sendable, Equatable {
    let type: PIIType
    let start: Int
    let end: Int
    /// Breaks ties between equally long overlapping matches; higher wins.
    let priority: Int

    var length: Int { end - start }
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
/// then earlier start; the result is sorted by start.
enum PIIOverlapResolver {
    static func resolve(_ matches: [PIIMatch]) -> [PIIMatch] {
        if matches.count < 2 { return matches }
        let ordered = matches.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.start < b.start
        }
        var kept: [PIIMatch] = []
        for candidate in ordered
        where !kept.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
