import Foundation
import TestSupport
import Testing

/// `chb stage`, `chb task` transitions, criteria, measures, notes, decisions and the log,
/// run end to end on copies of the example plans.
@Suite("Workflow commands")
struct WorkflowCommandTests {
    /// The clock of the changes these tests check the recorded dates of.
    static let morning = "2026-12-01T09:00:00Z"

    @Test("Starting Hold changes the file, bumps the revision and records one event")
    func stageStart() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let base = try revision(plan)
        let result = try ChbProcess.run("stage", "start", plan, "hold", "--agency", "nwp", "--actor", "Detective Superintendent", now: Self.morning)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "started hold; revision \(base + 1)\n")
        let text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(text.contains(#"<phase kind="hold" status="active" plannedStart="2027-02-01" plannedEnd="2027-09-30" started="2026-12-01">"#))
        #expect(text.contains(#"<event at="2026-12-01T09:00:00Z" agency="nwp" kind="phaseStarted" subject="hold" actor="Detective Superintendent"><change field="status" from="notStarted" to="active"/><change field="started" to="2026-12-01"/>notStarted → active</event>"#))
        #expect(try revision(plan) == base + 1)
        #expect(try ChbProcess.run("validate", plan).status == 0)
    }

    @Test("A refused transition exits 1, names the gate and leaves the file byte for byte")
    func refusedLeavesFile() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let before = try bytes(plan)
        let build = try ChbProcess.run("stage", "start", plan, "build", "--agency", "nwp")
        #expect(build.status == 1)
        #expect(build.stderr == "\(plan): error: cannot start build: hold has not started (build may start once hold is active or complete); use --override REASON to proceed anyway\n")
        let strike = try ChbProcess.run("task", "start", plan, "t-k-strike-day", "--agency", "nwp")
        #expect(strike.status == 1)
        #expect(strike.stderr.contains("predecessor t-k-warrant-apps is inProgress, not done (finish-to-start)"))
        let noReason = try ChbProcess.run("task", "block", plan, "t-k-warrant-apps", "--agency", "nwp")
        #expect(noReason.status == 1 && noReason.stderr.contains("without a reason"))
        let machine = try ChbProcess.run("task", "start", plan, "t-k-comms-plan", "--agency", "nwp", "--override", "please")
        #expect(machine.status == 1 && machine.stderr.contains("cannot start t-k-comms-plan: it is done; reopen it with a reason instead"))
        let stranger = try ChbProcess.run("task", "start", plan, "t-k-weapons-sweep", "--agency", "mi5")
        #expect(stranger.status == 1 && stranger.stderr.contains("acting agency 'mi5' is not an agency of this plan"))
        #expect(try bytes(plan) == before)
        #expect(!FileManager.default.fileExists(atPath: plan + ".tmp"))
    }

    @Test("Guard rails: a stage not started, another agency's task, a date of fact in the future")
    func guardRails() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let before = try bytes(plan)
        let build = try ChbProcess.run("task", "start", plan, "t-k-community-hub", "--agency", "hbc")
        #expect(build.status == 1)
        #expect(build.stderr == "\(plan): error: cannot start t-k-community-hub: stage build is not started (a task leaves planned only while its stage is active); use --override REASON to proceed anyway\n")
        let other = try ChbProcess.run("task", "done", plan, "t-k-fire-checks", "--agency", "hbc", "--override", "please")
        #expect(other.status == 1)
        #expect(other.stderr == "\(plan): error: 'hbc' may not change t-k-fire-checks: only its lead agency 'fire' or the plan's lead agency 'nwp' may\n")
        let future = try ChbProcess.run("task", "done", plan, "t-k-fire-checks", "--agency", "fire", "--date", "2026-12-02")
        #expect(future.status == 1)
        #expect(future.stderr == "\(plan): error: completedOn of t-k-fire-checks 2026-12-02 is after the day of the change (2026-11-30); a date of fact cannot lie in the future\n")
        let blank = try ChbProcess.run("task", "start", plan, "t-k-strike-day", "--agency", "nwp", "--override", " ")
        #expect(blank.stderr == "\(plan): error: an override needs a reason: --override REASON\n")
        let noReason = try ChbProcess.run("task", "block", plan, "t-k-warrant-apps", "--agency", "nwp")
        #expect(noReason.stderr == "\(plan): error: t-k-warrant-apps cannot be blocked without a reason: give --reason TEXT\n")
        #expect(try bytes(plan) == before)
        // The plan's lead agency records for a partner.
        #expect(try ChbProcess.run("task", "done", plan, "t-k-fire-checks", "--agency", "nwp").status == 0)
    }

    @Test("validate warns about a date of fact after today")
    func validateFutureFacts() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let early = try ChbProcess.run("validate", plan, now: "2026-10-20T09:00:00Z")
        #expect(early.status == 0)
        #expect(early.stderr.contains("warning: task 't-k-intel-profile' completedOn 2026-10-22 is after today (2026-10-20)"), "\(early)")
        #expect(try ChbProcess.run("validate", plan).stderr.isEmpty)
    }

    @Test("Usage errors exit 64 and leave the file alone")
    func usageErrors() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let before = try bytes(plan)
        #expect(try ChbProcess.run("stage", "start", plan, "hold").status == 64)
        #expect(try ChbProcess.run("stage", "start", plan, "middle", "--agency", "nwp").status == 64)
        #expect(try ChbProcess.run("task", "done", plan, "t-k-warrant-apps", "--agency", "nwp", "--date", "1/12/2026").status == 64)
        #expect(try bytes(plan) == before)
    }

    @Test("An override records one override event naming the gate and the reason")
    func override() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let base = try revision(plan)
        let result = try ChbProcess.run("task", "start", plan, "t-k-strike-day", "--agency", "nwp",
            "--override", "Gold commander brought strike day forward")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "started t-k-strike-day (now inProgress) by override of: predecessor t-k-warrant-apps is inProgress, not done (finish-to-start); revision \(base + 1)\n")
        let log = try ChbProcess.run("log", plan, "--subject", "t-k-strike-day", "--format", "json")
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])["events"] as? [[String: Any]]
        let last = try #require(events?.last)
        #expect(last["kind"] as? String == "override")
        #expect(last["text"] as? String == "planned → inProgress by override of: predecessor t-k-warrant-apps is inProgress, not done (finish-to-start); override reason: Gold commander brought strike day forward")
        #expect(try revision(plan) == base + 1)
    }

    @Test("Done takes --date as completedOn; block, unblock, cancel and reopen keep the fields consistent")
    func taskLifecycle() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let base = try revision(plan)
        @discardableResult
        func chb(_ arguments: String...) throws -> ChbProcess.Result {
            let result = try ChbProcess.run([arguments[0], arguments[1], plan] + Array(arguments.dropFirst(2)), now: Self.morning)
            #expect(result.status == 0, "\(arguments): \(result)")
            return result
        }
        try chb("task", "done", "t-k-warrant-apps", "--agency", "nwp", "--date", "2026-11-30", "--reason", "all six granted")
        var text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(text.contains(#"<task id="t-k-warrant-apps" lead="nwp" status="done" strand="pursue" priority="high" start="2026-11-02" due="2026-12-04" progress="100" completedOn="2026-11-30">"#))
        try chb("task", "block", "t-k-weapons-sweep", "--agency", "nwp", "--reason", "search team redeployed")
        text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(text.contains(#"status="blocked" strand="pursue" start="2026-12-01" durationDays="18" blockedSince="2026-12-01">"#))
        #expect(text.contains("<blockedReason>search team redeployed</blockedReason>"))
        try chb("task", "unblock", "t-k-weapons-sweep", "--agency", "nwp")
        try chb("task", "cancel", "t-k-weapons-sweep", "--agency", "nwp", "--reason", "covered by strike day searches")
        try chb("task", "reopen", "t-k-warrant-apps", "--agency", "nwp", "--reason", "one warrant quashed")
        text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(!text.contains("<blockedReason>") && !text.contains(#"completedOn="2026-11-30""#))
        #expect(text.contains(#"<task id="t-k-weapons-sweep" lead="nwp" status="cancelled""#))
        #expect(try revision(plan) == base + 5)
        #expect(try ChbProcess.run("validate", plan).status == 0)
    }

    @Test("Criteria, observations, notes and decisions each record one event")
    func records() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let base = try revision(plan)
        let steps: [([String], String)] = [
            (["criterion", "met", plan, "c-k-principals", "--agency", "nwp", "--evidence", "three charged and remanded", "--date", "2026-11-30"],
             "criterion c-k-principals met; revision \(base + 1)\n"),
            (["criterion", "unmet", plan, "c-k-principals", "--agency", "nwp", "--reason", "one released on appeal"],
             "criterion c-k-principals not met; revision \(base + 2)\n"),
            (["measure", "record", plan, "m-k-drug-calls", "--agency", "nwp", "--date", "2026-11-30", "--value", "47.5", "--source", "nwp"],
             "recorded 47.5 for m-k-drug-calls on 2026-11-30; revision \(base + 3)\n"),
            (["task", "note", plan, "t-k-fire-checks", "--agency", "fire", "--text", "Forty visits done."],
             "added a note to t-k-fire-checks; revision \(base + 4)\n"),
            (["decision", plan, "--agency", "nwp", "--actor", "Chair", "--text", "Hold to start in February."],
             "recorded a decision; revision \(base + 5)\n"),
        ]
        for (arguments, expected) in steps {
            let result = try ChbProcess.run(arguments, now: Self.morning)
            #expect(result.status == 0 && result.stdout == expected, "\(arguments): \(result)")
        }
        let text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(text.contains(#"<criterion id="c-k-principals" met="false">"#))
        #expect(text.contains("<evidence>three charged and remanded</evidence>"))
        #expect(text.contains(#"<observation date="2026-11-30" value="47.5" source="nwp"/>"#))
        #expect(text.contains(#"<note at="2026-12-01T09:00:00Z" agency="fire">Forty visits done.</note>"#))
        #expect(text.contains(#"<event at="2026-12-01T09:00:00Z" agency="nwp" kind="decision" subject="op-kestrel" actor="Chair">Hold to start in February.</event>"#))
        let refused = try ChbProcess.run("measure", "record", plan, "m-k-nothing", "--agency", "nwp", "--date", "2026-11-30", "--value", "1")
        #expect(refused.status == 1 && refused.stderr.contains("there is no measure m-k-nothing"))
    }

    @Test("The log filters by subject and date, as text or JSON")
    func log() throws {
        // The expectations come from the plan's whole log, so they hold whenever the examples
        // are regenerated: the filters must pick exactly the events a reader would pick.
        let plan = ChbProcess.repositoryRoot.appendingPathComponent("plans/kestrel-clear.xml").path
        let planRevision = try revision(plan)
        let all = try Self.events(try ChbProcess.run("log", plan, "--format", "json"))
        let subject = "t-k-warrant-apps"
        let about = all.filter { $0["subject"] as? String == subject }
        #expect(about.count >= 2 && about.count < all.count)

        let json = try ChbProcess.run("log", plan, "--subject", subject, "--format", "json")
        #expect(json.status == 0)
        #expect(NSArray(array: try Self.events(json)) == NSArray(array: about))
        let text = try ChbProcess.run("log", plan, "--subject", subject)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == about.count + 2 && lines.last == "")
        #expect(lines.dropLast(2).allSatisfy { $0.contains("  \(subject)  ") }, "\(text.stdout)")
        for (line, event) in zip(lines, about) {
            let at = try #require(event["at"] as? String), kind = try #require(event["kind"] as? String)
            let agency = try #require(event["agency"] as? String)
            #expect(line.hasPrefix("\(at)  \(agency)  \(kind) "), "\(line)")
        }
        #expect(lines.dropLast().last == "\(about.count) of \(all.count) events; revision \(planRevision)", "\(text.stdout)")

        let since = "2026-11-25"
        let recent = all.filter { ($0["at"] as? String ?? "") >= since }
        #expect(!recent.isEmpty && recent.count < all.count)
        let sinceJSON = try ChbProcess.run("log", plan, "--since", since, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sinceJSON.stdout.utf8)) as? [String: Any])
        #expect(object["plan"] as? String == "op-kestrel" && object["revision"] as? Int == planRevision)
        #expect(NSArray(array: try Self.events(sinceJSON)) == NSArray(array: recent))

        // An event's actor follows its text in parentheses.
        let started = try #require(all.first { $0["kind"] as? String == "phaseStarted" && $0["subject"] as? String == "clear" })
        let actor = try #require(started["actor"] as? String)
        let stage = try ChbProcess.run("log", plan, "--subject", "clear")
        let line = try #require(stage.stdout.split(separator: "\n").first { $0.contains("  phaseStarted  clear  ") })
        #expect(line.hasSuffix(" (\(actor))"), "\(line)")
    }

    /// The events of a `chb log --format json` answer.
    static func events(_ result: ChbProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["events"] as? [[String: Any]])
    }
}
