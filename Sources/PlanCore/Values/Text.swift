/// The text rules every target shares: what counts as blank, how text is trimmed, and how a
/// count is put into words. One home each, so a note, a reason and a report agree.
extension String {
    /// Whether the string is empty or holds only white space (Unicode's `White_Space`).
    package var isBlank: Bool {
        // Decide on ASCII bytes where possible: most text starts with a letter, and most
        // layout between elements is spaces and newlines.
        for byte in utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case ..<0x80: return false
            default: return unicodeScalars.allSatisfy(\.properties.isWhitespace)
            }
        }
        return true
    }

    /// The string without surrounding white space (the same rule as ``isBlank``), or `nil`
    /// when nothing else is left.
    package var trimmedOrNil: String? {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return nil }
        return String(scalars[first...last])
    }
}

/// A count in words: `counted(1, "open task")` is "1 open task", `counted(2, "open task")`
/// "2 open tasks", `counted(2, "criterion", "criteria")` "2 criteria".
///
/// - Parameters:
///   - count: How many.
///   - singular: The noun for one.
///   - plural: The noun for any other number; `singular` + "s" when not given.
package func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}

extension String {
    /// The text as it may be shown to a person: on one line, with nothing in it that can move
    /// the cursor, recolour or clear a terminal, or reorder what is around it.
    ///
    /// Plan text comes from partners' files, so a blocked reason holding a carriage return and
    /// a made-up line, or a note holding U+202E (right-to-left override), must not forge or
    /// hide a line of a report. Every renderer a person reads (terminal text, Markdown, HTML,
    /// calendars) and every command-line message passes text through this one rule:
    /// - a line break (LF, CR LF, U+2028, U+2029) and a tab become one space;
    /// - any other control character (C0, DEL, C1: a lone CR, ESC, NEL…) and every bidi
    ///   control (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) is shown as its code
    ///   point, `<U+202E>`, so that it is visible and does nothing.
    ///
    /// JSON and CSV keep text exactly (they are data; JSON escapes controls, CSV quotes them).
    package var displayText: String { displayed(keepingLineBreaks: false) }

    /// The text under the rule of ``displayText``, with LF and CR LF kept as LF when
    /// `keepingLineBreaks` (for formats where a line break cannot start a forged line: HTML,
    /// and calendar text, which escapes it).
    package func displayed(keepingLineBreaks: Bool) -> String {
        // Nearly all text has nothing to change: returned as it is, without a copy.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        if !unicodeScalars.contains(where: { $0.value < 0x20 || Self.isShownByCode($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }) {
            return self
        }
        var result = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0A:
                result.append(keepingLineBreaks ? "\n" : " ")
            case 0x0D where pending?.value == 0x0A:
                result.append(keepingLineBreaks ? "\n" : " ")
                pending = scalars.next()
            case 0x09, 0x2028, 0x2029:
                result.append(" ")
            case let value where Self.isShownByCode(value):
                result.append(contentsOf: Self.codePoint(scalar).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a code point is shown by its code: a C0 or C1 control, DEL, or a bidi control.
    private static func isShownByCode(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `<U+202E>`: a code point as Unicode writes it, four hex digits or more.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padding = String(repeating: "0", count: Swift.max(0, 4 - hex.count))
        return "<U+\(padding)\(hex)>"
    }
}
