import Foundation

@testable import PromptGate

/// Test helpers: texts mark expected entities with ⟦ and ⟧, so tables stay readable and
/// offsets are computed in Unicode scalars by the same rules the scanner promises.
enum PIIMarked {
    /// The text without markers and the scalar ranges the markers enclosed.
    static func parse(_ marked: String) -> (text: String, spans: [Range<Int>]) {
        var plain = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open = 0
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = count
            case "⟧": spans.append(open..<count)
            default:
                plain.append(scalar)
                count += 1
            }
        }
        return (String(plain), spans)
    }

    /// The entities expected in `marked` when every marked span has type `type`.
    static func expected(_ marked: String, _ type: PIIType) -> (text: String, entities: [PIIEntity]) {
        let (text, spans) = parse(marked)
        return (text, spans.map { PIIEntity(type: type, start: $0.lowerBound, end: $0.upperBound) })
    }
}

/// Where the corpus lives: Tests/Fixtures/pii/corpus.jsonl, found from this file's path.
enum PIICorpusLocation {
    static var url: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pii/corpus.jsonl")
    }
}

let piiScanner = PIIScanner()

/// The entities of `type` that the full scanner finds in `text`.
func piiEntities(_ text: String, _ type: PIIType) -> [PIIEntity] {
    piiScanner.scan(text).filter { $0.type == type }
}
