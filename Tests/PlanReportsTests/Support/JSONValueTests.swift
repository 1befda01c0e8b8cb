import Foundation
import PlanReports
import Testing

/// The one JSON writer: its three layouts and its escaping.
@Suite("JSON writer")
struct JSONValueTests {
    /// Every control character, the characters JSON and JavaScript care about, and some that
    /// need no escaping at all.
    static let awkward: String = {
        var s = ""
        for v in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        return s + "/\"\\\u{7F}\u{2028}\u{2029}é😀"
    }()

    static let value = JSONValue.object([
        ("b", .array([.int(-3), .number("29.5"), .bool(true), .bool(false), .null])),
        ("e", .array([])),
        ("o", .object([])),
        ("s", .string("a/b \"c\"")),
        ("z", .object([("k", .array([.object([("x", .int(1))])]))])),
    ])

    @Test("Compact: one line, no space, members in the order given")
    func compact() {
        #expect(Self.value.text(.compact) == #"{"b":[-3,29.5,true,false,null],"e":[],"o":{},"s":"a/b \"c\"","z":{"k":[{"x":1}]}}"#)
        #expect(JSONValue.object([("z", .int(1)), ("a", .int(2))]).text(.compact) == #"{"z":1,"a":2}"#)
    }

    @Test("Indented: two spaces, \"key\": value, empty containers as [] and {}")
    func indented() {
        #expect(Self.value.text() == """
            {
              "b": [
                -3,
                29.5,
                true,
                false,
                null
              ],
              "e": [],
              "o": {},
              "s": "a/b \\"c\\"",
              "z": {
                "k": [
                  {
                    "x": 1
                  }
                ]
              }
            }
            """)
    }

    @Test("Escaping: control characters by name or \\u00XX, U+2028 and U+2029 escaped, / as it is")
    func escaping() {
        let text = JSONValue.string(Self.awkward).text(.compact)
        #expect(text == #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f/\"\\"#
            + "\u{7F}" + #"\u2028\u2029"# + "é😀\"")
        let back = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
        #expect(back == Self.awkward)
    }

    @Test("The Foundation layout is byte for byte what JSONSerialization writes, pretty-printed with sorted keys")
    func foundationPretty() throws {
        let value = JSONValue.object([
            ("files", .array([
                .object([("diagnostics", .array([])), ("file", .string("plans/a b.xml")), ("valid", .bool(true))]),
                .object([
                    ("diagnostics", .array([.object([
                        ("code", .string("unknown-reference")), ("column", .int(9)), ("line", .int(96)),
                        ("message", .string(Self.awkward)), ("severity", .string("error")),
                    ])])),
                    ("empty", .object([])),
                    ("file", .string("dir/ünï \"q\"/k.xml")),
                    ("valid", .bool(false)),
                ]),
            ])),
        ])
        let object: [String: Any] = ["files": [
            ["diagnostics": [Any](), "file": "plans/a b.xml", "valid": true],
            ["diagnostics": [["code": "unknown-reference", "column": 9, "line": 96, "message": Self.awkward, "severity": "error"]],
             "empty": [String: Any](), "file": "dir/ünï \"q\"/k.xml", "valid": false],
        ]]
        let foundation = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        #expect(value.text(.foundationPretty) == String(decoding: foundation, as: UTF8.self))
    }
}
