import Foundation
import PlanCore
import PlanXML
import Testing

/// `baselines` in the document: after `risks`, before `history`; read, written and checked.
@Suite("Baselines in the document")
struct BaselineDocumentTests {
    static let created = #"<event at="2026-06-01T09:00:00Z" agency="a1" kind="created" subject="p1">plan created</event>"#

    static func document(_ baselines: String) -> String {
        var text = PlanText()
        text.history = Self.created
        text.risks = #"<risk id="r1" likelihood="2" impact="3" status="open" owner="a1"><description>Rival</description></risk>"#
        return text.xml.replacingOccurrences(of: "  <history>", with: "  <baselines>\n    \(baselines)\n  </baselines>\n  <history>")
    }

    @Test("Baselines read in order and are written back after the risks, exactly")
    func roundTrip() throws {
        let xml = Self.document(#"<baseline name="first board" at="2026-06-04T10:00:00Z"/>"# + "\n    "
            + #"<baseline name="re-plan &amp; reset" at="2026-09-01T10:00:00Z"/>"#)
        let plan = try readPlan(xml).plan
        #expect(plan.baselines == [
            Baseline(name: "first board", at: Instant("2026-06-04T10:00:00Z")!),
            Baseline(name: "re-plan & reset", at: Instant("2026-09-01T10:00:00Z")!),
        ])
        let written = String(decoding: try PlanWriter().write(plan), as: UTF8.self)
        #expect(written.contains("""
              </risks>
              <baselines>
                <baseline name="first board" at="2026-06-04T10:00:00Z"/>
                <baseline name="re-plan &amp; reset" at="2026-09-01T10:00:00Z"/>
              </baselines>
              <history>
            """), "\(written)")
        #expect(try PlanReader().read(Array(written.utf8)).plan == plan)
        let none = String(decoding: try PlanWriter().write(readPlan(PlanText().xml).plan), as: UTF8.self)
        #expect(!none.contains("baselines"))
    }

    @Test("A baseline before the plan was created, a repeated name, a bad instant or a misplaced list is refused, located")
    func refusals() throws {
        let early = Self.document(#"<baseline name="board" at="2026-05-31T23:59:59Z"/>"#)
        let document = try readPlan(early)
        let errors = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.inconsistentDates])
        #expect(errors.first?.message == "baseline 'board' at 2026-05-31T23:59:59Z is before the plan was created (2026-06-01T09:00:00Z)")
        #expect(errors.first?.location?.line == early.line(of: "<baseline "))
        let twice = Self.document(#"<baseline name="board" at="2026-06-04T10:00:00Z"/>"# + "\n    " + #"<baseline name="board" at="2026-06-05T10:00:00Z"/>"#)
        let again = try readPlan(twice)
        let duplicate = PlanValidator().validate(again.plan, sourceMap: again.sourceMap).filter { $0.severity == .error }
        #expect(duplicate.map(\.code) == [.duplicateID])
        #expect(duplicate.first?.location?.line == twice.line(of: #"<baseline name="board" at="2026-06-05"#))
        _ = expectRefusal(Self.document(#"<baseline name="board" at="2026-06-04"/>"#), code: .schema, line: nil)
        _ = expectRefusal(Self.document(#"<baseline name=" " at="2026-06-04T10:00:00Z"/>"#), code: .schema, line: nil)
        _ = expectRefusal(PlanText().xml.replacingOccurrences(of: "  <history/>", with: "  <history/>\n  <baselines/>"), code: .schema, line: nil)
    }
}
