import Foundation
import Testing
import TestSupport

/// The MS Project round trip (issue 9 item 3): chb writes a partner view as MSPDI, the partner
/// edits it in MS Project (by hand here, or with MPXJ's writer), and `chb merge` takes it back.
@Suite("Merging a partner's MSPDI file")
struct MSPDIMergeCommandTests {
    let folder: TemporaryFolder
    let plan: String
    let exported: String
    /// The revision the view is cut from: the example plan's, read rather than assumed.
    let cut: Int

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
        cut = try revision(plan)
        exported = folder.path("sht-view.mspdi.xml")
        let result = try chb(["export", plan, "--for", "sht", "--to", "mspdi", "-o", exported], now: "2026-11-30T09:00:00Z")
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A copy of the export with textual edits, as MS Project would save them.
    func saved(_ edits: (inout String) throws -> Void) throws -> String {
        var xml = try String(contentsOfFile: exported, encoding: .utf8)
        try edits(&xml)
        let path = folder.path("sht-saved.xml")
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Replaces the first `old` after the row holding the chb id `task`'s start… within that row.
    static func edit(_ xml: inout String, task: String, _ old: String, _ new: String) throws {
        let marker = try #require(xml.range(of: "<Value>\(task)</Value>"))
        let rowStart = try #require(xml.range(of: "<Task>", options: .backwards, range: xml.startIndex..<marker.lowerBound))
        let field = try #require(xml.range(of: old, range: rowStart.upperBound..<marker.lowerBound), "\(old) not in \(task)'s row")
        xml.replaceSubrange(field, with: new)
    }

    @Test("the export names the plan, agency and revision, and every task's chb id")
    func exportCarriesIDs() throws {
        let xml = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(xml.contains("<Category>chb-view op-heron sht \(cut)</Category>"))
        #expect(xml.contains("<FieldName>Text1</FieldName>") && xml.contains("<Alias>chb task id</Alias>"))
        #expect(xml.components(separatedBy: "<FieldID>188743731</FieldID>").count == 6)
        for id in ["t-h-door-entry", "t-h-hub", "t-h-fire-arson", "t-h-fire-visits"] {
            #expect(xml.contains("<Value>\(id)</Value>"))
        }
        let unchanged = try chb(["merge", plan, exported, "--agency", "sht"])
        #expect(unchanged.status == 0 && unchanged.stdout == "nothing to merge: the update matches the plan\nupdate unsigned (an MSPDI file; agency 'sht' pins no certificate)\n", "\(unchanged)")
    }

    @Test("% complete, actual finish, dates and notes merge; an added task and a foreign change are listed, not applied")
    func handEdited() throws {
        let update = try saved { xml in
            try Self.edit(&xml, task: "t-h-door-entry", "<PercentComplete>65</PercentComplete>",
                "<PercentComplete>100</PercentComplete>\n      <ActualFinish>2026-11-27T17:00:00</ActualFinish>")
            try Self.edit(&xml, task: "t-h-door-entry", "<Name>", "<Notes>All fobs audited.</Notes>\n      <Name>")
            try Self.edit(&xml, task: "t-h-hub", "<Finish>2027-03-26T17:00:00</Finish>", "<Finish>2027-04-30T17:00:00</Finish>")
            xml = xml.replacingOccurrences(of: "</Tasks>", with: """
                  <Task>
                      <UID>99</UID>
                      <ID>99</ID>
                      <Name>Extra fob audit</Name>
                      <OutlineLevel>2</OutlineLevel>
                      <Start>2026-12-01T08:00:00</Start>
                      <Finish>2026-12-04T17:00:00</Finish>
                    </Task>
                  </Tasks>
                """)
        }
        let before = try #require(plan.fileBytes)
        let dry = try chb(["merge", plan, update, "--agency", "sht", "--dry-run"])
        #expect(dry.status == 2 && plan.fileBytes == before)
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == """
            applied  t-h-door-entry: status inProgress → done
            applied  t-h-door-entry: 1 new note
            refused  t-h-hub: due 2027-03-26 → 2027-04-30 (task 't-h-hub' is led by 'smcc', not 'sht')
            unmapped row 99 'Extra fob audit': added in MS Project; not applied (add tasks in the full plan)
            merged sht's update of revision \(cut): 2 applied, 1 refused, 0 in conflict, 1 not mapped; revision \(cut + 1) → \(cut + 3)
            update unsigned (an MSPDI file; agency 'sht' pins no certificate)

            """)
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("<task id=\"t-h-door-entry\" lead=\"sht\" status=\"done\" strand=\"protect\" classification=\"OFFICIAL\" start=\"2026-06-15\" due=\"2026-10-30\" progress=\"100\" completedOn=\"2026-11-27\">"))
        #expect(xml.contains("agency=\"sht\">All fobs audited.</note>"))
        #expect(!xml.contains("Extra fob audit"))
        #expect(try chb(["validate", plan]).status == 0)
    }

    @Test("a file of another agency, or not exported as a view, is refused whole with exit 1")
    func refusedWhole() throws {
        let other = try chb(["merge", plan, exported, "--agency", "smcc"])
        #expect(other.status == 1 && other.stderr.contains("the file is the view for 'sht', not 'smcc'"), "\(other)")
        let full = folder.path("full.mspdi.xml")
        #expect(try chb(["export", plan, "--to", "mspdi", "-o", full]).status == 0)
        let notView = try chb(["merge", plan, full, "--agency", "sht"])
        #expect(notView.status == 1 && notView.stderr.contains("not a partner view exported by chb"), "\(notView)")
    }

    @Test("a partner's edit saved by MPXJ's own MSPDI writer merges",
        .enabled(if: MPXJIntegrationTests.unavailable == nil, "skipped: \(MPXJIntegrationTests.unavailable ?? "")"),
        .timeLimit(.minutes(2)))
    func mpxjEdited() throws {
        let script = ChbProcess.repositoryRoot.appendingPathComponent("scripts/mpxj_edit.py").path
        let update = folder.path("sht-mpxj.xml")
        let edit = try MPXJIntegrationTests.run(["python3", script, exported, update, "t-h-door-entry", "100", "2026-11-27"])
        #expect(edit.status == 0, "\(edit.stderr)")
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.stdout.hasPrefix("applied  t-h-door-entry: status inProgress → done\n"), "\(result)")
        #expect(!result.stdout.contains("unmapped row"), "\(result.stdout)")
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("status=\"done\" strand=\"protect\" classification=\"OFFICIAL\" start=\"2026-06-15\""))
        #expect(xml.contains("completedOn=\"2026-11-27\""))
    }
}
