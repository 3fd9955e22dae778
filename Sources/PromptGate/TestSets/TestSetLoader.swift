import Foundation

/// Loads and validates `testsets/<name>/`: every malformed line, duplicate id and expected output
/// that breaks the schema is reported with its file and line, before anything runs.
public struct TestSetLoader: Sendable {
    public let config: ProjectConfig

    public init(config: ProjectConfig) {
        self.config = config
    }

    /// Every test set folder's name, sorted (files beside them, such as a README, are not test sets).
    public func names() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: config.testsetsURL.path)) ?? []
        return items.filter { name in
            var isDir: ObjCBool = false
            let path = config.testsetsURL.appendingPathComponent(name).path
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
                && isDir.boolValue
        }.sorted()
    }

    /// Loads test set `name`; throws every error found.
    public func load(_ name: String) throws(InputError) -> TestSet {
        var bag = DiagnosticBag()
        let result = load(name, into: &bag)
        guard let result, !bag.hasErrors else { throw InputError(bag.errors) }
        return result
    }

    /// Loads test set `name`, collecting errors and warnings in `bag`.
    public func load(_ name: String, into bag: inout DiagnosticBag) -> TestSet? {
        if let problem = NameRule.problem(name) {
            bag.append(
                .error("testsets/", "the test set name `\(name)` \(problem); name a folder directly under testsets/"))
            return nil
        }
        let folder = config.testsetsURL.appendingPathComponent(name)
        let folderDisplay = config.display(folder)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            let known = names()
            bag.append(
                .error(
                    folderDisplay,
                    "no test set named `\(name)`; known test sets: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
                ))
            return nil
        }
        let errorsBefore = bag.errors.count
        var hashInput = ""
        let schemaURL = folder.appendingPathComponent("schema.json")
        var schema: JSONValue?
        var validator: JSONSchema?
        if FileManager.default.fileExists(atPath: schemaURL.path) {
            let display = config.display(schemaURL)
            if let text = read(schemaURL, display: display, into: &bag) {
                hashInput += text
                do {
                    let value = try JSONParser.parse(text)
                    schema = value
                    validator = try JSONSchema(value)
                } catch let error as JSONParseError {
                    bag.append(
                        .error(display, line: error.line, "not valid JSON: \(error.message) (column \(error.column))"))
                } catch let error as SchemaLoadError {
                    let line = JSONPointerLine.line(of: error.schemaPath, in: text)
                    bag.append(.error(display, line: line, "not a valid JSON Schema: \(error)"))
                } catch {
                    bag.append(.error(display, "\(error)"))
                }
            }
        }
        var settings = TestSetSettings()
        let settingsURL = folder.appendingPathComponent("testset.yaml")
        let settingsDisplay = config.display(settingsURL)
        if FileManager.default.fileExists(atPath: settingsURL.path) {
            let display = settingsDisplay
            if let text = read(settingsURL, display: display, into: &bag) {
                hashInput += text
                settings = TestSetSettings.parse(text, path: display, into: &bag)
            }
        }
        let casesURL = folder.appendingPathComponent("cases.jsonl")
        let casesDisplay = config.display(casesURL)
        guard let casesText = read(casesURL, display: casesDisplay, into: &bag) else { return nil }
        hashInput += casesText
        let cases = CaseFileParser.parse(casesText, path: casesDisplay, schema: validator, into: &bag)
        if cases.isEmpty && bag.errors.count == errorsBefore {
            bag.append(.error(casesDisplay, line: 1, "the test set has no cases; add one JSON object per line"))
        }
        for field in FieldPathCheck.unknownFields(settings, schema: schema, cases: cases) {
            let place = schema == nil ? "in the `expected` of any case" : "in schema.json's properties"
            bag.append(
                .error(
                    settingsDisplay, line: settings.fieldLines[field],
                    "unknown field `\(field)` under `fields:`: it is not \(place); fix the name (its rule and weight would otherwise never apply)"
                ))
        }
        guard bag.errors.count == errorsBefore else { return nil }
        return TestSet(
            name: name, path: folderDisplay, cases: cases, schema: schema, validator: validator, settings: settings,
            contentHash: ContentHash.of(hashInput))
    }

    private func read(_ url: URL, display: String, into bag: inout DiagnosticBag) -> String? {
        do {
            return try TextFile.read(url.path, display: display)
        } catch {
            bag.append(contentsOf: error.diagnostics)
            return nil
        }
    }
}
