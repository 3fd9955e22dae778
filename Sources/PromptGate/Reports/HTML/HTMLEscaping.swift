/// Escaping for the HTML viewer: every text that comes from data goes through one of these, so
/// nothing from a prompt, a case or a model reply can become markup or script.
enum HTMLEscaping {
    /// Text for an element's content or a quoted attribute value.
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// JSON for a `<script type="application/json">` element: `<`, `>` and `&` (which appear only
    /// inside JSON strings) and the JavaScript line separators become `\u` escapes, so the text can
    /// never close the element.
    static func scriptJSON(_ value: JSONValue) -> String {
        var out = ""
        for c in JSONWriter.canonical(value).unicodeScalars {
            switch c {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
