import Foundation
import PlanCore
import PlanReports
import Testing

/// Input at the edges of what a plan can hold renders in every format instead of trapping.
@Suite("Reports at the edges")
struct RobustnessTests {
    /// The timeline SVG of an HTML page.
    static func timeline(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg class=\"timeline\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Every horizontal coordinate and width in the SVG, which must lie on the 960-unit canvas.
    static func horizontalNumbers(_ svg: String) -> [Double] {
        var numbers: [Double] = []
        for attribute in [" x=\"", " x1=\"", " x2=\"", " width=\""] {
            for part in svg.components(separatedBy: attribute).dropFirst() {
                if let value = part.split(separator: "\"").first.flatMap({ Double($0) }) { numbers.append(value) }
            }
        }
        return numbers
    }

    /// Renders every format, and checks the timeline stays on its canvas and a sane size.
    static func renderEverything(_ report: StatusReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [ReportFormat: String] {
        let renderings = report.allRenderings
        let svg = try timeline(renderings[.html] ?? "")
        let numbers = horizontalNumbers(svg)
        #expect(!numbers.isEmpty, sourceLocation: sourceLocation)
        #expect(numbers.allSatisfy { (-1...961).contains($0) }, "off the canvas: \(numbers.filter { !(-1...961).contains($0) })",
                sourceLocation: sourceLocation)
        #expect(svg.components(separatedBy: "<line").count < 300, "too many gridlines", sourceLocation: sourceLocation)
        return renderings
    }

    @Test("A report dated in December 9999 renders: the timeline ends with 9999, not a year CalendarDate cannot build")
    func asOfLastDecember() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [ReportFixture.task("t-a", .inProgress, start: 0, due: 20)]))
        let asOf = try #require(CalendarDate("9999-12-15"))
        let renderings = try Self.renderEverything(try StatusReport(plan: plan, asOf: asOf))
        let svg = try Self.timeline(renderings[.html] ?? "")
        #expect(svg.contains("Timeline from 1 Jan 2026 to 31 Dec 9999"))
        #expect(svg.contains(">2026</text>") && svg.contains(">9000</text>") && !svg.contains(">10000<"))
        #expect(renderings[.text]?.contains("status as of 9999-12-15") == true)
    }

    @Test("A task due on 31 December 9999 renders")
    func dueOnTheLastDay() throws {
        var task = ReportFixture.task("t-end", start: 0)
        task.due = CalendarDate("9999-12-31")
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [task]))
        let renderings = try Self.renderEverything(try StatusReport(plan: plan, asOf: ReportFixture.day(10)))
        #expect(try Self.timeline(renderings[.html] ?? "").contains("Timeline from 1 Jan 2026 to 31 Dec 9999"))
        #expect(renderings[.csv]?.contains(",9999-12-31,") == true)
    }

    @Test("A task running past 9999 or starting before year 1 is drawn at the timeline's edge")
    func pastTheCalendar() throws {
        var late = ReportFixture.task("t-late", .inProgress, duration: 40)
        late.start = CalendarDate("9999-12-20")
        var early = ReportFixture.task("t-early", .done, duration: 40)
        early.due = CalendarDate("0001-01-10")
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [late, early]))
        let report = try StatusReport(plan: plan, asOf: ReportFixture.day(10))
        // Issue 13: no date outside 0001–9999 is computed; the implied ends are unknown instead.
        #expect(report.task("t-late")?.lastDay == nil)
        #expect(report.task("t-early")?.firstDay == nil)
        let renderings = try Self.renderEverything(report)
        #expect(try Self.timeline(renderings[.html] ?? "").contains("Timeline from 1 Jan 1 to 31 Dec 9999"))
    }

    @Test("A report of an ordinary plan still draws every month on its axis")
    func ordinaryAxis() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [ReportFixture.task("t-a", start: 0, due: 100)]))
        let svg = try Self.timeline(try StatusReport(plan: plan, asOf: ReportFixture.day(10)).rendered(as: .html))
        for month in ["Jan", "Feb", "Mar", "Apr"] { #expect(svg.contains(">\(month)</text>")) }
        #expect(svg.contains(">2026</text>"))
    }

    @Test("A target a hair from its baseline gives no percentage (– and null), not a trap")
    func percentToTargetOutOfRange() throws {
        let baseline = DecimalValue(0)
        let target = try #require(DecimalValue("0.000000001"))
        let measure = Measure(id: "m-tiny", stage: .clear, unit: "count", direction: .increase, name: "Tiny",
            baseline: baseline, target: target,
            observations: [Observation(date: ReportFixture.day(5), value: try #require(DecimalValue("999999999999")))])
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [ReportFixture.task("t-a", start: 0, due: 20)]), measures: [measure])
        let report = try StatusReport(plan: plan, asOf: ReportFixture.day(10))
        #expect(report.measures.first?.percentToTarget == nil)
        let renderings = try Self.renderEverything(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data((renderings[.json] ?? "").utf8)) as? [String: Any])
        let measures = try #require(json["measures"] as? [[String: Any]])
        #expect(measures.first?["percentToTarget"] is NSNull)
        let row = try #require(renderings[.text]?.split(separator: "\n").first { $0.hasPrefix("  Tiny (count)") })
        #expect(row.contains("  –  "))
    }

    @Test("Percentages to target up to ±1,000,000% are shown; beyond that, not finite or no span, nil")
    func percentToTargetLimits() {
        func percent(baseline: String, target: String, latest: String) -> Int? {
            StatusReport.MeasureLine(id: "m", name: "M", unit: "u", direction: .increase, baseline: DecimalValue(baseline)!,
                target: DecimalValue(target)!, observations: [Observation(date: ReportFixture.day(1), value: DecimalValue(latest)!)])
                .percentToTarget
        }
        #expect(percent(baseline: "10", target: "20", latest: "15") == 50)
        #expect(percent(baseline: "10", target: "20", latest: "5") == -50)
        #expect(percent(baseline: "0", target: "1", latest: "10000") == 1_000_000)
        #expect(percent(baseline: "0", target: "1", latest: "-10000") == -1_000_000)
        #expect(percent(baseline: "0", target: "1", latest: "10000.01") == nil)
        #expect(percent(baseline: "0", target: "0.000000001", latest: "999999999999") == nil)
        #expect(percent(baseline: "0", target: "0", latest: "5") == nil)
        // A span too small for a Double: the share is infinite.
        let subnormal = StatusReport.MeasureLine(id: "m", name: "M", unit: "u", direction: .increase, baseline: DecimalValue(0),
            target: DecimalValue(significand: 1, scale: 308), observations: [Observation(date: ReportFixture.day(1), value: DecimalValue(7))])
        #expect(subnormal.percentToTarget == nil)
    }

    @Test("A plan that repeats a task id (as a hand-built or unvalidated plan may) still reports")
    func repeatedTaskID() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-twice", .blocked, start: 0, due: 5), ReportFixture.task("t-twice", .inProgress, start: 0, due: 8),
            ReportFixture.task("t-soon", start: 0, due: 12),
        ]))
        let report = try StatusReport(plan: plan, asOf: ReportFixture.day(10))
        #expect(report.overdueTasks.map(\.id) == ["t-twice", "t-twice"])
        #expect(report.overdueTasks.map(\.daysOverdue) == [5, 2])
        #expect(report.dueSoonTasks.map(\.id) == ["t-soon"])
        _ = try Self.renderEverything(report)
    }
}
