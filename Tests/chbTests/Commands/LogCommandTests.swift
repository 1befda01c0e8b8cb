import Foundation
import TestSupport
import Testing

@Suite("chb log")
struct LogCommandTests {
    @Test("A decision written over several lines stays on one line of the text log, and whole in JSON")
    func multiLineText() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let (base, count) = (try revision(plan), try eventCount(plan))
        let decision = try ChbProcess.run("decision", plan, "--text", "Agreed:\nfund two more PCSOs.\tReview in March.", "--agency", "nwp",
            now: "2026-12-01T09:00:00Z")
        #expect(decision.status == 0, "\(decision)")
        let text = try ChbProcess.run("log", plan, "--since", "2026-12-01")
        #expect(text.stdout == """
            2026-12-01T09:00:00Z  nwp  decision  op-kestrel  Agreed: fund two more PCSOs. Review in March.
            1 of \(count + 1) events; revision \(base + 1)

            """)
        let json = try ChbProcess.run("log", plan, "--since", "2026-12-01", "--format", "json")
        #expect(json.stdout.contains(#""text":"Agreed:\nfund two more PCSOs.\tReview in March."}]}"#))
    }

    @Test("--subject that is no id of the plan and no event's is an error, with the nearest id suggested")
    func unknownSubject() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let base = try revision(plan)
        let typo = try ChbProcess.run("log", plan, "--subject", "t-h-cctvv")
        #expect(typo.status == 1 && typo.stdout.isEmpty, "\(typo)")
        #expect(typo.stderr == "\(plan): error: no task, stage, criterion, measure, risk or agency 't-h-cctvv' in the plan, and no event is about it; did you mean 't-h-cctv'?\n")
        let nothingNear = try ChbProcess.run("log", plan, "--subject", "t-h-nope", "--format", "json")
        #expect(nothingNear.status == 1 && nothingNear.stderr.hasSuffix("'t-h-nope' in the plan, and no event is about it\n"), "\(nothingNear)")
        // Real ids with or without events are fine: a stage, an agency, a risk.
        for subject in ["hold", "smc", "r-h-rival-line", "op-heron"] {
            let result = try ChbProcess.run("log", plan, "--subject", subject)
            #expect(result.status == 0 && result.stdout.hasSuffix("events; revision \(base)\n"), "\(subject): \(result)")
        }
    }

    @Test("--subject names a task only the history still knows: a removed task's events are listed")
    func removedSubject() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let (base, count) = (try revision(plan), try eventCount(plan))
        #expect(try ChbProcess.run("task", "add", plan, "t-k-gone", "--stage", "hold", "--title", "Short-lived", "--lead", "nwp", "--agency", "nwp").status == 0)
        #expect(try ChbProcess.run("task", "remove", plan, "t-k-gone", "--agency", "nwp").status == 0)
        let result = try ChbProcess.run("log", plan, "--subject", "t-k-gone")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix("2 of \(count + 2) events; revision \(base + 2)\n"), "\(result)")
    }
}

/// How many events a plan file's history holds.
private func eventCount(_ path: String) throws -> Int {
    String(decoding: try bytes(path), as: UTF8.self).components(separatedBy: "<event ").count - 1
}
