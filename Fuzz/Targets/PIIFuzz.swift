// Fuzz target `pii`: the PII scanner and redaction.
//
// Input: the text to scan, as UTF-8 (invalid bytes repaired). The first byte also picks a
// subset of types for a second, filtered scan.
//
// Properties checked besides "does not crash":
//  - entities are sorted by start, non-overlapping, non-empty and within the text's scalar
//    count;
//  - scanning for a subset of types gives exactly the full scan's entities of those types
//    (overlaps are resolved before filtering, as PIIScanner documents);
//  - scanning is deterministic;
//  - PIIRedaction.redact never crashes, both with the scanner's entities and with arbitrary
//    (overlapping, out-of-range, negative) spans made from the input, and with the scanner's
//    entities every entity is replaced by its placeholder.

private let allTypes = PIIType.allCases
private let fullScanner = PIIScanner()

import PromptGatePII

@_cdecl("LLVMFuzzerTestOneInput")
public func piiFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let text = fuzzText(bytes)
    let scalarCount = text.unicodeScalars.count

    let entities = fullScanner.scan(text)
    var previousEnd = 0
    for entity in entities {
        fuzzRequire(entity.start >= 0 && entity.start < entity.end && entity.end <= scalarCount,
                    "entity \(entity) outside 0..<\(scalarCount) or empty")
        fuzzRequire(entity.start >= previousEnd, "entity \(entity) overlaps or is out of order (previous end \(previousEnd))")
        previousEnd = entity.end
    }
    fuzzRequire(fullScanner.scan(text) == entities, "scan is not deterministic")

    // A subset of types from the first byte and the length.
    let mask = (Int(bytes.first ?? 0) << 3) ^ bytes.count
    let subset = Set(allTypes.enumerated().filter { mask & (1 << ($0.offset % 11)) != 0 }.map(\.element))
    let filtered = PIIScanner(types: subset).scan(text)
    fuzzRequire(filtered == entities.filter { subset.contains($0.type) },
                "scan(types: \(subset.map(\.rawValue).sorted())) differs from the filtered full scan")

    // Redaction with the scanner's own entities: each span becomes "[TYPE]".
    let redacted = PIIRedaction.redact(text, entities: entities)
    let removed = entities.reduce(0) { $0 + $1.end - $1.start }
    let added = entities.reduce(0) { $0 + $1.type.rawValue.unicodeScalars.count + 2 }
    fuzzRequire(redacted.unicodeScalars.count == scalarCount - removed + added,
                "redaction length \(redacted.unicodeScalars.count), expected \(scalarCount - removed + added)")

    // Redaction with arbitrary spans: must skip what it cannot trust, never trap.
    var spans: [PIIEntity] = []
    var i = 0
    while i + 2 < bytes.count, spans.count < 16 {
        let start = Int(Int8(bitPattern: bytes[i])) * 3
        let end = start + Int(Int8(bitPattern: bytes[i + 1]))
        spans.append(PIIEntity(type: allTypes[Int(bytes[i + 2]) % allTypes.count], start: start, end: end))
        i += 3
    }
    spans.append(PIIEntity(type: .email, start: Int.min, end: Int.max))
    spans.append(PIIEntity(type: .url, start: scalarCount, end: scalarCount + 1))
    _ = PIIRedaction.redact(text, entities: spans)
    _ = PIIRedaction.redact(text, entities: entities + spans)
    return 0
}
