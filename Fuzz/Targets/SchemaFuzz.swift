// Fuzz target `schema`: the JSON Schema validator.
//
// Written against the validator's public API only:
//   JSONSchema(_ schema: JSONValue, formatAssertion: Bool) throws(SchemaLoadError)
//   JSONSchema.validate(_ instance: JSONValue) -> [SchemaViolation]
// so the placeholder in Sources/PromptGate/JSONSchema/ today and the full validator that
// replaces it both build against this file unchanged.
//
// Input: `<schema JSON> 0x00 [0x01] <instance JSON>`. The schema is everything before the
// first NUL byte, the instance everything after it; a 0x01 right after the NUL switches
// `formatAssertion` on. Without a NUL, the one document is both schema and instance.
// Documents that are not valid JSON are skipped (the JSON target covers the parser).
//
// Properties checked besides "does not crash or hang":
//  - validation is deterministic (same violations, same order, twice);
//  - the schemas `true` and `{}` accept the instance, `false` rejects it;
//  - the instance validates the same against a schema loaded twice.

import PromptGateSchema
import PromptGateJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func schemaFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    var schemaBytes = bytes[...]
    var instanceBytes = bytes[...]
    var formatAssertion = false
    if let nul = bytes.firstIndex(of: 0) {
        schemaBytes = bytes[..<nul]
        instanceBytes = bytes[(nul + 1)...]
        if instanceBytes.first == 1 {
            formatAssertion = true
            instanceBytes = instanceBytes.dropFirst()
        }
    }
    guard let schemaValue = try? JSONParser.parse(bytes: Array(schemaBytes)),
          let instance = try? JSONParser.parse(bytes: Array(instanceBytes)) else { return 0 }

    let schema: JSONSchema
    do {
        schema = try JSONSchema(schemaValue, formatAssertion: formatAssertion)
    } catch {
        _ = String(describing: error)
        return 0
    }
    let first = schema.validate(instance).map { String(describing: $0) }
    let second = schema.validate(instance).map { String(describing: $0) }
    fuzzRequire(first == second, "validation is not deterministic: \(first) vs \(second)")

    if let reloaded = try? JSONSchema(schemaValue, formatAssertion: formatAssertion) {
        let third = reloaded.validate(instance).map { String(describing: $0) }
        fuzzRequire(first == third, "a reloaded schema validates differently: \(first) vs \(third)")
    } else {
        fatalError("fuzz property violated: the schema loaded once and failed to load again")
    }

    for (trivial, accepts) in [(JSONValue.bool(true), true), (.object([:]), true), (.bool(false), false)] {
        guard let s = try? JSONSchema(trivial, formatAssertion: formatAssertion) else {
            fatalError("fuzz property violated: schema \(JSONWriter.canonical(trivial)) does not load")
        }
        fuzzRequire(s.validate(instance).isEmpty == accepts,
                    "schema \(JSONWriter.canonical(trivial)) \(accepts ? "rejected" : "accepted") \(JSONWriter.canonical(instance).prefix(200))")
    }
    return 0
}
