import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// `chb export --to mspdi` and `chb import --from mspdi`, end to end.
@Suite("Microsoft Project XML through chb")
struct MSPDICommandTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    static let samples = SharedData.mspdiSamples

    func plan(_ name: String) -> String { ChbProcess.repositoryRoot.appendingPathComponent("plans/\(name)").path }

    @Test("export --to mspdi writes MSPDI to stdout or, atomically, to a file")
    func exportMSPDI() throws {
        let stdout = try chb(["export", plan("heron-hold.xml"), "--to", "mspdi"])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        #expect(stdout.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">"))
        #expect(stdout.stdout.contains("<Name>Hold</Name>"))
        let out = folder.path("heron.mspdi.xml")
        let file = try chb(["export", plan("heron-hold.xml"), "--to", "mspdi", "-o", out])
        #expect(file.status == 0)
        #expect(out.fileBytes == Data(stdout.stdout.utf8))
        let canonical = try chb(["export", plan("heron-hold.xml"), "--to", "chb"])
        #expect(canonical.stdout.fileBytesEqual(plan("heron-hold.xml")))
        let bad = try chb(["export", plan("heron-hold.xml"), "--to", "mpp"])
        #expect(bad.status == 64)
    }

    @Test("export --for AGENCY --to mspdi writes that partner's view as MSPDI and records the export")
    func partnerViewAsMSPDI() throws {
        let source = try folder.copyPlan("heron-hold.xml")
        let out = folder.path("sht.mspdi.xml")
        let result = try chb(["export", source, "--for", "sht", "--to", "mspdi", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains("<Subject>OFFICIAL – information sharing agreement SMC-ISA-2025-044</Subject>"))
        #expect(!xml.contains("OFFICIAL-SENSITIVE"))
        #expect(xml.contains("<Name>Replace door entry systems and audit fobs at Pilot House and Anchor House</Name>"))
        #expect(xml.components(separatedBy: "<Task>").count - 1 == 1 + 3 + 4, "the project summary, three stages and the view's four tasks")
        #expect(try String(contentsOfFile: source, encoding: .utf8).contains("kind=\"exported\" subject=\"sht\""))
    }

    @Test("import creates a valid plan and lists every unmapped item as a warning on stderr", .sharedData(SharedData.mspdiSamples))
    func importSample() throws {
        let source = Self.samples.appendingPathComponent("mspdi-mpxj-sample1.xml").path
        let out = folder.path("sample1.xml")
        let result = try chb(["import", source, "--from", "mspdi", "-o", out, "--agency", "nwp", "--agency-name", "Northwold Police"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported \(source) into \(out): plan 'op-mpxj-sample' (revision 1), 18 tasks (clear 18, hold 0, build 0), 3 agencies, 5 links;"))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("\(source): warning: ") || line.range(of: #"^.+:\d+:\d+: warning: "#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(lines.contains("\(source): warning: not mapped: the start-to-finish (SF) link from task 'Related Task 6a' (UID 20) to task 'Related Task 6b' (UID 21) is not kept: chb has no SF links"))
        #expect(lines.contains { $0.hasPrefix("\(source): warning: not mapped: summary task 'Resource Assignments' (UID 22)") })
        #expect(lines.contains { $0.contains("warning: summary task 'First Task' (UID 1) is not named Clear, Hold or Build") })
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains("<event at=\"2026-11-30T10:00:00Z\" agency=\"nwp\" kind=\"imported\" subject=\"op-mpxj-sample\">imported from mspdi-mpxj-sample1.xml (Microsoft Project XML): 18 tasks, 3 agencies, 5 links;"))
        #expect(xml.contains("<agency id=\"nwp\" kind=\"other\">\n      <name>Northwold Police</name>"))
        #expect(try chb(["validate", out]).status == 0)

        // Never over an existing file.
        let before = out.fileBytes
        let again = try chb(["import", source, "--from", "mspdi", "-o", out, "--agency", "nwp"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(out.fileBytes == before)
    }

    @Test("export then import through chb keeps the plan's tasks and marking", arguments: ["heron-hold.xml", "kestrel-clear.xml", "osprey-build.xml"])
    func roundTrip(name: String) throws {
        let mspdi = folder.path("\(name).mspdi.xml")
        #expect(try chb(["export", plan(name), "--to", "mspdi", "-o", mspdi]).status == 0)
        let out = folder.path("back-\(name)")
        let result = try chb(["import", mspdi, "--from", "mspdi", "-o", out, "--agency", "imp", "--id", "op-copy",
            "--classification", "OFFICIAL-SENSITIVE", "--actor", "Analyst"])
        #expect(result.status == 0, "\(result.stderr)")
        // A new plan: its history is the import's, not the source's; a source with a baseline
        // comes back with it (MS Project's baseline 0), which adds events (MSPDIRoundTripTests).
        let source = try PlanReader().read(contentsOf: plan(name)).plan
        let imported = try PlanReader().read(contentsOf: out).plan
        #expect(imported.history.first?.kind == .imported)
        #expect(imported.revision == imported.history.count)
        #expect(imported.baselines.count == (source.baselines.isEmpty ? 0 : 1))
        #expect(result.stdout.contains("plan 'op-copy' (revision \(imported.revision))"))
        let original = try String(contentsOfFile: plan(name), encoding: .utf8)
        let back = try String(contentsOfFile: out, encoding: .utf8)
        #expect(back.contains("classification=\"OFFICIAL-SENSITIVE\""))
        #expect(back.contains("actor=\"Analyst\""))
        #expect(back.components(separatedBy: "<task ").count == original.components(separatedBy: "<task ").count)
        #expect(back.components(separatedBy: "<dependsOn ").count == original.components(separatedBy: "<dependsOn ").count)
        #expect(try chb(["validate", out]).status == 0)
    }

    @Test("a hostile file is refused and nothing is written")
    func hostileImport() throws {
        let source = folder.path("evil.xml")
        try Data("""
            <?xml version="1.0"?>
            <!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>
            """.utf8).write(to: URL(fileURLWithPath: source))
        let out = folder.path("evil-plan.xml")
        let result = try chb(["import", source, "--from", "mspdi", "-o", out, "--agency", "nwp"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(source):2:1: error: a DOCTYPE is not allowed"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let notMSPDI = try chb(["import", plan("heron-hold.xml"), "--from", "mspdi", "-o", out, "--agency", "nwp"])
        #expect(notMSPDI.status == 1)
        #expect(notMSPDI.stderr.contains("Microsoft Project XML is 'Project'"))
    }

    @Test("numbers chb cannot use are listed with their lines, and no date outside 0001–9999 is written or printed")
    func hostileNumbers() throws {
        let source = ChbProcess.repositoryRoot.appendingPathComponent("Tests/PlanXMLTests/Fixtures/mspdi/duration.xml").path
        let out = folder.path("durations.xml")
        let result = try chb(["import", source, "--from", "mspdi", "-o", out, "--agency", "nwp"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(source): warning: not mapped: task 'Days' (UID 3) has Duration 'P9223372036854775000D' at line 9, longer than chb's limit of 36600 days; imported without a due date\n"))
        #expect(result.stderr.contains("\(source): warning: not mapped: task 'Century at the end' (UID 6) has Duration 'PT292800H0M0S' at line 12, which would end it after 9999-12-31; imported without a due date\n"))
        #expect(result.stdout.hasSuffix("; 6 items not mapped\n"))
        #expect(try chb(["validate", out]).status == 0)

        // The same plan with the century task given its 36,600 days: valid, but not datable.
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let edge = folder.path("edge.xml")
        try Data(text.replacingOccurrences(of: "<task id=\"t-6\" lead=\"nwp\" status=\"planned\" start=\"9999-12-01\">",
            with: "<task id=\"t-6\" lead=\"nwp\" status=\"planned\" start=\"9999-12-01\" durationDays=\"36600\">").utf8)
            .write(to: URL(fileURLWithPath: edge))
        #expect(try chb(["validate", edge]).status == 0)
        let schedule = try chb(["schedule", edge, "--format", "json"])
        #expect(schedule.status == 0, "\(schedule.stderr)")
        #expect(schedule.stdout.range(of: #""\d{5,}-|"-\d"#, options: .regularExpression) == nil, "\(schedule.stdout)")
        #expect(schedule.stderr.contains("unscheduled t-6: its dates would fall outside the years 0001 to 9999"))
        let mspdi = folder.path("edge.mspdi.xml")
        let export = try chb(["export", edge, "--to", "mspdi", "-o", mspdi])
        #expect(export.status == 1)
        #expect(export.stderr.contains("task 't-6' starts 9999-12-01 and lasts 36600 days, so one of its dates would fall outside the years 0001 to 9999"))
        #expect(!FileManager.default.fileExists(atPath: mspdi))
    }

    @Test("import checks its options before reading", arguments: [
        ["--agency", "not an id"], ["--agency", "hold"], ["--agency", "nwp", "--id", "9lives"], ["--agency", "nwp", "--from", "mpp"],
    ])
    func badOptions(options: [String]) throws {
        let source = Repository.fixture("mspdi/outline-and-links.xml", of: "PlanXMLTests").path
        var arguments = ["import", source, "-o", folder.path("x.xml")] + options
        if !options.contains("--from") { arguments += ["--from", "mspdi"] }
        let result = try chb(arguments)
        // An unusable id is the plan's rule (1, as `agency add` says); an unknown format is usage (64).
        #expect(result.status == (options.contains("--from") ? 64 : 1), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.xml")))
    }
}

extension String {
    /// Whether this text is byte for byte the file at `path`.
    func fileBytesEqual(_ path: String) -> Bool { FileManager.default.contents(atPath: path) == Data(utf8) }
}
