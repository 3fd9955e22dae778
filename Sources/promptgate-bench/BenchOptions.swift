/// Command-line options of promptgate-bench.
struct BenchOptions: Sendable {
    var cases = 1000
    var connections = 32
    var latencies: [Double] = [0, 0.2]
    /// Runs the fake server in this process (its CPU is then counted too).
    var inProcess = false
    /// Also measures the bare transport (the same requests through CurlTransport, no pipeline).
    var transportBaseline = false

    init(_ arguments: [String]) {
        var index = 1
        while index < arguments.count {
            let next = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--cases": cases = Int(next) ?? cases; index += 1
            case "--connections": connections = Int(next) ?? connections; index += 1
            case "--latencies":
                let parsed = next.split(separator: ",").compactMap { Double($0) }
                if !parsed.isEmpty { latencies = parsed }
                index += 1
            case "--inprocess": inProcess = true
            case "--baseline": transportBaseline = true
            default: break
            }
            index += 1
        }
    }
}
