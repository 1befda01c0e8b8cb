import Foundation
import PlanCore
import PlanXML
import Testing

/// Foreign-namespace content in `extensions` is kept verbatim: read into the model exactly,
/// written back standing on its own (re-declaring the prefixes it inherited), and stable.
@Suite("Extensions kept verbatim")
struct ExtensionTests {
    typealias E = ExtensionElement

    static func text(_ value: String) -> E.Child { .text(value) }
    static func element(_ name: String, _ namespace: String, _ attributes: [(String, String)] = [], _ children: [E.Child] = []) -> E.Child {
        .element(E(name: name, namespace: namespace, attributes: attributes.map { E.Attribute(name: $0.0, value: $0.1) }, children: children))
    }

    static let source: PlanText = {
        var text = PlanText()
        text.namespaces += #" xmlns:r="urn:x-root" xmlns:q="urn:x-q""#
        text.extensions = """
            <r:case r:kind="major" ref="42" q:flag="yes">
                  <r:officer grade="DS">Smith &amp; Jones</r:officer>
                  <r:empty/>
                </r:case>
                <m:note xmlns:m="urn:x-mixed">Call <m:b>now</m:b>, then <m:i>wait <m:u>here</m:u> a bit</m:i>.</m:note>
                <d xmlns="urn:x-default"><child a="1">t</child><!-- dropped --><?pi dropped?></d>
                <s:ws xmlns:s="urn:x-s">   </s:ws>
                <s:lang xmlns:s="urn:x-s" xml:lang="cy">Bore <![CDATA[da & <hwyl>]]></s:lang>
            """
        text.agencies = text.agencies.replacingOccurrences(of: "<name>Council</name>", with: """
            <name>Council</name>
                  <extensions>
                    <r:code>NBC</r:code>
                  </extensions>
            """)
        text.clearTasks = text.clearTasks.replacingOccurrences(of: #"<support ref="a2"/>"#, with: """
            <support ref="a2"/>
                      <extensions>
                        <q:x q:y="1"><r:z/></q:x>
                      </extensions>
            """)
        return text
    }()

    static let expectedPlanExtensions: [E] = [
        E(name: "r:case", namespace: "urn:x-root",
            attributes: [.init(name: "xmlns:q", value: "urn:x-q"), .init(name: "xmlns:r", value: "urn:x-root"),
                .init(name: "r:kind", value: "major"), .init(name: "ref", value: "42"), .init(name: "q:flag", value: "yes")],
            children: [
                element("r:officer", "urn:x-root", [("grade", "DS")], [text("Smith & Jones")]),
                element("r:empty", "urn:x-root"),
            ]),
        E(name: "m:note", namespace: "urn:x-mixed", attributes: [.init(name: "xmlns:m", value: "urn:x-mixed")],
            children: [
                text("Call "), element("m:b", "urn:x-mixed", [], [text("now")]), text(", then "),
                element("m:i", "urn:x-mixed", [], [text("wait "), element("m:u", "urn:x-mixed", [], [text("here")]), text(" a bit")]),
                text("."),
            ]),
        E(name: "d", namespace: "urn:x-default", attributes: [.init(name: "xmlns", value: "urn:x-default")],
            children: [element("child", "urn:x-default", [("a", "1")], [text("t")])]),
        E(name: "s:ws", namespace: "urn:x-s", attributes: [.init(name: "xmlns:s", value: "urn:x-s")], children: [text("   ")]),
        E(name: "s:lang", namespace: "urn:x-s", attributes: [.init(name: "xmlns:s", value: "urn:x-s"), .init(name: "xml:lang", value: "cy")],
            children: [text("Bore da & <hwyl>")]),
    ]

    @Test("Extensions read into the model exactly: nested, attributes, inherited prefixes, text and mixed content")
    func readExactly() throws {
        let plan = try readPlan(Self.source.xml).plan
        #expect(plan.extensions == Self.expectedPlanExtensions)
        #expect(plan.agencies[1].extensions == [E(name: "r:code", namespace: "urn:x-root",
            attributes: [.init(name: "xmlns:r", value: "urn:x-root")], children: [.text("NBC")])])
        #expect(plan.stages[0].tasks[0].extensions == [E(name: "q:x", namespace: "urn:x-q",
            attributes: [.init(name: "xmlns:q", value: "urn:x-q"), .init(name: "xmlns:r", value: "urn:x-root"), .init(name: "q:y", value: "1")],
            children: [Self.element("r:z", "urn:x-root")])])
    }

    @Test("Written extensions re-declare inherited prefixes, keep mixed content exact, and are stable")
    func writeBack() throws {
        let plan = try readPlan(Self.source.xml).plan
        let written = try PlanWriter().write(plan)
        let text = String(decoding: written, as: UTF8.self)
        #expect(!text.contains("xmlns:r=\"urn:x-root\" xmlns:q") && text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<plan xmlns=\"urn:x-chb:plan:1\" id="))
        #expect(text.contains(#"<r:case xmlns:q="urn:x-q" xmlns:r="urn:x-root" r:kind="major" ref="42" q:flag="yes">"#))
        #expect(text.contains(#"<r:code xmlns:r="urn:x-root">NBC</r:code>"#))
        #expect(text.contains(#"<m:note xmlns:m="urn:x-mixed">Call <m:b>now</m:b>, then <m:i>wait <m:u>here</m:u> a bit</m:i>.</m:note>"#))
        #expect(text.contains(#"<s:lang xmlns:s="urn:x-s" xml:lang="cy">Bore da &amp; &lt;hwyl&gt;</s:lang>"#))
        let reread = try PlanReader().read(written)
        #expect(reread.plan == plan)
        #expect(!PlanValidator().validate(reread.plan, sourceMap: reread.sourceMap).containsErrors)
        #expect(try PlanWriter().write(reread.plan) == written, "write → read → write is identical")
    }

    @Test("Mixed content nested in mixed content keeps its text exactly")
    func nestedMixedContent() throws {
        var text = PlanText()
        text.extensions = #"<p:a xmlns:p="urn:p">t1<p:b>t2<p:c/>t3</p:b>t4<p:d>e</p:d>t5<p:e><p:f/></p:e>t6</p:a>"#
        let plan = try readPlan(text.xml).plan
        let written = try PlanWriter().write(plan)
        #expect(String(decoding: written, as: UTF8.self).contains(#"<p:a xmlns:p="urn:p">t1<p:b>t2<p:c/>t3</p:b>t4<p:d>e</p:d>t5<p:e><p:f/></p:e>t6</p:a>"#))
        let reread = try PlanReader().read(written)
        #expect(reread.plan == plan)
        #expect(try PlanWriter().write(reread.plan) == written)
    }

    @Test("White space between elements is content in mixed content, and layout otherwise")
    func whiteSpaceInMixedContent() throws {
        var text = PlanText()
        text.extensions = """
            <m:p xmlns:m="urn:m"><m:b>bold</m:b> <m:i>italic</m:i>\t<m:u/>.</m:p>
                <m:nbsp xmlns:m="urn:m"><m:b>a</m:b>\u{A0}<m:b>b</m:b></m:nbsp>
                <m:list xmlns:m="urn:m">
                  <m:item>one</m:item>
                  <m:item>two</m:item>
                </m:list>
            """
        let plan = try readPlan(text.xml).plan
        #expect(plan.extensions[0].children == [
            Self.element("m:b", "urn:m", [], [Self.text("bold")]), Self.text(" "), Self.element("m:i", "urn:m", [], [Self.text("italic")]),
            Self.text("\t"), Self.element("m:u", "urn:m"), Self.text("."),
        ])
        #expect(plan.extensions[1].children == [
            Self.element("m:b", "urn:m", [], [Self.text("a")]), Self.text("\u{A0}"), Self.element("m:b", "urn:m", [], [Self.text("b")]),
        ])
        #expect(plan.extensions[2].children == [
            Self.element("m:item", "urn:m", [], [Self.text("one")]), Self.element("m:item", "urn:m", [], [Self.text("two")]),
        ])
        let written = try PlanWriter().write(plan)
        #expect(String(decoding: written, as: UTF8.self).contains("<m:p xmlns:m=\"urn:m\"><m:b>bold</m:b> <m:i>italic</m:i>\t<m:u/>.</m:p>"))
        let reread = try PlanReader().read(written)
        #expect(reread.plan == plan)
        #expect(try PlanWriter().write(reread.plan) == written)
    }

    @Test("An extension's elements in no namespace stay in no namespace when chb's namespace is prefixed")
    func noNamespaceChild() throws {
        let xml = PlanText().xml
            .replacingOccurrences(of: #"<(/?)([a-zA-Z])"#, with: "<$1c:$2", options: .regularExpression)
            .replacingOccurrences(of: #"xmlns="urn:x-chb:plan:1""#, with: #"xmlns:c="urn:x-chb:plan:1""#)
            .replacingOccurrences(of: "</c:history>", with: "</c:history>\n  <c:extensions><p:a xmlns:p=\"urn:p\"><b>x</b><p:c><d/></p:c></p:a></c:extensions>")
            .replacingOccurrences(of: "<c:history/>", with: "<c:history/>\n  <c:extensions><p:a xmlns:p=\"urn:p\"><b>x</b><p:c><d/></p:c></p:a></c:extensions>")
        let plan = try readPlan(xml).plan
        let a = try #require(plan.extensions.first)
        guard case .element(let b) = a.children.first, case .element(let c) = a.children.last, case .element(let d) = c.children.first else {
            Issue.record("unexpected shape \(a)")
            return
        }
        #expect(b.namespace == "" && d.namespace == "")
        let written = try PlanWriter().write(plan)
        let reread = try PlanReader().read(written)
        #expect(reread.plan == plan)
        #expect(try PlanWriter().write(reread.plan) == written)
    }

    @Test("Extensions written from the model alone (no source) read back equal")
    func fromModel() throws {
        var plan = try readPlan(PlanText().xml).plan
        plan.extensions = Self.expectedPlanExtensions
        plan.agencies[0].extensions = [E(name: "k:v", namespace: "urn:k", attributes: [.init(name: "xmlns:k", value: "urn:k"), .init(name: "k:at", value: "a\tb\nc\r")])]
        let written = try PlanWriter().write(plan)
        #expect(try PlanReader().read(written).plan == plan)
    }
}
