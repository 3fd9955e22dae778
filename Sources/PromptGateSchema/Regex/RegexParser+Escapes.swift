/// What an escape stands for: one code point (usable as a class range bound) or a set (`\d`, `\p{L}`).
enum RegexEscape {
    case scalar(UInt32)
    case set(ScalarSet)

    /// The escape as a set of code points.
    var set: ScalarSet {
        switch self {
        case .scalar(let value): return ScalarSet(value)
        case .set(let set): return set
        }
    }
}

extension RegexParser {
    /// Syntax characters, the only ones (with `/`) that Unicode mode lets a backslash escape.
    static let syntaxCharacters: Set<Unicode.Scalar> = [
        "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/",
    ]

    /// Parses the escape starting at the current `\`. Inside a class `\b` is a backspace and `\-` a dash;
    /// outside, `\b` and `\B` are anchors the caller has already handled.
    mutating func escape(inClass: Bool) throws(RegexSyntaxError) -> RegexEscape {
        let start = position
        position += 1
        guard let letter = peek() else {
            throw RegexSyntaxError("dangling `\\` at the end of the pattern: write `\\\\` for a backslash", at: start)
        }
        position += 1
        switch letter {
        case "d": return .set(.digits)
        case "D": return .set(ScalarSet.digits.complementOfRanges)
        case "w": return .set(.word)
        case "W": return .set(ScalarSet.word.complementOfRanges)
        case "s": return .set(.space)
        case "S": return .set(ScalarSet.space.complementOfRanges)
        case "p", "P": return .set(try property(negated: letter == "P", start: start))
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "v": return .scalar(0x0B)
        case "f": return .scalar(0x0C)
        case "r": return .scalar(0x0D)
        case "c":
            guard let control = peek(), control.isASCII, control.properties.isAlphabetic else {
                throw RegexSyntaxError("`\\c` must be followed by a letter A-Z or a-z", at: start)
            }
            position += 1
            return .scalar(control.value % 32)
        case "0":
            if let digit = peek(), ("0"..."9").contains(digit) {
                throw RegexSyntaxError(
                    "`\\0` cannot be followed by a digit: octal escapes are not allowed in Unicode mode (use `\\x` or `\\u`)",
                    at: start)
            }
            return .scalar(0)
        case "x":
            guard let value = hexDigits(count: 2) else {
                throw RegexSyntaxError("`\\x` must be followed by exactly two hex digits", at: start)
            }
            return .scalar(value)
        case "u": return .scalar(try unicodeEscape(start: start))
        case "b" where inClass: return .scalar(0x08)
        case "-" where inClass: return .scalar(0x2D)
        case "1"..."9" where !inClass:
            while let digit = peek(), ("0"..."9").contains(digit) { position += 1 }
            throw Self.backreference(text(from: start), at: start)
        case "k" where !inClass:
            if peek() == "<", let close = scalars[position...].firstIndex(of: ">") {
                position = close + 1
                throw Self.backreference(text(from: start), at: start)
            }
            throw RegexSyntaxError(
                "`\\k` must be followed by `<name>` (and backreferences are not supported)", at: start)
        default:
            guard Self.syntaxCharacters.contains(letter) else {
                throw RegexSyntaxError(
                    "invalid escape `\(text(from: start))`: in Unicode mode only syntax characters ^$\\.*+?()[]{}|/ (and `-` inside a class) can be escaped",
                    at: start)
            }
            return .scalar(letter.value)
        }
    }

    /// The error for `\1` or `\k<name>`.
    static func backreference(_ written: String, at offset: Int) -> RegexSyntaxError {
        RegexSyntaxError(
            "backreferences (\(written)) are not supported: promptgate matches patterns in linear time so a model reply cannot stall a run",
            at: offset)
    }

    /// `{...}` after `\p` or `\P`.
    private mutating func property(negated: Bool, start: Int) throws(RegexSyntaxError) -> ScalarSet {
        guard peek() == "{", let close = scalars[position...].firstIndex(of: "}") else {
            throw RegexSyntaxError("`\\p` and `\\P` must be followed by a property in braces, e.g. `\\p{L}`", at: start)
        }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[(position + 1)..<close])
        position = close + 1
        guard let property = UnicodeProperty.named(name, resolvingScripts: resolvesScripts) else {
            throw RegexSyntaxError(
                "unknown Unicode property `\(text(from: start))`: use a General_Category (L, Lu, Nd, Punctuation, ...), a binary property (Alphabetic, White_Space, ASCII, Any, ...) or Script=Latin",
                at: start)
        }
        return ScalarSet(ranges: [], properties: [negated ? property.negated() : property])
    }

    /// The code point of `\uHHHH` (a surrogate pair `\uD83D\uDE00` makes one) or `\u{H...}`.
    private mutating func unicodeEscape(start: Int) throws(RegexSyntaxError) -> UInt32 {
        if peek() == "{" {
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let next = peek(), let digit = Self.hexValue(next) {
                value = min(value * 16 + digit, ScalarSet.maxScalar + 1)
                digits += 1
                position += 1
            }
            guard digits > 0, peek() == "}" else {
                throw RegexSyntaxError("`\\u{` must be followed by hex digits and `}`", at: start)
            }
            position += 1
            guard value <= ScalarSet.maxScalar else {
                throw RegexSyntaxError("`\(text(from: start))` is beyond the last code point U+10FFFF", at: start)
            }
            return value
        }
        guard let lead = hexDigits(count: 4) else {
            throw RegexSyntaxError("`\\u` must be followed by four hex digits or `{hex}`", at: start)
        }
        if (0xD800...0xDBFF).contains(lead), peek() == "\\", peek(1) == "u" {
            let resume = position
            position += 2
            if let trail = hexDigits(count: 4), (0xDC00...0xDFFF).contains(trail) {
                return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
            }
            position = resume
        }
        return lead
    }

    /// Exactly `count` hex digits as a value; nil (position unchanged) when they are not there.
    private mutating func hexDigits(count: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<count {
            guard let next = peek(offset), let digit = Self.hexValue(next) else { return nil }
            value = value * 16 + digit
        }
        position += count
        return value
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
