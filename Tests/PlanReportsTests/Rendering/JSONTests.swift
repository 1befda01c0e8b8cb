import Foundation
import PlanCore
import PlanReports
import Testing

/// The JSON format: valid, in the documented shape, with keys in a fixed order.
@Suite("JSON")
struct JSONTests {
    /// The top-level keys, in the order they are written (and documented).
    static let topLevelKeys = [
        "format", "asOf", "plan", "marking", "scope", "overall", "summary", "keyPoints", "sinceLastBoard", "againstBaseline", "stages", "overdueTasks", "blockedTasks",
        "dueSoonTasks", "criticalPath", "scheduleProblem", "unscheduledTasks", "tasks", "agencies", "measures", "risks",
        "historyTotal", "history",
    ]

    static let stageKeys = [
        "kind", "state", "rag", "reasons", "reasonDetails", "plannedStart", "plannedEnd", "started", "completed", "forecastEnd",
        "startSlipDays", "endSlipDays", "nextReview", "objectives", "exitCriteria", "taskCounts", "percentComplete",
    ]

    @Test("Each example plan gives JSON in the documented shape, agreeing with the report", arguments: TestPlans.names)
    func shape(_ name: String) throws {
        let report = try TestPlans.report(name)
        let text = report.rendered(as: .json)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(json.keys) == Set(Self.topLevelKeys))
        #expect(Self.keyOrder(text, indent: 2) == Self.topLevelKeys)
        #expect(json["format"] as? String == "chb-status-report/1")
        #expect(json["asOf"] as? String == "2026-11-30")
        #expect(json["overall"] as? String == report.overall.rawValue)
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.map { $0["kind"] as? String } == ["clear", "hold", "build"])
        for stage in stages {
            #expect(Set(stage.keys) == Set(Self.stageKeys))
            #expect(["green", "amber", "red", "complete", "notStarted"].contains(stage["rag"] as? String ?? ""))
            #expect(["notStarted", "active", "complete"].contains(stage["state"] as? String ?? ""))
            #expect(stage["reasons"] is [String])
        }
        #expect(json["overdueTasks"] as? [String] == report.overdueTasks.map(\.id.rawValue))
        #expect(json["blockedTasks"] as? [String] == report.blockedTasks.map(\.id.rawValue))
        #expect((json["tasks"] as? [[String: Any]])?.count == report.tasks.count)
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        #expect(agencies.map { $0["id"] as? String } == report.agencies.map(\.id.rawValue))
        let measures = try #require(json["measures"] as? [[String: Any]])
        for (entry, measure) in zip(measures, report.measures) {
            #expect(entry["trend"] as? String == measure.trend.rawValue && entry["trendBasis"] as? String == "baseline")
            #expect((entry["baseline"] as? NSNumber)?.stringValue == measure.baseline.description)
        }
        let marking = try #require(json["marking"] as? [String: Any])
        #expect(marking["classification"] as? String == "OFFICIAL-SENSITIVE")
        #expect(marking["informationSharingAgreement"] is String)
    }

    @Test("Heron's Hold stage is red for the CCTV block, and its reasons carry their levels")
    func heronReasons() throws {
        let json = try JSONSerialization.jsonObject(with: Data(TestPlans.report("heron-hold").rendered(as: .json).utf8)) as! [String: Any]
        let hold = (json["stages"] as! [[String: Any]])[1]
        #expect(hold["rag"] as? String == "red")
        let cctv = "Install six redeployable CCTV cameras at Ropewalk and Saltings Parade blocked for 42 days"
        #expect((hold["reasons"] as? [String])?.first == cctv)
        let details = hold["reasonDetails"] as! [[String: Any]]
        #expect(details.first?["level"] as? String == "red" && details.first?["text"] as? String == cctv)
        #expect(details.first?["subject"] as? String == "t-h-cctv")
        #expect(details.dropFirst().allSatisfy { $0["level"] as? String == "amber" })
        #expect(json["blockedTasks"] as? [String] == ["t-h-cctv", "t-h-void-security"])
    }

    @Test("Strings are escaped: quotes, backslashes, control characters and line separators")
    func escaping() throws {
        let plan = ReportFixture.plan(clear: ReportFixture.active(.clear, [
            ReportFixture.task("t-1", start: 0, due: 40, title: "A \"quoted\" back\\slash\ttab\u{01}and\u{2028}line"),
        ]))
        let text = try StatusReport(plan: plan, asOf: ReportFixture.day(30)).rendered(as: .json)
        #expect(text.contains(#""title": "A \"quoted\" back\\slash\ttab\u0001and\u2028line""#))
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(((json["tasks"] as! [[String: Any]])[0]["title"] as? String) == "A \"quoted\" back\\slash\ttab\u{01}and\u{2028}line")
    }

    /// The keys of the object at the given indentation, in the order written.
    static func keyOrder(_ text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent) + "\""
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(prefix), !line.hasPrefix(prefix + " ") else { return nil }
            let rest = line.dropFirst(prefix.count)
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }
}
