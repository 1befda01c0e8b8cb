import PlanCore
import PlanXML
import Testing

/// Issue 18 item 2: character content split into pieces (`&amp;`, character references,
/// comments, CDATA) where only elements may be gave one identical libxml2 error per piece,
/// all kept: 51 KB printed 10,000 copies, and a 16.7 MB file trapped under a 1 GiB limit.
/// Now each element's repeats are one line, and the list is capped with "and M more".
@Suite("Error floods inside the input limits")
struct ErrorFloodTests {
    /// A plan whose `area` (elements only) holds `pieces` between its name and its end.
    static func flooded(_ pieces: String) -> String {
        var text = PlanText()
        text.area = "<area>\n    <name>Test area</name>\n    \(pieces)\n  </area>"
        return text.xml
    }

    /// `10,000`, as chb writes counts.
    static func commas(_ value: Int) -> String {
        let digits = Array(String(value))
        return String(digits.enumerated().flatMap { i, d in i > 0 && (digits.count - i) % 3 == 0 ? [",", d] : [d] })
    }

    static func refusal(_ xml: String) throws -> PlanReadError {
        let error = try #require(expectRefusal(xml, code: .schema, line: xml.line(of: "</name>") + 1))
        let lines = error.diagnostics.map(\.description)
        #expect(Set(lines).count == lines.count, "one line per distinct error: \(lines)")
        return error
    }

    @Test("10,000 and 200,000 '&amp;' in one element give one error, saying how often", arguments: [10_000, 200_000])
    func oneElement(_ pieces: Int) throws {
        let error = try Self.refusal(Self.flooded(String(repeating: "&amp;", count: pieces)))
        #expect(error.diagnostics.count == 1, "\(error.diagnostics.prefix(3))")
        let message = error.diagnostics[0].message
        #expect(message.hasPrefix("element 'area': "), "\(message)")
        #expect(message.hasSuffix("(reported \(Self.commas(pieces)) times in this element)"), "\(message)")
    }

    @Test("Character references, comments and CDATA pieces are one error too",
          arguments: ["&#38;", "x<!-- -->", "<![CDATA[x]]>", "&amp;&#x26;<!---->x<![CDATA[y]]>\n"])
    func otherPieces(_ piece: String) throws {
        let error = try Self.refusal(Self.flooded(String(repeating: piece, count: 2_000)))
        #expect(error.diagnostics.count == 1, "\(error.diagnostics.prefix(3))")
        #expect(error.diagnostics[0].message.contains("times in this element"))
    }

    @Test("Pieces in thousands of elements give the first 100 and 'and M more'", arguments: [300, 5_000])
    func manyElements(_ elements: Int) throws {
        let block = String(repeating: "&amp;", count: 20) + "\n    <locality code=\"L\" scheme=\"ward\"/>\n    "
        let error = try Self.refusal(Self.flooded(String(repeating: block, count: elements)))
        let limit = DiagnosticList.standardLimit
        #expect(error.diagnostics.count == limit + 1)
        #expect(error.diagnostics.prefix(limit).allSatisfy { $0.message.hasSuffix("(reported 20 times in this element)") })
        let last = try #require(error.diagnostics.last)
        #expect(last.code == .moreDiagnostics)
        #expect(last.location == nil)
        #expect(last.message == "and \(Self.commas(elements - limit)) more errors not shown (the first 100 are listed)")
    }

    @Test("Foreign attributes on thousands of elements are capped too")
    func foreignAttributes() throws {
        let block = #"<locality code="L" scheme="ward" x:a="1" x:b="2" xmlns:x="urn:x"/>"# + "\n    "
        let xml = Self.flooded(String(repeating: block, count: 500))
        let error = try #require(expectRefusal(xml, code: .schema, line: nil))
        #expect(error.diagnostics.count == DiagnosticList.standardLimit + 1)
        #expect(error.diagnostics.last?.code == .moreDiagnostics)
    }
}
