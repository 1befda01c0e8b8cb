import Foundation
import Testing
import TestSupport

/// The council updates its view with chb's task verbs; the lead merges it (issue 9 item 1).
@Suite("Task verbs on a partner view")
struct PartnerViewCommandTests {
    let folder: TemporaryFolder
    let plan: String
    let view: String
    /// The revision the view is cut from: the example plan's, read rather than assumed.
    let cut: Int

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
        cut = try revision(plan)
        view = folder.path("smcc-view.xml")
        let exported = try chb(["export", plan, "--for", "smcc", "-o", view], now: "2026-11-30T09:00:00Z")
        #expect(exported.status == 0, "\(exported.stderr)")
    }

    @Test("the council's task verbs change its view, keep its revision and merge cleanly")
    func updateAndMerge() throws {
        let steps: [[String]] = [
            ["task", "done", view, "t-h-return-interviews", "--agency", "smcc", "--date", "2026-11-28"],
            ["task", "note", view, "t-h-return-interviews", "--agency", "smcc", "--text", "All 14 interviews held."],
            ["task", "edit", view, "t-h-hub", "--agency", "smcc", "--due", "2027-04-30"],
            ["task", "unblock", view, "t-h-cctv", "--agency", "smcc"],
            ["task", "edit", view, "t-h-cctv", "--agency", "smcc", "--progress", "60"],
        ]
        for step in steps {
            let result = try chb(step, now: "2026-11-30T11:00:00Z")
            #expect(result.status == 0, "\(step): \(result.stderr)")
            #expect(result.stdout.contains("saved in the view for 'smcc' of revision \(cut) (not recorded"), "\(result.stdout)")
        }
        let xml = try String(contentsOfFile: view, encoding: .utf8)
        #expect(xml.contains(" revision=\"\(cut)\"") && xml.contains("sourceRevision=\"\(cut)\""))
        #expect(xml.contains("<history/>"))
        #expect(try chb(["validate", view], now: "2026-11-30T11:00:00Z").status == 0)

        let merged = try chb(["merge", plan, view, "--agency", "smcc"], now: "2026-11-30T12:00:00Z")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == """
            applied  t-h-return-interviews: status inProgress → done
            applied  t-h-return-interviews: 1 new note
            applied  t-h-cctv: status blocked → inProgress
            applied  t-h-cctv: progress 40 → 60
            applied  t-h-hub: due 2027-03-26 → 2027-04-30
            merged smcc's update of revision \(cut): 5 applied, 0 refused, 0 in conflict; revision \(cut + 1) → \(cut + 6)
            update unsigned (agency 'smcc' pins no certificate)

            """)
    }

    @Test("what a view does not take is refused with why and what to do, and the file is untouched")
    func refusals() throws {
        let before = try #require(view.fileBytes)
        let cases: [([String], String)] = [
            (["task", "start", view, "t-h-funding", "--agency", "smcc"],
             "task 't-h-funding' is led by 'opcc': the partner view for 'smcc' changes only the tasks 'smcc' leads; change the full plan, or return the view for 'chb merge PLAN VIEW --agency AGENCY'"),
            (["task", "start", view, "t-h-hub", "--agency", "smc"],
             "this is the partner view for 'smcc'; only 'smcc' may change it, not 'smc'; give --agency smcc"),
            (["task", "edit", view, "t-h-hub", "--agency", "smcc", "--title", "Hub"],
             "the partner view for 'smcc' may change only the progress, start, due and duration of t-h-hub, not its title"),
            (["stage", "complete", view, "hold", "--agency", "smcc"], "this is a partner view for 'smcc'"),
            (["task", "add", view, "t-new", "--stage", "hold", "--title", "New", "--lead", "smcc", "--agency", "smcc"],
             "this is a partner view for 'smcc'"),
        ]
        for (arguments, message) in cases {
            let result = try chb(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(view.fileBytes == before)
        }
    }
}
