import PromptGateJSON

/// Turns a schema document into `CompiledSchema`: every subschema becomes a `SchemaNode`, `$ref`s are
/// resolved to node indices once, regular expressions are compiled once, and every keyword value is
/// checked so a malformed schema fails at load time rather than during validation.
struct SchemaCompiler {
    /// Upper bound on compiled subschemas, so a hostile schema cannot exhaust memory.
    static let maxNodes = 250_000

    var registry: SchemaRegistry
    let formatAssertion: Bool
    private(set) var nodes: [SchemaNode] = []
    private var nodeIndex: [SchemaLocation: Int] = [:]
    private var pending: [(Int, SchemaLocation)] = []
    private var regexCache: [String: ECMARegex] = [:]
    var usesDynamicRefs = false

    /// The keyword being compiled: its object, location and display path.
    struct Site {
        let object: [String: JSONValue]
        let location: SchemaLocation
        let path: String
        let baseURI: String

        func path(_ key: String) -> String { JSONPointer.appending(path, key) }
        func child(_ key: String) -> SchemaLocation {
            SchemaLocation(document: location.document, pointer: JSONPointer.appending(location.pointer, key))
        }
    }

    /// Compiles `schema` (and whatever it references) with `documents` available to `$ref`.
    static func compile(
        _ schema: JSONValue, formatAssertion: Bool,
        documents: [String: JSONValue]
    ) throws(SchemaLoadError) -> CompiledSchema {
        var compiler = SchemaCompiler(registry: SchemaRegistry(external: documents), formatAssertion: formatAssertion)
        try compiler.registry.addDocument(schema, uri: SchemaRegistry.defaultBaseURI)
        let root = try compiler.node(for: SchemaLocation(document: 0, pointer: ""))
        try compiler.drain()
        var anchors: [[String: Int]] = []
        if compiler.usesDynamicRefs {
            // Dynamic anchors anywhere in a loaded resource may become $dynamicRef targets.
            while true {
                let known = compiler.registry.resources.count
                anchors = []
                for resource in compiler.registry.resources {
                    var table: [String: Int] = [:]
                    for (name, pointer) in resource.dynamicAnchors {
                        let location = SchemaLocation(document: resource.location.document, pointer: pointer)
                        table[name] = try compiler.node(for: location)
                    }
                    anchors.append(table)
                }
                try compiler.drain()
                if compiler.registry.resources.count == known { break }
            }
        }
        return CompiledSchema(nodes: compiler.nodes, root: root, dynamicAnchors: anchors)
    }

    private init(registry: SchemaRegistry, formatAssertion: Bool) {
        self.registry = registry
        self.formatAssertion = formatAssertion
    }

    /// The node for `location`, created (and queued for compilation) on first use.
    mutating func node(for location: SchemaLocation) throws(SchemaLoadError) -> Int {
        if let index = nodeIndex[location] { return index }
        guard nodes.count < Self.maxNodes else {
            throw SchemaLoadError(
                schemaPath: display(location), message: "schema has more than \(Self.maxNodes) subschemas")
        }
        nodes.append(.placeholder)
        let index = nodes.count - 1
        nodeIndex[location] = index
        pending.append((index, location))
        return index
    }

    private mutating func drain() throws(SchemaLoadError) {
        while let (index, location) = pending.popLast() {
            try compileNode(index, at: location)
        }
    }

    /// Display form of a location: a plain pointer in the root document, "uri#pointer" elsewhere.
    func display(_ location: SchemaLocation) -> String {
        location.document == 0 ? location.pointer : registry.documents[location.document].uri + "#" + location.pointer
    }

    /// A compiled regular expression, shared by every keyword using the same source text.
    mutating func regex(_ source: String, path: String) throws(SchemaLoadError) -> ECMARegex {
        if let cached = regexCache[source] { return cached }
        do {
            let compiled = try ECMARegex(source)
            regexCache[source] = compiled
            return compiled
        } catch {
            throw SchemaLoadError(schemaPath: path, message: "invalid regular expression \(source): \(error)")
        }
    }

    private mutating func compileNode(_ index: Int, at location: SchemaLocation) throws(SchemaLoadError) {
        let path = display(location)
        guard let value = registry.value(at: location) else {
            throw SchemaLoadError(schemaPath: path, message: "no schema at this location")
        }
        let scope = try registry.scope(at: location)
        switch value {
        case .bool(let allowed):
            nodes[index] = SchemaNode(
                boolean: allowed, keywords: [], resource: scope.resource, path: path,
                needsAnnotations: false)
        case .object(let object):
            let site = Site(object: object, location: location, path: path, baseURI: scope.baseURI)
            var keywords: [Keyword] = []
            try compileCore(site, into: &keywords)
            try compileValidation(site, into: &keywords)
            try compileApplicators(site, into: &keywords)
            let unevaluated = try compileUnevaluated(site)
            keywords += unevaluated
            nodes[index] = SchemaNode(
                boolean: nil, keywords: keywords, resource: scope.resource, path: path,
                needsAnnotations: !unevaluated.isEmpty)
        default:
            throw SchemaLoadError(
                schemaPath: path, message: "a schema must be an object or a boolean, got \(value.typeName)")
        }
    }

    /// `$ref`, `$dynamicRef`, `$defs` and the annotation-only core/meta-data keywords.
    private mutating func compileCore(_ site: Site, into keywords: inout [Keyword]) throws(SchemaLoadError) {
        for key in ["$schema", "$comment", "title", "description", "contentMediaType", "contentEncoding"] {
            if let value = site.object[key], value.stringValue == nil {
                throw SchemaLoadError(schemaPath: site.path(key), message: "\"\(key)\" must be a string")
            }
        }
        for key in ["deprecated", "readOnly", "writeOnly"] {
            if let value = site.object[key], value.boolValue == nil {
                throw SchemaLoadError(schemaPath: site.path(key), message: "\"\(key)\" must be a boolean")
            }
        }
        if let value = site.object["$vocabulary"], value.objectValue == nil {
            throw SchemaLoadError(schemaPath: site.path("$vocabulary"), message: "\"$vocabulary\" must be an object")
        }
        if let value = site.object["$ref"] {
            guard case .string(let reference) = value else {
                throw SchemaLoadError(schemaPath: site.path("$ref"), message: "\"$ref\" must be a string")
            }
            let target = try registry.resolve(reference, base: site.baseURI, schemaPath: site.path("$ref"))
            keywords.append(Keyword(kind: .ref(try node(for: target)), path: site.path("$ref")))
        }
        if let value = site.object["$dynamicRef"] {
            guard case .string(let reference) = value else {
                throw SchemaLoadError(schemaPath: site.path("$dynamicRef"), message: "\"$dynamicRef\" must be a string")
            }
            let target = try registry.resolve(reference, base: site.baseURI, schemaPath: site.path("$dynamicRef"))
            let targetNode = try node(for: target)
            // Only a plain-name fragment whose initial target declares the same $dynamicAnchor is dynamic.
            let fragment = URIReference(parsing: reference).fragment ?? ""
            if !fragment.isEmpty, !fragment.hasPrefix("/"),
                case .string(let declared)? = registry.value(at: target)?["$dynamicAnchor"], declared == fragment
            {
                usesDynamicRefs = true
                keywords.append(
                    Keyword(kind: .dynamicRef(targetNode, anchor: fragment), path: site.path("$dynamicRef")))
            } else {
                keywords.append(Keyword(kind: .ref(targetNode), path: site.path("$dynamicRef")))
            }
        }
        if let value = site.object["$defs"] {
            guard case .object(let definitions) = value else {
                throw SchemaLoadError(schemaPath: site.path("$defs"), message: "\"$defs\" must be an object of schemas")
            }
            // Compiled so that mistakes in unused definitions are reported too.
            for name in definitions.keys {
                _ = try node(
                    for: SchemaLocation(
                        document: site.location.document,
                        pointer: JSONPointer.appending(site.child("$defs").pointer, name)))
            }
        }
    }

    // MARK: - Keyword value readers

    /// The node for the subschema under `key`, or nil when the keyword is absent.
    mutating func subschema(_ site: Site, _ key: String) throws(SchemaLoadError) -> Int? {
        guard site.object[key] != nil else { return nil }
        return try node(for: site.child(key))
    }

    /// Nodes for a non-empty array of subschemas under `key`.
    mutating func subschemaArray(_ site: Site, _ key: String) throws(SchemaLoadError) -> [Int]? {
        guard let value = site.object[key] else { return nil }
        guard case .array(let items) = value, !items.isEmpty else {
            throw SchemaLoadError(
                schemaPath: site.path(key), message: "\"\(key)\" must be a non-empty array of schemas")
        }
        var result: [Int] = []
        for index in items.indices {
            result.append(
                try node(
                    for: SchemaLocation(
                        document: site.location.document,
                        pointer: JSONPointer.appending(site.child(key).pointer, index))))
        }
        return result
    }

    /// (name, node) pairs, sorted by name, for an object of subschemas under `key`.
    mutating func subschemaMap(_ site: Site, _ key: String) throws(SchemaLoadError) -> [(String, Int)]? {
        guard let value = site.object[key] else { return nil }
        guard case .object(let members) = value else {
            throw SchemaLoadError(schemaPath: site.path(key), message: "\"\(key)\" must be an object of schemas")
        }
        var result: [(String, Int)] = []
        for name in members.keys.sorted() {
            result.append(
                (
                    name,
                    try node(
                        for: SchemaLocation(
                            document: site.location.document,
                            pointer: JSONPointer.appending(site.child(key).pointer, name)))
                ))
        }
        return result
    }

    /// A number under `key`.
    func number(_ site: Site, _ key: String) throws(SchemaLoadError) -> Double? {
        guard let value = site.object[key] else { return nil }
        guard let n = value.numberValue else {
            throw SchemaLoadError(
                schemaPath: site.path(key), message: "\"\(key)\" must be a number, got \(value.typeName)")
        }
        return n
    }

    /// A non-negative integer (1.0 counts) under `key`.
    func count(_ site: Site, _ key: String) throws(SchemaLoadError) -> Int? {
        guard let value = site.object[key] else { return nil }
        guard let n = value.numberValue, value.typeName == "integer", n >= 0 else {
            throw SchemaLoadError(schemaPath: site.path(key), message: "\"\(key)\" must be a non-negative integer")
        }
        return n > Double(Int32.max) ? Int(Int32.max) : Int(n)
    }

    /// An array of distinct strings under `key` (at `path`).
    func stringArray(_ value: JSONValue, key: String, path: String) throws(SchemaLoadError) -> [String] {
        guard case .array(let items) = value else {
            throw SchemaLoadError(schemaPath: path, message: "\"\(key)\" must be an array of strings")
        }
        var result: [String] = []
        for item in items {
            guard case .string(let s) = item else {
                throw SchemaLoadError(schemaPath: path, message: "\"\(key)\" must be an array of strings")
            }
            guard !result.contains(where: { $0.utf8.elementsEqual(s.utf8) }) else {
                throw SchemaLoadError(schemaPath: path, message: "\"\(key)\" lists \"\(s)\" more than once")
            }
            result.append(s)
        }
        return result
    }
}
