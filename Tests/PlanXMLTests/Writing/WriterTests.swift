import Foundation
import PlanCore
import PlanXML
import Testing

@Suite("Writer safety and exact text")
struct WriterTests {
    /// Text that XML must escape, that parsers normalise unless escaped, or that is not ASCII.
    static let awkwardTexts = [
        #"Fish & chips <b>bold</b> "double" 'single' a > b"#,
        "line one\r\nline two\rline three\nline four",
        "\ttabbed\tand\ttrailing tab\t",
        "  leading and trailing spaces  ",
        "é 一 😀 👩‍👩‍👧 e\u{301} Ωmega",
        "]]> &amp; &lt; <![CDATA[x]]> <!-- not a comment --> <?not a pi?>",
        "\u{A0}no-break\u{2028}line separator\u{85}next line\u{3000}",
        " \r x \r ",
        "&#13; &#x9; written literally",
        "\u{7F}\u{E000}\u{FFFD}\u{10000}\u{10FFFF} edge characters",
        "x",
        String(repeating: "long text ", count: 5_000),
    ]

    @Test("Awkward text round-trips exactly through every text element and attribute", arguments: awkwardTexts)
    func awkwardText(_ text: String) throws {
        let plan = SamplePlan.everyText(text)
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
        let written = try PlanWriter().write(plan)
        let document = try PlanReader().read(written)
        #expect(document.plan == plan)
        #expect(document.plan.title.unicodeScalars.elementsEqual(text.unicodeScalars), "scalar for scalar, not only canonically equal")
        #expect(document.plan.agencies[0].extensions[0].attributes[1].value.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(document.plan.history[0].actor.map { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } == true)
        #expect(try PlanWriter().write(document.plan) == written)
    }

    @Test("Characters that XML cannot hold make the writer throw instead of writing a broken document",
        arguments: [0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
    func unwritableCharacter(_ value: UInt32) throws {
        let bad = "Saltmarsh \(Character(Unicode.Scalar(value)!)) Lane"
        var plans: [(String, Plan)] = []
        var plan = SamplePlan.everyText("ok")
        plan.title = bad
        plans.append(("title", plan))
        plan = SamplePlan.everyText("ok")
        plan.area.localities[0].code = bad
        plans.append(("attribute", plan))
        plan = SamplePlan.everyText("ok")
        plan.stages[0].tasks[0].notes[0].text = bad
        plans.append(("note", plan))
        plan = SamplePlan.everyText("ok")
        plan.extensions[0].children = [.text(bad)]
        plans.append(("extension text", plan))
        plan = SamplePlan.everyText("ok")
        plan.extensions[0].attributes[1].value = bad
        plans.append(("extension attribute", plan))
        for (place, plan) in plans {
            do throws(PlanWriteError) {
                let bytes = try PlanWriter().write(plan)
                Issue.record("a \(place) holding U+\(String(value, radix: 16)) was written: \(bytes.count) bytes")
            } catch {
                let code = String(value, radix: 16, uppercase: true)
                #expect(error.message.contains("U+\(code)"), "\(place): \(error.message)")
            }
        }
    }

    @Test("The title's U+0001 error names the character and where it is")
    func titleControlCharacter() {
        var plan = SamplePlan.everyText("ok")
        plan.title = "Bad\u{1}title"
        #expect(throws: PlanWriteError("text in plan/title contains the character U+1, which XML cannot hold")) {
            try PlanWriter().write(plan)
        }
    }

    @Test("Extension names that are not XML names make the writer throw",
        arguments: ["bad name", "1x", "a:b:c", "", ":x", "x:", "a>b", "a\"b"])
    func badExtensionName(_ name: String) {
        var element = ExtensionElement(name: name, namespace: "urn:x", attributes: [.init(name: "xmlns:a", value: "urn:x")])
        var plan = SamplePlan.everyText("ok")
        plan.extensions = [element]
        #expect(throws: PlanWriteError.self) { try PlanWriter().write(plan) }
        element = ExtensionElement(name: "a:x", namespace: "urn:x", attributes: [.init(name: "xmlns:a", value: "urn:x"), .init(name: name, value: "v")])
        plan.extensions = [element]
        #expect(throws: PlanWriteError.self) { try PlanWriter().write(plan) }
    }

    @Test("Output is deterministic: declaration, two-space indent, defaults left out, trailing newline")
    func canonicalForm() throws {
        var plan = SamplePlan.everyText("text")
        plan.stages[1].tasks[0].dependencies = [Dependency(on: "t1", type: .finishToStart, lagDays: 0)]
        let text = String(decoding: try PlanWriter().write(plan), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"urn:x-chb:plan:1\" id=\"p1\" schemaVersion=\"1.0\" revision=\"7\" classification=\"OFFICIAL-SENSITIVE\">\n  <title>"))
        #expect(text.hasSuffix("</plan>\n"))
        #expect(text.contains("\n    <agency id=\"a2\" kind=\"voluntary\">\n"), "clearance OFFICIAL is the default")
        #expect(text.contains("<dependsOn ref=\"t1\"/>"), "finishToStart and lag 0 are defaults")
        #expect(text.contains("classification=\"OFFICIAL\"") && !text.contains("priority="))
        #expect(!text.contains("view=") && !text.contains("<measures/>") && !text.contains("<risks/>"))
        #expect(text.contains("<baseline>41</baseline>") && text.contains("<target>29.5</target>"))
        plan.measures = []
        plan.risks = []
        plan.history = []
        plan.extensions = []
        plan.stages[2].tasks = []
        let bare = String(decoding: try PlanWriter().write(plan), as: UTF8.self)
        #expect(!bare.contains("<measures") && !bare.contains("<risks") && bare.contains("<history/>") && bare.contains("<tasks/>"))
        #expect(try PlanWriter().write(plan) == PlanWriter().write(plan))
    }

    @Test("A partner view writes view, for and sourceRevision")
    func partnerView() throws {
        var plan = SamplePlan.everyText("text")
        plan.view = .partner(for: "a1", sourceRevision: 6)
        let text = String(decoding: try PlanWriter().write(plan), as: UTF8.self)
        #expect(text.contains(#"classification="OFFICIAL-SENSITIVE" view="partner" for="a1" sourceRevision="6">"#))
        #expect(try PlanReader().read(Array(text.utf8)).plan == plan)
    }
}

@Suite("Reading text")
struct ReadingTextTests {
    @Test("CDATA, comments, references and line ends in text read as XML defines them", arguments: [
        ("<![CDATA[only CDATA]]>", "only CDATA"),
        ("Bore <![CDATA[da & <hwyl>]]> end", "Bore da & <hwyl> end"),
        ("a<!-- comment -->b<?pi x?>c", "abc"),
        ("&lt;&gt;&amp;&quot;&apos;&#x263A;&#9731;", "<>&\"'☺☃"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a&#13;&#10;b", "a\r\nb"),
    ])
    func text(_ source: String, _ expected: String) throws {
        var text = PlanText()
        text.title = "<title>\(source)</title>"
        let plan = try readPlan(text.xml).plan
        #expect(plan.title.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(plan.title.debugDescription)")
    }

    @Test("A title that is only a blank CDATA section is blank")
    func blankCDATA() {
        var text = PlanText()
        text.title = "<title><![CDATA[   ]]></title>"
        expectRefusal(text.xml, code: .schema, line: 3)
    }

    @Test("Attribute values are normalised as XML defines, unless escaped")
    func attributeNormalisation() throws {
        var text = PlanText()
        text.area = "<area>\n    <name>x</name>\n    <locality code=\"a\tb\nc\" scheme=\"a&#9;b&#10;c\"/>\n  </area>"
        let plan = try readPlan(text.xml).plan
        #expect(plan.area.localities[0].code == "a b c")
        #expect(plan.area.localities[0].scheme == "a\tb\nc")
    }
}

@Suite("Writer safety for extensions built in code")
struct ExtensionWriterSafetyTests {
    typealias E = ExtensionElement

    /// Extensions that would write a document chb itself cannot read back.
    static let broken: [(String, E)] = [
        ("an undeclared element prefix", E(name: "x:data", namespace: "urn:x")),
        ("an undeclared attribute prefix", E(name: "x:data", namespace: "urn:x", attributes: [.init(name: "xmlns:x", value: "urn:x"), .init(name: "y:at", value: "1")])),
        ("an undeclared prefix on a child", E(name: "x:data", namespace: "urn:x", attributes: [.init(name: "xmlns:x", value: "urn:x")],
            children: [.element(E(name: "z:child", namespace: "urn:z"))])),
        ("an unprefixed top-level element without a namespace", E(name: "data", namespace: "")),
        ("a top-level element in chb's namespace", E(name: "c:data", namespace: "urn:x-chb:plan:1", attributes: [.init(name: "xmlns:c", value: "urn:x-chb:plan:1")])),
        ("a top-level element in no namespace", E(name: "data", namespace: "", attributes: [.init(name: "xmlns", value: "")])),
        ("an element whose namespace is not the one its prefix declares", E(name: "x:data", namespace: "urn:y", attributes: [.init(name: "xmlns:x", value: "urn:x")])),
        ("an XInclude", E(name: "x:data", namespace: "urn:x", attributes: [.init(name: "xmlns:x", value: "urn:x")],
            children: [.element(E(name: "xi:include", namespace: "http://www.w3.org/2001/XInclude",
                attributes: [.init(name: "xmlns:xi", value: "http://www.w3.org/2001/XInclude"), .init(name: "href", value: "/etc/passwd")]))])),
    ]

    @Test("An extension that would not read back makes the writer throw", arguments: broken.indices)
    func brokenExtension(_ index: Int) {
        let (name, element) = Self.broken[index]
        var plan = SamplePlan.everyText("ok")
        plan.extensions = [element]
        do throws(PlanWriteError) {
            let bytes = try PlanWriter().write(plan)
            do {
                let reread = try PlanReader().read(bytes)
                Issue.record("\(name): written, and read back \(reread.plan == plan ? "equal" : "changed")")
            } catch {
                Issue.record("\(name): the writer wrote a document chb cannot read: \(error)")
            }
        } catch {
            #expect(!error.message.isEmpty)
        }
    }

    @Test("Declarations inherited from an enclosing extension element are enough")
    func inheritedDeclarations() throws {
        var plan = SamplePlan.everyText("ok")
        plan.extensions = [E(name: "x:data", namespace: "urn:x", attributes: [.init(name: "xmlns:x", value: "urn:x"), .init(name: "xmlns", value: "urn:d")],
            children: [.element(E(name: "x:child", namespace: "urn:x", attributes: [.init(name: "x:at", value: "1")],
                children: [.element(E(name: "plain", namespace: "urn:d", attributes: [.init(name: "xml:lang", value: "en")]))]))])]
        let written = try PlanWriter().write(plan)
        #expect(try PlanReader().read(written).plan == plan)
    }
}

@Suite("Byte order mark")
struct ByteOrderMarkTests {
    @Test("A UTF-8 byte order mark is accepted, and columns on the first line ignore it", arguments: [true, false])
    func byteOrderMark(withDeclaration: Bool) throws {
        var text = PlanText()
        if !withDeclaration { text.declaration = "" }
        let xml = withDeclaration ? text.xml : String(text.xml.drop { $0 == "\n" })
        let plain = try PlanReader().read(Array(xml.utf8))
        let marked = try PlanReader().read([0xEF, 0xBB, 0xBF] + Array(xml.utf8))
        #expect(marked.plan == plain.plan)
        #expect(marked.sourceMap[.plan] == plain.sourceMap[.plan])
        #expect(marked.sourceMap[.plan]?.column == 1)
    }
}
