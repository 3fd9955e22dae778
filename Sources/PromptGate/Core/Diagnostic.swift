/// One problem found in the user's files, located precisely enough to fix without searching:
/// the file, and the line or the case id. Rendered as `file:line: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Errors stop the command (exit 2); warnings are printed and the command goes on.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public let severity: Severity
    public let file: String
    public let line: Int?
    public let caseID: String?
    public let message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, caseID: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.caseID = caseID
        self.message = message
    }

    /// An error diagnostic.
    public static func error(_ file: String, line: Int? = nil, caseID: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, caseID: caseID, message)
    }

    /// A warning diagnostic.
    public static func warning(_ file: String, line: Int? = nil, caseID: String? = nil, _ message: String) -> Diagnostic
    {
        Diagnostic(.warning, file: file, line: line, caseID: caseID, message)
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let subject = caseID.map { "case \($0): " } ?? ""
        return "\(location): \(severity.rawValue): \(subject)\(message)"
    }
}

/// Diagnostics collected while loading, so every problem is reported at once, not just the first.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
}

/// Thrown when loading found errors: carries all of them. Maps to exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
