import Foundation

/// What `--base` may be: a commit, branch, tag or revision expression (`HEAD~1`, `origin/main`),
/// never something git would read as an option or that `git check-ref-format` forbids.
enum GitRef {
    static func validate(_ ref: String, root: URL) throws(InputError) {
        let forbidden: Set<UInt8> = [
            UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "["),
            UInt8(ascii: "\\"),
        ]
        let bad =
            ref.isEmpty || ref.hasPrefix("-") || ref.contains("..") || ref.contains("@{")
            || ref.utf8.contains { $0 < 0x20 || $0 == 0x7F || forbidden.contains($0) }
        if bad {
            throw InputError(
                .error(
                    root.path,
                    "--base `\(ref.debugDescription.dropFirst().dropLast())` is not a git ref; pass a commit, branch or tag such as main, origin/main or HEAD~1"
                ))
        }
    }
}
