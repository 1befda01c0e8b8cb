import PlanCore

/// Escaping for HTML and SVG text and attribute values.
enum HTML {
    /// The text for a person to read: through the display rule (control characters and bidi
    /// controls shown by code, line breaks kept; see ``Swift/String/displayed(keepingLineBreaks:)``),
    /// then with `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: String) -> String {
        exact(text.displayed(keepingLineBreaks: true))
    }

    /// The text exactly, with `&`, `<`, `>`, `"` and `'` replaced by character references: for
    /// a form control's value, which must give back what the plan holds.
    static func exact(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Numbers in SVG markup.
enum SVG {
    /// A coordinate with at most one decimal place: `310`, `412.5`, `-3`; `0` for a value that
    /// is not finite or too large to be a coordinate, so no input can make a drawing trap.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
