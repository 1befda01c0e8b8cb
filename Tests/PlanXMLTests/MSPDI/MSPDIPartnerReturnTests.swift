import Foundation
import PlanCore
import PlanXML
import Testing
import TestSupport

/// Reading back a partner view's MSPDI file as the returned view (issue 9 item 3).
@Suite("MSPDI partner return")
struct MSPDIPartnerReturnTests {
    static let root = Repository.root
    static let at = Instant(date: CalendarDate(year: 2026, month: 12, day: 3)!, hour: 9, minute: 0, second: 0)!

    static func plan() throws -> Plan {
        try PlanReader().read(contentsOf: root.appendingPathComponent("plans/heron-hold.xml").path).plan
    }

    /// The plan with its view for `agency` exported (a merge takes only an exported view).
    static func plan(exportedTo agency: AgencyID) throws -> Plan {
        var plan = try plan()
        _ = try plan.exportPartnerView(for: agency, by: ChangeContext(agency: "smc", at: Instant(date: CalendarDate(year: 2026, month: 12, day: 1)!, hour: 9, minute: 0, second: 0)!))
        return plan
    }

    static func exported(for agency: AgencyID) throws -> String {
        String(decoding: try MSPDIWriter().write(try plan().partnerView(for: agency)), as: UTF8.self)
    }

    @Test("every view of heron-hold reads back as itself: nothing changed, nothing unmapped",
        arguments: ["smcc", "edu", "sht", "nhs", "vol"] as [AgencyID])
    func unchangedReadsBackAsTheView(_ agency: AgencyID) throws {
        let plan = try Self.plan(exportedTo: agency)
        let update = try MSPDIPartnerReturn(agency: agency, at: Self.at).read(Array(try Self.exported(for: agency).utf8), file: "v.xml", against: plan)
        #expect(update.unmapped.isEmpty)
        #expect(update.view == (try Self.plan().partnerView(for: agency)))
        var merged = plan
        #expect(try merged.mergePartnerUpdate(update.view, by: ChangeContext(agency: agency, at: Self.at)).items.isEmpty)
    }

    @Test("a task deleted in MS Project, a rename and a % complete set back to 0 are listed, not applied")
    func unmappedEdits() throws {
        var xml = try Self.exported(for: "sht")
        // Delete the hub's row: from its <Task> to the </Task> after its chb id.
        let id = try #require(xml.range(of: "<Value>t-h-hub</Value>"))
        let start = try #require(xml.range(of: "<Task>", options: .backwards, range: xml.startIndex..<id.lowerBound))
        let end = try #require(xml.range(of: "</Task>", range: id.upperBound..<xml.endIndex))
        xml.removeSubrange(start.lowerBound..<end.upperBound)
        xml = xml.replacingOccurrences(of: "<Name>Replace door entry systems and audit fobs at Pilot House and Anchor House</Name>", with: "<Name>Door entry</Name>")
        xml = xml.replacingOccurrences(of: "<PercentComplete>65</PercentComplete>", with: "<PercentComplete>0</PercentComplete>")
        let update = try MSPDIPartnerReturn(agency: "sht", at: Self.at).read(Array(xml.utf8), file: "v.xml", against: try Self.plan(exportedTo: "sht"))
        #expect(update.unmapped == [
            "task 't-h-door-entry': renamed in MS Project to 'Door entry'; not applied",
            "task 't-h-door-entry': % complete set back to 0; not applied (chb has no move back to planned)",
            "task 't-h-hub': deleted in MS Project; not applied (cancel it with a reason instead)",
        ])
        #expect(update.view.task("t-h-hub") == (try Self.plan().partnerView(for: "sht")).task("t-h-hub"))
    }

    @Test("MSPDI is told from a chb document by its root element")
    func detection() throws {
        #expect(MSPDIPartnerReturn.isMSPDI(Array(try Self.exported(for: "edu").utf8)))
        #expect(MSPDIPartnerReturn.isMSPDI(Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- saved -->\n<Project xmlns=\"http://schemas.microsoft.com/project\"/>".utf8)))
        #expect(!MSPDIPartnerReturn.isMSPDI(Array(try String(contentsOf: Self.root.appendingPathComponent("plans/heron-hold.xml"), encoding: .utf8).utf8)))
        #expect(!MSPDIPartnerReturn.isMSPDI(Array("<!-- unterminated".utf8)))
    }
}
