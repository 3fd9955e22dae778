import Foundation

/// Loads a page in headless Chromium (Debian's `chromium`) and returns the DOM after its scripts ran
/// and every console message the page logged.
enum HeadlessBrowser {
    /// The browser: `PROMPTGATE_CHROMIUM`, else the first of the usual paths that exists.
    static let executable: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["PROMPTGATE_CHROMIUM"], "/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }.map(
            URL.init(fileURLWithPath:))
    }()

    static var isAvailable: Bool { executable != nil }

    struct Page {
        let dom: String
        /// Console messages (`console.log`, uncaught errors, CSP violations).
        let console: [String]
        let wallSeconds: Double

        /// The value of the first `name="…"` attribute in the DOM.
        func attribute(_ name: String) -> String? {
            guard let start = dom.range(of: "\(name)=\"") else { return nil }
            return dom[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
        }

        func number(_ name: String) -> Int? { attribute(name).flatMap { Int($0) } }

        /// How many case rows are in the table.
        var rows: Int { dom.components(separatedBy: "<tr class=\"row\"").count - 1 }

        /// The case ids of the rows shown.
        var rowIDs: [String] {
            dom.components(separatedBy: "<tr class=\"row\" data-id=\"").dropFirst().compactMap {
                $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
            }
        }
    }

    /// Loads `file` with `fragment` (the viewer's filters) and dumps the DOM.
    static func load(_ file: URL, fragment: String = "") async throws -> Page {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try loadBlocking(executable, file, fragment) })
            }.start()
        }
    }

    private static func loadBlocking(_ executable: URL, _ file: URL, _ fragment: String) throws -> Page {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "promptgate-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--enable-logging=stderr", "--v=0", "--dump-dom",
            file.absoluteString + (fragment.isEmpty ? "" : "#" + fragment),
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        let errBox = ErrorBytes()
        let reader = Thread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal()
        }
        reader.start()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        errBox.done.wait()
        process.waitUntilExit()
        let console = String(decoding: errBox.data, as: UTF8.self).split(separator: "\n").filter {
            $0.contains(":CONSOLE")
        }.map(String.init)
        return Page(dom: dom, console: console, wallSeconds: Date().timeIntervalSince(start))
    }

    /// Standard error's bytes, handed from the reader thread to the caller.
    private final class ErrorBytes: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
