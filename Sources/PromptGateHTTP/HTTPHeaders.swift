/// An ordered list of HTTP header fields with case-insensitive name lookup.
///
/// Duplicate names are kept (in order); `headers["retry-after"]` returns the first match.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral,
    ExpressibleByArrayLiteral
{
    /// The header fields in the order they were added or received.
    public private(set) var fields: [(name: String, value: String)]

    /// Creates headers from an ordered list of (name, value) pairs.
    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    /// Creates headers from a literal such as `["Authorization": "Bearer …"]`; duplicate names are kept.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// Creates headers from a literal list of (name, value) pairs.
    public init(arrayLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The number of header fields, counting duplicates.
    public var count: Int { fields.count }

    /// True when there are no header fields.
    public var isEmpty: Bool { fields.isEmpty }

    /// The value of the first field whose name matches `name` case-insensitively.
    public subscript(name: String) -> String? {
        for field in fields where Self.namesEqual(field.name, name) {
            return field.value
        }
        return nil
    }

    /// All values of the fields whose name matches `name` case-insensitively, in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.namesEqual($0.name, name) }.map(\.value)
    }

    /// True when a field named `name` (case-insensitive) is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { Self.namesEqual($0.name, name) }
    }

    /// Appends a field, keeping any existing fields with the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field named `name` (case-insensitive) with a single field.
    public mutating func set(name: String, value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    /// Removes every field named `name` (case-insensitive).
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.namesEqual($0.name, name) }
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// Field-by-field equality; names compare case-insensitively, values exactly.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        guard lhs.fields.count == rhs.fields.count else { return false }
        for (l, r) in zip(lhs.fields, rhs.fields) where !namesEqual(l.name, r.name) || l.value != r.value {
            return false
        }
        return true
    }

    /// ASCII case-insensitive comparison without allocating lowercased copies.
    static func namesEqual(_ a: String, _ b: String) -> Bool {
        var ia = a.utf8.makeIterator()
        var ib = b.utf8.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil):
                return true
            case let (ca?, cb?):
                if ca != cb && asciiLower(ca) != asciiLower(cb) { return false }
            default:
                return false
            }
        }
    }

    @inline(__always)
    private static func asciiLower(_ c: UInt8) -> UInt8 {
        (c >= 65 && c <= 90) ? c | 0x20 : c
    }
}
