import Foundation
import TestSupport
import Testing

/// Nothing in a plan is marked above the plan, whose marking heads every output: drafting
/// refuses it, and `chb validate` warns about a file that holds it.
@Suite("Markings within the plan's")
struct MarkingCommandTests {
    /// A new OFFICIAL plan led by `pol`, with one task `t1` marked as the plan.
    static func officialPlan(in scratch: Scratch) throws -> String {
        let plan = scratch.path("d.xml")
        for arguments in [
            ["new", plan, "--id", "op-d", "--title", "Operation D", "--area", "Dale", "--lead-agency", "pol",
             "--lead-agency-name", "Dale Police", "--classification", "OFFICIAL"],
            ["task", "add", plan, "t1", "--stage", "clear", "--title", "Raid", "--lead", "pol", "--agency", "pol"],
        ] {
            let result = try ChbProcess.run(arguments)
            try #require(result.status == 0, "\(arguments): \(result)")
        }
        return plan
    }

    @Test("Adding or editing an item marked above the plan exits 1 with advice to raise the plan's marking")
    func draftingRefused() throws {
        let scratch = try Scratch()
        let plan = try Self.officialPlan(in: scratch)
        let before = try bytes(plan)
        let advice = "raise the plan's marking first with 'chb plan mark PLAN OFFICIAL-SENSITIVE'"
        let attempts: [([String], String)] = [
            (["task", "add", plan, "t2", "--stage", "clear", "--title", "Sensitive", "--lead", "pol", "--classification", "OFFICIAL-SENSITIVE"],
             "task 't2'"),
            (["task", "edit", plan, "t1", "--classification", "OFFICIAL-SENSITIVE"], "task 't1'"),
            (["measure", "add", plan, "m1", "--name", "Calls", "--unit", "calls", "--direction", "decrease", "--baseline", "40",
              "--target", "20", "--classification", "OFFICIAL-SENSITIVE"], "measure 'm1'"),
            (["risk", "add", plan, "r1", "--description", "Rival line", "--likelihood", "3", "--impact", "4", "--owner", "pol",
              "--classification", "OFFICIAL-SENSITIVE"], "risk 'r1'"),
        ]
        for (arguments, item) in attempts {
            let result = try ChbProcess.run(arguments + ["--agency", "pol"])
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr == "\(plan): error: \(item) cannot be marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: \(advice)\n")
        }
        #expect(try bytes(plan) == before)

        // Raised first, the plan may hold it.
        #expect(try ChbProcess.run("plan", "mark", plan, "OFFICIAL-SENSITIVE", "--agency", "pol").status == 0)
        let edit = try ChbProcess.run("task", "edit", plan, "t1", "--classification", "OFFICIAL-SENSITIVE", "--agency", "pol")
        #expect(edit.status == 0, "\(edit)")
        #expect(try ChbProcess.run("validate", plan).stdout == "\(plan): valid\n")
    }

    @Test("A file that marks an item above its plan is valid with a warning at the item's line")
    func validateWarns() throws {
        let scratch = try Scratch()
        let plan = try Self.officialPlan(in: scratch)
        let text = String(decoding: try bytes(plan), as: UTF8.self)
        let task = #"<task id="t1" lead="pol" status="planned">"#
        try #require(text.contains(task))
        try Data(text.replacingOccurrences(of: task, with: #"<task id="t1" lead="pol" status="planned" classification="OFFICIAL-SENSITIVE">"#).utf8)
            .write(to: URL(fileURLWithPath: plan))
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(task) }! + 1
        let result = try ChbProcess.run("validate", plan)
        #expect(result.status == 0)
        #expect(result.stderr == "\(plan):\(line):9: warning: task 't1' is marked OFFICIAL-SENSITIVE, above the plan's OFFICIAL: raise the plan's marking\n")
        #expect(result.stdout == "\(plan): valid (1 warning)\n")
        // The file still loads and changes; raising the plan's marking clears the warning.
        #expect(try ChbProcess.run("plan", "mark", plan, "OFFICIAL-SENSITIVE", "--agency", "pol").status == 0)
        #expect(try ChbProcess.run("validate", plan).stdout == "\(plan): valid\n")
    }
}
