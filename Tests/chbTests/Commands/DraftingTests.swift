import Foundation
import TestSupport
import Testing

@Suite("Drafting a plan through chb")
struct DraftingTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    func newPlan() throws -> String {
        let file = folder.path("op.xml")
        let result = try chb([
            "new", file, "--id", "op-wren", "--title", "Operation Wren", "--area", "Millbrook",
            "--lead-agency", "nwp", "--lead-agency-name", "Northwold Police",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    @Test("new creates a valid skeleton with three stages at revision 1")
    func newCreatesSkeleton() throws {
        let file = try newPlan()
        let xml = try String(contentsOfFile: file, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"urn:x-chb:plan:1\" id=\"op-wren\" schemaVersion=\"1.0\" revision=\"1\""))
        #expect(xml.contains("<phase kind=\"clear\" status=\"notStarted\">"))
        #expect(xml.contains("<phase kind=\"build\" status=\"notStarted\">"))
        #expect(xml.contains(#"<event at="2026-11-30T10:00:00Z" agency="nwp" kind="created" subject="op-wren"><change field="title" to="Operation Wren"/><change field="areaName" to="Millbrook"/><change field="leadAgency" to="nwp"/>"#))
        #expect(xml.contains("/>plan created</event>\n"))
        let validate = try chb(["validate", file])
        #expect(validate.status == 0)
    }

    @Test("new refuses to overwrite an existing file")
    func newRefusesOverwrite() throws {
        let file = try newPlan()
        let before = file.fileBytes
        let again = try chb([
            "new", file, "--id", "other", "--title", "T", "--area", "A", "--lead-agency", "x", "--lead-agency-name", "X",
        ])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(file.fileBytes == before)
    }

    @Test("new and import say why an id cannot be used: a stage name is reserved, other names are not ids", arguments: [
        (["--id", "clear"], "'clear' is reserved for the stage of that name (clear, hold and build cannot be ids); choose another plan id"),
        (["--id", "op-x", "--lead-agency", "hold"], "'hold' is reserved for the stage of that name (clear, hold and build cannot be ids); choose another agency id"),
        (["--id", "9lives"], "'9lives' is not a usable plan id: use letters, digits, '-', '_' or '.', starting with a letter or '_'"),
        (["--id", "op-x", "--lead-agency", "op-x"], "'op-x' is the plan's id; ids are unique in a plan, so choose another agency id"),
    ])
    func reservedAndUnusableIDs(_ options: [String], _ message: String) throws {
        let file = folder.path("op.xml")
        var arguments = ["new", file, "--title", "T", "--area", "A", "--lead-agency-name", "X"] + options
        if !options.contains("--lead-agency") { arguments += ["--lead-agency", "nwp"] }
        let result = try chb(arguments)
        // The plan's rules, not usage: exit 1 and the file named, as `agency add` refuses them.
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "\(file): error: \(message)\n", "\(result)")
        #expect(!FileManager.default.fileExists(atPath: file))
        let imported = try chb(["import", "schedule.xml", "--from", "mspdi", "-o", file, "--agency", "nwp", "--id", "build"])
        #expect(imported.status == 1 && imported.stderr.hasPrefix("\(file): error: 'build' is reserved for the stage of that name"), "\(imported)")
        let importer = try chb(["import", "schedule.xml", "--from", "mspdi", "-o", file, "--agency", "clear"])
        #expect(importer.status == 1 && importer.stderr.hasPrefix("\(file): error: 'clear' is reserved for the stage of that name"), "\(importer)")
    }

    @Test("drafting commands each add one event and one revision")
    func draftingSequence() throws {
        let file = try newPlan()
        let steps: [[String]] = [
            ["agency", "add", file, "mdc", "--name", "Millbrook District Council", "--kind", "localAuthority", "--agency", "nwp"],
            ["task", "add", file, "t-warrants", "--stage", "clear", "--title", "Execute drugs warrants", "--lead", "nwp",
             "--start", "2026-12-01", "--due", "2026-12-05", "--strand", "pursue", "--priority", "high", "--agency", "nwp"],
            ["task", "add", file, "t-closure", "--stage", "clear", "--title", "Closure orders on cuckooed flats", "--lead", "mdc",
             "--support", "nwp", "--depends-on", "t-warrants:fs+2", "--duration", "10", "--agency", "nwp", "--actor", "PC Dunn"],
            ["objective", "add", file, "--stage", "clear", "--text", "Remove the Millbrook line", "--agency", "nwp"],
            ["criterion", "add", file, "c-line-dead", "--stage", "clear", "--statement", "No deal-line activity for 28 days", "--agency", "nwp"],
            ["measure", "add", file, "m-asb", "--name", "ASB calls", "--unit", "calls per month", "--direction", "decrease",
             "--baseline", "41", "--target", "29.5", "--agency", "nwp"],
            ["risk", "add", file, "r-displace", "--description", "Dealing displaces to the next estate", "--likelihood", "3",
             "--impact", "4", "--owner", "nwp", "--agency", "nwp"],
            ["task", "edit", file, "t-closure", "--due", "2026-12-20", "--owner", "Housing enforcement lead", "--agency", "mdc"],
        ]
        for (index, step) in steps.enumerated() {
            let result = try chb(step)
            #expect(result.status == 0, "step \(index): \(result.stderr)")
            #expect(result.stdout.contains("revision \(index + 2)"), "step \(index): \(result.stdout)")
        }
        let xml = try String(contentsOfFile: file, encoding: .utf8)
        #expect(xml.contains("revision=\"9\""))
        #expect(xml.components(separatedBy: "<event ").count - 1 == 9)
        #expect(xml.contains("<dependsOn ref=\"t-warrants\" lagDays=\"2\"/>"))
        #expect(xml.contains("actor=\"PC Dunn\""))
        #expect(xml.contains("<baseline>41</baseline>"))
        #expect(xml.contains("<target>29.5</target>"))
        #expect(try chb(["validate", file]).status == 0)
        // What chb wrote exports to the same bytes.
        let export = try chb(["export", file])
        #expect(export.stdout == xml)
    }

    @Test("a refused change leaves the file byte-for-byte as it was", arguments: [
        ["task", "add", "FILE", "t-x", "--stage", "clear", "--title", "X", "--lead", "nobody", "--agency", "nwp"],
        ["task", "add", "FILE", "t-x", "--stage", "clear", "--title", "X", "--lead", "nwp", "--depends-on", "t-missing", "--agency", "nwp"],
        ["task", "add", "FILE", "t-x", "--stage", "clear", "--title", "X", "--lead", "nwp", "--start", "2026-12-05", "--due", "2026-12-01", "--agency", "nwp"],
        ["agency", "add", "FILE", "nwp", "--name", "Duplicate", "--kind", "police", "--agency", "nwp"],
        ["agency", "add", "FILE", "hold", "--name", "Reserved", "--kind", "police", "--agency", "nwp"],
        ["objective", "add", "FILE", "--stage", "hold", "--text", "   ", "--agency", "nwp"],
        ["risk", "add", "FILE", "r-1", "--description", "D", "--likelihood", "3", "--impact", "3", "--owner", "ghost", "--agency", "nwp"],
        ["task", "edit", "FILE", "t-none", "--title", "Y", "--agency", "nwp"],
        ["agency", "add", "FILE", "fire", "--name", "Fire", "--kind", "fire", "--agency", "stranger"],
    ])
    func refusedChangesLeaveFile(_ template: [String]) throws {
        let file = try newPlan()
        let before = try #require(file.fileBytes)
        let result = try chb(template.map { $0 == "FILE" ? file : $0 })
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("error:"))
        #expect(file.fileBytes == before)
    }

    @Test("usage errors exit 64")
    func usageErrors() throws {
        let result = try chb(["task", "add", "x.xml", "t-1", "--stage", "clear"])
        #expect(result.status == 64)
    }
}

@Suite("Reading plans through chb")
struct ReadingCommandTests {
    static let plans = ["kestrel-clear.xml", "heron-hold.xml", "osprey-build.xml"]

    @Test("validate accepts every example plan", arguments: plans)
    func validatePlans(_ name: String) throws {
        let result = try chb(["validate", "plans/\(name)"], in: ChbProcess.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("plans/\(name): valid"))
    }

    @Test("export of an example plan is byte-identical", arguments: plans)
    func exportIsIdentity(_ name: String) throws {
        let path = ChbProcess.repositoryRoot.appendingPathComponent("plans/\(name)").path
        let result = try chb(["export", path])
        #expect(result.status == 0)
        #expect(Data(result.stdout.utf8) == path.fileBytes)
    }

    @Test("show summarises a plan")
    func show() throws {
        let result = try chb(["show", "plans/heron-hold.xml"], in: ChbProcess.repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Operation Heron"))
        #expect(result.stdout.contains("Hold   active"))
    }

    @Test("validate reports errors as file:line:col and exits 1")
    func validateReportsLocation() throws {
        let folder = try TemporaryFolder()
        let file = try folder.copyPlan("kestrel-clear.xml")
        var xml = try String(contentsOfFile: file, encoding: .utf8)
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains("<task id=") })
        xml = lines.enumerated().map { $0.offset == index ? Substring($0.element.replacingOccurrences(of: "lead=\"", with: "lead=\"ghost-")) : $0.element }
            .joined(separator: "\n")
        try xml.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try chb(["validate", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):\(index + 1):9: error: lead of task"), "\(result.stderr)")
        let json = try chb(["validate", "--format", "json", file])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        let first = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "unknown-reference")
        #expect(first["line"] as? Int == index + 1)
    }

    @Test("a hostile document is refused with a one-line reason")
    func hostileDocument() throws {
        let folder = try TemporaryFolder()
        let file = folder.path("evil.xml")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE plan [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <plan xmlns="urn:x-chb:plan:1">&x;</plan>
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try chb(["validate", file])
        #expect(result.status == 1)
        #expect(result.stderr == "\(file):2:1: error: a DOCTYPE is not allowed in a plan (entities and external DTDs are never loaded)\n")
    }
}
