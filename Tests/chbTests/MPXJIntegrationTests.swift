import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// MPXJ, the Java library behind ProjectLibre's and many other tools' MS Project import,
/// reads chb's MSPDI export (through `scripts/mpxj_read.py`) and must see the plan's tasks,
/// dates, completion and links.
///
/// Needs Java and the Python packages `mpxj` and `jpype1` (`pip install mpxj jpype1`); where
/// either is missing the test is skipped, and Swift Testing prints it as skipped with the
/// reason below.
@Suite("MPXJ reads chb's MSPDI export")
struct MPXJIntegrationTests {
    /// Why MPXJ cannot run here, or `nil` when it can.
    static let unavailable: String? = {
        guard (try? Self.run(["java", "-version"]))?.status == 0 else { return "java is not on the PATH" }
        guard (try? Self.run(["python3", "-c", "import mpxj, jpype"]))?.status == 0 else {
            return "the Python modules mpxj and jpype are not installed (pip install mpxj jpype1)"
        }
        return nil
    }()

    /// Runs a program found on the PATH and returns its exit status and output.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let result = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        return (result.status, result.stdoutData, result.stderr)
    }

    /// One task as `mpxj_read.py` prints it.
    struct MPXJTask: Decodable {
        struct Link: Decodable {
            var uid: Int
            var type: String
            var lagMinutes: Int?
        }
        var uid: Int?
        var name: String?
        var outlineLevel: Int?
        var summary: Bool
        var start: String?
        var finish: String?
        var percentComplete: Double?
        var milestone: Bool
        var active: Bool
        var predecessors: [Link]
    }

    struct MPXJProject: Decodable {
        var mpxj: String?
        var tasks: [MPXJTask]
    }

    @Test("heron-hold.xml: the same tasks, dates, completion and links",
        .enabled(if: unavailable == nil, "skipped: \(unavailable ?? "")"), .timeLimit(.minutes(2)))
    func heron() throws {
        let folder = try TemporaryFolder()
        let source = ChbProcess.repositoryRoot.appendingPathComponent("plans/heron-hold.xml").path
        let exported = folder.path("heron.mspdi.xml")
        let export = try chb(["export", source, "--to", "mspdi", "-o", exported])
        #expect(export.status == 0, "\(export.stderr)")

        let script = ChbProcess.repositoryRoot.appendingPathComponent("scripts/mpxj_read.py").path
        let read = try Self.run(["python3", script, exported])
        try #require(read.status == 0, "mpxj_read.py failed: \(read.stderr)")
        let project = try JSONDecoder().decode(MPXJProject.self, from: read.stdout)
        print("MPXJ \(project.mpxj ?? "?") read \(project.tasks.count) rows of \(exported)")

        let plan = try PlanReader().read(contentsOf: source).plan
        // Rows: the project summary, then each stage followed by its tasks.
        let stages = project.tasks.filter { $0.outlineLevel == 1 }
        #expect(stages.map(\.name) == ["Clear", "Hold", "Build"])
        #expect(stages.allSatisfy { $0.summary })
        let rows = project.tasks.filter { $0.outlineLevel == 2 }
        let tasks = plan.allTasks
        try #require(rows.count == tasks.count, "MPXJ saw \(rows.count) tasks, the plan has \(tasks.count)")
        var taskOfUID: [Int: TaskID] = [:]
        for (row, task) in zip(rows, tasks) { if let uid = row.uid { taskOfUID[uid] = task.id } }

        for (row, task) in zip(rows, tasks) {
            let label = task.id.rawValue
            #expect(row.name == task.title, "\(label)")
            #expect(!row.summary, "\(label)")
            let milestone = task.durationDays == 0
            #expect(row.milestone == milestone, "\(label)")
            let length = max(task.durationDays ?? 1, 1)
            let start = task.start ?? task.due.map { $0.adding(days: -(length - 1)) }
            let due = task.due ?? task.start.map { $0.adding(days: length - 1) }
            if let start, let due {
                #expect(row.start == "\(start)T08:00", "\(label)")
                #expect(row.finish == (milestone ? "\(due)T08:00" : "\(due)T17:00"), "\(label)")
            }
            let percent = task.status == .done ? 100 : task.progress ?? 0
            #expect(row.percentComplete == Double(percent), "\(label)")
            #expect(row.active == (task.status != .cancelled), "\(label)")
            let links = row.predecessors.map { link -> String in
                "\(taskOfUID[link.uid]?.rawValue ?? "UID \(link.uid)") \(link.type) \(link.lagMinutes.map(String.init) ?? "?")"
            }
            let expected = task.dependencies.map { dependency -> String in
                let type = switch dependency.type {
                case .finishToStart: "FS"
                case .startToStart: "SS"
                case .finishToFinish: "FF"
                }
                return "\(dependency.task) \(type) \(dependency.lagDays * 480)"
            }
            #expect(links == expected, "\(label)")
        }
    }
}
