import Foundation
import TestSupport
import Testing

/// Enumerations take the obvious spellings and short names, and a date that cannot be read
/// says why (issue 20, item 15).
@Suite("Forgiving values on the command line")
struct ForgivingArgumentTests {
    @Test("aliases and any case of letters", arguments: [
        (["agency", "add", "PLAN", "pcc2", "--name", "PCC", "--kind", "pcc"], "added agency 'pcc2'"),
        (["agency", "add", "PLAN", "pcc3", "--name", "PCC", "--kind", "Police-And-Crime-Commissioner"], "added agency 'pcc3'"),
        (["agency", "add", "PLAN", "os1", "--name", "X", "--kind", "police", "--clearance", "official-sensitive"], "added agency 'os1'"),
        (["task", "edit", "PLAN", "t-h-hub", "--priority", "HIGH"], "priority medium → high"),
        (["task", "list", "PLAN", "--status", "in-progress", "--stage", "HOLD"], "of 51 tasks"),
        (["status", "PLAN", "--format", "md"], "**OFFICIAL-SENSITIVE**"),
    ])
    func aliases(_ arguments: [String], _ expected: String) throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        var line = arguments.map { $0 == "PLAN" ? plan : $0 }
        if ["agency", "task"].contains(arguments[0]), arguments[1] != "list" { line += ["--agency", "smc"] }
        let result = try chb(line)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(expected), "\(result)")
    }

    @Test("a date that cannot be read says why", arguments: [
        ("2027-02-30", "--due 2027-02-30: February 2027 has 28 days"),
        ("2028-02-30", "--due 2028-02-30: February 2028 has 29 days"),
        ("01/03/2027", "--due 01/03/2027: dates are YYYY-MM-DD"),
        ("2027-13-01", "--due 2027-13-01: there is no month 13"),
        ("2027-3-1", "--due 2027-3-1: dates are YYYY-MM-DD, such as 2027-03-01"),
    ])
    func dates(_ value: String, _ message: String) throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let result = try chb(["task", "edit", plan, "t-h-hub", "--due", value, "--agency", "smc"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result)")
        #expect(result.stderr.contains("\nUsage: chb task edit"), "\(result)")
    }
}

@Suite("export --format points at --to")
struct ExportFormatWordTests {
    @Test("export --format html is a usage error that names --to html, and writes nothing")
    func formatWord() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let result = try chb(["export", plan, "--for", "edu", "--format", "html"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("export chooses its format with --to (chb, mspdi, html or ics), not --format: try --to html"), "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
    }
}
