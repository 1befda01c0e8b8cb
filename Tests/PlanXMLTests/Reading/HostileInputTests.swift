import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// Tight limits for attack samples: if anything reached the expensive paths (entity
/// expansion, deep trees, long values), these would trip. Each sample must still be refused
/// for what it is, which shows that the refusal comes first and bounds the work done.
let tightLimits = ReadLimits(
    maximumInputBytes: 256 << 10, maximumDepth: 8, maximumAttributesPerElement: 8, maximumValueBytes: 4 << 10)

/// The defusedxml project's attack samples, read in place from `../shared` where it is beside
/// the clone; ``HostileFixtureTests`` covers the same attacks with the repository's own files.
@Suite("defusedxml attack samples", .sharedData(SharedData.defusedXML))
struct DefusedXMLSampleTests {
    /// What reading each sample must give: the code and a text whose line the error is on.
    static let expectations: [String: (code: PlanDiagnostic.Code, at: String)] = [
        "cyclic.xml": (.doctypeRefused, "<!DOCTYPE"),
        "dtd.xml": (.doctypeRefused, "<!DOCTYPE"),
        "dtd_element.xml": (.doctypeRefused, "<!DOCTYPE"),
        "external.xml": (.doctypeRefused, "<!DOCTYPE"),
        "external_file.xml": (.doctypeRefused, "<!DOCTYPE"),
        "quadratic.xml": (.doctypeRefused, "<!DOCTYPE"),
        "xmlbomb.xml": (.doctypeRefused, "<!DOCTYPE"),
        "xmlbomb2.xml": (.doctypeRefused, "<!DOCTYPE"),
        "simple.xml": (.notAPlan, "<root"),
        "simple-ns.xml": (.notAPlan, "<root"),
        "schema-include.xsd": (.notAPlan, "<xsd:schema"),
        "xalan_exec.xsl": (.notAPlan, "<xsl:stylesheet"),
        "xalan_write.xsl": (.notAPlan, "<xsl:stylesheet"),
    ]

    static var samples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestFiles.defusedXML.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".xsd") || $0.hasSuffix(".xsl") }.sorted()
    }

    @Test("The samples are beside the clone and each has an expected outcome")
    func samplesArePresent() {
        #expect(Self.samples.count >= 13, "expected the defusedxml samples in \(TestFiles.defusedXML.path)")
        for name in Self.samples { #expect(Self.expectations[name] != nil, "no expectation for the sample \(name)") }
    }

    @Test("A defusedxml sample is refused for what it is, at the right line", arguments: samples)
    func sample(_ name: String) throws {
        let url = TestFiles.defusedXML.appendingPathComponent(name)
        let expected = try #require(Self.expectations[name])
        let text = String(decoding: try TestFiles.bytes(url), as: UTF8.self)
        let line = text.line(of: expected.at)
        do {
            _ = try PlanReader().read(contentsOf: url.path)
            Issue.record("\(name) was read as a plan")
        } catch {
            #expect(error.code == expected.code, "\(error)")
            #expect(error.diagnostics[0].location?.line == line, "\(error)")
            #expect(error.diagnostics[0].location?.file == url.path)
        }
        // The same refusal under tight limits: the DOCTYPE (or the foreign root) is refused
        // before any entity, deep tree or long value could be looked at.
        let error = expectRefusal(try TestFiles.bytes(url), code: expected.code, line: line, limits: tightLimits)
        if expected.code == .doctypeRefused {
            #expect(error?.diagnostics.count == 1, "refused outright, nothing else parsed: \(String(describing: error))")
            #expect(error?.diagnostics[0].message.contains("DOCTYPE") == true)
        }
    }
}

@Suite("Entity, DTD and XInclude attacks")
struct EntityAndXIncludeTests {
    static let xi = #"xmlns:xi="http://www.w3.org/2001/XInclude""#

    @Test("A local-file external entity is refused and the file's contents appear nowhere")
    func localFileEntity() throws {
        try TestFiles.withTemporaryFolder { folder in
            let secret = "chb-secret-\(UUID().uuidString)"
            let file = folder.appendingPathComponent("secret.txt")
            try Data(secret.utf8).write(to: file)
            for (doctype, title) in [
                ("<!DOCTYPE plan [\n<!ENTITY xxe SYSTEM \"\(file.absoluteString)\">\n]>", "&xxe;"),
                ("<!DOCTYPE plan [\n<!ENTITY xxe SYSTEM \"\(file.path)\">\n]>", "&xxe;"),
                ("<!DOCTYPE plan SYSTEM \"\(file.path)\">", "Test plan"),
                ("<!DOCTYPE plan [\n<!ENTITY % pe SYSTEM \"\(file.path)\">\n%pe;\n]>", "Test plan"),
            ] {
                var text = PlanText()
                text.declaration += "\n" + doctype
                text.title = "<title>\(title)</title>"
                let error = expectRefusal(text.xml, code: .doctypeRefused, line: 2)
                #expect(error.map { !$0.description.contains(secret) } == true)
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == secret, "the file is unchanged")
        }
    }

    @Test("An XInclude of a local file is refused wherever it is, and its contents appear nowhere")
    func localFileXInclude() throws {
        try TestFiles.withTemporaryFolder { folder in
            let secret = "chb-secret-\(UUID().uuidString)"
            let file = folder.appendingPathComponent("secret.txt")
            try Data(secret.utf8).write(to: file)
            let include = #"<xi:include \#(Self.xi) href="\#(file.path)" parse="text"/>"#
            var inExtensions = PlanText()
            inExtensions.extensions = include
            var inTitle = PlanText()
            inTitle.title = "<title>Test \(include)</title>"
            var inTask = PlanText()
            inTask.clearTasks = #"<task id="t1" lead="a1" status="planned"><title>x</title><support ref="a2"/>"# + "\n" + include + "\n</task>"
            var declaredOnRoot = PlanText()
            declaredOnRoot.namespaces += " " + Self.xi
            declaredOnRoot.extensions = #"<xi:include href="\#(file.path)" parse="text"/>"#
            for text in [inExtensions, inTitle, inTask, declaredOnRoot] {
                let xml = text.xml
                let error = expectRefusal(xml, code: .xincludeRefused, line: xml.line(of: "<xi:include"))
                #expect(error?.diagnostics[0].location?.column == xml.column(of: "<xi:include"))
                #expect(error.map { !$0.description.contains(secret) } == true)
            }
        }
    }

    @Test("An XInclude in the 2003 namespace is refused too")
    func oldXIncludeNamespace() {
        var text = PlanText()
        text.extensions = #"<xi:include xmlns:xi="http://www.w3.org/2003/XInclude" href="/etc/passwd"/>"#
        expectRefusal(text.xml, code: .xincludeRefused, line: text.xml.line(of: "<xi:include"))
    }

    @Test("An undefined entity reference is malformed, not expanded")
    func undefinedEntity() {
        var text = PlanText()
        text.title = "<title>Test &xxe; plan</title>"
        expectRefusal(text.xml, code: .malformed, line: text.xml.line(of: "&xxe;"))
    }

    @Test("A character reference to a character XML forbids is malformed", arguments: ["&#0;", "&#x1;", "&#xFFFE;", "&#xD800;"])
    func forbiddenCharacterReference(_ reference: String) {
        var text = PlanText()
        text.title = "<title>Test \(reference) plan</title>"
        expectRefusal(text.xml, code: .malformed, line: text.xml.line(of: reference))
    }

    /// Ways a document could make a parser fetch a URL.
    enum RemoteShape: String, CaseIterable, CustomTestStringConvertible {
        case generalEntity, parameterEntity, externalDTD, xincludeInExtensions, xincludeInTitle,
            schemaLocationOnTask, noNamespaceSchemaLocation, namespaceURI

        var testDescription: String { rawValue }

        func document(_ url: (String) -> String) -> (xml: String, code: PlanDiagnostic.Code?, at: String) {
            var text = PlanText()
            let xsi = #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
            switch self {
            case .generalEntity:
                text.declaration += "\n<!DOCTYPE plan [<!ENTITY remote SYSTEM \"\(url("entity.xml"))\">]>"
                text.title = "<title>&remote;</title>"
                return (text.xml, .doctypeRefused, "<!DOCTYPE")
            case .parameterEntity:
                text.declaration += "\n<!DOCTYPE plan [<!ENTITY % remote SYSTEM \"\(url("pe.dtd"))\"> %remote;]>"
                return (text.xml, .doctypeRefused, "<!DOCTYPE")
            case .externalDTD:
                text.declaration += "\n<!DOCTYPE plan PUBLIC \"-//chb//test\" \"\(url("plan.dtd"))\">"
                return (text.xml, .doctypeRefused, "<!DOCTYPE")
            case .xincludeInExtensions:
                text.extensions = #"<xi:include \#(EntityAndXIncludeTests.xi) href="\#(url("inc.xml"))"/>"#
                return (text.xml, .xincludeRefused, "<xi:include")
            case .xincludeInTitle:
                text.title = #"<title><xi:include \#(EntityAndXIncludeTests.xi) href="\#(url("inc.txt"))" parse="text"/></title>"#
                return (text.xml, .xincludeRefused, "<xi:include")
            case .schemaLocationOnTask:
                text.clearTasks = #"<task \#(xsi) xsi:schemaLocation="urn:x-chb:plan:1 \#(url("t.xsd"))" id="t1" lead="a1" status="planned"><title>x</title><support ref="a2"/></task>"#
                return (text.xml, .schema, "<task ")
            case .noNamespaceSchemaLocation:
                text.namespaces += " \(xsi) xsi:noNamespaceSchemaLocation=\"\(url("nn.xsd"))\""
                return (text.xml, .schema, "<plan")
            case .namespaceURI:
                text.extensions = #"<r:ref xmlns:r="\#(url("ns"))">text</r:ref>"#
                return (text.xml, nil, "")
            }
        }
    }

    @Test("A document naming a URL never makes a connection", arguments: RemoteShape.allCases)
    func noConnection(_ shape: RemoteShape) throws {
        let listener = try LoopbackListener()
        let (xml, code, at) = shape.document(listener.url)
        if let code {
            expectRefusal(xml, code: code, line: xml.line(of: at))
        } else {
            _ = try readPlan(xml)
        }
        #expect(listener.acceptPendingConnections() == 0)
        #expect(try listener.selfTest() == 1, "the listener counts connections")
    }

    @Test("xsi:schemaLocation on plan is accepted, never fetched and not written back")
    func schemaLocationIgnored() throws {
        let listener = try LoopbackListener()
        var text = PlanText()
        text.namespaces += #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
            + #" xsi:schemaLocation="urn:x-chb:plan:1 \#(listener.url("chb-plan-1.xsd"))""#
        let document = try readPlan(text.xml)
        let written = String(decoding: try PlanWriter().write(document.plan), as: UTF8.self)
        #expect(!written.contains("schemaLocation") && !written.contains("XMLSchema-instance") && !written.contains("127.0.0.1"))
        let plain = try readPlan(PlanText().xml)
        #expect(document.plan == plain.plan)
        #expect(listener.acceptPendingConnections() == 0)
    }
}

@Suite("Resource limits")
struct ResourceLimitTests {
    @Test("10,000 nested elements are refused by the depth limit", arguments: [true, false])
    func deepNesting(inExtensions: Bool) {
        let depth = 10_000
        var text = PlanText()
        if inExtensions {
            text.extensions = #"<f:n xmlns:f="urn:f">"# + String(repeating: "<f:n>", count: depth - 1)
                + String(repeating: "</f:n>", count: depth)
        } else {
            text.title = "<title>" + String(repeating: "<title>", count: depth) + String(repeating: "</title>", count: depth) + "</title>"
        }
        let xml = text.xml
        let error = expectRefusal(xml, code: .limitExceeded, line: xml.line(of: inExtensions ? "<f:n" : "<title>"))
        #expect(error?.diagnostics[0].message.contains("nested more than 64") == true, "\(String(describing: error))")
    }

    @Test("Nesting exactly at the depth limit is accepted, one deeper is refused")
    func depthBoundary() throws {
        // plan > stages > stage > tasks > task > title is the deepest path: six levels.
        let xml = PlanText().xml
        _ = try readPlan(xml, limits: ReadLimits(maximumDepth: 6))
        let error = expectRefusal(xml, code: .limitExceeded, line: xml.line(of: "<title>First task"), limits: ReadLimits(maximumDepth: 5))
        #expect(error?.diagnostics[0].location?.column == xml.column(of: "<title>First task"))
    }

    @Test("50,000 attributes on one element are refused by the pre-scan, before libxml2 sees them")
    func manyAttributes() {
        var text = PlanText()
        text.extensions = #"<f:x xmlns:f="urn:f""# + (0..<50_000).map { " a\($0)=\"1\"" }.joined() + "/>"
        let xml = text.xml
        let error = expectRefusal(xml, code: .limitExceeded, line: xml.line(of: "<f:x"))
        #expect(error?.diagnostics[0].location?.column == xml.column(of: "<f:x"))
        // The pre-scan's message: libxml2 (whose duplicate-attribute check is quadratic in
        // 2.9.14) never received the element.
        #expect(error?.diagnostics[0].message == "an element has 50001 attributes; the limit is 256")
        #expect(error?.diagnostics.count == 1)
    }

    @Test("An element with exactly the attribute limit is read; one more is refused")
    func attributeBoundary() throws {
        func text(_ attributes: Int) -> String {
            var text = PlanText()
            text.extensions = #"<f:x xmlns:f="urn:f""# + (1..<attributes).map { " a\($0)=\"\($0)\"" }.joined() + "/>"
            return text.xml
        }
        let plan = try readPlan(text(256)).plan
        #expect(plan.extensions.first?.attributes.count == 256)
        expectRefusal(text(257), code: .limitExceeded, line: text(257).line(of: "<f:x"))
    }

    @Test("A 2 MiB note is refused by the value limit")
    func hugeText() {
        var text = PlanText()
        text.clearTasks = """
            <task id="t1" lead="a1" status="planned">
                      <title>x</title>
                      <support ref="a2"/>
                      <note at="2025-06-02T09:30:00Z" agency="a1">\(String(repeating: "Lorem ipsum ", count: (2 << 20) / 12))</note>
                    </task>
            """
        let xml = text.xml
        let error = expectRefusal(xml, code: .limitExceeded, line: xml.line(of: "<note"))
        #expect(error?.diagnostics[0].message.contains("text value is longer than the limit of 1048576 bytes") == true)
    }

    @Test("A 2 MiB attribute value is refused by the value limit")
    func hugeAttribute() {
        var text = PlanText()
        text.extensions = #"<f:x xmlns:f="urn:f" v=""# + String(repeating: "v", count: 2 << 20) + #""/>"#
        let xml = text.xml
        let error = expectRefusal(xml, code: .limitExceeded, line: xml.line(of: "<f:x"))
        #expect(error?.diagnostics[0].message.contains("attribute value") == true)
    }

    @Test("Comments, PIs or CDATA splitting a long text do not get it past the value limit",
        arguments: ["<!---->", "<?pi x?>", "<![CDATA[y]]>"])
    func splitText(_ separator: String) {
        var text = PlanText()
        let piece = String(repeating: "x", count: 600_000)
        text.title = "<title>" + [piece, piece, piece, piece].joined(separator: separator) + "</title>"
        let xml = text.xml
        expectRefusal(xml, code: .limitExceeded, line: xml.line(of: "<title>"))
    }

    @Test("A text exactly at the value limit is read; one byte more is refused")
    func valueBoundary() throws {
        func xml(_ length: Int) -> String {
            var text = PlanText()
            text.title = "<title>" + String(repeating: "é", count: length / 2) + String(repeating: "e", count: length % 2) + "</title>"
            return text.xml
        }
        let limits = ReadLimits(maximumValueBytes: 101)
        let plan = try readPlan(xml(101), limits: limits).plan
        #expect(plan.title.utf8.count == 101)
        expectRefusal(xml(102), code: .limitExceeded, line: 3, limits: limits)
    }

    @Test("Input over maximumInputBytes is refused, from bytes and from a file")
    func inputSize() throws {
        let bytes = PlanText().bytes
        _ = try PlanReader(limits: ReadLimits(maximumInputBytes: bytes.count)).read(bytes)
        let small = ReadLimits(maximumInputBytes: bytes.count - 1)
        let error = expectRefusal(bytes, code: .limitExceeded, line: 1, limits: small)
        #expect(error?.diagnostics[0].message.contains("over the limit of \((bytes.count - 1).formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB")))) bytes") == true)
        #expect(ReadLimits.standard.maximumInputBytes == 64 << 20)
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("big.xml")
            try Data(bytes).write(to: file)
            #expect(throws: PlanReadError.self) { try PlanReader(limits: small).read(contentsOf: file.path) }
            do throws(PlanReadError) {
                _ = try PlanReader(limits: small).read(contentsOf: file.path)
            } catch {
                #expect(error.code == .limitExceeded)
                #expect(error.diagnostics[0].location?.file == file.path && error.diagnostics[0].location?.line == 1)
            }
            #expect(try PlanReader(limits: ReadLimits(maximumInputBytes: bytes.count)).read(contentsOf: file.path).plan.title == "Test plan")
        }
    }
}

@Suite("Malformed and foreign input")
struct MalformedInputTests {
    @Test("Invalid UTF-8 is refused with its line and column",
        arguments: [[0xE9], [0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func invalidUTF8(_ bad: [UInt8]) {
        var text = PlanText()
        text.title = "<title>Caf@</title>"
        let xml = text.xml
        let marker = xml.utf8.firstIndex(of: UInt8(ascii: "@"))!
        var bytes = Array(xml.utf8)
        let offset = xml.utf8.distance(from: xml.utf8.startIndex, to: marker)
        bytes.replaceSubrange(offset...offset, with: bad)
        let error = expectRefusal(bytes, code: .malformed, line: xml.line(of: "Caf@"))
        #expect(error?.diagnostics[0].location?.column == xml.column(of: "@"))
        // libxml2 names the problem: bad UTF-8, or a code point outside XML's characters.
        let message = error?.diagnostics[0].message ?? ""
        #expect(message.contains("UTF-8") || message.contains("out of allowed range"), "\(message)")
    }

    @Test("Invalid UTF-8 in an attribute value is refused with its line")
    func invalidUTF8InAttribute() {
        var text = PlanText()
        text.area = "<area>\n    <name>x</name>\n    <locality code=\"E0@\" scheme=\"ward\"/>\n  </area>"
        var bytes = text.bytes
        let index = bytes.firstIndex(of: UInt8(ascii: "@"))!
        bytes[index] = 0xFF
        expectRefusal(bytes, code: .malformed, line: text.xml.line(of: "<locality"))
    }

    @Test("A NUL byte is not XML, wherever it is", arguments: ["title", "comment", "attribute", "cdata", "pi"])
    func nulByte(_ place: String) {
        var text = PlanText()
        switch place {
        case "title": text.title = "<title>Test@plan</title>"
        case "comment": text.title = "<!-- a@b --><title>Test plan</title>"
        case "attribute": text.rootAttributes += " x@=\"1\""
        case "cdata": text.title = "<title><![CDATA[a@b]]></title>"
        default: text.title = "<?pi a@b?><title>Test plan</title>"
        }
        let xml = text.xml
        var bytes = Array(xml.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "@"))!] = 0
        let error = expectRefusal(bytes, code: .notXML, line: xml.line(of: "@"))
        #expect(error?.diagnostics[0].message.contains("NUL") == true)
        if place != "attribute" {
            #expect(error?.diagnostics[0].location?.column == xml.column(of: "@"))
        }
    }

    @Test("gzip data is not XML and is never decompressed")
    func gzipMagic() {
        expectRefusal([0x1F, 0x8B, 0x08, 0x00] + Array("junk that is not deflate".utf8), code: .notXML, line: 1)
    }

    @Test("A gzipped valid plan is not XML, from bytes and from a .xml file")
    func gzippedPlan() throws {
        let gzip = try #require(["/bin/gzip", "/usr/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "gzip is not installed")
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("plan.xml")
            try Data(PlanText().bytes).write(to: file)
            let result = try TestFiles.run(gzip, ["-n", file.path])
            try #require(result.status == 0, "\(result.output)")
            let compressedFile = folder.appendingPathComponent("plan.xml.gz")
            let compressed = try TestFiles.bytes(compressedFile)
            #expect(compressed.starts(with: [0x1F, 0x8B]))
            let error = expectRefusal(compressed, code: .notXML, line: 1)
            #expect(error?.diagnostics[0].message.contains("gzip") == true)
            let renamed = folder.appendingPathComponent("disguised.xml")
            try FileManager.default.moveItem(at: compressedFile, to: renamed)
            do throws(PlanReadError) {
                _ = try PlanReader().read(contentsOf: renamed.path)
                Issue.record("a gzipped file was read")
            } catch {
                #expect(error.code == .notXML)
            }
        }
    }

    @Test("UTF-16 is not the plan format", arguments: [true, false])
    func utf16(withBOM: Bool) {
        var bytes: [UInt8] = withBOM ? [0xFF, 0xFE] : []
        for unit in PlanText().xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        expectRefusal(bytes, code: .notXML, line: 1)
    }

    @Test("A root in the wrong namespace, in no namespace or not named plan is not a plan",
        arguments: [
            (#"xmlns="urn:x-chb:plan:2""#, "plan"), ("", "plan"), (#"xmlns="urn:x-chb:plan:1""#, "project"),
            (#"xmlns:c="urn:x-chb:plan:1""#, "c:project"), (#"xmlns:c="urn:x-other""#, "c:plan"),
        ])
    func notAPlan(namespaces: String, root: String) {
        var text = PlanText()
        text.namespaces = namespaces
        text.rootName = root
        let error = expectRefusal(text.xml, code: .notAPlan, line: 2)
        #expect(error?.diagnostics.count == 1)
    }

    @Test("A plan of a later schema version is refused, naming the version", arguments: ["2.0", "1.1", "10"])
    func laterVersion(_ version: String) {
        var text = PlanText()
        text.rootAttributes = text.rootAttributes.replacingOccurrences(of: #"schemaVersion="1.0""#, with: "schemaVersion=\"\(version)\"")
        let error = expectRefusal(text.xml, code: .unsupportedVersion, line: 2)
        let message = error?.diagnostics[0].message ?? ""
        #expect(message.contains(version) && message.contains("upgrade"), "\(message)")
    }

    @Test("A schemaVersion that is no version at all is refused as unsupported")
    func bogusVersion() {
        var text = PlanText()
        text.rootAttributes = text.rootAttributes.replacingOccurrences(of: #"schemaVersion="1.0""#, with: #"schemaVersion="one""#)
        let error = expectRefusal(text.xml, code: .unsupportedVersion, line: 2)
        #expect(error?.diagnostics[0].message.contains("'one'") == true)
    }

    @Test("A plan that is a prefixed chb document reads like the unprefixed one")
    func prefixedDocument() throws {
        var text = PlanText()
        let xml = text.xml
        text.namespaces = #"xmlns:c="urn:x-chb:plan:1""#
        let prefixed = xml.replacingOccurrences(of: "<plan xmlns=\"urn:x-chb:plan:1\"", with: "<plan xmlns:c=\"urn:x-chb:plan:1\"")
            .replacingOccurrences(of: #"<(/?)([a-zA-Z])"#, with: "<$1c:$2", options: .regularExpression)
            .replacingOccurrences(of: "<c:plan xmlns:c", with: "<c:plan xmlns:c")
        #expect(prefixed.contains("<c:task "))
        #expect(try readPlan(prefixed).plan == readPlan(xml).plan)
    }

    @Test("An unknown element in the plan namespace is a schema error at its line",
        arguments: ["task", "plan", "agency", "history"])
    func unknownElement(_ parent: String) {
        var text = PlanText()
        let bogus = "<bogus>x</bogus>"
        switch parent {
        case "task":
            text.clearTasks = "<task id=\"t1\" lead=\"a1\" status=\"planned\">\n<title>x</title>\n<support ref=\"a2\"/>\n\(bogus)\n</task>"
        case "plan": text.title += "\n  " + bogus
        case "agency": text.agencies = text.agencies.replacingOccurrences(of: "<name>Council</name>", with: "<name>Council</name>\n" + bogus)
        default: text.history = bogus
        }
        let xml = text.xml
        let error = expectRefusal(xml, code: .schema, line: xml.line(of: bogus))
        #expect(error?.diagnostics[0].message.contains("bogus") == true)
    }

    @Test("A foreign element outside extensions is a schema error at its line")
    func foreignElementOutsideExtensions() {
        var text = PlanText()
        text.title += "\n  <f:x xmlns:f=\"urn:f\"/>"
        expectRefusal(text.xml, code: .schema, line: text.xml.line(of: "<f:x"))
    }

    @Test("An element in no namespace inside extensions is a schema error at its line")
    func unqualifiedExtension() {
        var text = PlanText()
        text.extensions = #"<x xmlns="">text</x>"#
        expectRefusal(text.xml, code: .schema, line: text.xml.line(of: "<x xmlns"))
    }

    @Test("An element of the plan namespace inside extensions is a schema error at its line")
    func chbElementInExtensions() {
        var text = PlanText()
        text.extensions = "<title>x</title>"
        expectRefusal(text.xml, code: .schema, line: text.xml.line(of: "<title>x"))
    }

    @Test("An unknown attribute is a schema error at its element's line",
        arguments: [#"colour="red""#, #"f:colour="red" xmlns:f="urn:f""#, #"xml:lang="en""#])
    func unknownAttribute(_ attribute: String) {
        var text = PlanText()
        text.clearTasks = text.clearTasks.replacingOccurrences(of: #"status="inProgress""#, with: "status=\"inProgress\" \(attribute)")
        let xml = text.xml
        expectRefusal(xml, code: .schema, line: xml.line(of: "<task "))
    }

    @Test("xsi:type, xsi:nil and xsi:schemaLocation are refused below plan", arguments: [
        #"xsi:type="taskType""#, #"xsi:type="xs:anyType" xmlns:xs="http://www.w3.org/2001/XMLSchema""#,
        #"xsi:nil="true""#, #"xsi:schemaLocation="urn:x-chb:plan:1 t.xsd""#,
    ])
    func xsiAttributes(_ attribute: String) {
        var text = PlanText()
        text.namespaces += #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
        text.clearTasks = text.clearTasks.replacingOccurrences(of: #"status="inProgress""#, with: "status=\"inProgress\" \(attribute)")
        let xml = text.xml
        let error = expectRefusal(xml, code: .schema, line: xml.line(of: "<task "))
        #expect(error?.description.contains("xsi:") == true || error?.description.contains("XMLSchema-instance") == true)
    }

    @Test("A mismatched end tag is malformed, with line and column")
    func mismatchedTag() {
        var text = PlanText()
        text.area = "<area>\n    <name>Test area</nam>\n  </area>"
        let xml = text.xml
        let error = expectRefusal(xml, code: .malformed, line: xml.line(of: "</nam>"))
        // libxml2 reports the column just past the offending end tag.
        let column = error?.diagnostics[0].location?.column ?? 0
        let tagStart = xml.column(of: "</nam>")
        #expect((tagStart...(tagStart + 6)).contains(column), "column \(column), end tag at \(tagStart)")
        #expect(error?.diagnostics[0].message.contains("mismatch") == true, "\(String(describing: error))")
    }

    @Test("Other well-formedness errors are malformed, at their line", arguments: [
        "unclosed", "unquoted", "duplicate attribute", "stray ampersand", "two roots", "text after root", "bad name",
        "undeclared prefix", "empty prefixed namespace", "reserved prefix", "unclosed comment", "unclosed CDATA",
    ])
    func notWellFormed(_ shape: String) {
        var text = PlanText()
        var at = ""
        switch shape {
        case "unclosed": text.title = "<title>Test plan"; at = "</plan>"
        case "unquoted": text.title = "<title lang=en>Test</title>"; at = "<title"
        case "duplicate attribute": text.title = "<title>Test</title>"; text.rootAttributes += #" id="p2""#; at = "<plan"
        case "stray ampersand": text.title = "<title>Fish & chips</title>"; at = "Fish"
        case "two roots": text.extensions = ""; at = "<plan2"
        case "text after root": at = "trailing"
        case "undeclared prefix": text.extensions = "<x:data>1</x:data>"; at = "<x:data"
        case "empty prefixed namespace": text.extensions = #"<x:data xmlns:x="">1</x:data>"#; at = "<x:data"
        case "reserved prefix": text.extensions = #"<xmlns:data xmlns:f="urn:f">1</xmlns:data>"#; at = "<xmlns:data"
        case "unclosed comment": text.title = "<title>Test</title><!-- never closed"; at = "<!--"
        case "unclosed CDATA": text.title = "<title><![CDATA[never closed</title>"; at = "<![CDATA["
        default: text.title = "<title>Test</title>\n  <1bad/>"; at = "<1bad"
        }
        var xml = text.xml
        if shape == "two roots" { xml += "<plan2/>\n" }
        if shape == "text after root" { xml += "trailing text\n" }
        expectRefusal(xml, code: .malformed, line: xml.line(of: at))
    }

    @Test("An empty or blank input is refused at line 1", arguments: ["", "   ", "\n\n\t\r\n", "\u{FEFF}", "<?xml version=\"1.0\"?>\n", "<!-- nothing -->"])
    func emptyInput(_ text: String) {
        let error = expectRefusal(text, code: .malformed, line: 1)
        #expect(error?.diagnostics[0].location?.column == 1)
    }
}

@Suite("Reading files")
struct FileReadingTests {
    @Test("A missing file is unreadable")
    func missingFile() throws {
        try TestFiles.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("absent.xml").path
            try expectUnreadable(path)
        }
    }

    @Test("A directory is unreadable")
    func directory() throws {
        try TestFiles.withTemporaryFolder { folder in try expectUnreadable(folder.path) }
    }

    @Test("/dev/zero and a link to it are unreadable, without reading forever")
    func deviceFile() throws {
        try expectUnreadable("/dev/zero")
        try TestFiles.withTemporaryFolder { folder in
            let link = folder.appendingPathComponent("zero.xml")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
            try expectUnreadable(link.path)
        }
    }

    @Test("A FIFO is unreadable, without blocking on it")
    func fifo() throws {
        try TestFiles.withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("plan.xml").path
            try #require(mkfifo(path, 0o600) == 0)
            // Should the reader ever open the FIFO, a writer that connects and hangs up after a
            // while ends its wait with end-of-file, so this test fails instead of hanging.
            let rescue = Thread {
                Thread.sleep(forTimeInterval: 10)
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
            }
            rescue.start()
            try expectUnreadable(path)
        }
    }

    @Test("A file that cannot be opened is unreadable", .enabled(if: getuid() != 0, "running as root, which may read any file"))
    func permissionDenied() throws {
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("locked.xml")
            try Data(PlanText().bytes).write(to: file)
            try #require(chmod(file.path, 0) == 0)
            try expectUnreadable(file.path)
        }
    }

    private func expectUnreadable(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        do {
            _ = try PlanReader().read(contentsOf: path)
            Issue.record("\(path) was read", sourceLocation: sourceLocation)
        } catch {
            #expect(error.code == .unreadable, "\(error)", sourceLocation: sourceLocation)
            #expect(error.diagnostics[0].location?.file == path, sourceLocation: sourceLocation)
            #expect(error.diagnostics[0].location?.line == 1, sourceLocation: sourceLocation)
        }
    }
}
