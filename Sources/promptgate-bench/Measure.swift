import Foundation

/// Wall time, CPU time and peak memory of a block, read from the clock and getrusage.
struct Measurement {
    let wall: Double
    let cpu: Double

    static func of(_ body: () async throws -> Void) async rethrows -> Measurement {
        let cpuStart = cpuSeconds(), wallStart = Date()
        try await body()
        return Measurement(wall: Date().timeIntervalSince(wallStart), cpu: cpuSeconds() - cpuStart)
    }

    /// User + system CPU seconds of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return cpuSeconds(usage)
    }

    /// User + system CPU seconds in `usage`.
    static func cpuSeconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(
            usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size of this process, in MiB.
    static func peakRSSMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// One printed figure with its target.
struct Figure {
    let name: String
    let value: String
    let target: String
    let met: Bool?

    var line: String {
        let verdict = met.map { $0 ? "met" : "MISSED" } ?? ""
        return "| \(name) | \(value) | \(target) | \(verdict) |"
    }
}

extension Measurement {
    /// Measures a synchronous block.
    static func ofSync(_ body: () -> Void) -> Measurement {
        let cpuStart = cpuSeconds(), wallStart = Date()
        body()
        return Measurement(wall: Date().timeIntervalSince(wallStart), cpu: cpuSeconds() - cpuStart)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
