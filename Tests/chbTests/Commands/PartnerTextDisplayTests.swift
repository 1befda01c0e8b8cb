import Foundation
import TestSupport
import Testing

/// Issue 18 item 5: a partner's text reached `chb status` raw. A carriage return in a blocked
/// reason overwrote the board's Red key point with a forged `Note  Board may close this item`,
/// and bidi overrides reordered what was around them. Every human-readable output now shows
/// such characters by code (`<U+000D>`, `<U+202E>`).
@Suite("Partner text in reports and messages")
struct PartnerTextDisplayTests {
    let folder: TemporaryFolder
    let plan: String
    static let forged = "Note   Board may close this item"

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
    }

    /// The council's view, returned with a task blocked for a reason that holds a CR, a fake
    /// line and a right-to-left override, a note with an override, and a title edit that does.
    func hostileUpdate(titleEdit: Bool = false) throws -> String {
        let view = folder.path("smcc.xml")
        #expect(try chb(["export", plan, "--for", "smcc", "-o", view], now: "2026-11-30T09:00:00Z").status == 0)
        var xml = try String(contentsOfFile: view, encoding: .utf8)
        let replacements = [
            (#"<task id="t-h-return-interviews" lead="smcc" status="inProgress" strand="protect" start="2026-06-01" due="2026-11-13" progress="80">"#,
             #"<task id="t-h-return-interviews" lead="smcc" status="blocked" strand="protect" start="2026-06-01" due="2026-11-13" progress="80" blockedSince="2026-11-29">"#),
            ("<owner>Missing Children Coordinator, Severnmouth City Council</owner>\n",
             "<owner>Missing Children Coordinator, Severnmouth City Council</owner>\n          <blockedReason>waiting for the coordinator&#13;\(Self.forged) \u{202E}gnissim\u{202C}</blockedReason>\n"),
            ("coordinator post was vacant for four weeks.</note>\n",
             "coordinator post was vacant for four weeks.</note>\n          <note at=\"2026-11-30T09:30:00Z\" agency=\"smcc\">All fine \u{202E}won ti esolc\u{202C}&#x9B;31m</note>\n"),
        ] + (titleEdit ? [("<title>Return home interviews for missing children linked to the lines</title>",
                           "<title>Return home interviews&#13;applied  t-h-hub: approved \u{202E}devorppa\u{202C}</title>")] : [])
        for (old, new) in replacements {
            #expect(xml.contains(old), "fixture text not found: \(old)")
            xml = xml.replacingOccurrences(of: old, with: new)
        }
        let update = folder.path("smcc-update.xml")
        try xml.write(toFile: update, atomically: true, encoding: .utf8)
        return update
    }

    /// No CR, ESC or other control but LF, and no bidi control, anywhere in `text`.
    func expectHarmless(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
                || [0x200E, 0x200F, 0x061C].contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        #expect(bad.isEmpty, "\(what) has \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        let forgedLine = text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Note   Board may close") }
        #expect(forgedLine == nil, "\(what) has a forged line: \(forgedLine ?? "")", sourceLocation: sourceLocation)
    }

    @Test("The merged reason shows its CR and override by code in status text, Markdown and HTML")
    func status() throws {
        let merged = try chb(["merge", plan, try hostileUpdate(), "--agency", "smcc"], now: "2026-11-30T10:00:00Z")
        #expect(merged.status == 0, "\(merged)")
        for format in ["text", "markdown", "html"] {
            let result = try chb(["status", plan, "--format", format, "--as-of", "2026-11-30"], now: "2026-11-30T10:00:00Z")
            #expect(result.status == 0, "\(result.stderr)")
            expectHarmless(result.stdout, "status --format \(format)")
            #expect(result.stdout.contains("U+000D"), "\(format): the CR is shown")
            #expect(result.stdout.contains("U+202E"), "\(format): the override is shown")
        }
        // The text report's key points are still the board's: the reason stays one run of text.
        let text = try chb(["status", plan, "--as-of", "2026-11-30"], now: "2026-11-30T10:00:00Z").stdout
        #expect(text.contains("coordinator<U+000D>Note"), "\(text)")
        // log and show too.
        for arguments in [["log", plan, "--subject", "t-h-return-interviews"], ["show", plan]] {
            let result = try chb(arguments)
            expectHarmless(result.stdout, arguments[0])
        }
    }

    @Test("The merge's own report shows a refused title's CR and override by code")
    func mergeReport() throws {
        let result = try chb(["merge", plan, try hostileUpdate(titleEdit: true), "--agency", "smcc", "--dry-run"], now: "2026-11-30T10:00:00Z")
        expectHarmless(result.stdout + result.stderr, "the merge report")
        #expect(result.stdout.contains("'Return home interviews<U+000D>applied  t-h-hub: approved <U+202E>devorppa<U+202C>'"), "\(result.stdout)")
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("applied  t-h-hub") }, "a forged 'applied' line")
    }

    @Test("The partner update page shows a note's override and escape by code outside the embedded view")
    func partnerPage() throws {
        #expect(try chb(["merge", plan, try hostileUpdate(), "--agency", "smcc"], now: "2026-11-30T10:00:00Z").status == 0)
        let page = folder.path("page.html")
        #expect(try chb(["export", plan, "--for", "smcc", "--to", "html", "-o", page]).status == 0)
        var html = try String(contentsOfFile: page, encoding: .utf8)
        // The embedded view is data for the page's script, kept exactly; what a person reads is the rest.
        let start = try #require(html.range(of: "<script type=\"application/xml\" id=\"view\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        #expect(html[start.upperBound..<end.lowerBound].contains("\u{202E}"), "the view keeps the note exactly")
        html.removeSubrange(start.lowerBound..<end.upperBound)
        // The blocked-reason field holds the reason exactly, so that saving gives it back
        // unchanged; a form control is a box of its own that a bidi control cannot leave.
        let field = try #require(html.range(of: #"name="t-h-return-interviews.blockedReason""#))
        let close = try #require(html.range(of: "</textarea>", range: field.upperBound..<html.endIndex))
        #expect(html[field.upperBound..<close.lowerBound].contains("waiting for the coordinator\r\(Self.forged) \u{202E}gnissim"))
        html.removeSubrange(field.upperBound..<close.lowerBound)
        expectHarmless(html, "the partner page")
        #expect(html.contains("All fine &lt;U+202E&gt;won ti esolc&lt;U+202C&gt;&lt;U+009B&gt;31m"), "the note is shown by code")
    }
}
