import Foundation

/// JUnit XML for CI systems: one `<testcase>` per case and repeat; failures carry the reasons,
/// provider errors are `<error>` (not quality failures).
public struct JUnitReport: Sendable {
    public let snapshot: RunSnapshot
    let redactor: ReportRedactor

    public init(snapshot: RunSnapshot, redactor: ReportRedactor = ReportRedactor()) {
        self.snapshot = snapshot
        self.redactor = redactor
    }

    public func xml() -> String {
        let run = snapshot.run
        let failures = snapshot.results.count(where: { $0.verdict == .fail })
        let errors = snapshot.results.count(where: { $0.verdict == .error })
        let seconds = snapshot.results.reduce(0) { $0 + $1.latencyMs } / 1000
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"promptgate\" tests=\"\(snapshot.results.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        out +=
            "  <testsuite name=\"\(escape(run.reference))\" tests=\"\(snapshot.results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(format(seconds))\">\n"
        for result in snapshot.results {
            let name = run.repeats > 1 ? "\(result.caseID)#\(result.repeatIndex)" : result.caseID
            out +=
                "    <testcase classname=\"\(escape(run.reference))\" name=\"\(escape(name))\" time=\"\(format(result.latencyMs / 1000))\""
            let reasons = result.reasons.map(redactor.redact).joined(separator: "\n")
            switch result.verdict {
            case .pass:
                out += "/>\n"
            case .fail:
                out +=
                    ">\n      <failure message=\"\(escape(result.reasons.first.map(redactor.redact) ?? "failed"))\">\(escape(reasons))</failure>\n    </testcase>\n"
            case .error:
                out +=
                    ">\n      <error type=\"\(escape(result.errorKind ?? "error"))\" message=\"\(escape(redactor.redact(result.errorMessage ?? "provider error")))\">\(escape(reasons))</error>\n    </testcase>\n"
            }
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.3f", seconds)
    }

    /// XML-escapes text and drops characters XML 1.0 cannot carry.
    func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
