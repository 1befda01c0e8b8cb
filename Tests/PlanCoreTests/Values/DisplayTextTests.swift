@testable import PlanCore
import Testing

/// The one display rule every human-readable output uses (issue 18 item 5).
@Suite("Display text")
struct DisplayTextTests {
    @Test("Printable text is returned as it is")
    func printable() {
        #expect("Blocked: waiting for the council (3 < 5) — café".displayText == "Blocked: waiting for the council (3 < 5) — café")
        #expect("".displayText == "")
    }

    @Test("Line breaks and tabs become one space each; a lone CR is shown by code")
    func lineBreaks() {
        #expect("one\ntwo\r\nthree\tfour\u{2028}five".displayText == "one two three four five")
        #expect("waiting\rNote  Board may close this item".displayText == "waiting<U+000D>Note  Board may close this item")
        #expect("a\nb\r\nc\rd".displayed(keepingLineBreaks: true) == "a\nb\nc<U+000D>d")
    }

    @Test("Control characters are shown by code", arguments: [
        ("\u{1B}[2J", "<U+001B>[2J"), ("\u{0}", "<U+0000>"), ("\u{7}", "<U+0007>"), ("\u{7F}", "<U+007F>"),
        ("\u{85}", "<U+0085>"), ("\u{9B}31m", "<U+009B>31m"), ("\u{B}\u{C}", "<U+000B><U+000C>"),
    ])
    func controls(_ pair: (String, String)) {
        #expect(pair.0.displayText == pair.1)
        #expect(pair.0.displayed(keepingLineBreaks: true) == pair.1)
    }

    @Test("Every bidi control is shown by code", arguments: [
        0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ])
    func bidi(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let shown = "a\(Character(scalar))b".displayText
        #expect(shown.unicodeScalars.allSatisfy { $0.isASCII }, "\(shown.debugDescription)")
        #expect(shown.contains("<U+\(String(value, radix: 16, uppercase: true).count < 4 ? "0" : "")\(String(value, radix: 16, uppercase: true))>"))
    }

    @Test("Right-to-left text itself is kept")
    func rightToLeftScript() {
        #expect("مرحبا שלום".displayText == "مرحبا שלום")
    }

    @Test("Applying the rule twice changes nothing more")
    func idempotent() {
        let once = "x\r\u{202E}y\n\u{1B}z".displayText
        #expect(once.displayText == once)
    }
}
