import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

@Suite("Exchanging plans through chb")
struct ExchangeCommandTests {
    @Test("export --for writes the partner view and records an exported event")
    func exportPartnerView() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        let source = try PlanReader().read(contentsOf: plan).plan
        let cut = source.revision
        let expected = try source.partnerView(for: "sht")
        let tasks = expected.allTasks.count
        let view = folder.path("sht.xml")
        let result = try chb(["export", plan, "--for", "sht", "-o", view])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "exported the view of revision \(cut) for 'sht' (\(tasks) tasks, OFFICIAL) to \(view); the export is recorded as revision \(cut + 1)\n")
        let xml = try String(contentsOfFile: view, encoding: .utf8)
        #expect(xml.contains("classification=\"OFFICIAL\" view=\"partner\" for=\"sht\" sourceRevision=\"\(cut)\""))
        #expect(xml.contains("<history/>"))
        // The file is exactly the view the library cuts and writes (PartnerViewTests checks that view).
        #expect(view.fileBytes == Data(try PlanWriter().write(expected)))
        let full = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(full.contains(" revision=\"\(cut + 1)\""))
        #expect(full.contains("<event at=\"2026-11-30T10:00:00Z\" agency=\"smc\" kind=\"exported\" subject=\"sht\"><change field=\"sourceRevision\" to=\"\(cut)\"/>partner view for 'sht' exported at revision \(cut): \(tasks) tasks, marked OFFICIAL</event>"))
        #expect(try chb(["validate", view]).status == 0)
    }

    @Test("export --for to stdout keeps stdout for the XML")
    func exportToStdout() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("kestrel-clear.xml")
        let result = try chb(["export", plan, "--for", "bmh"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml"))
        // The tasks the view withholds from 'bmh' are named first (issue 20, item 1).
        #expect(result.stderr.hasPrefix("\(plan): warning: the view for 'bmh' (clearance OFFICIAL) withholds 5 tasks"))
        #expect(result.stderr.contains("\nexported the view of revision "))
    }

    @Test("export --for an unknown agency is refused and the plan is untouched")
    func exportUnknownAgency() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("kestrel-clear.xml")
        let before = plan.fileBytes
        let result = try chb(["export", plan, "--for", "mi5", "-o", folder.path("v.xml")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is no agency 'mi5' in this plan to export a view for"))
        #expect(plan.fileBytes == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path("v.xml")))
    }
}
