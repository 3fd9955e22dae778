// Shared helpers for the libFuzzer targets in Fuzz/Targets. Compiled into every target
// binary together with the library files that target needs (see scripts/fuzz).

/// Stops the run with `message` when a property does not hold. `fatalError` traps, which
/// libFuzzer reports as a crash and saves the input under Fuzz/crashes/<target>/.
@inline(never)
func fuzzRequire(_ condition: Bool, _ message: @autoclosure () -> String,
                 file: StaticString = #fileID, line: UInt = #line) {
    if !condition {
        fatalError("fuzz property violated: \(message())", file: file, line: line)
    }
}

/// The fuzz input as a byte array.
@inline(__always)
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The fuzz input as text; invalid UTF-8 is repaired with U+FFFD, as a `String` read from a
/// file or a model reply would be.
@inline(__always)
func fuzzText(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// True when `needle` occurs in `haystack` as bytes (no Unicode normalisation or grapheme
/// clustering, unlike `String.contains`).
func containsBytes(_ haystack: some Collection<UInt8>, _ needle: [UInt8]) -> Bool {
    let h = Array(haystack)
    guard !needle.isEmpty, h.count >= needle.count else { return needle.isEmpty }
    outer: for start in 0...(h.count - needle.count) {
        for offset in 0..<needle.count where h[start + offset] != needle[offset] { continue outer }
        return true
    }
    return false
}
