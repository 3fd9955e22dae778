import PromptGateJSON

/// Compilation of the validation, applicator and unevaluated vocabularies.
extension SchemaCompiler {
    /// type, enum, const, numeric, string, array-size and object-size keywords.
    mutating func compileValidation(_ site: Site, into keywords: inout [Keyword]) throws(SchemaLoadError) {
        if let value = site.object["type"] {
            keywords.append(Keyword(kind: try typeKeyword(value, path: site.path("type")), path: site.path("type")))
        }
        if let value = site.object["enum"] {
            guard case .array(let options) = value else {
                throw SchemaLoadError(schemaPath: site.path("enum"), message: "\"enum\" must be an array")
            }
            keywords.append(Keyword(kind: .enumeration(options), path: site.path("enum")))
        }
        if let value = site.object["const"] {
            keywords.append(Keyword(kind: .constant(value), path: site.path("const")))
        }
        if let divisor = try number(site, "multipleOf") {
            guard divisor > 0, let decimal = DecimalNumber(divisor) else {
                throw SchemaLoadError(
                    schemaPath: site.path("multipleOf"), message: "\"multipleOf\" must be greater than 0")
            }
            keywords.append(Keyword(kind: .multipleOf(decimal, divisor), path: site.path("multipleOf")))
        }
        let bounds: [(String, (JSONValue) -> KeywordKind)] = [
            ("minimum", { .minimum($0) }), ("maximum", { .maximum($0) }),
            ("exclusiveMinimum", { .exclusiveMinimum($0) }), ("exclusiveMaximum", { .exclusiveMaximum($0) }),
        ]
        for (key, make) in bounds {
            // Checked to be a number, and kept as written so that a `.decimal` bound compares exactly.
            guard try number(site, key) != nil, let limit = site.object[key] else { continue }
            keywords.append(Keyword(kind: make(limit), path: site.path(key)))
        }
        let counts: [(String, (Int) -> KeywordKind)] = [
            ("minLength", { .minLength($0) }), ("maxLength", { .maxLength($0) }),
            ("minItems", { .minItems($0) }), ("maxItems", { .maxItems($0) }),
            ("minProperties", { .minProperties($0) }), ("maxProperties", { .maxProperties($0) }),
        ]
        for (key, make) in counts {
            if let limit = try count(site, key) { keywords.append(Keyword(kind: make(limit), path: site.path(key))) }
        }
        if let value = site.object["pattern"] {
            guard case .string(let source) = value else {
                throw SchemaLoadError(schemaPath: site.path("pattern"), message: "\"pattern\" must be a string")
            }
            keywords.append(
                Keyword(kind: .pattern(try regex(source, path: site.path("pattern"))), path: site.path("pattern")))
        }
        if let value = site.object["format"] {
            guard case .string(let name) = value else {
                throw SchemaLoadError(schemaPath: site.path("format"), message: "\"format\" must be a string")
            }
            if formatAssertion, let format = StringFormat(rawValue: name) {
                keywords.append(Keyword(kind: .format(format), path: site.path("format")))
            }
        }
        if let value = site.object["uniqueItems"] {
            guard case .bool(let unique) = value else {
                throw SchemaLoadError(
                    schemaPath: site.path("uniqueItems"), message: "\"uniqueItems\" must be a boolean")
            }
            if unique { keywords.append(Keyword(kind: .uniqueItems, path: site.path("uniqueItems"))) }
        }
        if let value = site.object["dependentRequired"] {
            guard case .object(let members) = value else {
                throw SchemaLoadError(
                    schemaPath: site.path("dependentRequired"),
                    message: "\"dependentRequired\" must be an object of string arrays")
            }
            var pairs: [(String, [String])] = []
            for name in members.keys.sorted() {
                let path = JSONPointer.appending(site.path("dependentRequired"), name)
                pairs.append((name, try stringArray(members[name] ?? .null, key: "dependentRequired", path: path)))
            }
            keywords.append(Keyword(kind: .dependentRequired(pairs), path: site.path("dependentRequired")))
        }
    }

    private func typeKeyword(_ value: JSONValue, path: String) throws(SchemaLoadError) -> KeywordKind {
        let names: [String]
        switch value {
        case .string(let name): names = [name]
        case .array:
            names = try stringArray(value, key: "type", path: path)
            guard !names.isEmpty else {
                throw SchemaLoadError(schemaPath: path, message: "\"type\" must not be an empty array")
            }
        default:
            throw SchemaLoadError(
                schemaPath: path,
                message: "\"type\" must be a string or an array of strings, got \(value.typeName)")
        }
        var set: TypeSet = []
        for name in names {
            guard let single = TypeSet(name: name) else {
                throw SchemaLoadError(
                    schemaPath: path,
                    message:
                        "unknown type \"\(name)\" (expected null, boolean, object, array, number, string or integer)")
            }
            set.formUnion(single)
        }
        return .type(set, names: names)
    }

    /// Array, object and in-place applicators.
    mutating func compileApplicators(_ site: Site, into keywords: inout [Keyword]) throws(SchemaLoadError) {
        let prefix = try subschemaArray(site, "prefixItems")
        if let prefix { keywords.append(Keyword(kind: .prefixItems(prefix), path: site.path("prefixItems"))) }
        if case .array? = site.object["items"] {
            throw SchemaLoadError(
                schemaPath: site.path("items"),
                message: "\"items\" must be a schema; draft 2020-12 uses \"prefixItems\" for tuples")
        }
        if let items = try subschema(site, "items") {
            keywords.append(Keyword(kind: .items(items, from: prefix?.count ?? 0), path: site.path("items")))
        }
        let minContains = try count(site, "minContains")
        let maxContains = try count(site, "maxContains")
        if let contains = try subschema(site, "contains") {
            keywords.append(
                Keyword(
                    kind: .contains(contains, min: minContains ?? 1, max: maxContains),
                    path: site.path("contains")))
        }
        if let shape = try objectShape(site) {
            keywords.append(Keyword(kind: .object(shape), path: site.path("properties")))
        }
        if let names = try subschema(site, "propertyNames") {
            keywords.append(Keyword(kind: .propertyNames(names), path: site.path("propertyNames")))
        }
        if let dependents = try subschemaMap(site, "dependentSchemas") {
            keywords.append(Keyword(kind: .dependentSchemas(dependents), path: site.path("dependentSchemas")))
        }
        if let all = try subschemaArray(site, "allOf") {
            keywords.append(Keyword(kind: .allOf(all), path: site.path("allOf")))
        }
        if let any = try subschemaArray(site, "anyOf") {
            keywords.append(Keyword(kind: .anyOf(any), path: site.path("anyOf")))
        }
        if let one = try subschemaArray(site, "oneOf") {
            keywords.append(Keyword(kind: .oneOf(one), path: site.path("oneOf")))
        }
        if let negated = try subschema(site, "not") {
            keywords.append(Keyword(kind: .not(negated), path: site.path("not")))
        }
        let thenNode = try subschema(site, "then")
        let elseNode = try subschema(site, "else")
        if let condition = try subschema(site, "if") {
            keywords.append(
                Keyword(kind: .conditional(if: condition, then: thenNode, else: elseNode), path: site.path("if")))
        }
    }

    /// properties / patternProperties / additionalProperties / required as one `ObjectShape`.
    private mutating func objectShape(_ site: Site) throws(SchemaLoadError) -> ObjectShape? {
        var required: [String] = []
        if let value = site.object["required"] {
            required = try stringArray(value, key: "required", path: site.path("required"))
        }
        let properties = try subschemaMap(site, "properties") ?? []
        var patterns: [(ECMARegex, Int)] = []
        for (source, node) in try subschemaMap(site, "patternProperties") ?? [] {
            let path = JSONPointer.appending(site.path("patternProperties"), source)
            patterns.append((try regex(source, path: path), node))
        }
        let additional = try subschema(site, "additionalProperties")
        guard !required.isEmpty || !properties.isEmpty || !patterns.isEmpty || additional != nil else { return nil }
        let requiredSet = Set(required)
        let declared = Set(properties.map(\.0))
        return ObjectShape(
            properties: properties.map {
                ObjectShape.Property(name: $0.0, node: $0.1, required: requiredSet.contains($0.0))
            },
            otherRequired: required.filter { !declared.contains($0) }, patterns: patterns, additional: additional,
            propertiesPath: site.path("properties"), requiredPath: site.path("required"),
            additionalPath: site.path("additionalProperties"))
    }

    /// `unevaluatedProperties` and `unevaluatedItems`, which must run after every other keyword.
    mutating func compileUnevaluated(_ site: Site) throws(SchemaLoadError) -> [Keyword] {
        var keywords: [Keyword] = []
        if let node = try subschema(site, "unevaluatedProperties") {
            keywords.append(Keyword(kind: .unevaluatedProperties(node), path: site.path("unevaluatedProperties")))
        }
        if let node = try subschema(site, "unevaluatedItems") {
            keywords.append(Keyword(kind: .unevaluatedItems(node), path: site.path("unevaluatedItems")))
        }
        return keywords
    }
}
