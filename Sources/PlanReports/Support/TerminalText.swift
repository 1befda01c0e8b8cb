import PlanCore

/// The last step of every plain-text renderer: each line passes through the one display rule
/// (``Swift/String/displayText``), so no text from a plan (a partner's blocked reason, note
/// or title) can put a control character or a bidi control on a terminal, however it reached
/// the line. Colour is the renderer's own: marked while rendering and made into ANSI escapes
/// only after the check, so it is the one escape sequence that gets through.
enum TerminalText {
    /// Stands for ESC while rendering: U+FFFF, a noncharacter that XML 1.0 forbids, so no plan
    /// read from a file (nor one chb can write) holds it.
    static let mark: Character = "\u{FFFF}"

    /// `text` in an ANSI SGR colour (`1`: bold, `1;31`: bold red…), then back to normal.
    static func style(_ code: String, _ text: String) -> String {
        "\(mark)[\(code)m\(text)\(mark)[0m"
    }

    /// The lines as they may reach a terminal, joined with a newline after each.
    static func finish(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            let shown = line.displayText
            if shown.contains(mark) {
                result += String(shown.map { $0 == mark ? "\u{1B}" : $0 })
            } else {
                result += shown
            }
            result += "\n"
        }
        return result
    }
}
