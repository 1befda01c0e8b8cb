import Foundation
import TestSupport
import Testing

/// `chb task edit` says what it replaced, changes one supporter at a time, and records a date
/// move with its reason; a stage's first dates need none (issue 20, item 14).
@Suite("chb task edit and stage plan: what changed, and why")
struct TaskEditCommandTests {
    @Test("--add-support and --remove-support keep the other supporters; the confirmation shows old → new")
    func supporters() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let base = try revision(plan)
        let result = try chb(["task", "edit", plan, "t-h-hub", "--add-support", "edu", "--remove-support", "vol",
                              "--title", "Open the hub", "--agency", "smc"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "edited task 't-h-hub' (title 'Convert the ground floor of Pilot House…' → 'Open the hub'; supports sht, vol, nhs, pantry → sht, nhs, pantry, edu); revision \(base + 1)\n")
        let notSupporting = try chb(["task", "edit", plan, "t-h-hub", "--remove-support", "vol", "--agency", "smc"])
        #expect(notSupporting.status == 1)
        #expect(notSupporting.stderr == "\(plan): error: 'vol' does not support task 't-h-hub' (its supporting agencies: 'sht', 'nhs', 'pantry', 'edu')\n")
        let both = try chb(["task", "edit", plan, "t-h-hub", "--support", "edu", "--add-support", "vol", "--agency", "smc"])
        #expect(both.status == 64 && both.stderr.hasPrefix("Error: --support replaces the whole list"), "\(both)")
        let dates = try chb(["task", "edit", plan, "t-h-hub", "--due", "2027-04-30", "--progress", "10", "--agency", "smc"])
        #expect(dates.stdout == "edited task 't-h-hub' (due 2027-03-26 → 2027-04-30; progress none → 10); revision \(base + 2)\n", "\(dates)")
    }

    @Test("--reason records a move of dates alone as a re-plan with its reason")
    func reason() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let base = try revision(plan)
        let moved = try chb(["task", "edit", plan, "t-h-hub", "--due", "2027-04-30", "--reason", "contractor delay", "--agency", "smc"])
        #expect(moved.status == 0, "\(moved)")
        #expect(moved.stdout == "task 't-h-hub' re-planned: due 2027-03-26 → 2027-04-30; reason: contractor delay; revision \(base + 1)\n")
        let log = try chb(["log", plan, "--subject", "t-h-hub", "--format", "json"])
        #expect(log.stdout.hasSuffix(#""kind":"edited","subject":"t-h-hub","changes":[{"field":"due","from":"2027-03-26","to":"2027-04-30"}],"text":"task 't-h-hub' re-planned: due 2027-03-26 → 2027-04-30; reason: contractor delay"}]}\#n"#), "\(log)")
        let mixed = try chb(["task", "edit", plan, "t-h-hub", "--due", "2027-05-30", "--title", "X", "--reason", "r", "--agency", "smc"])
        #expect(mixed.status == 64 && mixed.stderr.hasPrefix("Error: --reason goes with a move of dates alone"), "\(mixed)")
    }

    @Test("a stage's first dates need no reason; moving one it has does")
    func stageFirstDates() throws {
        let scratch = try Scratch()
        let plan = scratch.path("op.xml")
        #expect(try chb(["new", plan, "--id", "op-x", "--title", "T", "--area", "A", "--lead-agency", "pol", "--lead-agency-name", "P"]).status == 0)
        let first = try chb(["stage", "plan", plan, "clear", "--start", "2027-01-04", "--end", "2027-03-26", "--agency", "pol"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "clear dated: plannedStart none → 2027-01-04, plannedEnd none → 2027-03-26; revision 2\n")
        let moved = try chb(["stage", "plan", plan, "clear", "--end", "2027-04-30", "--next-review", "2027-02-01", "--agency", "pol"])
        #expect(moved.status == 1)
        #expect(moved.stderr.hasPrefix("\(plan): error: "), "\(moved)")
        #expect(moved.stderr.contains("--reason"), "\(moved)")
        let reasoned = try chb(["stage", "plan", plan, "clear", "--end", "2027-04-30", "--reason", "board deferral", "--agency", "pol"])
        #expect(reasoned.stdout == "clear re-planned: plannedEnd 2027-03-26 → 2027-04-30; reason: board deferral; revision 3\n", "\(reasoned)")
    }
}
