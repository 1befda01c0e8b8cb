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
