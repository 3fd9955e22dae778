import PromptGate

/// Scores a scanner against a labelled corpus. A prediction counts as a true positive only
/// when its type and its exact span equal an expected entity (no partial-overlap credit).
public struct PIICorpusEvaluation: Sendable {
    /// Counts and derived scores for one type (or for all types together).
    public struct Score: Sendable, Equatable {
        /// Predicted entities whose type and span equal an expected one.
        public var truePositives = 0
        /// Predicted entities with no equal expected entity.
        public var falsePositives = 0
        /// Expected entities with no equal prediction.
        public var falseNegatives = 0

        /// Creates a score from raw counts.
        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// TP / (TP + FP); 1 when nothing was predicted.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// TP / (TP + FN); 1 when nothing was expected.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }
    }

    /// A case where the scanner's output differed from the labels.
    public struct Mismatch: Sendable, Equatable {
        /// The case id.
        public let id: String
        /// The case text.
        public let text: String
        /// Expected entities the scanner did not report exactly (false negatives).
        public let missed: [PIIEntity]
        /// Reported entities that were not expected exactly (false positives).
        public let spurious: [PIIEntity]
    }

    /// Per-type scores; every type appears, even with no entities.
    public private(set) var perType: [PIIType: Score] = [:]
    /// Scores pooled over all types (micro average).
    public private(set) var micro = Score()
    /// Cases with at least one false positive or false negative.
    public private(set) var mismatches: [Mismatch] = []
    /// How many cases were evaluated.
    public private(set) var caseCount = 0

    /// Runs `scanner` on every case and tallies exact-match results.
    public init(cases: [PIICorpusCase], scanner: PIIScanner = PIIScanner()) {
        for type in PIIType.allCases { perType[type] = Score() }
        for item in cases {
            let predicted = Set(scanner.scan(item.text))
            let expected = Set(item.entities.filter { scanner.types.contains($0.type) })
            let hits = predicted.intersection(expected)
            let spurious = predicted.subtracting(expected)
            let missed = expected.subtracting(predicted)
            for entity in hits { perType[entity.type, default: Score()].truePositives += 1 }
            for entity in spurious { perType[entity.type, default: Score()].falsePositives += 1 }
            for entity in missed { perType[entity.type, default: Score()].falseNegatives += 1 }
            micro.truePositives += hits.count
            micro.falsePositives += spurious.count
            micro.falseNegatives += missed.count
            if !spurious.isEmpty || !missed.isEmpty {
                mismatches.append(
                    Mismatch(
                        id: item.id, text: item.text,
                        missed: missed.sorted { $0.start < $1.start },
                        spurious: spurious.sorted { $0.start < $1.start }))
            }
        }
        caseCount = cases.count
    }

    /// The score for `type`.
    public func score(for type: PIIType) -> Score { perType[type] ?? Score() }
}
