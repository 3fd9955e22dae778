import Foundation

/// Reads the date formats people and models write and returns ISO 8601 `YYYY-MM-DD`.
enum DateNormalizer {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// ISO date for `text`, or nil when it is not a recognisable date.
    static func iso(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let parts = s.split(whereSeparator: { "-/. ,T".contains($0) }).map(String.init).filter { !$0.isEmpty }
        guard parts.count >= 3 else { return nil }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        if a.count == 4, let y = Int(a), let m = Int(b), let d = Int(c) { return make(y, m, d) }  // 2024-03-15
        if let m = monthIndex(a), let d = Int(b), let y = Int(c) { return make(y, m, d) }  // March 15, 2024
        if let d = Int(a), let m = monthIndex(b), let y = Int(c) { return make(y, m, d) }  // 15 March 2024
        guard let x = Int(a), let y = Int(b), let year = Int(c), c.count == 4 else { return nil }
        if s.contains(".") { return make(year, y, x) }  // 15.03.2024 (European)
        return make(year, x, y)  // 03/15/2024 (US)
    }

    private static func monthIndex(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return months.firstIndex { lower.hasPrefix($0) }.map { $0 + 1 }
    }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...31).contains(d), (1000...9999).contains(y) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
