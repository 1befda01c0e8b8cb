import Foundation
import TestSupport
import Testing

/// `chb baseline set|list|remove` and `chb status --baseline`, end to end on a copy of Heron
/// (lead agency `smc`, created 2025-12-08T10:00:00Z).
@Suite("chb baseline")
struct BaselineCommandTests {
    @Test("The coordinator sets, lists and removes a baseline; status reports against it in every format")
    func setListRemove() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let set = try ChbProcess.run("baseline", "set", plan, "first board", "--at", "2025-12-17T14:00:00Z", "--agency", "smc")
        #expect(set.status == 0 && set.stdout == "set baseline 'first board' at 2025-12-17T14:00:00Z; revision 58\n", "\(set)")
        let byDay = try ChbProcess.run("baseline", "set", plan, "autumn", "--at", "2026-10-01", "--agency", "smc")
        #expect(byDay.stdout == "set baseline 'autumn' at 2026-10-01T23:59:59Z; revision 59\n", "\(byDay)")
        let list = try ChbProcess.run("baseline", "list", plan)
        #expect(list.stdout == "2025-12-17T14:00:00Z  first board\n2026-10-01T23:59:59Z  autumn\n")
        let status = try ChbProcess.run("status", plan, "--as-of", "2026-11-30", "--baseline", "first board")
        #expect(status.status == 0 && status.stdout.contains("AGAINST THE BASELINE 'FIRST BOARD' (2025-12-17T14:00:00Z, REVISION 4)"))
        let latest = try ChbProcess.run("status", plan, "--as-of", "2026-11-30", "--format", "csv", "--table", "baseline")
        #expect(latest.stdout.contains(",autumn,2026-10-01T23:59:59Z,OFFICIAL-SENSITIVE\r\n"), "\(latest)")
        let removed = try ChbProcess.run("baseline", "remove", plan, "autumn", "--agency", "smc")
        #expect(removed.stdout == "removed baseline 'autumn'; revision 60\n", "\(removed)")
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
            (["baseline", "remove", plan, "ghost", "--agency", "smc"], "the plan has no baseline named 'ghost'; it has none"),
            (["status", plan, "--baseline", "ghost"], "the plan has no baseline named 'ghost'; it has none"),
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
