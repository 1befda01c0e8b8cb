import PlanCore
import PlanReports
import Testing

/// The headline, the key points, the stage RAG and the critical path agree by construction:
/// checked on random plans and dates (seeded, so a failure can be replayed) and on the examples.
@Suite("One truth")
struct OneTruthTests {
    typealias F = ReportFixture

    /// A small deterministic generator (SplitMix64), so every run sees the same plans.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    /// A random plan: stages in a random workflow state, tasks with random statuses, dates,
    /// dependencies on earlier tasks (so never a cycle) and a measure per stage.
    static func randomPlan(_ seed: UInt64) -> Plan {
        var random = Random(state: seed)
        var stages: [Stage] = []
        var ids: [TaskID] = []
        for (k, kind) in StageKind.allCases.enumerated() {
            let state = random.pick([Stage.Status.notStarted, .active, .active, .complete])
            var tasks: [PlanTask] = []
            for i in 0..<random.int(0...7) {
                let id = TaskID("t-\(k)-\(i)")
                let status = state == .complete ? random.pick([PlanTask.Status.done, .cancelled])
                    : random.pick([PlanTask.Status.planned, .inProgress, .blocked, .done, .cancelled])
                let start = random.int(0...80)
                var dependencies: [Dependency] = []
                if !ids.isEmpty, random.int(0...2) == 0 {
                    dependencies.append(Dependency(on: random.pick(ids), type: random.pick(Dependency.Kind.allCases), lagDays: random.int(-3...5)))
                }
                tasks.append(F.task(id, status, start: start, due: start + random.int(0...40), dependsOn: dependencies,
                                    lead: random.pick(["pol", "cou", "hou"]), blockedSince: random.int(0...60)))
                ids.append(id)
            }
            var stage = Stage(kind: kind, status: state, plannedStart: F.day(k * 30), plannedEnd: F.day(k * 30 + random.int(20...90)), tasks: tasks)
            if state != .notStarted { stage.started = F.day(k * 30) }
            if state == .complete { stage.completed = F.day(k * 30 + 20) }
            stages.append(stage)
        }
        let measures = StageKind.allCases.map { kind in
            F.measure(MeasureID("m-\(kind.rawValue)"), random.pick([.increase, .decrease]), baseline: 40, latest: random.int(30...50), stage: kind)
        }
        return F.plan(clear: stages[0], hold: stages[1], build: stages[2], measures: measures)
    }

    static let seeds: [UInt64] = Array(1...60)

    /// Checks the agreements on one report.
    static func check(_ report: StatusReport, _ label: String) {
        #expect(report.overall == (report.stages.map(\.rag).max() ?? .notStarted), "\(label): headline is the worst stage")
        for point in report.keyPoints {
            guard let level = point.level else { continue }
            #expect(level == .red || level == .amber, "\(label): \(point.text)")
            guard let kind = point.stage, let stage = report.stage(kind) else {
                Issue.record("\(label): an \(level.title) key point without a stage: \(point.text)")
                continue
            }
            #expect(stage.rag == .red || stage.rag == .amber, "\(label): \(point.text) under a \(stage.rag.title) stage")
            #expect(stage.rag >= level, "\(label): \(point.text) is \(level.title) under a \(stage.rag.title) stage")
            #expect(stage.reasons.contains { $0.level == level }, "\(label): no \(level.title) reason backs \(point.text)")
            #expect(report.overall >= level, "\(label): \(point.text) is worse than the headline")
        }
        let subjects = report.keyPoints.compactMap(\.subject)
        #expect(Set(subjects).count == subjects.count, "\(label): a key point repeats \(subjects)")
        let texts = report.keyPoints.map(\.text)
        #expect(Set(texts).count == texts.count, "\(label): a repeated key point")
    }

    @Test("Headline equals the worst stage; every Amber or Red key point belongs to a stage that counts; no repeats", arguments: seeds)
    func randomPlans(_ seed: UInt64) throws {
        let plan = Self.randomPlan(seed)
        for asOf in stride(from: 0, through: 150, by: 25) {
            Self.check(try StatusReport(plan: plan, asOf: F.day(asOf)), "seed \(seed) day \(asOf)")
        }
    }

    @Test("The same agreements hold for every example plan at fortnightly dates through 2027")
    func examplePlans() throws {
        for name in TestPlans.names {
            let plan = try TestPlans.load(name)
            var date = CalendarDate(year: 2025, month: 1, day: 6)!
            while date < CalendarDate(year: 2028, month: 1, day: 1)! {
                Self.check(try StatusReport(plan: plan, asOf: date), "\(name) \(date)")
                date = date.adding(days: 14)
            }
        }
    }

    @Test("status and schedule --as-of name one critical path for a date", arguments: seeds)
    func criticalPathsAgree(_ seed: UInt64) throws {
        let plan = Self.randomPlan(seed)
        for asOf in stride(from: 0, through: 150, by: 30) {
            let report = try StatusReport(plan: plan, asOf: F.day(asOf))
            let schedule = try ScheduleReport(plan: plan, asOf: F.day(asOf))
            #expect(report.criticalPath.map(\.id) == schedule.criticalPath, "seed \(seed) day \(asOf)")
        }
    }

    @Test("A report limited to a stage with nothing wrong says the whole plan is not, and names driving tasks out of scope in words")
    func scopedReport() throws {
        let clear = try TestPlans.report("heron-hold", stage: .clear)
        #expect(clear.overall == .red)
        #expect(clear.keyPoints.first?.text == "Nothing in Clear counts towards the status: the whole plan is Red because of its other stages.")
        let hold = try TestPlans.report("heron-hold", stage: .hold, agency: "sht")
        let slip = try #require(hold.keyPoints.first { $0.text.contains("driven by") })
        #expect(slip.text.hasSuffix("driven by Exploitation awareness sessions for Years 7 to 9 at Saltings Academy."))
    }

    @Test("On the examples too, for the golden date")
    func criticalPathsAgreeOnExamples() throws {
        for name in TestPlans.names {
            let plan = try TestPlans.load(name)
            #expect(try StatusReport(plan: plan, asOf: TestPlans.asOf).criticalPath.map(\.id)
                    == ScheduleReport(plan: plan, asOf: TestPlans.asOf).criticalPath, "\(name)")
        }
    }

    @Test("Kestrel: a measure of the Hold stage, not started, is a note under a Green headline")
    func kestrel() throws {
        let report = try TestPlans.report("kestrel-clear")
        #expect(report.overall == .green)
        let point = try #require(report.keyPoints.first { $0.subject == "m-k-asb" })
        #expect(point.level == nil)
        #expect(point.text.contains("does not count"))
    }

    @Test("Osprey: the blocked mentoring task is named once")
    func osprey() throws {
        let report = try TestPlans.report("osprey-build")
        #expect(report.keyPoints.filter { $0.text.contains("Peer mentoring") }.count == 1)
    }

    @Test("Heron: the Build slip names the chain of tasks that drives it")
    func heronSlip() throws {
        let report = try TestPlans.report("heron-hold")
        let build = try #require(report.stage(.build))
        #expect(build.forecastChain.map(\.rawValue) == ["t-h-hub", "t-h-health-hub"])
        let point = try #require(report.keyPoints.first { $0.text.hasPrefix("Build's open work is forecast") })
        #expect(point.text.contains("driven by Convert the ground floor of Pilot House into a permanent community hub → Weekly health and recovery clinic at the hub"))
    }
}
