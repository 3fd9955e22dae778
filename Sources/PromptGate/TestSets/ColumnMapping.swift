/// Where one CSV column goes in a case: its id, its tags, a template variable, a field of the
/// expected output (a dotted path for nested objects), or nowhere.
enum ColumnTarget: Sendable, Equatable {
    case id
    case tags
    case variable(String)
    case expected([String])
    case ignore

    /// The default for a header: `id`, `tags`, `expected.<path>`, `vars.<name>`; any other name is
    /// a template variable of that name.
    init(header: String) {
        self = ColumnTarget(parsing: header) ?? .variable(header)
    }

    /// Parses a `--map` target: `id`, `tags`, `ignore`, `vars.<name>` or `expected.<path>`.
    init?(parsing text: String) {
        switch text {
        case "id": self = .id
        case "tags": self = .tags
        case "ignore": self = .ignore
        default:
            if text.hasPrefix("vars."), text.count > 5 {
                self = .variable(String(text.dropFirst(5)))
            } else if text.hasPrefix("expected."),
                case let path = text.dropFirst(9).split(separator: ".", omittingEmptySubsequences: false).map(
                    String.init),
                !path.contains(where: \.isEmpty)
            {
                self = .expected(path)
            } else {
                return nil
            }
        }
    }
}
