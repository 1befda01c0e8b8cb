// Benchmark for Plan.schedule(): compiled together with PlanCore's sources by
// scripts/bench-schedule.sh (optimised, whole module), so this file is part of that module.

/// SplitMix64, so every run schedules the same plan.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A valid plan with `count` tasks in three stages; each task depends on up to three of the
/// 500 tasks before it (so chains run through the whole plan), with every link type and lags
/// from −2 to 5 days; a third have start and due, a third start and duration, a third only a
/// duration.
func makePlan(tasks count: Int) -> (Plan, links: Int) {
    var rng = Generator(state: 2026)
    let day0 = CalendarDate(year: 2026, month: 1, day: 5)!
    var phases = StageKind.allCases.map { Phase(kind: $0, status: .notStarted, plannedStart: day0) }
    phases[0].status = .active
    var links = 0
    let kinds = Dependency.Kind.allCases
    for i in 0..<count {
        var dependencies: [Dependency] = []
        if i > 0 {
            for _ in 0..<rng.int(4) {
                let on = i - 1 - rng.int(min(i, 500))
                dependencies.append(Dependency(on: TaskID("t\(on)"), type: kinds[rng.int(3)], lagDays: rng.int(8) - 2))
            }
        }
        links += dependencies.count
        let start = day0.adding(days: rng.int(2000))
        let length = rng.int(30)
        var task = PlanTask(id: TaskID("t\(i)"), lead: "pol", title: "Task \(i)", dependencies: dependencies)
        switch i % 3 {
        case 0: (task.start, task.due) = (start, start.adding(days: length))
        case 1: (task.start, task.durationDays) = (start, length + 1)
        default: task.durationDays = length
        }
        phases[i * 3 / count].tasks.append(task)
    }
    let plan = Plan(
        id: "op-bench", revision: 1, classification: .official, title: "Benchmark", area: Area(name: "Benchmark"),
        governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "Officer"),
        agencies: [Agency(id: "pol", kind: .police, name: "Police")], phases: phases)
    return (plan, links)
}

/// The median wall time of `runs` runs of `body`, in milliseconds.
func median(_ runs: Int = 7, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[runs / 2]
}

func format(_ value: Double, _ decimals: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return String(rounded)
}

/// Schedules plans of 25k, 50k and 100k tasks and prints the figures.
@main
enum BenchSchedule {
    static func main() {
        var sink = 0
        var report: [String] = []
        for count in [25_000, 50_000, 100_000] {
            let (plan, links) = makePlan(tasks: count)
            // Reference: copy every task out of the plan and touch each of its links.
            let copy = median {
                var total = 0
                for task in plan.allTasks { total &+= task.dependencies.count &+ (task.start?.dayNumber ?? 0) }
                sink &+= total
            }
            let validate = median { sink &+= PlanValidator().validate(plan).count }
            var schedule: Schedule?
            let scheduling = median { schedule = try? plan.schedule() }
            guard let schedule, schedule.tasks.count == count else { fatalError("the benchmark plan did not schedule") }
            let perTask = scheduling * 1000 / Double(count)
            report.append("\(count) tasks, \(links) links: schedule \(format(scheduling)) ms (\(format(perTask, 2)) µs/task), "
                + "copy+iterate \(format(copy)) ms, validate \(format(validate)) ms; "
                + "schedule = \(format(scheduling / copy)) × copy+iterate, \(format(scheduling / validate, 2)) × validate; "
                + "critical path \(schedule.criticalPath.count) tasks, finish \(schedule.finish!)")
        }
        report.forEach { print($0) }
        if sink == 42 { print("") }
    }
}
