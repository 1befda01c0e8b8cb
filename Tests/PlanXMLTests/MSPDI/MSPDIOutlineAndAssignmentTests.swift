import Foundation
import PlanCore
@testable import PlanXML
import TestSupport
import Testing

/// The outline and assignment rules of the importer on the shapes that once made it
/// quadratic: outlines that never use level 1, and tasks with many assignments. The results
/// are those of the rules as first written (a search of the outline stack per row; an
/// agency list searched per assignment), which ``reference(_:)`` restates.
@Suite("MSPDI import: deep outlines and many assignments")
struct MSPDIOutlineAndAssignmentTests {
    typealias MS = MSPDITest

    // MARK: Outlines

    @Test("an outline that never uses level 1 puts its tasks in Clear, however deep, with a warning")
    func deepOutlineNeverAtLevelOne() throws {
        // Levels 2 to 7, each row a summary of the next: only the last is a task.
        let rows = (1...6).map { MS.task($0, "Hold \($0)", level: $0 + 1) }
        let result = try MS.read(MS.document(tasks: rows))
        #expect(result.plan.allTasks.map(\.id) == ["t-6"])
        #expect(result.plan.stage(of: "t-6") == .clear)
        let unstaged = result.warnings.filter { $0.code == .mspdiUnstaged }.map(\.message)
        #expect(unstaged == ["1 task not under a summary task named Clear, Hold or Build went to stage clear: t-6"])
        #expect(result.unmapped.filter { $0.message.contains("summary task 'Hold") }.count == 5)
    }

    @Test("deep rows keep the level-1 summary above them through jumps in and out of the outline")
    func levelOneAncestorThroughJumps() throws {
        let result = try MS.read(MS.document(tasks: [
            MS.task(1, "Stray", level: 3),
            MS.task(2, "Hold", level: 1),
            MS.task(3, "Deep", level: 5),
            MS.task(4, "Deeper", level: 7),
            MS.task(5, "Back up", level: 4),
            MS.task(6, "Up again", level: 2),
            MS.task(7, "Logistics", level: 1),
            MS.task(8, "Vans", level: 9),
            MS.task(9, "Project", level: 0),
            MS.task(10, "Under the project", level: 4),
            MS.task(11, "Build", level: 1),
            MS.task(12, "Down", level: 2),
            MS.task(13, "Hub", level: 6),
        ]))
        let plan = result.plan
        #expect(plan.allTasks.map(\.id) == ["t-1", "t-8", "t-10", "t-4", "t-5", "t-6", "t-13"])
        #expect(["t-1", "t-8", "t-10"].map { plan.stage(of: TaskID($0)) } == [.clear, .clear, .clear])
        #expect(["t-4", "t-5", "t-6"].map { plan.stage(of: TaskID($0)) } == [.hold, .hold, .hold])
        #expect(plan.stage(of: "t-13") == .build)
        #expect(result.warnings.filter { $0.code == .mspdiUnstaged }.map(\.message) == [
            "2 tasks not under a summary task named Clear, Hold or Build went to stage clear: t-1, t-10",
            "summary task 'Logistics' (UID 7) is not named Clear, Hold or Build; its 1 task went to stage clear: t-8",
        ])
    }

    @Test("random outlines: every task's stage and every warning as the rules first written give them",
          arguments: UInt64(1)...40)
    func randomOutlines(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let names = ["Clear", "Hold", "Build", "Logistics", "Phase 2: hold", "Works"]
        var rows: [(uid: Int, name: String, level: Int)] = []
        var level = random.int(0...3)
        for uid in 1...random.int(3...40) {
            level = max(0, min(9, random.chance(0.2) ? random.int(0...9) : level + random.int(-2...2)))
            rows.append((uid, "\(random.pick(names)) \(uid)", level))
        }
        let result = try MS.read(MS.document(tasks: rows.map { MS.task($0.uid, $0.name, level: $0.level) }))
        let expected = Self.reference(rows)
        // Tasks in file order within each stage, the stages in order.
        #expect(result.plan.allTasks.map(\.id) == StageKind.allCases.flatMap { stage in expected.stages.filter { $0.stage == stage }.map(\.task) })
        for (task, stage) in expected.stages { #expect(result.plan.stage(of: task) == stage, "seed \(seed): \(task)") }
        let unstaged = result.warnings.filter { $0.code == .mspdiUnstaged }.map(\.message)
        #expect(unstaged.map { $0.components(separatedBy: ": ").last ?? "" } == expected.unstaged.map { $0.map(\.rawValue).joined(separator: ", ") },
                "seed \(seed)")
    }

    /// Where the importer puts each task of an outline, by the rules as first written: a row
    /// followed by a deeper one is a summary; a task's stage is that of its level-1 summary
    /// (found by searching the summaries open above it), Clear when it has none or that one
    /// is named like no stage. Also the groups of tasks the unstaged warnings list: those
    /// under no level-1 summary, then those of each unnamed summary in outline order.
    static func reference(_ rows: [(uid: Int, name: String, level: Int)]) -> (stages: [(task: TaskID, stage: StageKind)], unstaged: [[TaskID]]) {
        var stages: [(task: TaskID, stage: StageKind)] = []
        var outside: [TaskID] = []
        var bySummary: [Int: [TaskID]] = [:]
        var stack: [Int] = []
        for (i, row) in rows.enumerated() {
            let isSummary = i + 1 < rows.count && rows[i + 1].level > row.level
            while let last = stack.last, rows[last].level >= row.level { stack.removeLast() }
            let top = stack.first { rows[$0].level == 1 }
            if isSummary { stack.append(i) }
            guard !isSummary, row.level > 0 else { continue }
            let task = TaskID("t-\(row.uid)")
            if let top {
                if let stage = MSPDIMapping.stage(named: rows[top].name) {
                    stages.append((task, stage))
                } else {
                    stages.append((task, .clear))
                    bySummary[top, default: []].append(task)
                }
            } else {
                stages.append((task, .clear))
                outside.append(task)
            }
        }
        let groups = bySummary.sorted { $0.key < $1.key }.map(\.value)
        return (stages, (outside.isEmpty ? [] : [outside]) + groups)
    }

    // MARK: Assignments

    /// `count` work resources named `Agency 1`… and the agency id each becomes.
    static func resources(_ count: Int) -> (xml: [String], ids: [AgencyID]) {
        ((1...count).map { MS.resource($0, "Agency \($0)") }, (1...count).map { AgencyID("a-agency-\($0)") })
    }

    @Test("a task assigned to many resources, each several times: the first leads, the rest support once each, in file order")
    func manyAssignmentsToOneTask() throws {
        var random = SplitMix64(seed: 7)
        let (resources, ids) = Self.resources(60)
        // Every resource two or three times, in a shuffled order, with a placeholder and
        // an unknown resource among them.
        var order = (1...60).flatMap { Array(repeating: $0, count: random.int(2...3)) }
        order.shuffle(using: &random)
        var assignments = order.map { MS.assignment(task: 2, resource: $0) }
        assignments.insert(MS.assignment(task: 2, resource: -65535), at: 10)
        assignments.insert(MS.assignment(task: 2, resource: 999), at: 20)
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "Hold", summary: true), MS.task(2, "Patrols", level: 2)],
            resources: resources, assignments: assignments))

        var firstSeen: [Int] = []
        for uid in order where !firstSeen.contains(uid) { firstSeen.append(uid) }
        let task = try result.plan.importedTask("t-2")
        #expect(task.lead == ids[firstSeen[0] - 1])
        #expect(task.supports == firstSeen.dropFirst().map { ids[$0 - 1] })
        #expect(result.unmapped.map(\.message).filter { $0.contains("assignment") }
            == ["an assignment of task 'Patrols' (UID 2) names resource UID 999, which is not in the file; skipped"])
    }

    @Test("a summary assigned to many resources: each assignment listed with its resource's name, repeats included")
    func manyAssignmentsToASummary() throws {
        let (resources, _) = Self.resources(30)
        let order = Array(1...30) + [5, 1, 30]
        let result = try MS.read(MS.document(
            tasks: [MS.task(1, "Hold", summary: true), MS.task(2, "Patrols", level: 2)],
            resources: resources, assignments: order.map { MS.assignment(task: 1, resource: $0) }))
        #expect(result.unmapped.map(\.message).filter { $0.contains("assignment") }
            == order.map { "the assignment of 'Agency \($0)' to summary task 'Hold' (UID 1) is not kept (chb has no summary tasks)" })
        #expect(try result.plan.importedTask("t-2").lead == "imp")
    }
}
