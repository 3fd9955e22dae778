/// The `format` values asserted when a schema is compiled with `formatAssertion: true`. Unknown
/// formats (and idn-email) stay annotations. All checks are ASCII-strict: a Bengali
/// digit is not a digit here.
enum StringFormat: String, Sendable, CaseIterable {
    case date, time, duration, email, hostname, ipv4, ipv6, uri, iri, uuid, regex
    case dateTime = "date-time"
    case uriReference = "uri-reference"
    case iriReference = "iri-reference"
    case uriTemplate = "uri-template"
    case idnHostname = "idn-hostname"
    case jsonPointer = "json-pointer"
    case relativeJSONPointer = "relative-json-pointer"

    /// "a valid date", used in violation messages.
    var noun: String {
        switch self {
        case .date: return "a valid date (YYYY-MM-DD)"
        case .time: return "a valid RFC 3339 time"
        case .dateTime: return "a valid RFC 3339 date-time"
        case .duration: return "a valid ISO 8601 duration"
        case .email: return "a valid email address"
        case .hostname: return "a valid hostname"
        case .idnHostname: return "a valid internationalized hostname"
        case .ipv4: return "a valid IPv4 address"
        case .ipv6: return "a valid IPv6 address"
        case .uri: return "a valid URI"
        case .uriReference: return "a valid URI reference"
        case .iri: return "a valid IRI"
        case .iriReference: return "a valid IRI reference"
        case .uriTemplate: return "a valid URI template"
        case .uuid: return "a valid UUID"
        case .regex: return "a valid regular expression"
        case .jsonPointer: return "a valid JSON Pointer"
        case .relativeJSONPointer: return "a valid relative JSON Pointer"
        }
    }

    /// Whether `text` is in this format.
    func accepts(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        switch self {
        case .date: return FormatValidators.isDate(bytes[...])
        case .time: return FormatValidators.isTime(bytes[...])
        case .dateTime: return FormatValidators.isDateTime(bytes)
        case .duration: return FormatValidators.isDuration(bytes)
        case .email: return FormatValidators.isEmail(bytes)
        case .hostname: return FormatValidators.isHostname(bytes[...])
        case .idnHostname: return Hostname.isValidIDN(text)
        case .ipv4: return FormatValidators.isIPv4(bytes[...])
        case .ipv6: return FormatValidators.isIPv6(bytes[...])
        case .uri: return URIGrammar.isValid(text, requireScheme: true, allowUnicode: false)
        case .uriReference: return URIGrammar.isValid(text, requireScheme: false, allowUnicode: false)
        case .iri: return URIGrammar.isValid(text, requireScheme: true, allowUnicode: true)
        case .iriReference: return URIGrammar.isValid(text, requireScheme: false, allowUnicode: true)
        case .uriTemplate: return URIGrammar.isTemplate(text)
        case .uuid: return FormatValidators.isUUID(bytes)
        case .regex: return ECMARegex.isValid(text)
        case .jsonPointer: return JSONPointer.isValid(text)
        case .relativeJSONPointer: return FormatValidators.isRelativeJSONPointer(text)
        }
    }
}

/// Byte-level checks for the date/time, duration, UUID and pointer formats.
enum FormatValidators {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isHex(_ b: UInt8) -> Bool { JSONPointer.hexValue(b) != nil }

    /// The value of `count` ASCII digits at `start`, or nil.
    static func number(_ bytes: ArraySlice<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start >= bytes.startIndex, start + count <= bytes.endIndex else { return nil }
        var value = 0
        for b in bytes[start..<(start + count)] {
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// RFC 3339 full-date: YYYY-MM-DD with a real day of that month (leap years included).
    static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let s = bytes.startIndex
        guard bytes.count == 10, bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"),
            let year = number(bytes, s, 4), let month = number(bytes, s + 5, 2), let day = number(bytes, s + 8, 2),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// RFC 3339 full-time: HH:MM:SS[.frac](Z|±HH:MM); second 60 only when the UTC time is 23:59.
    static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        let s = bytes.startIndex
        guard bytes.count >= 9, bytes[s + 2] == UInt8(ascii: ":"), bytes[s + 5] == UInt8(ascii: ":"),
            let hour = number(bytes, s, 2), let minute = number(bytes, s + 3, 2), let second = number(bytes, s + 6, 2),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        var i = s + 8
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
            guard i > fractionStart else { return false }
        }
        guard i < bytes.endIndex else { return false }
        var offsetMinutes = 0
        switch bytes[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == bytes.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.endIndex - i == 6, bytes[i + 3] == UInt8(ascii: ":"),
                let offsetHour = number(bytes, i + 1, 2), let offsetMinute = number(bytes, i + 4, 2),
                offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[i] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// RFC 3339 date-time: full-date "T" full-time (T/t).
    static func isDateTime(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return isDate(bytes[0..<10]) && isTime(bytes[11...])
    }

    /// RFC 3339 appendix A duration: P then Y[M[D]] / M[D] / D and/or T with H[M[S]] / M[S] / S, or nW.
    static func isDuration(_ bytes: [UInt8]) -> Bool {
        guard bytes.first == UInt8(ascii: "P"), bytes.count > 1 else { return false }
        var datePart: [UInt8] = []
        var timePart: [UInt8] = []
        var inTime = false
        var i = 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "T") {
                guard !inTime else { return false }
                inTime = true
                i += 1
                continue
            }
            let digitsStart = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            guard i > digitsStart, i < bytes.count else { return false }
            if inTime { timePart.append(bytes[i]) } else { datePart.append(bytes[i]) }
            i += 1
        }
        let dateForms: [[UInt8]] = [
            [], Array("D".utf8), Array("M".utf8), Array("MD".utf8), Array("Y".utf8),
            Array("YM".utf8), Array("YMD".utf8),
        ]
        let timeForms: [[UInt8]] = [
            Array("H".utf8), Array("HM".utf8), Array("HMS".utf8), Array("M".utf8),
            Array("MS".utf8), Array("S".utf8),
        ]
        if datePart == Array("W".utf8) { return !inTime }
        guard dateForms.contains(datePart) else { return false }
        if inTime { return timeForms.contains(timePart) }
        return !datePart.isEmpty
    }

    /// RFC 4122 textual form: 8-4-4-4-12 hexadecimal digits.
    static func isUUID(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard b == UInt8(ascii: "-") else { return false }
            } else if !isHex(b) {
                return false
            }
        }
        return true
    }

    /// Relative JSON Pointer: a non-negative integer, an optional ±index adjustment, then "#" or a pointer.
    static func isRelativeJSONPointer(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i > 0, !(i > 1 && bytes[0] == UInt8(ascii: "0")) else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            let start = i + 1
            i = start
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            guard i > start, bytes[start] != UInt8(ascii: "0") else { return false }
        }
        let rest = String(decoding: bytes[i...], as: UTF8.self)
        return rest == "#" || JSONPointer.isValid(rest)
    }
}
