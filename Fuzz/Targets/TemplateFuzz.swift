// Fuzz target `template`: the prompt template parser and renderer.
//
// Input: the template source, as UTF-8 (invalid bytes repaired). Variable values come from a
// fixed palette plus a slice of the input with every brace removed, so no value can bring
// a `{{` of its own into the output.
//
// Properties checked besides "does not crash":
//  - the parse does not depend on `firstLine` except for line numbers, which move with it;
//  - a slot's line is `firstLine` plus the newlines in the text before it;
//  - with every variable provided (values without braces), render succeeds and no `{{`
//    survives in the output (checked on the UTF-8 bytes, so no normalisation hides one);
//  - rendering each slot back as `{{name}}` and parsing that gives the same segments;
//  - leaving one variable out fails with MissingVariableError naming it and its first line.

import PromptGate

@_cdecl("LLVMFuzzerTestOneInput")
public func templateFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let source = fuzzText(bytes)

    let parsed: Result<Template, TemplateSyntaxError>
    let shifted: Result<Template, TemplateSyntaxError>
    do { parsed = .success(try Template(parsing: source, firstLine: 1)) } catch { parsed = .failure(error) }
    do { shifted = .success(try Template(parsing: source, firstLine: 100)) } catch { shifted = .failure(error) }

    switch (parsed, shifted) {
    case (.failure(let a), .failure(let b)):
        fuzzRequire(b.line == a.line + 99 && a.message == b.message,
                    "firstLine changed the error beyond its line: \(a) vs \(b)")
        let newlines = source.unicodeScalars.count(where: { $0 == "\n" })
        fuzzRequire(a.line >= 1 && a.line <= 1 + newlines, "error line \(a.line) outside the source's \(newlines + 1) lines")
        return 0
    case (.success(let a), .success(let b)):
        fuzzRequire(a.segments.count == b.segments.count, "firstLine changed the segments")
        for (x, y) in zip(a.segments, b.segments) {
            switch (x, y) {
            case (.text(let s), .text(let t)): fuzzRequire(s == t, "firstLine changed a text segment")
            case (.variable(let n, let l), .variable(let m, let k)):
                fuzzRequire(n == m && k == l + 99, "firstLine changed a slot: \(n)@\(l) vs \(m)@\(k)")
            default: fatalError("fuzz property violated: firstLine changed the segment kinds")
            }
        }
        check(a, source: source, seed: bytes)
    default:
        fatalError("fuzz property violated: the template parses with one firstLine and not the other")
    }
    return 0
}

private func check(_ template: Template, source: String, seed: [UInt8]) {
    // Slot lines: firstLine + newlines (as scalars) in the text before the slot.
    var newlines = 0
    for segment in template.segments {
        switch segment {
        case .text(let text):
            newlines += text.unicodeScalars.count(where: { $0 == "\n" })
        case .variable(let name, let line):
            fuzzRequire(line == 1 + newlines, "slot {{\(name)}} reported on line \(line), expected \(1 + newlines)")
        }
    }

    let names = template.variables
    let noBraces = String(decoding: seed.filter { $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: "}") }.prefix(64),
                          as: UTF8.self)
    let palette: [JSONValue] = [
        .string(noBraces), "", "x", "two\nlines", "ünïcödé ✓ 日本", "$1 \\ %s \"q\"", 42, 2.5, true, .null,
        [1, "a", [false]],
    ]
    var vars: [String: JSONValue] = [:]
    for (i, name) in names.enumerated() { vars[name] = palette[i % palette.count] }

    let output: String
    do {
        output = try template.render(vars)
    } catch {
        fatalError("fuzz property violated: render failed with every variable provided: \(error)")
    }
    fuzzRequire(!containsBytes(output.utf8, Array("{{".utf8)),
                "`{{` survived rendering: template \(source.debugDescription.prefix(200)) -> \(output.debugDescription.prefix(200))")

    // Identity render: every slot written back as {{name}} re-parses to the same segments.
    var identity: [String: JSONValue] = [:]
    for name in names { identity[name] = .string("{{\(name)}}") }
    if let echoed = try? template.render(identity) {
        do {
            let again = try Template(parsing: echoed, firstLine: 1)
            fuzzRequire(again.segments == template.segments,
                        "identity render re-parses differently: \(echoed.debugDescription.prefix(200))")
        } catch {
            fatalError("fuzz property violated: identity render does not re-parse (\(error)): \(echoed.debugDescription.prefix(200))")
        }
    } else {
        fatalError("fuzz property violated: identity render failed")
    }

    // Leaving one variable out names it and the line of its first slot.
    guard !names.isEmpty else { return }
    let missing = names[seed.count % names.count]
    var partial = vars
    partial[missing] = nil
    let firstLine = template.segments.lazy.compactMap { segment -> Int? in
        if case .variable(let name, let line) = segment, name == missing { return line }
        return nil
    }.first
    do {
        _ = try template.render(partial)
        fatalError("fuzz property violated: render succeeded without {{\(missing)}}")
    } catch {
        fuzzRequire(error.name == missing && error.line == firstLine,
                    "missing-variable error \(error) for \(missing) first used on line \(firstLine ?? -1)")
    }
}
