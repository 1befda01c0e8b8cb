import Foundation
import TestSupport
import Testing

/// One exit status per kind of mistake, whichever command makes it: a command line that cannot
/// be read (an unknown or missing option, a value of the wrong type, options that cannot go
/// together) is a usage error, exit 64 with the usage line; a value the plan's rules refuse
/// (out of range, an unusable or reserved id, blank text) or an id the plan lacks is exit 1,
/// printed as `FILE: error: message`.
@Suite("One exit status per kind of mistake")
struct ErrorKindTests {
    enum Kind: String, CustomStringConvertible {
        /// Exit 64, `Error: …` then `Usage: …`.
        case usage
        /// Exit 1, `FILE: error: …`, the file untouched.
        case plan

        var description: String { rawValue }
    }

    @Test("the same mistake, the same status and style, in every command", arguments: [
        // A score out of range: `risk add` said 64, `risk edit` 1.
        (["risk", "add", "PLAN", "r-x", "--description", "D", "--likelihood", "7", "--impact", "2", "--owner", "smc"], Kind.plan, "likelihood must be 1 to 5, not 7"),
        (["risk", "edit", "PLAN", "r-h-rival-line", "--likelihood", "7"], .plan, "likelihood must be 1 to 5, not 7"),
        (["risk", "add", "PLAN", "r-x", "--description", "D", "--likelihood", "2", "--impact", "0", "--owner", "smc"], .plan, "impact must be 1 to 5, not 0"),
        // An unusable or reserved new id: `new` and `import` said 64, `agency add` and `task add` 1.
        (["new", "NEW", "--id", "hold", "--title", "T", "--area", "A", "--lead-agency", "pol", "--lead-agency-name", "P"], .plan, "'hold' is reserved"),
        (["new", "NEW", "--id", "op-x", "--title", " ", "--area", "A", "--lead-agency", "pol", "--lead-agency-name", "P"], .plan, "--title cannot be blank"),
        (["agency", "add", "PLAN", "hold", "--name", "N", "--kind", "police"], .plan, "reserved"),
        (["task", "add", "PLAN", "9t", "--stage", "hold", "--title", "T", "--lead", "smc"], .plan, "is not a valid name"),
        // An id the plan lacks.
        (["task", "edit", "PLAN", "t-nope", "--title", "T"], .plan, "there is no task 't-nope'"),
        (["task", "start", "PLAN", "t-nope"], .plan, "there is no task 't-nope'"),
        (["risk", "edit", "PLAN", "r-nope", "--impact", "2"], .plan, "there is no risk r-nope"),
        (["task", "add", "PLAN", "t-new", "--stage", "hold", "--title", "T", "--lead", "ghost"], .plan, "'ghost' is not an agency"),
        // A command line that cannot be read.
        (["task", "add", "PLAN", "t-new", "--stage", "hold", "--title", "T"], .usage, "missing --lead"),
        (["risk", "add", "PLAN", "r-x", "--description", "D", "--likelihood", "two", "--impact", "2", "--owner", "smc"], .usage, "--likelihood"),
        (["task", "edit", "PLAN", "t-h-hub", "--due", "2026-13-01"], .usage, "--due"),
        (["task", "edit", "PLAN", "t-h-hub", "--priority", "urgent"], .usage, "--priority"),
        (["task", "edit", "PLAN", "t-h-hub", "--wait", "-1"], .usage, "--wait"),
        // Found while running, printed as the parser prints one (was `chb: error: …`, no usage).
        (["task", "note", "-", "t-h-hub", "--text", "x"], .usage, "a change needs the plan's file"),
        (["new", "-", "--id", "op-x", "--title", "T", "--area", "A", "--lead-agency", "pol", "--lead-agency-name", "P"], .usage, "new creates a plan file"),
    ])
    func sameMistakeSameStatus(_ arguments: [String], _ kind: Kind, _ message: String) throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let new = scratch.path("new.xml")
        let before = plan.fileBytes
        var line = arguments.map { $0 == "PLAN" ? plan : $0 == "NEW" ? new : $0 }
        if arguments[0] != "new" { line += ["--agency", "smc"] }
        let result = try chb(line)
        switch kind {
        case .usage:
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("\nUsage: chb "), "\(result)")
        case .plan:
            #expect(result.status == 1, "\(result)")
            let file = arguments[0] == "new" ? new : plan
            #expect(result.stderr.hasPrefix("\(file): error: "), "\(result)")
            #expect(!result.stderr.contains("Usage:"), "\(result)")
        }
        #expect(result.stderr.contains(message), "\(result)")
        #expect(plan.fileBytes == before)
        #expect(!FileManager.default.fileExists(atPath: new))
    }
}
