import Foundation
import TestSupport
import Testing

/// Messages a new user met on a first day (issue 20, items 8, 9 and 10): the role of an
/// agency that is the target of a change, advice a partner view can follow, and the nearest id
/// for a mistyped one.
@Suite("Messages for a first day's mistakes")
struct MistakeMessagesTests {
    static let agencies = "(agencies: smc, smcc, sht, edu, nhs, sfrs, opcc, prob, vol, pantry, bus)"

    @Test("a mistyped task, criterion, measure, risk or agency id names the nearest id", arguments: [
        (["task", "edit", "PLAN", "t-h-hbu", "--title", "T"], "there is no task 't-h-hbu' in this plan; did you mean 't-h-hub'?"),
        (["task", "start", "PLAN", "t-h-hbu"], "there is no task 't-h-hbu' in this plan; did you mean 't-h-hub'?"),
        (["task", "add", "PLAN", "t-x", "--stage", "build", "--title", "T", "--lead", "smc", "--depends-on", "t-h-hbu"], "did you mean 't-h-hub'?"),
        (["criterion", "met", "PLAN", "c-h-cukoo"], "there is no criterion c-h-cukoo in this plan; did you mean 'c-h-cuckoo'?"),
        (["measure", "record", "PLAN", "m-h-asbb", "--date", "2026-11-01", "--value", "3"], "; did you mean 'm-h-asb'?"),
        (["risk", "edit", "PLAN", "r-h-rival-lin", "--impact", "2"], "; did you mean 'r-h-rival-line'?"),
        (["task", "edit", "PLAN", "t-h-hub", "--lead", "smcx"], "lead 'smcx' is not an agency of this plan \(agencies); did you mean 'smc'?"),
        (["status", "PLAN", "--agency", "shtt"], "its agencies: smc, smcc, sht, edu, nhs, sfrs, opcc, prob, vol, pantry, bus; did you mean 'sht'?"),
        (["task", "edit", "PLAN", "t-h-hub", "--support", "edux"], "supporting agency 'edux' is not an agency of this plan \(agencies); did you mean 'edu'?"),
    ])
    func didYouMean(_ arguments: [String], _ message: String) throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let result = try chb(arguments.map { $0 == "PLAN" ? plan : $0 } + (arguments[0] == "status" ? [] : ["--agency", "smc"]))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("\(plan): error: ") && result.stderr.contains(message), "\(result)")
    }

    @Test("the agency a change is about is named as that, not as the acting agency")
    func targetAgencyRole() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let edit = try chb(["agency", "edit", plan, "smcc2", "--name", "X", "--agency", "smc"])
        #expect(edit.stderr == "\(plan): error: there is no agency 'smcc2' in this plan \(Self.agencies); did you mean 'smcc'?\n", "\(edit)")
        let remove = try chb(["agency", "remove", plan, "smcc2", "--agency", "smc"])
        #expect(remove.stderr == edit.stderr, "\(remove)")
        let export = try chb(["export", plan, "--for", "smcc2", "-o", scratch.path("v.xml")])
        #expect(export.status == 1)
        #expect(export.stderr == "\(plan): error: there is no agency 'smcc2' in this plan to export a view for \(Self.agencies); did you mean 'smcc'?\n", "\(export)")
        let acting = try chb(["task", "note", plan, "t-h-hub", "--text", "x", "--agency", "smcx"])
        #expect(acting.stderr.hasPrefix("\(plan): error: acting agency 'smcx' is not an agency"), "\(acting)")
    }

    @Test("a partner view never advises --override, which it refuses; a task not in the view may be withheld")
    func viewAdvice() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let view = scratch.path("v.xml")
        #expect(try chb(["export", plan, "--for", "smcc", "-o", view]).status == 0)
        let gated = try chb(["task", "start", view, "t-h-cctv-monitor", "--agency", "smcc"])
        #expect(gated.status == 1)
        #expect(gated.stderr == "\(view): error: cannot start t-h-cctv-monitor: predecessor t-h-cctv is blocked, not done (finish-to-start); a partner view for 'smcc' takes no override: wait until the gates are met, or ask the coordinator to override them in the full plan\n", "\(gated)")
        let full = try chb(["task", "start", plan, "t-h-cctv-monitor", "--agency", "smcc"])
        #expect(full.stderr.hasSuffix("; use --override REASON to proceed anyway\n"), "\(full)")
        let missing = try chb(["task", "start", view, "t-h-zzzz", "--agency", "smcc"])
        #expect(missing.stderr.contains("(this is the view for 'smcc': a task of the full plan it neither leads nor supports, or marked above its clearance, is withheld from it)"), "\(missing)")
        let shown = try chb(["task", "show", view, "t-h-zzzz"])
        #expect(shown.stderr == "\(view): error: there is no task 't-h-zzzz' in this plan (this is the view for 'smcc': a task of the full plan it neither leads nor supports, or marked above its clearance, is withheld from it)\n", "\(shown)")
    }
}
