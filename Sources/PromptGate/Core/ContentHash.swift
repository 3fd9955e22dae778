import Crypto
import Foundation

/// SHA-256 content hashes, written `sha256:<hex>`, that identify prompt versions, test sets,
/// rendered requests and cache entries.
public enum ContentHash {
    /// The hash of a text's UTF-8 bytes.
    public static func of(_ text: String) -> String {
        of(bytes: Array(text.utf8))
    }

    /// The hash of raw bytes.
    public static func of(bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        var hex = "sha256:"
        hex.reserveCapacity(71)
        for byte in digest {
            hex += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return hex
    }

    /// The hash of a JSON value's canonical form: equal values give equal hashes.
    public static func of(json: JSONValue) -> String {
        of(JSONWriter.canonical(json))
    }
}
