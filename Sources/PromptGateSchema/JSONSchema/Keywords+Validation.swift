import PromptGateJSON

/// The validation vocabulary: keywords that test the instance itself.
extension Evaluator {
    /// Values listed in `enum` messages before the list is cut short with "…".
    static let enumListLimit = 10

    mutating func checkEnum(_ options: [JSONValue], _ instance: JSONValue, _ path: String) -> Bool {
        for option in options where SchemaValue.equal(option, instance) { return true }
        if options.count == 1, let only = options.first {
            report("expected \(SchemaValue.describe(only)), got \(SchemaValue.describe(instance))", path)
        } else {
            report("\(SchemaValue.describe(instance)) is not one of \(Self.list(options))", path)
        }
        return false
    }

    mutating func checkConst(_ expected: JSONValue, _ instance: JSONValue, _ path: String) -> Bool {
        if SchemaValue.equal(expected, instance) { return true }
        report("expected \(SchemaValue.describe(expected)), got \(SchemaValue.describe(instance))", path)
        return false
    }

    mutating func checkMultipleOf(
        _ decimal: DecimalNumber, _ divisor: Double, _ instance: JSONValue, _ path: String
    ) -> Bool {
        let divides: Bool
        switch instance {
        case .number(let value): divides = decimal.divides(value)
        case .decimal(let value): divides = decimal.divides(value)
        default: return true
        }
        if divides { return true }
        report("\(SchemaValue.describe(instance)) is not a multiple of \(SchemaValue.describe(number: divisor))", path)
        return false
    }

    /// `minimum`, `maximum` and the exclusive bounds, comparing the exact decimal values (a
    /// `.decimal` on either side keeps digits a double would round away).
    mutating func checkBound(_ kind: KeywordKind, _ limit: JSONValue, _ instance: JSONValue, _ path: String) -> Bool {
        guard let order = JSONValue.compareNumbers(instance, limit) else { return true }
        let relation: String
        switch kind {
        case .minimum:
            if order >= 0 { return true }
            relation = "is less than the minimum of"
        case .maximum:
            if order <= 0 { return true }
            relation = "is greater than the maximum of"
        case .exclusiveMinimum:
            if order > 0 { return true }
            relation = "is not greater than the exclusive minimum of"
        default:
            if order < 0 { return true }
            relation = "is not less than the exclusive maximum of"
        }
        report("\(SchemaValue.describe(instance)) \(relation) \(SchemaValue.describe(limit))", path)
        return false
    }

    mutating func checkLength(_ instance: JSONValue, _ path: String, min: Int?, max: Int?) -> Bool {
        guard case .string(let text) = instance else { return true }
        let bytes = text.utf8.count
        // A code point takes 1 to 4 UTF-8 bytes: skip counting when the byte length already decides.
        if let max, bytes <= max { return true }
        if let min, bytes / 4 >= min { return true }
        let length = text.unicodeScalars.count
        if let min, length < min {
            report("expected at least \(SchemaValue.count(min, "character")), got \(length)", path)
            return false
        }
        if let max, length > max {
            report("expected at most \(SchemaValue.count(max, "character")), got \(length)", path)
            return false
        }
        return true
    }

    mutating func checkPattern(_ regex: ECMARegex, _ instance: JSONValue, _ path: String) -> Bool {
        guard case .string(let text) = instance else { return true }
        if regex.matches(text) { return true }
        report("\(SchemaValue.describe(instance)) does not match pattern \(regex.source)", path)
        return false
    }

    mutating func checkFormat(_ format: StringFormat, _ instance: JSONValue, _ path: String) -> Bool {
        guard case .string(let text) = instance else { return true }
        if format.accepts(text) { return true }
        report("\(SchemaValue.describe(instance)) is not \(format.noun)", path)
        return false
    }

    mutating func checkCount(_ instance: JSONValue, _ path: String, min: Int?, max: Int?, properties: Bool) -> Bool {
        let count: Int
        switch instance {
        case .array(let items) where !properties: count = items.count
        case .object(let members) where properties: count = members.count
        default: return true
        }
        let noun = properties ? "property" : "item"
        let plural = properties ? "properties" : "items"
        if let min, count < min {
            report("expected at least \(SchemaValue.count(min, noun, plural: plural)), got \(count)", path)
            return false
        }
        if let max, count > max {
            report("expected at most \(SchemaValue.count(max, noun, plural: plural)), got \(count)", path)
            return false
        }
        return true
    }

    mutating func checkUniqueItems(_ instance: JSONValue, _ path: String) -> Bool {
        guard case .array(let items) = instance, items.count > 1 else { return true }
        if let (first, second) = Self.firstDuplicate(items) {
            report("items \(first) and \(second) are equal (uniqueItems is true)", path)
            return false
        }
        return true
    }

    mutating func checkDependentRequired(_ pairs: [(String, [String])], _ instance: JSONValue, _ path: String) -> Bool {
        guard case .object(let members) = instance else { return true }
        var valid = true
        for (trigger, names) in pairs where members[trigger] != nil {
            for name in names where members[name] == nil {
                valid = false
                guard reporting else { return false }
                report(
                    "property \(SchemaValue.describe(.string(name))) is required when "
                        + "\(SchemaValue.describe(.string(trigger))) is present", JSONPointer.appending(path, trigger))
            }
        }
        return valid
    }

    /// Indices of the first pair of equal items, if any.
    static func firstDuplicate(_ items: [JSONValue]) -> (Int, Int)? {
        if items.count <= 16 {
            for i in items.indices {
                for j in (i + 1)..<items.count where SchemaValue.equal(items[i], items[j]) { return (i, j) }
            }
            return nil
        }
        var seen: [[UInt8]: Int] = [:]
        for (index, item) in items.enumerated() {
            let key = SchemaValue.canonicalKey(item)
            if let earlier = seen[key] { return (earlier, index) }
            seen[key] = index
        }
        return nil
    }

    /// `"a", "b", "c"` — at most `enumListLimit` values, then "…".
    static func list(_ values: [JSONValue]) -> String {
        let shown = values.prefix(enumListLimit).map { SchemaValue.describe($0, limit: 40) }
        return shown.joined(separator: ", ") + (values.count > enumListLimit ? ", …" : "")
    }
}
