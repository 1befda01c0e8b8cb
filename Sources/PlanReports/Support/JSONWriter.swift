/// A JSON value whose objects keep their members in the order given, so the same value always
/// gives the same bytes: the one JSON writer of chb (status reports, `chb schedule`, `chb log`,
/// `chb validate`).
///
/// ```swift
/// let value = JSONValue.object([("id", .string("t-1")), ("slackDays", .int(0)), ("due", .null)])
/// value.text(.compact)   // {"id":"t-1","slackDays":0,"due":null}
/// ```
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number written exactly as given, which must be a JSON number (a decimal literal such
    /// as `29.5`, as `DecimalValue` describes itself).
    case number(String)
    /// A string, escaped when written.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object: its members in the order given (a repeated key is written twice).
    case object([(String, JSONValue)])

    /// `nil` as null, anything else through `transform`.
    public static func optional<T>(_ value: T?, _ transform: (T) -> JSONValue) -> JSONValue {
        value.map(transform) ?? .null
    }

    /// How JSON text is laid out. Every layout escapes `"`, `\` and the control characters
    /// (`\b`, `\f`, `\n`, `\r`, `\t` by name, the others as `\u00XX`).
    public struct Layout: Sendable {
        fileprivate enum Style { case compact, indented, foundation }
        fileprivate let style: Style

        /// One line with no space: `{"a":[1,2],"b":{}}`. U+2028 and U+2029 are escaped.
        public static let compact = Layout(style: .compact)

        /// Two-space indentation, one member or element a line, `"key": value`, empty
        /// containers as `[]` and `{}`. U+2028 and U+2029 are escaped.
        public static let indented = Layout(style: .indented)

        /// What Foundation's `JSONSerialization` writes with `.prettyPrinted`: two-space
        /// indentation, `"key" : value`, an empty container as its brackets on two lines with a
        /// blank line between, and `/` escaped as `\/` (U+2028 and U+2029 are not). Give the
        /// members in sorted order for what `.sortedKeys` writes.
        public static let foundationPretty = Layout(style: .foundation)
    }

    /// The value as JSON text, with no trailing newline.
    public func text(_ layout: Layout = .indented) -> String {
        var out = ""
        write(to: &out, layout: layout, indent: 0)
        return out
    }

    private func write(to out: inout String, layout: Layout, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let n): out += n
        case .string(let s): Self.writeString(s, to: &out, layout: layout)
        case .array(let items):
            Self.writeContainer("[", "]", items, to: &out, layout: layout, indent: indent) { item, out, indent in
                item.write(to: &out, layout: layout, indent: indent)
            }
        case .object(let members):
            let separator = switch layout.style {
            case .compact: ":"
            case .indented: ": "
            case .foundation: " : "
            }
            Self.writeContainer("{", "}", members, to: &out, layout: layout, indent: indent) { member, out, indent in
                Self.writeString(member.0, to: &out, layout: layout)
                out += separator
                member.1.write(to: &out, layout: layout, indent: indent)
            }
        }
    }

    private static func writeContainer<Element>(
        _ open: String, _ close: String, _ elements: [Element], to out: inout String, layout: Layout, indent: Int,
        element: (Element, inout String, Int) -> Void
    ) {
        if layout.style == .compact {
            out += open
            for (i, item) in elements.enumerated() {
                if i > 0 { out += "," }
                element(item, &out, indent)
            }
            out += close
            return
        }
        let closingPad = String(repeating: " ", count: indent)
        guard !elements.isEmpty else {
            out += layout.style == .foundation ? open + "\n\n" + closingPad + close : open + close
            return
        }
        let pad = String(repeating: " ", count: indent + 2)
        out += open + "\n"
        for (i, item) in elements.enumerated() {
            out += pad
            element(item, &out, indent + 2)
            out += i < elements.count - 1 ? ",\n" : "\n"
        }
        out += closingPad + close
    }

    /// A JSON string: quotes, backslashes and control characters escaped; U+2028 and U+2029
    /// too (so the text is also safe inside JavaScript) except in the Foundation layout, which
    /// escapes `/` instead.
    private static func writeString(_ s: String, to out: inout String, layout: Layout) {
        let foundation = layout.style == .foundation
        out += "\""
        // Most strings need no escape: copied whole (at 100,000 tasks, scalar by scalar was
        // most of the time of a report's JSON). 0xE2 starts U+2028 and U+2029 (and other
        // characters, which then take the careful path).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 || (foundation && $0 == 0x2F) }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "/" where foundation: out += "\\/"
            default:
                if scalar.value < 0x20 || (!foundation && (scalar.value == 0x2028 || scalar.value == 0x2029)) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
