/// Replaces personal data in a text with type placeholders such as "[EMAIL]", so reports
/// and logs can show what was found without showing the value.
public enum PIIRedaction {
    /// Returns `text` with each entity's scalar span replaced by "[TYPE]". Entities may come
    /// in any order; overlapping or out-of-range spans are skipped rather than trusted.
    public static func redact(_ text: String, entities: [PIIEntity]) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var cursor = 0
        for entity in entities.sorted(by: { $0.start < $1.start }) {
            guard entity.start >= cursor, entity.start < entity.end, entity.end <= scalars.count else { continue }
            result.append(contentsOf: scalars[cursor..<entity.start])
            result.append(contentsOf: "[\(entity.type.rawValue)]".unicodeScalars)
            cursor = entity.end
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }
}
