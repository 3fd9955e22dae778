import PromptGateJSON

/// A place in one of the loaded schema documents: document index plus JSON Pointer.
struct SchemaLocation: Hashable, Sendable {
    let document: Int
    let pointer: String
}

/// A schema resource (a document root or a subschema with `$id`) and the anchors declared in it.
struct SchemaResource: Sendable {
    let location: SchemaLocation
    /// Plain-name fragments (`$anchor` and `$dynamicAnchor`) mapped to pointers in the document.
    var anchors: [String: String] = [:]
    /// `$dynamicAnchor` names mapped to pointers in the document.
    var dynamicAnchors: [String: String] = [:]
}

/// The base URI and the resource that apply at one subschema.
struct SchemaScope: Sendable {
    let baseURI: String
    let resource: Int
}

/// Every schema document known while compiling (the root schema, documents supplied by the caller,
/// embedded meta-schemas), indexed by `$id`, `$anchor` and `$dynamicAnchor` so `$ref` can be resolved.
struct SchemaRegistry {
    /// Base URI for a root schema without `$id`, so relative references still resolve.
    static let defaultBaseURI = "https://promptgate.invalid/schema"
    /// Deepest schema nesting accepted.
    static let maxDepth = 512

    private(set) var documents: [(uri: String, root: JSONValue)] = []
    private(set) var resources: [SchemaResource] = []
    private var resourceByURI: [String: Int] = [:]
    private var scopes: [SchemaLocation: SchemaScope] = [:]
    private let external: [String: JSONValue]

    static let singleSchemaKeywords: Set<String> = [
        "additionalProperties", "contains", "items", "not", "if", "then", "else", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ]
    static let arraySchemaKeywords: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    static let mapSchemaKeywords: Set<String> = ["$defs", "properties", "patternProperties", "dependentSchemas"]

    /// `external` maps URIs (absolute, or relative to the default base) to documents `$ref` may use.
    init(external: [String: JSONValue]) {
        var normalized: [String: JSONValue] = [:]
        for (key, value) in external {
            normalized[URIReference.resolve(key, against: Self.defaultBaseURI).withoutFragment.string] = value
        }
        self.external = normalized
    }

    /// Adds a document retrieved from `uri`, indexing its resources and anchors.
    @discardableResult
    mutating func addDocument(_ root: JSONValue, uri: String) throws(SchemaLoadError) -> Int {
        let index = documents.count
        documents.append((uri, root))
        let location = SchemaLocation(document: index, pointer: "")
        resources.append(SchemaResource(location: location))
        resourceByURI[uri] = resources.count - 1
        try scan(root, at: location, base: uri, resource: resources.count - 1, isResourceRoot: true)
        return index
    }

    /// The JSON value at `location`, if it exists.
    func value(at location: SchemaLocation) -> JSONValue? {
        guard location.document < documents.count, let tokens = JSONPointer.tokens(location.pointer) else { return nil }
        return JSONPointer.resolve(tokens, in: documents[location.document].root)
    }

    /// Base URI and resource in effect at `location`; scans unreached locations (e.g. inside unknown
    /// keywords that a `$ref` points into) on demand.
    mutating func scope(at location: SchemaLocation) throws(SchemaLoadError) -> SchemaScope {
        if let known = scopes[location] { return known }
        var tokens = JSONPointer.tokens(location.pointer) ?? []
        let documentURI = documents[location.document].uri
        var parent = SchemaScope(baseURI: documentURI, resource: resourceByURI[documentURI] ?? 0)
        while !tokens.isEmpty {
            tokens.removeLast()
            if let found = scopes[SchemaLocation(document: location.document, pointer: JSONPointer.build(tokens))] {
                parent = found
                break
            }
        }
        if let value = value(at: location) {
            try scan(value, at: location, base: parent.baseURI, resource: parent.resource, isResourceRoot: false)
        }
        return scopes[location] ?? parent
    }

    /// Resolves `reference` against `base` to a location; throws when nothing is there.
    mutating func resolve(
        _ reference: String, base: String, schemaPath: String
    ) throws(SchemaLoadError) -> SchemaLocation {
        let target = URIReference.resolve(reference, against: base)
        let resourceURI = target.withoutFragment.string
        guard let resourceIndex = try resourceIndex(for: resourceURI) else {
            let known =
                resourceURI.hasPrefix(URIReference.resolve(".", against: Self.defaultBaseURI).string)
                ? "no such schema document" : "no schema is known at \(resourceURI)"
            throw SchemaLoadError(
                schemaPath: schemaPath,
                message: "cannot resolve \"\(reference)\": \(known) "
                    + "(nothing is fetched from the network; pass it in `documents:`)")
        }
        let resource = resources[resourceIndex]
        let fragment = target.fragment ?? ""
        if fragment.isEmpty { return resource.location }
        guard let decoded = JSONPointer.percentDecode(fragment) else {
            throw SchemaLoadError(schemaPath: schemaPath, message: "invalid percent-encoding in \"\(reference)\"")
        }
        if decoded.hasPrefix("/") {
            guard let tokens = JSONPointer.tokens(decoded), let root = value(at: resource.location),
                JSONPointer.resolve(tokens, in: root) != nil
            else {
                throw SchemaLoadError(
                    schemaPath: schemaPath,
                    message: "cannot resolve \"\(reference)\": JSON pointer \(decoded) does not exist")
            }
            return SchemaLocation(
                document: resource.location.document,
                pointer: resource.location.pointer + JSONPointer.build(tokens))
        }
        guard let pointer = resource.anchors[decoded] else {
            throw SchemaLoadError(
                schemaPath: schemaPath,
                message: "cannot resolve \"\(reference)\": no anchor \"\(decoded)\" in "
                    + (resourceURI == Self.defaultBaseURI ? "the schema" : resourceURI))
        }
        return SchemaLocation(document: resource.location.document, pointer: pointer)
    }

    private mutating func resourceIndex(for uri: String) throws(SchemaLoadError) -> Int? {
        if let index = resourceByURI[uri] { return index }
        guard let document = external[uri] ?? MetaSchemas.document(for: uri) else { return nil }
        try addDocument(document, uri: uri)
        return resourceByURI[uri]
    }

    /// Walks the subschemas below `value`, recording base URIs and registering `$id`s and anchors.
    private mutating func scan(
        _ value: JSONValue, at start: SchemaLocation, base: String, resource: Int,
        isResourceRoot: Bool
    ) throws(SchemaLoadError) {
        var stack: [(JSONValue, String, String, Int, Int)] = [(value, start.pointer, base, resource, 0)]
        let document = start.document
        while let (value, pointer, parentBase, parentResource, depth) = stack.popLast() {
            let location = SchemaLocation(document: document, pointer: pointer)
            if scopes[location] != nil { continue }
            guard depth <= Self.maxDepth else {
                throw SchemaLoadError(
                    schemaPath: pointer, message: "schema nesting deeper than \(Self.maxDepth) levels")
            }
            guard case .object(let object) = value else {
                scopes[location] = SchemaScope(baseURI: parentBase, resource: parentResource)
                continue
            }
            var baseURI = parentBase
            var resourceIndex = parentResource
            if let idValue = object["$id"] {
                guard case .string(let id) = idValue else {
                    throw SchemaLoadError(schemaPath: pointer + "/$id", message: "\"$id\" must be a string")
                }
                let resolved = URIReference.resolve(id, against: parentBase)
                if let fragment = resolved.fragment, !fragment.isEmpty {
                    throw SchemaLoadError(schemaPath: pointer + "/$id", message: "\"$id\" must not contain a fragment")
                }
                baseURI = resolved.withoutFragment.string
                if let existing = resourceByURI[baseURI] {
                    guard resources[existing].location == location || (isResourceRoot && pointer == start.pointer)
                    else {
                        throw SchemaLoadError(schemaPath: pointer + "/$id", message: "duplicate \"$id\" \(id)")
                    }
                    resourceIndex = existing
                } else if isResourceRoot && pointer == start.pointer {
                    resourceByURI[baseURI] = parentResource
                } else {
                    resources.append(SchemaResource(location: location))
                    resourceIndex = resources.count - 1
                    resourceByURI[baseURI] = resourceIndex
                }
            }
            scopes[location] = SchemaScope(baseURI: baseURI, resource: resourceIndex)
            try registerAnchors(object, pointer: pointer, resource: resourceIndex)
            for (key, child) in object {
                let childPointer = JSONPointer.appending(pointer, key)
                if Self.singleSchemaKeywords.contains(key) {
                    stack.append((child, childPointer, baseURI, resourceIndex, depth + 1))
                } else if Self.arraySchemaKeywords.contains(key), case .array(let items) = child {
                    for (i, item) in items.enumerated() {
                        stack.append((item, JSONPointer.appending(childPointer, i), baseURI, resourceIndex, depth + 1))
                    }
                } else if Self.mapSchemaKeywords.contains(key), case .object(let members) = child {
                    for (name, member) in members {
                        stack.append(
                            (member, JSONPointer.appending(childPointer, name), baseURI, resourceIndex, depth + 1))
                    }
                }
            }
        }
    }

    private mutating func registerAnchors(
        _ object: [String: JSONValue], pointer: String, resource: Int
    ) throws(SchemaLoadError) {
        for keyword in ["$anchor", "$dynamicAnchor"] {
            guard let anchorValue = object[keyword] else { continue }
            guard case .string(let name) = anchorValue, Self.isValidAnchor(name) else {
                throw SchemaLoadError(
                    schemaPath: pointer + "/" + keyword,
                    message: "\"\(keyword)\" must be a name matching ^[A-Za-z_][-A-Za-z0-9._]*$")
            }
            if let existing = resources[resource].anchors[name], existing != pointer {
                throw SchemaLoadError(schemaPath: pointer + "/" + keyword, message: "duplicate anchor \"\(name)\"")
            }
            resources[resource].anchors[name] = pointer
            if keyword == "$dynamicAnchor" { resources[resource].dynamicAnchors[name] = pointer }
        }
    }

    static func isValidAnchor(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        guard isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return name.utf8.allSatisfy { b in
            isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ".")
        }
    }
}
