import Foundation
import TestSupport
import Testing

/// The stages, the exit criteria and the board's decisions are the plan's lead agency's to
/// record; partners still record their figures. Run end to end on a copy of Kestrel, whose
/// lead agency is `nwp`.
@Suite("Only the coordinator runs the plan")
struct CoordinatorCommandTests {
    @Test("Another agency's stage moves, criteria and decisions exit 1, say who may, and leave the file as it was")
    func refused() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let before = try bytes(plan)
        let attempts: [([String], String)] = [
            (["stage", "complete", plan, "hold", "--agency", "bmh", "--override", "traders say so"],
             "'bmh' may not complete stage hold: only the plan's lead agency 'nwp' runs the stages"),
            (["stage", "start", plan, "hold", "--agency", "hbc"],
             "'hbc' may not start stage hold: only the plan's lead agency 'nwp' runs the stages"),
            (["stage", "reopen", plan, "clear", "--agency", "pcc", "--reason", "why not"],
             "'pcc' may not reopen stage clear: only the plan's lead agency 'nwp' runs the stages"),
            (["decision", plan, "--agency", "bmh", "--text", "The board decided to close the operation"],
             "'bmh' may not record a board decision: only the plan's lead agency 'nwp' records the board's decisions"),
            (["criterion", "met", plan, "c-k-cuckoo", "--agency", "bmh", "--evidence", "trust me"],
             "'bmh' may not mark criterion c-k-cuckoo met: only the plan's lead agency 'nwp' marks exit criteria"),
            (["criterion", "unmet", plan, "c-k-cuckoo", "--agency", "bmh"],
             "'bmh' may not mark criterion c-k-cuckoo not met: only the plan's lead agency 'nwp' marks exit criteria"),
        ]
        for (arguments, message) in attempts {
            let result = try ChbProcess.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr == "\(plan): error: \(message)\n", "\(arguments)")
        }
        #expect(try bytes(plan) == before)
    }

    @Test("A partner records a measure's figures; the coordinator records the criterion they meet")
    func partnersSupplyFigures() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let base = try revision(plan)
        let figure = try ChbProcess.run("measure", "record", plan, "m-k-cuckooed", "--agency", "bmh", "--date", "2026-11-30",
            "--value", "0", "--source", "bmh")
        #expect(figure.status == 0 && figure.stdout == "recorded 0 for m-k-cuckooed on 2026-11-30; revision \(base + 1)\n", "\(figure)")
        let met = try ChbProcess.run("criterion", "met", plan, "c-k-cuckoo", "--agency", "nwp", "--evidence", "Brackenmoor Homes' review: none cuckooed")
        #expect(met.status == 0 && met.stdout == "criterion c-k-cuckoo met; revision \(base + 2)\n", "\(met)")
    }
}
