import Foundation
import Testing
import TestSupport

/// Runs a program found on the PATH (through `/usr/bin/env`) and returns its exit status and output.
private func runTool(_ arguments: [String], timeout: Double = 180) throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
        if process.isRunning, process.processIdentifier == pid { process.terminate() }
    }
    // Read both pipes while the child runs, so neither can fill up and stall it.
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = err.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
    return (process.terminationStatus, outputData, String(decoding: errorData, as: UTF8.self))
}

/// Why a Python-driven check cannot run here, or `nil` when it can.
private func pythonUnavailable(_ modules: String, install: String) -> String? {
    guard (try? runTool(["python3", "-c", "import \(modules)"]))?.status == 0 else {
        return "the Python module(s) \(modules) are not installed (\(install))"
    }
    return nil
}

/// `chb export --to html|ics` from the command line: refusals, determinism, file names.
@Suite("Exporting the partner page and calendars")
struct PartnerExportCommandTests {
    @Test("--to html without --for is refused with advice, and writes nothing")
    func htmlNeedsPartner() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        let result = try chb(["export", plan, "--to", "html", "-o", folder.path("page.html")])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--to html writes a partner's update page, made only from a partner's view: add --for AGENCY"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("page.html")))
    }

    @Test("The page embeds the view exactly as export --for writes it, and says where the update goes")
    func pageEmbedsView() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("kestrel-clear.xml")
        // Each export records an event, so compare two plans at the same revision.
        let other = try folder.write("other.xml", String(decoding: try bytes(plan), as: UTF8.self))
        let cut = try revision(other)
        #expect(try chb(["export", plan, "--for", "hbc", "-o", folder.path("view.xml")]).status == 0)
        #expect(try chb(["export", other, "--for", "hbc", "--to", "html", "-o", folder.path("view.html")]).status == 0)
        let html = String(decoding: try bytes(folder.path("view.html")), as: UTF8.self)
        let view = String(decoding: try bytes(folder.path("view.xml")), as: UTF8.self)
        let start = try #require(html.range(of: "<script type=\"application/xml\" id=\"view\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let embedded = String(html[start.upperBound..<end.lowerBound])
        #expect(embedded.replacingOccurrences(of: "<\\/", with: "</").replacingOccurrences(of: "<\\!", with: "<!") == view)
        #expect(html.contains("data-file=\"op-kestrel-hbc-r\(cut)-update.xml\""))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"))
        for forbidden in ["http://", "https://", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(forbidden), "the page holds \(forbidden)")
        }
    }

    @Test("The README section shows the command as chb prints it, and the screenshot is there")
    func readme() throws {
        let readme = try String(contentsOf: ChbProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("### Partners update their view in a browser"))
        #expect(readme.contains("](docs/partner-update-heron-edu.png)"))
        #expect(FileManager.default.fileExists(atPath: ChbProcess.repositoryRoot.appendingPathComponent("docs/partner-update-heron-edu.png").path))
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        let result = try chb(["export", plan, "--for", "edu", "--to", "html", "-o", folder.path("edu-update.html")])
        let printed = result.stdout.replacingOccurrences(of: folder.path("edu-update.html"), with: "edu-update.html")
        // The warning naming the tasks the view withholds comes first, on stderr.
        let warned = result.stderr.replacingOccurrences(of: plan, with: "heron-hold.xml")
        #expect(readme.contains("$ chb export heron-hold.xml --for edu --to html -o edu-update.html\n" + warned + printed))
    }

    @Test("html and ics exports are deterministic: the same plan gives the same bytes")
    func deterministic() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("osprey-build.xml")
        let copy = try folder.write("copy.xml", String(decoding: try bytes(plan), as: UTF8.self))
        for (format, partner) in [("ics", nil), ("ics", "tbc"), ("html", "tbc")] as [(String, String?)] {
            var outputs: [Data] = []
            for (index, file) in [plan, copy].enumerated() {
                let out = folder.path("\(format)-\(partner ?? "all")-\(index)")
                let result = try chb(["export", file, "--to", format, "-o", out] + (partner.map { ["--for", $0] } ?? []))
                #expect(result.status == 0, "\(result)")
                outputs.append(try bytes(out))
            }
            #expect(outputs[0] == outputs[1], "\(format) \(partner ?? "full") differs between runs")
            // Both plans recorded one export each, so reset the copy for the next format.
            try bytes(plan).write(to: URL(fileURLWithPath: copy))
        }
    }
}

/// Calendars read by Python's `icalendar` (pip install icalendar).
@Suite("ICS calendars read by icalendar", .serialized,
       .enabled(if: icalendarUnavailable == nil, "SKIPPED: \(icalendarUnavailable ?? "")"))
struct CalendarCommandTests {
    /// Reads a calendar with icalendar and prints each event's UID, SEQUENCE, dates and
    /// whether the description carries the marking.
    static let reader = """
        import json, sys, icalendar
        raw = open(sys.argv[1], 'rb').read()
        lines = raw.split(b'\\r\\n')
        assert raw.endswith(b'\\r\\n') and b'\\n' not in raw.replace(b'\\r\\n', b''), 'lines must end in CRLF'
        assert all(len(l) <= 75 for l in lines), 'a line is longer than 75 octets'
        cal = icalendar.Calendar.from_ical(raw)
        out = []
        for e in cal.walk('VEVENT'):
            out.append({'uid': str(e['UID']), 'sequence': int(e['SEQUENCE']), 'start': e['DTSTART'].dt.isoformat(),
                        'end': e['DTEND'].dt.isoformat(), 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION'])})
        print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'events': out}))
        """

    struct Calendar: Decodable {
        struct Event: Decodable {
            var uid: String
            var sequence: Int
            var start: String
            var end: String
            var summary: String
            var description: String
        }
        var name: String
        var events: [Event]
    }

    static func read(_ path: String) throws -> Calendar {
        let run = try runTool(["python3", "-c", reader, path])
        try #require(run.status == 0, "icalendar could not read \(path): \(run.stderr)")
        return try JSONDecoder().decode(Calendar.self, from: run.stdout)
    }

    @Test("Heron's calendar: every event dated, marked and uniquely identified; a re-export after a change keeps every UID")
    func heron() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        #expect(try chb(["export", plan, "--to", "ics", "-o", folder.path("before.ics")]).status == 0)
        let before = try Self.read(folder.path("before.ics"))
        #expect(before.name == "OFFICIAL-SENSITIVE: Operation Heron: Quayside and the Saltings")
        #expect(Set(before.events.map(\.uid)).count == before.events.count)
        #expect(before.events.contains { $0.uid == "t-h-cctv@op-heron.chb" && $0.start == "2026-07-06" && $0.end == "2026-10-31" })
        #expect(before.events.contains { $0.uid == "hold-review@op-heron.chb" && $0.start == "2026-12-03" })
        #expect(before.events.contains { $0.uid == "build-end@op-heron.chb" && $0.start == "2027-10-29" })
        #expect(before.events.contains { $0.uid == "t-h-hold-review@op-heron.chb" && $0.summary.hasPrefix("Milestone: ") && $0.start == "2027-01-26" && $0.end == "2027-01-27" })
        for event in before.events {
            #expect(event.description.hasPrefix("OFFICIAL") && event.description.contains("Information sharing agreement SMC-ISA-2025-044"),
                    "\(event.uid) lacks the marking")
        }
        // A change to the plan: the re-export updates events, it adds none and drops none.
        let done = try chb(["task", "done", plan, "t-h-return-interviews", "--agency", "smcc", "--date", "2026-11-30"])
        #expect(done.status == 0, "\(done)")
        #expect(try chb(["export", plan, "--to", "ics", "-o", folder.path("after.ics")]).status == 0)
        let after = try Self.read(folder.path("after.ics"))
        #expect(after.events.map(\.uid) == before.events.map(\.uid))
        #expect(after.events.allSatisfy { $0.sequence == before.events[0].sequence + 1 })
        let interviews = try #require(after.events.first { $0.uid == "t-h-return-interviews@op-heron.chb" })
        #expect(interviews.description.contains("Status: done on 2026-11-30."))
    }

    @Test("A partner's calendar is cut from its view", arguments: ["heron-hold.xml", "kestrel-clear.xml", "osprey-build.xml"])
    func partnerCalendar(_ name: String) throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan(name)
        let agency = ["heron-hold.xml": "sht", "kestrel-clear.xml": "odyt", "osprey-build.xml": "vol"][name]!
        #expect(try chb(["export", plan, "--to", "ics", "-o", folder.path("all.ics")]).status == 0)
        #expect(try chb(["export", plan, "--for", agency, "--to", "ics", "-o", folder.path("partner.ics")]).status == 0)
        #expect(try chb(["export", plan, "--for", agency, "-o", folder.path("view.xml")]).status == 0)
        let all = try Self.read(folder.path("all.ics")), partner = try Self.read(folder.path("partner.ics"))
        let view = String(decoding: try bytes(folder.path("view.xml")), as: UTF8.self)
        #expect(partner.name.hasSuffix("(\(agency)))"), "\(partner.name)")
        #expect(partner.events.count < all.events.count)
        for event in partner.events where !event.uid.hasPrefix("clear-") && !event.uid.hasPrefix("hold-") && !event.uid.hasPrefix("build-") {
            let task = String(event.uid.prefix { $0 != "@" })
            #expect(view.contains("<task id=\"\(task)\""), "\(event.uid) is not in the view")
        }
    }
}

/// Why the browser check cannot run here, or `nil` when it can.
private let browserUnavailable: String? = {
    for tool in ["chromium", "chromedriver"] where (try? runTool(["sh", "-c", "command -v \(tool)"]))?.status != 0 {
        return "\(tool) is not installed (apt-get install -y chromium chromium-driver); the browser checks did not run"
    }
    return pythonUnavailable("selenium", install: "pip install selenium")
}()

/// Why the calendar check cannot run here, or `nil` when it can.
private let icalendarUnavailable = pythonUnavailable("icalendar", install: "pip install icalendar")

/// The partner update page in real Chromium, driven by Selenium through
/// `scripts/partner_page_check.py`: a partner's edits are saved, validate, merge exactly,
/// and carry on from the saved file; no forbidden move is offered; nothing is requested.
@Suite("Partner update page in Chromium", .serialized,
       .enabled(if: browserUnavailable == nil, "SKIPPED: \(browserUnavailable ?? "")"))
struct PartnerPageBrowserTests {
    /// What the script reports.
    struct Report: Decodable {
        struct Changes: Decodable {
            struct Done: Decodable { var task: String; var completedOn: String }
            struct Blocked: Decodable { var task: String; var reason: String }
            struct Progress: Decodable { var task: String; var from: String?; var to: String }
            struct Note: Decodable { var task: String; var text: String }
            var done: Done
            var blocked: Blocked
            var progress: Progress
            var note: Note
        }
        var problems: [String]
        var requests: [String]?
        var saved: String?
        var savedName: String?
        var changes: Changes?
    }

    @Test("A partner's edits in the page merge exactly", .timeLimit(.minutes(5)),
          arguments: [("heron-hold.xml", "op-heron", "smcc"), ("kestrel-clear.xml", "op-kestrel", "hbc"), ("osprey-build.xml", "op-osprey", "tbc")])
    func updateInBrowser(_ name: String, _ planID: String, _ agency: String) throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan(name)
        let revision = try revision(plan)
        let page = folder.path("view.html")
        let export = try chb(["export", plan, "--for", agency, "--to", "html", "-o", page])
        try #require(export.status == 0, "\(export)")

        let script = ChbProcess.repositoryRoot.appendingPathComponent("scripts/partner_page_check.py").path
        let run = try runTool(["python3", script, page, folder.path("downloads")])
        let report = try JSONDecoder().decode(Report.self, from: run.stdout)
        #expect(run.status == 0 && report.problems.isEmpty, "\(report.problems) \(run.stderr.suffix(2000))")
        #expect(report.requests == [], "the page made requests: \(report.requests ?? [])")
        let saved = try #require(report.saved), changes = try #require(report.changes)
        #expect(report.savedName == "\(planID)-\(agency)-r\(revision)-update.xml")

        let validate = try chb(["validate", saved])
        #expect(validate.status == 0, "\(validate)")
        // The browser dates what it records by the real clock, so merge by it too.
        let merge = ChbProcess.finish(try ChbProcess.start(["merge", plan, saved, "--agency", agency], now: nil))
        #expect(merge.status == 0, "\(merge)")
        let applied = merge.stdout.split(separator: "\n").filter { $0.hasPrefix("applied") }.map(String.init)
        #expect(applied.count == 4, "\(merge.stdout)")
        #expect(applied.contains("applied  \(changes.done.task): status inProgress → done"))
        #expect(applied.contains { $0.hasPrefix("applied  \(changes.blocked.task): status ") && $0.hasSuffix(" → blocked") })
        #expect(applied.contains("applied  \(changes.progress.task): progress \(changes.progress.from ?? "none") → \(changes.progress.to)"))
        #expect(applied.contains("applied  \(changes.note.task): 1 new note"))
        #expect(merge.stdout.contains("4 applied, 0 refused, 0 in conflict"))

        let merged = String(decoding: try bytes(plan), as: UTF8.self)
        let escapedNote = changes.note.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        #expect(merged.contains("agency=\"\(agency)\">\(escapedNote)</note>"))
        #expect(merged.contains("<blockedReason>\(changes.blocked.reason.replacingOccurrences(of: "'", with: "'"))</blockedReason>"))
        #expect(merged.contains("completedOn=\"\(changes.done.completedOn)\""))
        #expect(try chb(["validate", plan]).status == 0)
    }
}
