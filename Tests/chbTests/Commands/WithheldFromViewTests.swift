import Foundation
import TestSupport
import Testing

/// A new plan is OFFICIAL-SENSITIVE and a new agency OFFICIAL, so a partner's view would hold
/// none of its tasks: `agency add` says so, and `validate`, `status` and `export --for` warn
/// per agency, naming the tasks and the fix (issue 20, item 1).
@Suite("Views that would withhold an agency's own tasks")
struct WithheldFromViewTests {
    /// A new plan led by `pol` with agency `mbc` added at its default clearance, leading t1
    /// and supporting t2; the output of `agency add`.
    static func plan(in scratch: Scratch) throws -> (path: String, added: String) {
        let plan = scratch.path("w.xml")
        var added = ""
        for arguments in [
            ["new", plan, "--id", "op-w", "--title", "Operation W", "--area", "Wick", "--lead-agency", "pol", "--lead-agency-name", "Wick Police"],
            ["agency", "add", plan, "mbc", "--name", "Wick Council", "--kind", "localAuthority", "--agency", "pol"],
            ["task", "add", plan, "t1", "--stage", "clear", "--title", "Closures", "--lead", "mbc", "--agency", "pol"],
            ["task", "add", plan, "t2", "--stage", "clear", "--title", "Raids", "--lead", "pol", "--support", "mbc", "--agency", "pol"],
            ["task", "add", plan, "t3", "--stage", "clear", "--title", "Intel", "--lead", "pol", "--agency", "pol"],
        ] {
            let result = try ChbProcess.run(arguments)
            try #require(result.status == 0, "\(arguments): \(result)")
            if arguments[0] == "agency" { added = result.stdout }
        }
        return (plan, added)
    }

    @Test("agency add says which clearance it gave and that the plan's tasks are withheld from it")
    func agencyAdd() throws {
        let scratch = try Scratch()
        let (plan, added) = try Self.plan(in: scratch)
        #expect(added.contains("with clearance OFFICIAL"))
        #expect(added.contains("withheld from it (chb agency edit \(plan) mbc --clearance OFFICIAL-SENSITIVE shares them)"))
    }

    @Test("validate, status and export --for warn about a view holding none of the tasks its agency leads, with the fix; none once cleared")
    func warnings() throws {
        let scratch = try Scratch()
        let (plan, _) = try Self.plan(in: scratch)
        let warning = "\(plan): warning: the view for 'mbc' (clearance OFFICIAL) withholds 2 tasks it leads or supports, marked above its clearance: 't1', 't2'; to share them, chb agency edit \(plan) mbc --clearance OFFICIAL-SENSITIVE"
        let validate = try ChbProcess.run("validate", plan)
        #expect(validate.status == 0 && validate.stderr.hasPrefix(warning) && validate.stdout == "\(plan): valid (1 warning)\n", "\(validate)")
        let status = try ChbProcess.run("status", plan, "--as-of", "2026-12-01")
        #expect(status.status == 0, "\(status)")
        #expect(status.stderr == "\(plan): warning: the view for 'mbc' (clearance OFFICIAL) would hold none of the tasks it leads (1 task, all marked above its clearance): chb validate \(plan) names them and the fix\n")
        let export = try ChbProcess.run("export", plan, "--for", "mbc", "-o", scratch.path("v.xml"), "--agency", "pol")
        #expect(export.status == 0 && export.stderr.hasPrefix(warning), "\(export)")
        #expect(!validate.stderr.contains("t3"))
        // Once the agency's view holds a task it leads, only export --for names the rest.
        #expect(try ChbProcess.run("task", "add", plan, "t4", "--stage", "clear", "--title", "Leaflets", "--lead", "mbc",
                                   "--classification", "OFFICIAL", "--agency", "pol").status == 0)
        #expect(try ChbProcess.run("validate", plan).stderr.isEmpty)
        #expect(try ChbProcess.run("export", plan, "--for", "mbc", "-o", scratch.path("v2.xml"), "--agency", "pol").stderr.hasPrefix(warning))

        #expect(try ChbProcess.run("agency", "edit", plan, "mbc", "--clearance", "OFFICIAL-SENSITIVE", "--agency", "pol").status == 0)
        let cleared = try ChbProcess.run("validate", plan)
        #expect(cleared.stderr.isEmpty && cleared.stdout == "\(plan): valid\n", "\(cleared)")
    }
}
