import Foundation

/// Reads how long a server asked us to wait from its response headers: `retry-after-ms`,
/// `retry-after` (seconds or an HTTP date) and OpenAI's `x-ratelimit-reset-requests/-tokens`
/// durations (`6m0s`, `1.5s`, `250ms`).
public enum RetryAfter {
    /// Seconds to wait, or nil when no header says. The most specific header wins.
    public static func seconds(from headers: HTTPHeaders, now: Date = Date()) -> Double? {
        if let ms = headers["retry-after-ms"].flatMap(Double.init), ms.isFinite, ms >= 0 {
            return ms / 1000
        }
        if let value = headers["retry-after"], let seconds = parseRetryAfter(value, now: now) {
            return seconds
        }
        return rateLimitReset(headers)
    }

    /// `Retry-After` as delta-seconds or as an HTTP date (RFC 9110 section 10.2.3).
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 { return seconds }
        guard let date = httpDate(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// OpenAI's reset durations. When the `remaining` headers say which limit ran out, only that
    /// one counts; otherwise the longer wait does.
    static func rateLimitReset(_ headers: HTTPHeaders) -> Double? {
        let requests = headers["x-ratelimit-reset-requests"].flatMap(duration)
        let tokens = headers["x-ratelimit-reset-tokens"].flatMap(duration)
        let requestsOut = headers["x-ratelimit-remaining-requests"].map {
            $0.trimmingCharacters(in: .whitespaces) == "0"
        }
        let tokensOut = headers["x-ratelimit-remaining-tokens"].map { $0.trimmingCharacters(in: .whitespaces) == "0" }
        switch (requestsOut, tokensOut) {
        case (true?, false?): return requests ?? tokens
        case (false?, true?): return tokens ?? requests
        default:
            let candidates = [requests, tokens].compactMap { $0 }
            return candidates.max()
        }
    }

    /// A Go-style duration: `6m0s`, `1h30m`, `1.5s`, `250ms`, `20us`; a bare number is seconds.
    public static func duration(_ text: String) -> Double? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard !s.isEmpty else { return nil }
        if let plain = Double(String(String.UnicodeScalarView(s))), plain.isFinite, plain >= 0 { return plain }
        var total = 0.0
        var i = 0
        while i < s.count {
            var number = ""
            while i < s.count, CharacterSet.decimalDigits.contains(s[i]) || s[i] == "." {
                number.unicodeScalars.append(s[i])
                i += 1
            }
            var unit = ""
            while i < s.count, CharacterSet.letters.contains(s[i]) {
                unit.unicodeScalars.append(s[i])
                i += 1
            }
            guard let value = Double(number), value.isFinite, let scale = unitSeconds[unit] else { return nil }
            total += value * scale
        }
        return total
    }

    private static let unitSeconds: [String: Double] = [
        "h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 1e-6, "µs": 1e-6, "ns": 1e-9,
    ]

    /// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), plus the obsolete RFC 850 and asctime forms.
    static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
