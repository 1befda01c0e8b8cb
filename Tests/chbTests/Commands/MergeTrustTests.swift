import Foundation
import TestSupport
import Testing

/// What a partner's returned file can reach through `chb merge` (issue 18 items 1, 4, 6, 7, 8;
/// issue 20 items 2, 4, 12): only the tasks its view held, only from a view the plan exported
/// to it, and everything else it sends is listed as refused. Hostile inputs are built here.
@Suite("Merge trust boundaries")
struct MergeTrustTests {
    let folder: TemporaryFolder
    let plan: String
    /// The example plan's revision as copied, so the first view exported is cut from it (read, not
    /// assumed, so regenerating the examples does not break the suite).
    let cut: Int

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
        cut = try revision(plan)
    }

    /// Exports `agency`'s view (as chb XML or MSPDI) and returns its path.
    func export(_ agency: String, mspdi: Bool = false, now: String = "2026-11-30T09:00:00Z") throws -> String {
        let view = folder.path("\(agency)\(mspdi ? ".mspdi" : "").xml")
        let result = try chb(["export", plan, "--for", agency, "-o", view] + (mspdi ? ["--to", "mspdi"] : []), now: now)
        #expect(result.status == 0, "\(result.stderr)")
        return view
    }

    /// A copy of `file` with textual replacements, as a partner (or an attacker) would write it.
    func edit(_ file: String, _ replacements: [(String, String)], as name: String = "update.xml") throws -> String {
        var xml = try String(contentsOfFile: file, encoding: .utf8)
        for (old, new) in replacements {
            #expect(xml.contains(old), "fixture text not found: \(old)")
            xml = xml.replacingOccurrences(of: old, with: new)
        }
        let path = folder.path(name)
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let doorEntry = "<task id=\"t-h-door-entry\" lead=\"sht\" status=\"inProgress\" strand=\"protect\" start=\"2026-06-15\" due=\"2026-10-30\" progress=\"65\">"
    static let oldNote = "<note at=\"2026-11-10T14:30:00Z\" agency=\"sht\">Anchor House complete; Pilot House waiting on a replacement controller board.</note>"

    // MARK: Issue 18, item 1

    @Test("a task the view never held is refused as 'not in your view', and nothing about it is printed")
    func hiddenTask() throws {
        let view = try export("sht")
        let before = plan.fileBytes
        // t-h-void-security is led by sht but marked above its clearance: its view lacks it.
        let update = try edit(view, [("      </tasks>\n    </phase>\n    <phase kind=\"build\"", """
                    <task id="t-h-void-security" lead="sht" status="cancelled" strand="protect">
                      <title>A guess</title>
                      <note at="2026-11-30T09:30:00Z" agency="sht">Cancelled.</note>
                    </task>
                    <task id="t-h-no-such-task" lead="sht" status="cancelled">
                      <title>Another guess</title>
                    </task>
                  </tasks>
                </phase>
                <phase kind="build"
            """)])
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("refused  t-h-void-security: not in your view (the view of revision \(cut) for 'sht' did not hold it; a view changes only the tasks it holds)"))
        // A task the plan lacks reads the same: the report does not tell the two apart.
        #expect(result.stdout.contains("refused  t-h-no-such-task: not in your view (the view of revision \(cut) for 'sht' did not hold it; a view changes only the tasks it holds)"))
        for secret in ["Secure and re-let", "Voids Manager", "blocked", "not in the plan"] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "\(secret)")
        }
        #expect(plan.fileBytes == before, "nothing applied")
    }

    @Test("an MS Project row given the id of a task the view never held is not applied, and not described")
    func hiddenTaskMSPDI() throws {
        let view = try export("sht", mspdi: true)
        let update = try edit(view, [("<Value>t-h-door-entry</Value>", "<Value>t-h-void-security</Value>"),
                                     ("<PercentComplete>65</PercentComplete>", "<PercentComplete>100</PercentComplete>")])
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("task 't-h-void-security' is not in the view; not applied"))
        for secret in ["Secure and re-let", "Voids Manager"] { #expect(!result.stdout.contains(secret)) }
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("<task id=\"t-h-void-security\" lead=\"sht\" status=\"blocked\""))
    }

    // MARK: Issue 18, item 4

    /// The council's view is exported first (of revision `cut`), then the housing trust's (of
    /// `cut + 1`, the export recorded as `cut + 2`); `claim` names the revision the update claims.
    @Test("an update naming a revision the plan did not export to its agency is refused whole", arguments: [
        ("raised to the plan's current revision", "current"),
        ("a revision exported to another agency", "council's"),
        ("a revision the plan had but never exported", "first"),
    ])
    func sourceRevisionChecked(_ name: String, _ claimed: String) throws {
        _ = try export("smcc")
        let view = try export("sht")
        let source = cut + 1
        let claim = switch claimed {
        case "current": cut + 2
        case "council's": cut
        default: 1 // a plan's first revision is its creation, never an export
        }
        let update = try edit(view, [("sourceRevision=\"\(source)\"", "sourceRevision=\"\(claim)\""), (" revision=\"\(source)\"", " revision=\"\(claim)\""),
                                     (Self.doorEntry, Self.doorEntry.replacingOccurrences(of: "progress=\"65\"", with: "progress=\"70\""))])
        let before = plan.fileBytes
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 1, "\(name): \(result)")
        #expect(result.stderr.contains("this plan never exported revision") || result.stderr.contains("was cut from revision"), "\(name): \(result.stderr)")
        #expect(result.stderr.contains("nothing was applied"))
        #expect(plan.fileBytes == before)
    }

    @Test("an MS Project file whose key names a revision not exported to its agency is refused whole")
    func sourceRevisionCheckedMSPDI() throws {
        let view = try export("sht", mspdi: true)
        let update = try edit(view, [("chb-view op-heron sht \(cut)", "chb-view op-heron sht \(cut + 1)"),
                                     ("<PercentComplete>65</PercentComplete>", "<PercentComplete>70</PercentComplete>")])
        let before = plan.fileBytes
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("never exported revision \(cut + 1) to 'sht'"))
        #expect(plan.fileBytes == before)
    }

    // MARK: Issue 18, item 6

    @Test("edits outside the view's task fields are each listed as refused, exit 2")
    func editsOutsideTasks() throws {
        let view = try export("sht")
        let update = try edit(view, [
            ("<title>Operation Heron: Quayside and the Saltings</title>", "<title>Operation Closed</title>"),
            ("<contact>Neighbourhood Services Manager</contact>", "<contact>Someone else</contact>"),
            ("<objective>Keep safeguarded children", "<objective>Forget safeguarded children"),
            ("<criterion id=\"c-h-cctv-live\" met=\"false\">", "<criterion id=\"c-h-cctv-live\" met=\"true\" metOn=\"2026-11-29\">"),
            ("<baseline>38</baseline>", "<baseline>50</baseline>"),
            ("<owner>Asset Manager, Saltings Housing Trust</owner>", "<owner>Asset Manager, Saltings Housing Trust</owner>\n          <dependsOn ref=\"t-h-fire-arson\"/>"),
        ])
        let before = plan.fileBytes
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        for line in [
            "refused  plan: title changed",
            "refused  agency 'sht': changed",
            "refused  stage 'hold': changed",
            "refused  criterion 'c-h-cctv-live': changed",
            "refused  measure 'm-h-feel-safe': changed",
            "refused  t-h-door-entry: dependsOn none → 't-h-fire-arson'",
        ] {
            #expect(result.stdout.contains(line), "\(line)\n\(result.stdout)")
        }
        #expect(!result.stdout.contains("nothing to merge"))
        #expect(result.stdout.contains("0 applied, 6 refused"))
        #expect(plan.fileBytes == before, "nothing applied")
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("<title>Operation Heron: Quayside and the Saltings</title>"))
    }

    @Test("a partner's edit of its own risk is refused and listed")
    func ownRisk() throws {
        let view = try export("smcc")
        let update = try edit(view, [("<risk id=\"r-h-cctv-delay\" likelihood=\"4\"", "<risk id=\"r-h-cctv-delay\" likelihood=\"1\"")])
        let result = try chb(["merge", plan, update, "--agency", "smcc"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("refused  risk 'r-h-cctv-delay': changed"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("<risk id=\"r-h-cctv-delay\" likelihood=\"4\""))
    }

    // MARK: Issue 18, item 7

    @Test("a note dated after the merge or before the view was cut, and a changed note, are refused")
    func noteTimes() throws {
        let view = try export("sht")
        let update = try edit(view, [(Self.oldNote, """
            <note at="2026-11-10T14:30:00Z" agency="sht">Anchor House complete; Pilot House done too.</note>
                      <note at="2099-01-01T00:00:00Z" agency="sht">From the future.</note>
                      <note at="2001-01-01T00:00:00Z" agency="sht">From the past.</note>
                      <note at="2026-11-30T09:30:00Z" agency="sht">Fobs audited.</note>
            """)])
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("refused  t-h-door-entry: note by 'sht' at 2026-11-10T14:30:00Z changed (notes are added, never changed; add a new note instead)"))
        #expect(result.stdout.contains("refused  t-h-door-entry: note by 'sht' at 2099-01-01T00:00:00Z (dated after the merge at 2026-11-30T10:00:00Z)"))
        #expect(result.stdout.contains("refused  t-h-door-entry: note by 'sht' at 2001-01-01T00:00:00Z (dated before the view was cut at 2026-11-30T09:00:00Z)"))
        #expect(result.stdout.contains("applied  t-h-door-entry: 1 new note"))
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(xml.contains("Fobs audited.") && !xml.contains("From the") && !xml.contains("Pilot House done too"))
        #expect(xml.contains(Self.oldNote))
    }

    // MARK: Issue 18, item 8

    @Test("the same MS Project file merged twice: the second time there is nothing to merge, exit 0")
    func mspdiTwice() throws {
        let view = try export("sht", mspdi: true)
        let update = try edit(view, [("<PercentComplete>65</PercentComplete>", "<PercentComplete>80</PercentComplete>"),
                                     ("<Name>Replace door entry", "<Notes>All fobs audited.</Notes>\n      <Name>Replace door entry")])
        let first = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("applied  t-h-door-entry: 1 new note"))
        let after = plan.fileBytes
        let second = try chb(["merge", plan, update, "--agency", "sht"], now: "2026-11-30T11:00:00Z")
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout.hasPrefix("nothing to merge"), "\(second.stdout)")
        #expect(plan.fileBytes == after)
    }

    // MARK: Issue 20, items 2, 4 and 12

    @Test("a supporting agency adds a note in its view to a task it supports, and the merge applies it")
    func supportingNote() throws {
        let view = try export("sht")
        let note = try chb(["task", "note", view, "t-h-fire-arson", "--agency", "sht", "--text", "Bin stores cleared."], now: "2026-11-30T09:30:00Z")
        #expect(note.status == 0, "\(note)")
        let result = try chb(["merge", plan, view, "--agency", "sht"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("applied  t-h-fire-arson: 1 new note"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("<note at=\"2026-11-30T09:30:00Z\" agency=\"sht\">Bin stores cleared.</note>"))
    }

    @Test("a partner never removes a date: refused and listed")
    func dateRemoval() throws {
        let view = try export("sht")
        let update = try edit(view, [(Self.doorEntry, Self.doorEntry.replacingOccurrences(of: " due=\"2026-10-30\"", with: ""))])
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("refused  t-h-door-entry: due 2026-10-30 → none (a partner re-dates a task but never removes its due; ask the plan's lead agency)"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains(" due=\"2026-10-30\" progress=\"65\""))
    }

    @Test("without --agency the view's own agency merges, and says so; a dry run says 'would apply'")
    func agencyFromTheView() throws {
        let view = try export("sht")
        let update = try edit(view, [(Self.doorEntry, Self.doorEntry.replacingOccurrences(of: "progress=\"65\"", with: "progress=\"70\""))])
        let before = plan.fileBytes
        let dry = try chb(["merge", plan, update, "--dry-run"])
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.stderr.contains("merging as 'sht', the agency the view is for"))
        #expect(dry.stdout == """
            would apply t-h-door-entry: progress 65 → 70
            dry run: 1 would apply, 0 refused, 0 in conflict; nothing saved (revision would go \(cut + 1) → \(cut + 2))
            update unsigned (agency 'sht' pins no certificate)

            """)
        #expect(plan.fileBytes == before)
        let result = try chb(["merge", plan, update])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("applied  t-h-door-entry: progress 65 → 70"))
    }

    @Test("a conflict says what to do next")
    func conflictAdvice() throws {
        let view = try export("sht")
        let replan = try chb(["task", "edit", plan, "t-h-door-entry", "--due", "2026-12-18", "--agency", "smc"])
        #expect(replan.status == 0, "\(replan)")
        let update = try edit(view, [(Self.doorEntry, Self.doorEntry.replacingOccurrences(of: "progress=\"65\"", with: "progress=\"70\""))])
        let result = try chb(["merge", plan, update, "--agency", "sht"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("conflict t-h-door-entry: progress 65 → 70"))
        #expect(result.stdout.contains("next: the plan changed that task since the view was cut; export a fresh view (chb export PLAN --for sht) and ask 'sht' to make that change again there, or make it in the full plan"))
    }
}
