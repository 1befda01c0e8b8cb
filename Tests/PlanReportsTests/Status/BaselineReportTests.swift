import Foundation
import PlanCore
import PlanReports
import Testing

/// "Against the baseline": the plan now against the plan as it stood when the board agreed it,
/// a plan built through chb's own operations so that its history rebuilds exactly.
@Suite("Status against a baseline")
struct BaselineReportTests {
    static func at(_ text: String) -> ChangeContext { ChangeContext(agency: "pol", at: Instant(text)!) }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// Drafted on 5 January 2026. Hold: t-a from 2 February for 10 days, then t-b (5 days,
    /// after t-a); Clear: t-d from 12 January for 3 days. Baseline "first board" on 10 January.
    /// Then t-a grows to 24 days (its last day 14 days later), t-c is added to Build and t-d
    /// removed. t-b has no dates of its own: reports date it by the schedule, so it moves with
    /// t-a (both its days 14 days later) and is re-dated too.
    static func plan() throws -> Plan {
        var plan = Plan.draft(id: "op-b", title: "Op B", area: "Area", lead: Agency(id: "pol", kind: .police, name: "Police"),
            officer: "Supt", classification: .official, context: at("2026-01-05T09:00:00Z"))
        try plan.addTask(PlanTask(id: "t-a", lead: "pol", start: day("2026-02-02"), durationDays: 10, title: "Warrants"), to: .hold,
            by: at("2026-01-05T10:00:00Z"))
        try plan.addTask(PlanTask(id: "t-b", lead: "pol", durationDays: 5, title: "Closures", dependencies: [Dependency(on: "t-a")]),
            to: .hold, by: at("2026-01-05T10:01:00Z"))
        try plan.addTask(PlanTask(id: "t-d", lead: "pol", start: day("2026-01-12"), durationDays: 3, title: "Leaflets"), to: .clear,
            by: at("2026-01-05T10:02:00Z"))
        try plan.setBaseline("first board", by: at("2026-01-10T15:00:00Z"))
        try plan.editTask("t-a", by: at("2026-01-15T09:00:00Z")) { $0.durationDays = 24 }
        try plan.addTask(PlanTask(id: "t-c", lead: "pol", start: day("2026-03-02"), durationDays: 2, title: "Hub"), to: .build,
            by: at("2026-01-15T09:01:00Z"))
        try plan.removeTask("t-d", by: at("2026-01-15T09:02:00Z"))
        return plan
    }

    @Test("Slip, added, removed and re-dated are the difference between the report on the rebuilt baseline plan and the report now")
    func slipIsTheDifference() throws {
        let plan = try Self.plan()
        var now = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"))
        try now.compare(withBaseline: nil, of: plan)
        let b = try #require(now.baseline)
        #expect(b.name == "first board")
        #expect(b.revision == 5)
        #expect(b.unrebuilt == 0)
        let rebuilt = plan.asItStood(at: b.at)
        #expect(rebuilt.isExact)
        let then = try StatusReport(plan: rebuilt.plan, asOf: b.at.date)
        for slip in b.stages {
            let endThen = then.stage(slip.kind)?.expectedEnd, endNow = now.stage(slip.kind)?.expectedEnd
            #expect(slip.endThen == endThen && slip.endNow == endNow)
            #expect(slip.slipDays == endThen.flatMap { a in endNow.map { a.days(to: $0) } })
            #expect(slip.forecastEndThen == then.stage(slip.kind)?.forecastEnd)
        }
        // By hand: Hold then ran t-a 2 to 11 February, t-b 12 to 16 February; now t-a runs to
        // 25 February and t-b 26 February to 2 March: 14 days late, driven by t-a then t-b.
        let hold = try #require(b.stages.first { $0.kind == .hold })
        #expect(hold.forecastEndThen == Self.day("2026-02-16"))
        #expect(hold.forecastEndNow == Self.day("2026-03-02"))
        #expect(hold.slipDays == 14)
        #expect(hold.chain == ["t-a", "t-b"])
        #expect(b.added.map(\.id) == ["t-c"])
        #expect(b.removed.map(\.id) == ["t-d"])
        // Most moved first: t-b's first and last days both moved, t-a's last day only.
        #expect(b.redated.map(\.id) == ["t-b", "t-a"])
        #expect(b.redated.map(\.lastDayMovedDays) == [14, 14])
        #expect(b.redated.map(\.firstDayMovedDays) == [14, 0])
        #expect(b.plannedThen["t-a"] == Self.day("2026-02-02")...Self.day("2026-02-11"))
        #expect(b.plannedThen["t-b"] == Self.day("2026-02-12")...Self.day("2026-02-16"))
    }

    @Test("Every format shows the section: CSV and JSON complete, text and HTML with the timeline's baseline bars")
    func formats() throws {
        let plan = try Self.plan()
        var report = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"))
        try report.compare(withBaseline: "first board", of: plan)
        let text = report.rendered(as: .text)
        #expect(text.contains("AGAINST THE BASELINE 'FIRST BOARD' (2026-01-10T15:00:00Z, REVISION 5)"))
        #expect(text.contains("    - Warrants: 2026-02-02 to 2026-02-11 → 2026-02-02 to 2026-02-25 (+14 days) [t-a]"))
        #expect(text.contains("  Hold   –                 –                2026-02-16     2026-03-02    +14 days late  Warrants → Closures\n"))
        let markdown = report.rendered(as: .markdown)
        #expect(markdown.contains("- Removed since (1):"))
        let html = report.rendered(as: .html)
        #expect(html.contains("<div class=\"baseline\">"))
        #expect(html.contains("<rect class=\"baseline-bar\""))
        let csv = try StrictCSV.parse(report.csv(.baseline))
        #expect(csv.count == 1 + 3 + 4)
        let tail = ["first board", "2026-01-10T15:00:00Z", "OFFICIAL"]
        #expect(csv[2] == ["stage", "hold", "", "", "", "", "2026-02-16", "2026-03-02", "", "", "14", "t-a;t-b", "", "", "", ""] + tail)
        #expect(csv.contains(["redated", "hold", "t-a", "Warrants", "", "", "", "", "", "", "", "",
                              "2026-02-02", "2026-02-11", "2026-02-02", "2026-02-25"] + tail))
        #expect(csv.allSatisfy { $0.count == csv[0].count })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [String: Any])
        let against = try #require(json["againstBaseline"] as? [String: Any])
        #expect(against["name"] as? String == "first board")
        #expect((against["added"] as? [Any])?.count == 1)
        // Without a baseline asked for or set, no section and a null in JSON.
        let plain = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"))
        #expect(!plain.rendered(as: .text).contains("BASELINE"))
        let none = try #require(try JSONSerialization.jsonObject(with: Data(plain.rendered(as: .json).utf8)) as? [String: Any])
        #expect(none["againstBaseline"] is NSNull)
    }

    @Test("A baseline not in the plan or after the report date is refused; the latest one by the report date is the default")
    func choosing() throws {
        var plan = try Self.plan()
        try plan.setBaseline("re-plan", by: Self.at("2026-01-16T09:00:00Z"))
        var early = try StatusReport(plan: plan, asOf: Self.day("2026-01-12"))
        try early.compare(withBaseline: nil, of: plan)
        #expect(early.baseline?.name == "first board")
        var late = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"))
        try late.compare(withBaseline: nil, of: plan)
        #expect(late.baseline?.name == "re-plan")
        #expect(late.baseline?.isUnchanged == true)
        #expect(throws: StatusReportError.self) { try early.compare(withBaseline: "re-plan", of: plan) }
        do {
            try late.compare(withBaseline: "nope", of: plan)
            Issue.record("a missing baseline should be refused")
        } catch {
            #expect(error.code == .unknownBaseline)
            #expect(error.message == "the plan has no baseline named 'nope'; its baselines: 'first board', 're-plan'")
        }
    }

    @Test("Events after the baseline that carry no changes are named in the section")
    func unrebuilt() throws {
        var plan = try Self.plan()
        plan.history.append(HistoryEvent(at: Instant("2026-01-18T09:00:00Z")!, agency: "pol", kind: .taskUpdated, subject: "t-a",
            text: "edited by another tool"))
        var report = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"))
        try report.compare(withBaseline: nil, of: plan)
        #expect(report.baseline?.unrebuilt == 1)
        #expect(report.rendered(as: .text).contains(
            "  Note: 1 event after the baseline carries no recorded changes, so the plan then could not be rebuilt exactly"))
    }

    @Test("A hostile baseline name is escaped in HTML and Markdown and made inert in CSV; a stage and agency scope limits the lists")
    func hostileNameAndScope() throws {
        var plan = try Self.plan()
        try plan.setBaseline("=HYPERLINK(\"x\") <script>|", at: Self.at("2026-01-10T15:00:00Z").at, by: Self.at("2026-01-16T09:00:00Z"))
        var report = try StatusReport(plan: plan, asOf: Self.day("2026-01-20"), stage: .hold, agency: "pol")
        try report.compare(withBaseline: "=HYPERLINK(\"x\") <script>|", of: plan)
        let b = try #require(report.baseline)
        #expect(b.stages.map(\.kind) == [.hold])
        #expect(b.added.isEmpty && b.removed.isEmpty, "t-c (build) and t-d (clear) are out of the stage's scope")
        #expect(b.redated.map(\.id) == ["t-b", "t-a"])
        let html = report.rendered(as: .html)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        #expect(report.rendered(as: .markdown).contains("**Against the baseline '=HYPERLINK(\"x\") \\<script>\\|'"))
        let csv = try StrictCSV.parse(report.csv(.baseline))
        #expect(csv.dropFirst().allSatisfy { $0[16] == "'=HYPERLINK(\"x\") <script>|" })
    }
}
