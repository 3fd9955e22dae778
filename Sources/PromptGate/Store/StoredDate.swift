import Foundation
import GRDB

/// Dates as the database holds them: UTC text `yyyy-MM-dd HH:mm:ss.SSS` (GRDB's own format, which
/// SQLite's date functions read), written and read with integer arithmetic.
///
/// GRDB's built-in conversion goes through `DateFormatter` and `Calendar` with an `en_US_POSIX`
/// locale, which loads ICU's locale data: about 6 MiB of resident memory in every command that
/// stores a run, for a fixed format that needs none of it.
enum StoredDate {
    private static let msPerDay: Int64 = 86_400_000

    /// `date` as `yyyy-MM-dd HH:mm:ss.SSS` in UTC, to the nearest millisecond with halves rounded
    /// up, as GRDB's formatter writes it (checked on 100,000 random dates from 1900 to 2200).
    static func text(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down))
        let days = floorDivide(ms, msPerDay)
        let civil = CivilDate(daysSinceEpoch: days)
        let inDay = ms - days * msPerDay
        let (hour, minute, second, millisecond) = (
            inDay / 3_600_000, inDay / 60_000 % 60, inDay / 1000 % 60, inDay % 1000
        )
        return
            "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2)) \(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))"
    }

    /// The date in `value`: text in SQLite's `yyyy-MM-dd[( |T)HH:mm[:ss[.fff]]]` forms (UTC), or a
    /// number of seconds since 1970. Nil for anything else.
    static func date(_ value: DatabaseValue) -> Date? {
        switch value.storage {
        case .string(let text): return parse(text)
        case .int64(let seconds): return Date(timeIntervalSince1970: Double(seconds))
        case .double(let seconds): return Date(timeIntervalSince1970: seconds)
        case .null, .blob: return nil
        }
    }

    static func parse(_ text: String) -> Date? {
        var reader = DigitReader(Array(text.utf8))
        guard let year = reader.number(digits: 4), reader.skip("-"),
            let month = reader.number(digits: 2), reader.skip("-"),
            let day = reader.number(digits: 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(CivilDate(year: year, month: month, day: day).daysSinceEpoch * 86_400)
        if reader.atEnd { return Date(timeIntervalSince1970: seconds) }
        guard reader.skip(" ") || reader.skip("T"),
            let hour = reader.number(digits: 2), reader.skip(":"),
            let minute = reader.number(digits: 2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if reader.skip(":") {
            guard let second = reader.number(digits: 2), second < 60 else { return nil }
            seconds += Double(second)
            if reader.skip(".") {
                guard let fraction = reader.fraction() else { return nil }
                seconds += fraction
            }
        }
        return reader.atEnd ? Date(timeIntervalSince1970: seconds) : nil
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reads fixed-width decimal fields from ASCII bytes.
private struct DigitReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    /// The digits after a decimal point as a fraction of a second (at least one digit).
    mutating func fraction() -> Double? {
        var value = 0.0, scale = 1.0
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) {
            if scale > 1e-9 { scale /= 10; value += Double(bytes[index] - 48) * scale }
            index += 1
        }
        return index > start ? value : nil
    }
}

/// A proleptic Gregorian calendar date, converted to and from days since 1970-01-01 with Howard
/// Hinnant's `days_from_civil` / `civil_from_days` algorithms.
private struct CivilDate {
    var year: Int64, month: Int64, day: Int64

    init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (Int64(year), Int64(month), Int64(day))
    }

    init(daysSinceEpoch: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    var daysSinceEpoch: Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
