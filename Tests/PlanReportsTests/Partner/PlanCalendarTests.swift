import Foundation
import PlanCore
import PlanReports
import Testing

/// The iCalendar export: RFC 5545 lines, text and dates, stable UIDs, a deterministic stamp.
@Suite("ICS calendar")
struct PlanCalendarTests {
    /// The calendar's content lines, unfolded.
    static func unfolded(_ ics: String) -> [String] {
        let text: String = ics.replacingOccurrences(of: "\r\n ", with: "")
        return Array(text.components(separatedBy: "\r\n").dropLast())
    }

    @Test("Lines end in CRLF and fold at 75 octets without splitting a character", arguments: TestPlans.names)
    func lines(_ name: String) throws {
        let ics = PlanCalendar(plan: try TestPlans.load(name)).render()
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
        }
        #expect(Self.unfolded(ics).first == "BEGIN:VCALENDAR")
        #expect(Self.unfolded(ics).filter { $0 == "BEGIN:VEVENT" }.count == Self.unfolded(ics).filter { $0 == "END:VEVENT" }.count)
    }

    @Test("Folding keeps multi-octet characters whole and unfolds to the original")
    func folding() throws {
        var plan = ReportFixture.plan(hold: ReportFixture.active(.hold, [
            ReportFixture.task("t-long", .inProgress, start: 0, due: 5, lead: "cou",
                title: String(repeating: "Café ☕ naïve — ", count: 12) + "end")]))
        plan.title = "Operation Test; with, commas\\ and a backslash"
        let ics = PlanCalendar(plan: plan).render()
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        let summary = try #require(Self.unfolded(ics).first { $0.hasPrefix("SUMMARY:") && $0.contains("t-long") })
        #expect(summary == "SUMMARY:" + String(repeating: "Café ☕ naïve — ", count: 12) + "end (t-long)")
        #expect(Self.unfolded(ics).contains("X-WR-CALNAME:OFFICIAL-SENSITIVE: Operation Test\\; with\\, commas\\\\ and a backslash"))
    }

    @Test("A task dated only by its dependencies gets its scheduled window, marked as scheduled")
    func scheduledWindow() throws {
        let plan = ReportFixture.plan(hold: ReportFixture.active(.hold, [
            ReportFixture.task("t-first", start: 0, due: 9),
            ReportFixture.task("t-after", duration: 5, dependsOn: [Dependency(on: "t-first")]),
        ]))
        let event = try #require(PlanCalendar(plan: plan).events.first { $0.uid.hasPrefix("t-after@") })
        #expect(event.first == ReportFixture.day(10) && event.last == ReportFixture.day(14))
        #expect(event.description.contains("Dates as scheduled"))
    }

    @Test("Events: task windows (end exclusive), milestones, reviews and stage ends, each with the marking")
    func events() throws {
        let f = ReportFixture.self
        var hold = f.active(.hold, [
            f.task("t-window", .blocked, start: 0, due: 9, lead: "cou"),
            f.task("t-milestone", .planned, start: 20, duration: 0, lead: "cou"),
            f.task("t-undated", .planned, lead: "pol"),
            f.task("t-gone", .cancelled, start: 3, due: 4, lead: "pol"),
        ])
        hold.nextReview = f.day(14)
        let calendar = PlanCalendar(plan: f.plan(hold: hold))
        let byUID = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0.uid, $0) })
        #expect(calendar.events.map(\.uid) == ["t-window@op-test.chb", "t-milestone@op-test.chb", "t-gone@op-test.chb",
                                               "hold-review@op-test.chb", "hold-end@op-test.chb"])
        #expect(byUID["t-window@op-test.chb"].map { ($0.first, $0.last) } ?? (f.day(-1), f.day(-1)) == (f.day(0), f.day(9)))
        #expect(byUID["t-milestone@op-test.chb"]?.summary == "Milestone: Task t-milestone (t-milestone)")
        #expect(byUID["t-gone@op-test.chb"]?.cancelled == true)
        #expect(byUID["t-window@op-test.chb"]?.description.contains("Blocked because: waiting for the contractor") == true)
        for event in calendar.events {
            #expect(event.description.hasPrefix("OFFICIAL-SENSITIVE · Information sharing agreement TEST-ISA-1\n"), "\(event.uid)")
        }
        let lines = Self.unfolded(calendar.render())
        #expect(lines.contains("DTSTART;VALUE=DATE:20260105") && lines.contains("DTEND;VALUE=DATE:20260115"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.filter { $0 == "SEQUENCE:3" }.count == calendar.events.count)
    }

    @Test("DTSTAMP comes from the plan, never the clock: the latest event or note, else the latest recorded date")
    func stamp() throws {
        let plan = try TestPlans.load("heron-hold")
        #expect(PlanCalendar(plan: plan).stamp == plan.history.map(\.at).max())
        #expect(PlanCalendar(plan: plan).render() == PlanCalendar(plan: plan).render())
        // A view has no history: its notes or its dates give the stamp.
        let view = try plan.partnerView(for: "bus")
        let notes = view.allTasks.flatMap(\.notes).map(\.at)
        if let latest = notes.max() { #expect(PlanCalendar(plan: view).stamp == latest) }
        var bare = ReportFixture.plan(history: [])
        bare.stages[0] = ReportFixture.active(.clear, [])
        #expect(PlanCalendar(plan: bare).stamp == Instant(date: ReportFixture.day0, hour: 0, minute: 0, second: 0))
    }
}
