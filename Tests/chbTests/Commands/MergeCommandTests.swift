import Foundation
import TestSupport
import Testing

@Suite("Merging partner updates through chb")
struct MergeCommandTests {
    let folder: TemporaryFolder
    let plan: String
    /// The example plan's revision as copied: the revision every view this suite exports is cut from
    /// (the export itself is recorded as the next one). Read, not assumed, so regenerating the examples
    /// does not break the suite.
    let cut: Int

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
        cut = try revision(plan)
    }

    /// Exports the council's view and returns its path.
    func exportView(for agency: String = "smcc") throws -> String {
        let view = folder.path("\(agency).xml")
        let result = try chb(["export", plan, "--for", agency, "-o", view], now: "2026-11-30T09:00:00Z")
        #expect(result.status == 0, "\(result.stderr)")
        return view
    }

    /// Writes a copy of `view` with textual replacements, as a partner's tool would.
    func edit(_ view: String, _ replacements: [(String, String)]) throws -> String {
        var xml = try String(contentsOfFile: view, encoding: .utf8)
        for (old, new) in replacements {
            #expect(xml.contains(old), "fixture text not found: \(old)")
            xml = xml.replacingOccurrences(of: old, with: new)
        }
        let path = view.replacingOccurrences(of: ".xml", with: "-update.xml")
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let finishInterviews = (
        "<task id=\"t-h-return-interviews\" lead=\"smcc\" status=\"inProgress\" strand=\"protect\" start=\"2026-06-01\" due=\"2026-11-13\" progress=\"80\">",
        "<task id=\"t-h-return-interviews\" lead=\"smcc\" status=\"done\" strand=\"protect\" start=\"2026-06-01\" due=\"2026-11-13\" progress=\"100\" completedOn=\"2026-11-28\">")
    static let moveHub = (
        "<task id=\"t-h-hub\" lead=\"smcc\" status=\"planned\" strand=\"prevent\" classification=\"OFFICIAL\" start=\"2026-11-02\" due=\"2027-03-26\">",
        "<task id=\"t-h-hub\" lead=\"smcc\" status=\"planned\" strand=\"prevent\" classification=\"OFFICIAL\" start=\"2026-11-02\" due=\"2027-04-30\">")
    static let startFunding = ("<task id=\"t-h-funding\" lead=\"opcc\" status=\"planned\"", "<task id=\"t-h-funding\" lead=\"opcc\" status=\"inProgress\"")

    @Test("a clean update is applied with one event per change and exit 0")
    func cleanMerge() throws {
        let update = try edit(try exportView(), [Self.finishInterviews, Self.moveHub])
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            applied  t-h-return-interviews: status inProgress → done
            applied  t-h-hub: due 2027-03-26 → 2027-04-30
            merged smcc's update of revision \(cut): 2 applied, 0 refused, 0 in conflict; revision \(cut + 1) → \(cut + 3)
            update unsigned (agency 'smcc' pins no certificate)

            """)
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("<task id=\"t-h-return-interviews\" lead=\"smcc\" status=\"done\" strand=\"protect\" start=\"2026-06-01\" due=\"2026-11-13\" progress=\"100\" completedOn=\"2026-11-28\">"))
        #expect(xml.contains("agency=\"smcc\" kind=\"merged\" subject=\"t-h-hub\"><change field=\"due\" from=\"2027-03-26\" to=\"2027-04-30\"/>due 2027-03-26 → 2027-04-30 (from smcc's update of revision \(cut))</event>"))
        #expect(try chb(["validate", plan]).status == 0)
    }

    @Test("merging the same update twice changes nothing the second time")
    func repeatMerge() throws {
        let update = try edit(try exportView(), [Self.finishInterviews])
        #expect(try chb(["merge", plan, update, "--agency", "smcc"]).status == 0)
        let after = plan.fileBytes
        let again = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(again.status == 0)
        #expect(again.stdout == "nothing to merge: the update matches the plan\nupdate unsigned (agency 'smcc' pins no certificate)\n")
        #expect(plan.fileBytes == after)
    }

    @Test("refused and conflicting changes are reported, the rest applied, exit 2")
    func partialMerge() throws {
        let update = try edit(try exportView(), [Self.finishInterviews, Self.moveHub, Self.startFunding])
        // The lead moves the hub task's end after the view was cut, to another day than the council.
        #expect(try chb(["task", "edit", plan, "t-h-hub", "--due", "2027-03-19", "--agency", "smc"]).status == 0)
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("applied  t-h-return-interviews: status inProgress → done"))
        #expect(result.stdout.contains("conflict t-h-hub: due 2027-03-19 → 2027-04-30 (the plan changed due from 2027-03-26 after revision \(cut))"))
        #expect(result.stdout.contains("refused  t-h-funding: status planned → inProgress (task 't-h-funding' is led by 'opcc', not 'smcc')"))
        #expect(result.stdout.contains("1 applied, 1 refused, 1 in conflict; revision \(cut + 2) → \(cut + 3)"))
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("due=\"2027-03-19\""), "the conflicting change was not applied")
    }

    @Test("a change to a task the plan changed since the cut is a conflict, whichever field the plan changed")
    func otherFieldChanged() throws {
        let update = try edit(try exportView(), [Self.moveHub])
        #expect(try chb(["task", "edit", plan, "t-h-hub", "--owner", "Community Hub Manager", "--agency", "smc"]).status == 0)
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stdout.contains("conflict t-h-hub: due 2027-03-26 → 2027-04-30 (the plan changed task 't-h-hub' after revision \(cut))"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("due=\"2027-03-26\""), "not applied")
    }

    @Test("a status change the workflow forbids is refused")
    func forbiddenTransition() throws {
        let update = try edit(try exportView(), [(
            "<task id=\"t-h-cctv-monitor\" lead=\"smcc\" status=\"planned\"", "<task id=\"t-h-cctv-monitor\" lead=\"smcc\" status=\"inProgress\"")])
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("refused  t-h-cctv-monitor: status planned → inProgress (cannot start t-h-cctv-monitor: predecessor t-h-cctv is blocked"))
    }

    @Test("a dry run reports without saving")
    func dryRun() throws {
        let update = try edit(try exportView(), [Self.finishInterviews])
        let before = plan.fileBytes
        let result = try chb(["merge", plan, update, "--agency", "smcc", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("dry run: 1 would apply, 0 refused, 0 in conflict; nothing saved (revision would go \(cut + 1) → \(cut + 2))"))
        #expect(plan.fileBytes == before)
    }

    @Test("an invalid update applies nothing and exits 1", arguments: [
        ("not well-formed", [("</plan>", "")]),
        ("view for another agency", [("for=\"smcc\"", "for=\"sht\"")]),
        ("a full plan", [(" view=\"partner\" for=\"smcc\" sourceRevision=\"CUT\"", "")]),
        ("a dangling reference", [("<support ref=\"vol\"/>", "<support ref=\"ghost\"/>")]),
    ])
    func invalidUpdate(_ name: String, _ replacements: [(String, String)]) throws {
        // CUT stands for the revision the view is cut from.
        let replacements = replacements.map { ($0.0.replacingOccurrences(of: "CUT", with: "\(cut)"), $0.1) }
        let update = try edit(try exportView(), [Self.finishInterviews] + replacements)
        let before = plan.fileBytes
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 1, "\(name): \(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("error:"))
        #expect(plan.fileBytes == before)
    }

    @Test("an older view cannot undo a newer merge: its copy of what changed since is stale, skipped")
    func staleViewSkipped() throws {
        let view = try exportView()
        let progress = ("start=\"2026-06-01\" due=\"2026-11-13\" progress=\"80\">", "start=\"2026-06-01\" due=\"2026-11-13\" progress=\"90\">")
        let newer = try edit(view, [progress])
        #expect(try chb(["merge", plan, newer, "--agency", "smcc"]).status == 0)
        let after = plan.fileBytes
        // The untouched view still says 80, as the plan did when it was cut: not a change.
        let dryRun = try chb(["merge", plan, view, "--agency", "smcc", "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout == """
            stale    t-h-return-interviews: progress 80 (as at revision \(cut); the plan has 90 since)
            nothing to merge: the update matches the plan but for 1 value the plan changed since revision \(cut) (stale, skipped)
            update unsigned (agency 'smcc' pins no certificate)

            """)
        let result = try chb(["merge", plan, view, "--agency", "smcc"])
        #expect(result.status == 0)
        #expect(result.stdout == "nothing to merge: the update matches the plan but for 1 value the plan changed since revision \(cut) (stale, skipped)\nupdate unsigned (agency 'smcc' pins no certificate)\n")
        #expect(plan.fileBytes == after)
    }

    @Test("overlapping views merge in either order to the same plan, with no conflict")
    func overlappingViews() throws {
        let council = try edit(try exportView(), [Self.moveHub])
        let housing = try edit(try exportView(for: "sht"), [(
            "<task id=\"t-h-door-entry\" lead=\"sht\" status=\"inProgress\" strand=\"protect\" start=\"2026-06-15\" due=\"2026-10-30\" progress=\"65\">",
            "<task id=\"t-h-door-entry\" lead=\"sht\" status=\"inProgress\" strand=\"protect\" start=\"2026-06-15\" due=\"2026-10-30\" progress=\"90\">")])
        #expect(try String(contentsOfFile: housing, encoding: .utf8).contains("<task id=\"t-h-hub\""), "the housing trust's view shows the hub")
        let other = folder.path("other.xml")
        try FileManager.default.copyItem(atPath: plan, toPath: other)
        for (file, order) in [(plan, [(council, "smcc"), (housing, "sht")]), (other, [(housing, "sht"), (council, "smcc")])] {
            for (update, agency) in order {
                let result = try chb(["merge", file, update, "--agency", agency])
                #expect(result.status == 0, "\(agency): \(result.stdout)")
                #expect(result.stdout.contains("0 refused, 0 in conflict"), "\(result.stdout)")
            }
        }
        func tasks(_ file: String) throws -> String {
            let xml = try String(contentsOfFile: file, encoding: .utf8)
            return String(xml[xml.range(of: "<phases>")!.lowerBound..<xml.range(of: "</phases>")!.upperBound])
        }
        #expect(try tasks(plan) == tasks(other))
        #expect(try tasks(plan).contains("due=\"2027-04-30\""))
        #expect(try tasks(plan).contains("progress=\"90\""))
    }

    @Test("each applied change records its own event")
    func oneEventPerChange() throws {
        let update = try edit(try exportView(), [(
            "start=\"2026-06-01\" due=\"2026-11-13\" progress=\"80\">", "start=\"2026-06-01\" due=\"2026-12-18\" progress=\"95\">")])
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("2 applied, 0 refused, 0 in conflict; revision \(cut + 1) → \(cut + 3)"))
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("kind=\"merged\" subject=\"t-h-return-interviews\"><change field=\"progress\" from=\"80\" to=\"95\"/>progress 80 → 95 (from smcc's update of revision \(cut))</event>"))
        #expect(xml.contains("kind=\"merged\" subject=\"t-h-return-interviews\"><change field=\"due\" from=\"2026-11-13\" to=\"2026-12-18\"/>due 2026-11-13 → 2026-12-18 (from smcc's update of revision \(cut))</event>"))
    }
}
