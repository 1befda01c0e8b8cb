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
        let result = try ChbProcess.run("stage", "start", plan, "hold", "--agency", "nwp", "--actor", "Detective Superintendent", now: Self.morning)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "started hold; revision 31\n")
        let text = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(text.contains(#"<phase kind="hold" status="active" plannedStart="2027-02-01" plannedEnd="2027-09-30" started="2026-12-01">"#))
        #expect(text.contains(#"<event at="2026-12-01T09:00:00Z" agency="nwp" kind="phaseStarted" subject="hold" actor="Detective Superintendent"><change field="status" from="notStarted" to="active"/><change field="started" to="2026-12-01"/>notStarted → active</event>"#))
        #expect(try revision(plan) == 31)
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
        let result = try ChbProcess.run("task", "start", plan, "t-k-strike-day", "--agency", "nwp",
            "--override", "Gold commander brought strike day forward")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "started t-k-strike-day (now inProgress) by override of: predecessor t-k-warrant-apps is inProgress, not done (finish-to-start); revision 31\n")
        let log = try ChbProcess.run("log", plan, "--subject", "t-k-strike-day", "--format", "json")
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])["events"] as? [[String: Any]]
        let last = try #require(events?.last)
        #expect(last["kind"] as? String == "override")
        #expect(last["text"] as? String == "planned → inProgress by override of: predecessor t-k-warrant-apps is inProgress, not done (finish-to-start); override reason: Gold commander brought strike day forward")
        #expect(try revision(plan) == 31)
    }

    @Test("Done takes --date as completedOn; block, unblock, cancel and reopen keep the fields consistent")
    func taskLifecycle() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
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
        #expect(try revision(plan) == 35)
        #expect(try ChbProcess.run("validate", plan).status == 0)
    }

    @Test("Criteria, observations, notes and decisions each record one event")
    func records() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let steps: [([String], String)] = [
            (["criterion", "met", plan, "c-k-principals", "--agency", "nwp", "--evidence", "three charged and remanded", "--date", "2026-11-30"],
             "criterion c-k-principals met; revision 31\n"),
            (["criterion", "unmet", plan, "c-k-principals", "--agency", "nwp", "--reason", "one released on appeal"],
             "criterion c-k-principals not met; revision 32\n"),
            (["measure", "record", plan, "m-k-drug-calls", "--agency", "nwp", "--date", "2026-11-30", "--value", "47.5", "--source", "nwp"],
             "recorded 47.5 for m-k-drug-calls on 2026-11-30; revision 33\n"),
            (["task", "note", plan, "t-k-fire-checks", "--agency", "fire", "--text", "Forty visits done."],
             "added a note to t-k-fire-checks; revision 34\n"),
            (["decision", plan, "--agency", "nwp", "--actor", "Chair", "--text", "Hold to start in February."],
             "recorded a decision; revision 35\n"),
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
        let plan = ChbProcess.repositoryRoot.appendingPathComponent("plans/kestrel-clear.xml").path
        let text = try ChbProcess.run("log", plan, "--subject", "t-k-warrant-apps")
        #expect(text.status == 0)
        #expect(text.stdout == """
            2026-11-02T08:45:00Z  nwp  taskStatusChanged  t-k-warrant-apps  inProgress: warrant applications started.
            2026-11-24T09:25:00Z  nwp  taskUpdated        t-k-warrant-apps  Progress 60%: four of six applications drafted.
            2 of 30 events; revision 30

            """)
        let json = try ChbProcess.run("log", plan, "--since", "2026-11-25", "--format", "json")
        #expect(json.stdout == """
            {"plan":"op-kestrel","revision":30,"events":[\
            {"at":"2026-11-25T17:00:00Z","agency":"pcc","kind":"observationRecorded","subject":"m-k-feel-safe","text":"November pulse survey: 43% feel safe after dark (118 responses)."},\
            {"at":"2026-11-26T11:10:00Z","agency":"bmh","kind":"taskUpdated","subject":"t-k-cuckoo-mapping","text":"Progress 70%: seven of nine tenancies visited."}]}

            """)
        let actor = try ChbProcess.run("log", plan, "--subject", "clear")
        #expect(actor.stdout.hasPrefix("2026-10-05T08:30:00Z  nwp  phaseStarted  clear  Clear started with the intelligence development phase. (Detective Inspector, SOCU East)\n"))
    }
}
