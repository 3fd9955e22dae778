import Foundation

/// The targets Package.swift declares and the targets of this package each depends on, read from
/// the manifest's text (products of other packages are left out).
enum PackageTargets {
    struct ManifestError: Error, CustomStringConvertible {
        let description: String
    }

    /// Target name -> names of the package's own targets it depends on.
    static func read(_ manifest: URL) throws -> [String: [String]] {
        try parse(String(contentsOf: manifest, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> [String: [String]] {
        var targets: [String: [String]] = [:]
        for kind in [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary("] {
            var rest = text[...]
            while let start = rest.range(of: kind) {
                let body = try balanced(rest[start.upperBound...])
                guard let name = firstString(after: "name:", in: body) else {
                    throw ManifestError(description: "a \(kind) without a name in Package.swift")
                }
                targets[name] = dependencies(in: body)
                rest = rest[body.endIndex...]
            }
        }
        return targets
    }

    /// The text up to the parenthesis that closes the one just opened.
    private static func balanced(_ text: Substring) throws -> Substring {
        var depth = 1
        for index in text.indices {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 { return text[..<index] }
            default: break
            }
        }
        throw ManifestError(description: "unbalanced parentheses in Package.swift")
    }

    private static func firstString(after label: String, in text: Substring) -> String? {
        guard let labelRange = text.range(of: label) else { return nil }
        return strings(in: text[labelRange.upperBound...]).first
    }

    /// The quoted names in `dependencies: [...]`, without `.product(...)` entries.
    private static func dependencies(in body: Substring) -> [String] {
        guard let label = body.range(of: "dependencies:"),
            let open = body[label.upperBound...].firstIndex(of: "["),
            let list = try? balanced(body[body.index(after: open)...])
        else { return [] }
        var names: [String] = []
        var rest = list
        while let product = rest.range(of: ".product(") {
            names += strings(in: rest[..<product.lowerBound])
            guard let arguments = try? balanced(rest[product.upperBound...]) else { break }
            rest = rest[rest.index(after: arguments.endIndex)...]
        }
        return names + strings(in: rest)
    }

    private static func strings(in text: Substring) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
