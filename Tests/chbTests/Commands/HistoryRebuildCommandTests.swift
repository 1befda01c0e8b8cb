import Foundation
import TestSupport
import Testing

/// The issue's five commands on Heron: a task started, blocked and unblocked, then the board's
/// two views of the past, which rebuild it from the changes chb recorded.
@Suite("History rebuilt end to end")
struct HistoryRebuildCommandTests {
    @Test("Started, blocked, unblocked: --as-of the day between says it was blocked, --since lists all three moves")
    func fiveCommands() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let base = try revision(plan)
        let task = "t-h-school-sessions"
        #expect(try ChbProcess.run(["task", "start", plan, task, "--agency", "edu"], now: "2026-12-03T10:00:00Z").status == 0)
        #expect(try ChbProcess.run(["task", "block", plan, task, "--reason", "Head teacher off sick", "--agency", "edu"],
                                   now: "2026-12-03T11:00:00Z").status == 0)
        #expect(try ChbProcess.run(["task", "unblock", plan, task, "--agency", "edu"], now: "2026-12-06T11:00:00Z").status == 0)

        let asOf = try ChbProcess.run(["status", plan, "--as-of", "2026-12-05"], now: "2026-12-07T09:00:00Z")
        #expect(asOf.status == 0, "\(asOf)")
        #expect(asOf.stdout.contains("28 open tasks · 6 overdue · 3 blocked ·"), "\(asOf.stdout)")
        #expect(asOf.stdout.unwrapped.contains("which records changes after that day (revision \(base + 2) then)."), "\(asOf.stdout)")
        let blockedRow = try #require(asOf.stdout.split(separator: "\n").first { $0.contains(task) && $0.contains("2026-12-03") })
        #expect(blockedRow.contains("Hold   2026-12-03        2  no"), "blocked 2 days on the 5th: \(blockedRow)")

        let since = try ChbProcess.run(["status", plan, "--since", "2026-12-01"], now: "2026-12-07T09:00:00Z")
        #expect(since.status == 0, "\(since)")
        let section = try #require(since.stdout.components(separatedBy: "SINCE THE LAST BOARD").dropFirst().first?
            .components(separatedBy: "\n\n").first?.unwrapped)
        #expect(!section.contains("Nothing was done"))
        #expect(section.contains("  Tasks started (1):\n    - 2026-12-03: Exploitation awareness sessions for Years 7 to 9 at Saltings Academy — Severnmouth Learning Trust [t-h-school-sessions]".unwrapped), "\(section)")
        #expect(section.contains("  Newly blocked (1):\n    - 2026-12-03: Exploitation awareness sessions for Years 7 to 9 at Saltings Academy — Severnmouth Learning Trust: Head teacher off sick, now in progress [t-h-school-sessions]".unwrapped))
        #expect(section.contains("  Unblocked (1):\n    - 2026-12-06: Exploitation awareness sessions for Years 7 to 9 at Saltings Academy — Severnmouth Learning Trust, now in progress [t-h-school-sessions]".unwrapped))

        let log = try ChbProcess.run(["log", plan, "--subject", task, "--since", "2026-12-03", "--format", "json"])
        #expect(log.stdout.contains(#""kind":"taskStatusChanged","subject":"t-h-school-sessions","changes":[{"field":"status","from":"inProgress","to":"blocked"},{"field":"blockedSince","to":"2026-12-03"},{"field":"blockedReason","to":"Head teacher off sick"}],"text":"#), "\(log.stdout)")

        let csv = try ChbProcess.run(["status", plan, "--since", "2026-12-01", "--format", "csv", "--table", "changes"], now: "2026-12-07T09:00:00Z")
        let kinds = csv.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
        #expect(kinds.filter { ["started", "newlyBlocked", "unblocked"].contains($0) } == ["started", "newlyBlocked", "unblocked"])
    }

    @Test("A plan whose events record no changes says what it could not rebuild, never that nothing happened")
    func oldHistory() throws {
        // Two events recorded after every event of the example, then stripped of their
        // changes, as a plan written before chb recorded changes would hold them.
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        #expect(try ChbProcess.run(["measure", "record", plan, "m-k-feel-safe", "--date", "2027-01-11", "--value", "45", "--source", "pcc",
                                    "--agency", "nwp"], now: "2027-01-11T09:00:00Z").status == 0)
        #expect(try ChbProcess.run(["task", "note", plan, "t-k-fire-checks", "--text", "Forty visits done.", "--agency", "fire"],
                                   now: "2027-01-12T10:00:00Z").status == 0)
        let xml = String(decoding: try bytes(plan), as: UTF8.self)
        let stripped = xml.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains(#"<event at="2027-01-1"#)
                ? line.replacingOccurrences(of: #"<change [^>]*/>"#, with: "", options: .regularExpression) : String(line)
        }.joined(separator: "\n")
        #expect(stripped != xml && !stripped.contains(#"<event at="2027-01-12T10:00:00Z" agency="fire" kind="taskUpdated" subject="t-k-fire-checks"><change"#))
        try Data(stripped.utf8).write(to: URL(fileURLWithPath: plan))
        let result = try ChbProcess.run(["status", plan, "--as-of", "2027-01-12", "--since", "2027-01-10"], now: "2027-01-12T12:00:00Z")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.unwrapped.contains("  Note: 2 later events (observationRecorded 'm-k-feel-safe' at 2027-01-11T09:00:00Z, taskUpdated 't-k-fire-checks' at 2027-01-12T10:00:00Z) record no changes, so what they changed cannot be rebuilt and shows as it is now.".unwrapped), "\(result.stdout)")
    }

    @Test("The portfolio takes --since: each operation's direction of travel and top changes, a CSV table of changes across plans, and no --since after --as-of")
    func portfolioSince() throws {
        let plans = Repository.plan("kestrel-clear.xml").deletingLastPathComponent().path
        let text = try ChbProcess.run(["status", plans, "--as-of", "2026-11-30", "--since", "2026-11-01"])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.unwrapped.contains("       Since 2026-11-01  Clear Complete → Complete (no change) · Hold Amber → Red (worse) · Build Not started → Amber (worse)\n         - newly blocked: Secure and re-let the former closure-order flats\n".unwrapped), "\(text.stdout)")
        #expect(text.stdout.components(separatedBy: "       Since 2026-11-01  ").count - 1 == 3)
        let json = try ChbProcess.run(["status", plans, "--as-of", "2026-11-30", "--since", "2026-11-01", "--format", "json"])
        #expect(json.stdout.components(separatedBy: "\"sinceLastBoard\"").count - 1 == 3)
        let plain = try ChbProcess.run(["status", plans, "--as-of", "2026-11-30"])
        #expect(!plain.stdout.contains("Since 20"))

        let csv = try ChbProcess.run(["status", plans, "--as-of", "2026-11-30", "--since", "2026-11-20", "--format", "csv", "--table", "changes"])
        #expect(csv.status == 0, "\(csv)")
        let records = csv.stdout.components(separatedBy: "\r\n")
        #expect(records.first == "plan,date,change,stage,id,text,detail,field,from,to,since,basis,asOf,classification")
        let planIDs = Set(records.dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
        #expect(planIDs == ["op-heron", "op-kestrel", "op-osprey"], "\(planIDs)")

        let late = try ChbProcess.run(["status", plans, "--as-of", "2026-11-30", "--since", "2026-12-01"])
        #expect(late.status == 1)
        #expect(late.stderr.contains("the date since the last board, 2026-12-01, is not before the report date 2026-11-30"), "\(late)")
    }
}

extension String {
    /// The text with every run of spaces and line breaks made one space, so a sentence is found
    /// however the text report wrapped it at 120 columns.
    fileprivate var unwrapped: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
