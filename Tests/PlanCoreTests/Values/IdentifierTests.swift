import PlanCore
import Testing

@Suite("Identifiers and names")
struct IdentifierTests {
    @Test("isNCName follows XML 1.0 fifth edition, without colons", arguments: [
        ("a", true), ("_", true), ("t1", true), ("a-b.c_d", true), ("é", true), ("Ω1", true), ("x·y", true), ("a\u{300}", true),
        ("Ж-7", true), ("😀", true), ("一二", true),
        ("", false), ("1a", false), ("-a", false), (".a", false), ("a:b", false), (":a", false), ("a b", false), ("a\tb", false),
        ("·a", false), ("\u{300}a", false), ("a/b", false), ("a@b", false), ("a\u{A0}b", false), ("a×b", false), ("a\u{37E}", false),
    ])
    func ncName(_ name: String, _ valid: Bool) {
        #expect(name.isNCName == valid, "\(name.debugDescription)")
    }

    @Test("isPortableID accepts only ASCII names every XML tool accepts", arguments: [
        ("a", true), ("A1", true), ("_x", true), ("a-b.c_d", true), ("Z9", true), ("z", true), ("task-12.b", true),
        ("", false), ("1a", false), ("-a", false), (".a", false), ("é", false), ("aé", false), ("a b", false), ("a:b", false),
        ("😀", false), ("a@", false), ("@a", false), ("`a", false), ("[a", false), ("a[", false), ("a{", false), ("{a", false),
        ("a/", false), ("a\0", false),
    ])
    func portableID(_ name: String, _ portable: Bool) {
        #expect(name.isPortableID == portable, "\(name.debugDescription)")
        if portable { #expect(name.isNCName, "every portable id is an NCName") }
    }

    @Test("isBlank is true for empty text and any Unicode white space only")
    func blank() {
        for text in ["", " ", " \t\n\r", "\u{A0}", "\u{3000}\u{2028}\u{2003}", "\r\n"] { #expect(text.isBlank, "\(text.debugDescription)") }
        for text in ["x", " x ", "\u{200B}", ".", "\u{0}"] { #expect(!text.isBlank, "\(text.debugDescription)") }
    }

    @Test("isXMLCharacter is XML 1.0's Char production")
    func xmlCharacter() {
        for value: UInt32 in [0x9, 0xA, 0xD, 0x20, 0x7F, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF] {
            #expect(Unicode.Scalar(value)!.isXMLCharacter, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF] {
            #expect(!Unicode.Scalar(value)!.isXMLCharacter, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Typed ids keep their raw value and order by it")
    func typedIDs() {
        let a: AgencyID = "nwp"
        #expect(a.rawValue == "nwp" && a.description == "nwp")
        #expect(AgencyID("nwp") == a && AgencyID(rawValue: "nwp") == a)
        #expect([TaskID("t2"), TaskID("t10"), TaskID("a")].sorted().map(\.rawValue) == ["a", "t10", "t2"])
        #expect(Set([a, AgencyID("nwp"), AgencyID("nbc")]).count == 2)
    }
}
