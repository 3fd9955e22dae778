import Yams

/// Plain-scalar typing done here rather than by Yams's default resolver, whose rules are
/// `NSRegularExpression`s: compiling them loads ICU (about 6 MiB of resident memory) for every
/// command that reads a prompt or the config. Documents are composed with `Resolver.basic`, so every
/// scalar arrives tagged as a string; numbers and nulls are still read by Yams (it looks at the text
/// and the quoting), booleans here.
enum YAMLScalar {
    /// `true`/`false` (any case, and YAML 1.1's yes/no/on/off, as Yams read them) when written
    /// unquoted; nil otherwise.
    static func bool(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
