import Foundation
import TestSupport
import Testing

/// `chb baseline set|list|remove` and `chb status --baseline`, end to end on a copy of Heron
/// (lead agency `smc`, created 2025-12-08T10:00:00Z, revision 215, with the baseline 'first
/// board' at 2025-12-17T14:00:00Z, when the plan stood at revision 61).
@Suite("chb baseline")
struct BaselineCommandTests {
    @Test("The coordinator sets, lists and removes a baseline; status reports against it in every format")
    func setListRemove() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        // Heron's recipe set 'first board'; take it out so that the coordinator sets it here.
        let cleared = try ChbProcess.run("baseline", "remove", plan, "first board", "--agency", "smc")
        #expect(cleared.status == 0 && cleared.stdout == "removed baseline 'first board'; revision 216\n", "\(cleared)")
        #expect(try ChbProcess.run("baseline", "list", plan).stdout == "no baselines\n")
        let set = try ChbProcess.run("baseline", "set", plan, "first board", "--at", "2025-12-17T14:00:00Z", "--agency", "smc")
        #expect(set.status == 0 && set.stdout == "set baseline 'first board' at 2025-12-17T14:00:00Z; revision 217\n", "\(set)")
        let again = try ChbProcess.run("baseline", "set", plan, "first board", "--at", "2026-01-05", "--agency", "smc")
        #expect(again.status == 1 && again.stderr.contains("the plan already has a baseline named 'first board'"), "\(again)")
        let byDay = try ChbProcess.run("baseline", "set", plan, "autumn", "--at", "2026-10-01", "--agency", "smc")
        #expect(byDay.stdout == "set baseline 'autumn' at 2026-10-01T23:59:59Z; revision 218\n", "\(byDay)")
        let list = try ChbProcess.run("baseline", "list", plan)
        #expect(list.stdout == "2025-12-17T14:00:00Z  first board\n2026-10-01T23:59:59Z  autumn\n")
        // Heron's history records its changes, so the plan then is rebuilt exactly: no note.
        let status = try ChbProcess.run("status", plan, "--as-of", "2026-11-30", "--baseline", "first board")
        #expect(status.status == 0 && status.stdout.contains("AGAINST THE BASELINE 'FIRST BOARD' (2025-12-17T14:00:00Z, REVISION 61)"), "\(status)")
        #expect(!status.stdout.contains("could not be rebuilt"))
        let latest = try ChbProcess.run("status", plan, "--as-of", "2026-11-30", "--format", "csv", "--table", "baseline")
        #expect(latest.stdout.contains(",autumn,2026-10-01T23:59:59Z,OFFICIAL-SENSITIVE\r\n"), "\(latest)")
        let removed = try ChbProcess.run("baseline", "remove", plan, "autumn", "--agency", "smc")
        #expect(removed.stdout == "removed baseline 'autumn'; revision 219\n", "\(removed)")
        #expect(try ChbProcess.run("baseline", "list", plan).stdout == "2025-12-17T14:00:00Z  first board\n")
    }

    @Test("A partner, an instant before the plan, an unknown name or a portfolio is refused, and the file is unchanged")
    func refusals() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let attempts: [([String], String)] = [
            (["baseline", "set", plan, "mine", "--agency", "sht"], "'sht' may not"),
            (["baseline", "set", plan, "early", "--at", "2025-01-01T00:00:00Z", "--agency", "smc"], "is before the plan was created (2025-12-08T10:00:00Z)"),
            (["baseline", "set", plan, "first board", "--agency", "smc"], "the plan already has a baseline named 'first board'"),
            (["baseline", "remove", plan, "ghost", "--agency", "smc"], "the plan has no baseline named 'ghost'; it has 'first board'"),
            (["status", plan, "--baseline", "ghost"], "the plan has no baseline named 'ghost'; its baselines: 'first board'"),
        ]
        for (arguments, message) in attempts {
            let result = try ChbProcess.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        let portfolio = try ChbProcess.run("status", plan, plan, "--baseline", "x")
        #expect(portfolio.status == 1 && portfolio.stderr.contains("--baseline apply to one plan"), "\(portfolio)")
    }
}
