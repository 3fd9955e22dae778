/// A dotted path into a JSON value (`address.city`, `items.0.sku`), the way field rules, `pii.allowed`
/// and `confidence` name an output field.
enum FieldPath {
    /// Follows `path` into `root`; nil when a step is missing or of the wrong kind.
    static func value(at path: String, in root: JSONValue) -> JSONValue? {
        var current: JSONValue? = root
        for component in path.split(separator: ".") {
            switch current {
            case .object(let o)?: current = o[String(component)]
            case .array(let items)?:
                guard let i = Int(component), items.indices.contains(i) else { return nil }
                current = items[i]
            default: return nil
            }
        }
        return current
    }
}
