import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// The wire schema follows the provider's strict subset; `check` lists what is left out; scoring keeps the full schema.
    @Suite struct StrictSchemaTests {
        static let schema = """
            {"$id": "https://example.com/review.json", "type": "object", "required": ["sentiment"], "additionalProperties": false,
             "properties": {"sentiment": {"enum": ["positive", "negative"]},
                            "name": {"type": "string", "minLength": 3, "format": "uri"},
                            "tags": {"type": "array", "items": {"type": "string", "maxLength": 10}, "uniqueItems": true}}}
            """

        /// What OpenAI's strict mode refuses, as its documentation states it: a keyword outside the
        /// supported subset, an object that is not closed, or a property not listed in `required`.
        static func strictViolation(_ node: JSONValue, path: String = "") -> String? {
            guard let object = node.objectValue else { return nil }
            for key in [
                "$id", "$schema", "minLength", "maxLength", "uniqueItems", "patternProperties", "minProperties",
                "allOf", "not", "oneOf",
            ] where object[key] != nil {
                return "'\(key)' is not permitted (at \(path))"
            }
            if let format = object["format"]?.stringValue,
                !["date-time", "date", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"].contains(format)
            {
                return "format '\(format)' is not supported"
            }
            if let properties = object["properties"]?.objectValue {
                if object["additionalProperties"] != .bool(false) {
                    return "'additionalProperties' is required to be supplied and to be false (at \(path))"
                }
                let required = Set((object["required"]?.arrayValue ?? []).compactMap(\.stringValue))
                if required != Set(properties.keys) {
                    return "'required' is required to include every key in properties (at \(path))"
                }
                for (name, child) in properties {
                    if let why = strictViolation(child, path: path + "/" + name) { return why }
                }
            }
            if let items = object["items"] { return strictViolation(items, path: path + "/items") }
            return nil
        }

        @Test func theRequestCarriesTheStrictSubsetAndScoringKeepsTheFullSchema() async throws {
            let server = try FakeLLMServer { request in
                if let schema = request.body["response_format"]?["json_schema"]?["schema"],
                    let why = Self.strictViolation(schema)
                {
                    return .raw(
                        .json(
                            #"{"error": {"message": "Invalid schema for response_format 'output': \#(why)", "type": "invalid_request_error", "param": "response_format", "code": null}}"#,
                            status: 400))
                }
                return .content(#"{"sentiment": "positive", "name": "ab", "tags": null}"#)
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_STRICT_KEY", cases: 1,
                providerExtra: "    structured_output: json_schema")
            defer { project.remove() }
            try project.write("testsets/reviews/schema.json", Self.schema)
            try project.write(
                "testsets/reviews/cases.jsonl",
                #"{"id": "c1", "vars": {"ref": "c1", "text": "fine"}, "expected": {"sentiment": "positive"}}"#)

            let check = CheckCommand.run(root: project.root)
            let warning = try #require(check.diagnostics.first { $0.message.contains("strict mode refuses") })
            for word in [
                "`$id` at /", "`minLength` at /properties/name", "`format: uri` at /properties/name",
                "`maxLength` at /properties/tags/items", "`uniqueItems` at /properties/tags",
            ] {
                #expect(warning.message.contains(word), "\(warning.message)")
            }

            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_STRICT_KEY").run()
            #expect(outcome.metrics.errors == 0, "the provider accepted the wire schema")
            let sent = try #require(server.log.first?.body["response_format"]?["json_schema"]?["schema"])
            #expect(sent["properties"]?["name"] == ["type": ["string", "null"]])
            #expect(
                sent["properties"]?["sentiment"] == ["enum": ["positive", "negative"]],
                "a required field stays as it is")
            #expect(sent["required"] == ["name", "sentiment", "tags"])
            let runID = try #require(outcome.run.id)
            let result = try #require(try store.results(runID: runID).first)
            #expect(
                result.verdict == .fail && result.reasons.contains { $0.contains("schema") },
                "scoring keeps minLength: \(result.reasons)")
        }

        @Test func anthropicsToolSchemaIsClosedAndKeepsOptionalFields() {
            let full = try? JSONParser.parse(Self.schema)
            let (wire, dropped) = StrictSchema.derive(full ?? .null, for: .anthropic)
            #expect(wire["additionalProperties"] == false && wire["required"] == ["sentiment"])
            #expect(wire["properties"]?["name"] == ["type": "string", "format": "uri"])
            #expect(dropped.map(\.keyword).sorted() == ["$id", "maxLength", "minLength", "uniqueItems"])
        }
    }
}
