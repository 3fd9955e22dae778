extension ProjectConfig {
    /// Reads `batch:` (`poll_interval`, `max_poll_interval`, `failed_requests`, `max_requests`).
    static func loadBatch(from entry: inout YAMLMapping, into bag: inout DiagnosticBag) -> BatchSettings {
        var settings = BatchSettings()
        if let seconds = entry.double("poll_interval", in: .positive, unit: " seconds", into: &bag) {
            settings.pollInterval = seconds
        }
        if let seconds = entry.double("max_poll_interval", in: .positive, unit: " seconds", into: &bag) {
            settings.maxPollInterval = seconds
        }
        if settings.maxPollInterval < settings.pollInterval {
            bag.append(
                .error(
                    fileName, line: entry.lineOf("max_poll_interval"),
                    "`batch: max_poll_interval` (\(settings.maxPollInterval)) must be at least `poll_interval` (\(settings.pollInterval))"
                ))
        }
        if let n = entry.int("max_requests", in: 1...100_000, into: &bag) { settings.maxRequests = n }
        if let word = entry.string("failed_requests", into: &bag) {
            if let choice = BatchSettings.FailedRequests(rawValue: word) {
                settings.failedRequests = choice
            } else {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("failed_requests"),
                        "`batch: failed_requests` is `\(word)`; expected `call` (ask them again as normal calls) or `error`"
                    ))
            }
        }
        entry.reportUnknownKeys(
            into: &bag, allowed: ["poll_interval", "max_poll_interval", "failed_requests", "max_requests"])
        return settings
    }
}
