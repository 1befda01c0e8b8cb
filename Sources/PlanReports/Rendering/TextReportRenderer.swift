import PlanCore

/// Renders a report as aligned plain text for a terminal, with ANSI colour when asked.
struct TextReportRenderer {
    let report: StatusReport
    let colour: Bool

    private var out: [String] = []

    init(report: StatusReport, colour: Bool) {
        self.report = report
        self.colour = colour
    }

    // MARK: Styles

    private func bold(_ text: String) -> String { colour ? TerminalText.style("1", text) : text }

    private func ragStyle(_ rag: RAG) -> (@Sendable (String) -> String)? {
        guard colour else { return nil }
        let code = switch rag {
        case .red: "1;31"
        case .amber: "1;33"
        case .green: "1;32"
        case .complete: "1;34"
        case .notStarted: "0"
        }
        return { TerminalText.style(code, $0) }
    }

    private func rag(_ rag: RAG, upper: Bool = false) -> String {
        let word = upper ? rag.title.uppercased() : rag.title
        return ragStyle(rag)?(word) ?? word
    }

    private func ragCell(_ rag: RAG) -> ColumnTable.Cell { ColumnTable.Cell(rag.title, style: ragStyle(rag)) }

    private func date(_ date: CalendarDate?) -> String { date.map(Wording.textDate) ?? "–" }

    // MARK: Document

    /// The widest a line may be: the report fits a 120-column terminal.
    static let width = 120

    func render() -> String {
        var r = self
        r.document()
        // Every line through the display rule (plan text cannot forge or hide a line), then
        // folded to the width with what will be shown, then its colour marks made escapes.
        return TerminalText.finish(r.out.map(\.displayText).flatMap { Self.wrap($0, width: Self.width) })
    }

    /// A line of prose folded at spaces to `width` visible characters (ANSI colour does not
    /// count), each further line indented to where the text starts after a label
    /// (`  Red    …`, `Board                …`, `  - …`); a word longer than a line is left whole.
    static func wrap(_ line: String, width: Int) -> [String] {
        func visible(_ text: Substring) -> Int {
            var count = 0, escaped = false
            for c in text {
                if escaped { if c == "m" { escaped = false } } else if c == "\u{1B}" || c == TerminalText.mark { escaped = true } else { count += 1 }
            }
            return count
        }
        guard visible(line[...]) > width else { return [line] }
        let plain = Array(line.replacing(#/[\x{1B}\x{FFFF}]\[[0-9;]*m/#, with: ""))
        let lead = plain.prefix { $0 == " " }.count
        // After the leading spaces: a label then two or more spaces, or a bullet.
        var hang = lead + 2
        if plain.count > lead + 2, plain[lead] == "-" || plain[lead] == "•", plain[lead + 1] == " " { hang = lead + 2 }
        else if let gap = (lead..<min(plain.count - 2, lead + 32)).first(where: { plain[$0] == " " && plain[$0 + 1] == " " }) {
            if let start = (gap..<plain.count).first(where: { plain[$0] != " " }) { hang = start }
        }
        let pad = String(repeating: " ", count: hang)
        var lines: [String] = []
        var current = String(repeating: " ", count: lead), started = false
        for word in line.dropFirst(lead).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = started ? current + " " + word : current + word
            if started, !word.isEmpty, visible(candidate[...]) > width, current.contains(where: { $0 != " " }) {
                while current.hasSuffix(" ") { current.removeLast() }
                lines.append(current)
                current = pad + word
            } else {
                current = candidate
            }
            started = true
        }
        lines.append(current)
        return lines
    }

    private mutating func heading(_ text: String) {
        out.append("")
        out.append(bold(text.uppercased()))
    }

    private mutating func table(_ table: ColumnTable) {
        var table = table
        // To fit the width: ids and dates are never cut (a reader looks them up whole); titles
        // and other prose wrap within their column; names end in "…".
        for (index, header) in (table.headers ?? []).enumerated() {
            if ["Id", "Subject", "When (UTC)", "Due", "Start", "Blocked since", "Latest"].contains(header) { table.keep.insert(index) }
            if ["Title", "Risk", "Summary", "Measure (unit)"].contains(header) { table.wrap.insert(index) }
        }
        out += table.lines(indent: "  ", width: Self.width, headerStyle: { bold($0) })
    }

    private mutating func document() {
        let h = report.header
        out.append(bold(h.marking))
        out.append("")
        out.append(bold(h.title))
        out.append("Stage status report as of \(Wording.textDate(h.asOf))")
        out.append("")
        let facts = Wording.facts(report, Wording.textDate)
        let width = facts.map(\.0.count).max() ?? 0
        for (label, value) in facts {
            out.append(label + String(repeating: " ", count: width - label.count + 2) + value)
        }
        if let caveat = report.scope.caveat {
            out.append(String(repeating: " ", count: width + 2) + caveat)
        }

        heading("Overall status")
        let stages = report.stages.map { "\($0.kind.title) " + rag($0.rag) }.joined(separator: " · ")
        out.append("  " + rag(report.overall, upper: true) + (report.scope.isWholePlan ? "" : " (whole plan)") + "   " + stages)
        out.append("  " + Wording.headline(report, Wording.textDate))

        heading("Key points")
        for point in Wording.keyPoints(report, Wording.textDate) {
            let word = point.level?.title ?? "Note"
            out.append("  " + (point.level.map { rag($0) } ?? word) + String(repeating: " ", count: max(1, 7 - word.count)) + point.text
                + (point.subject.map { " [\($0)]" } ?? ""))
        }

        changes()
        out += BaselineSection.text(report, bold: bold)
        stageSummary()
        for stage in report.stages { stageDetail(stage) }
        overdue()
        blocked()
        dueSoon()
        critical()
        agencies()
        measures()
        risks()
        history()

        out.append("")
        out.append(Wording.ragNote)
        out.append("Produced by chb from \(h.planID) revision \(h.revision), status as of \(h.asOf).")
        out.append("")
        out.append(bold(h.marking))
    }

    private mutating func changes() {
        guard let c = report.changes else { return }
        let date: (CalendarDate) -> String = Wording.textDate
        heading(Wording.changesTitle(c, asOf: report.asOf, date))
        out.append("  " + Wording.changesWindow(c, asOf: report.asOf, date))
        out.append("  Direction of travel: " + c.stages.map { t in
            "\(t.kind.title) " + rag(t.before) + " → " + rag(t.now) + " (\(t.direction.title))"
        }.joined(separator: " · "))
        for list in Wording.changeLists(c) {
            out.append("  \(list.title):")
            for item in list.items {
                let (text, id) = Wording.item(item, date)
                out.append("    - \(text) [\(id)]")
            }
            if list.more > 0 { out.append("    - " + Wording.more(list.more)) }
        }
        if c.isQuiet { out.append("  Nothing was done, fell due, was blocked or unblocked, met, observed or decided in these days.") }
        for caveat in c.caveats { out.append("  Note: \(caveat)") }
    }

    private mutating func stageSummary() {
        heading("Stages")
        var t = ColumnTable(["Stage", "State", "RAG", "Planned", "Actual", "Next review", "Criteria", "Tasks", "Complete"], right: [6, 7, 8])
        // Dates are never cut: the planned window stays whole, the actual one wraps.
        t.keep = [3]
        t.wrap = [4]
        for s in report.stages {
            var actual = s.started.map { "\($0) to " } ?? "not started"
            if s.started != nil { actual += s.completed.map(\.description) ?? (s.forecastEnd.map { "\($0) (forecast)" } ?? "…") }
            t.add([
                ColumnTable.Cell(s.kind.title), ColumnTable.Cell(s.state.title), ragCell(s.rag),
                ColumnTable.Cell(Wording.plannedWindow(s, Wording.textDate)), ColumnTable.Cell(actual),
                ColumnTable.Cell(s.state == .complete ? "–" : date(s.nextReview)),
                ColumnTable.Cell("\(s.criteriaMet)/\(s.criteria.count)"), ColumnTable.Cell(String(s.counts.total)),
                ColumnTable.Cell(Wording.percent(s.counts.percentComplete)),
            ])
        }
        table(t)
    }

    private mutating func stageDetail(_ s: StatusReport.StageSection) {
        // "Complete" and "Not started" say the state already; otherwise show both.
        let state = s.rag == .complete || s.rag == .notStarted ? "" : "  " + s.state.title
        out.append("")
        out.append(bold("\(s.kind.title.uppercased()) STAGE") + state + "  " + rag(s.rag, upper: true))
        if !s.reasons.isEmpty {
            out.append("  Why:")
            let width = s.reasons.map(\.level.title.count).max() ?? 0
            for reason in s.reasons.prefix(Wording.listLimit) {
                let pad = String(repeating: " ", count: width - reason.level.title.count)
                out.append("    " + rag(reason.level) + pad + "  " + reason.text + (reason.subject.map { " [\($0)]" } ?? ""))
            }
            if s.reasons.count > Wording.listLimit { out.append("    and \(s.reasons.count - Wording.listLimit) more reasons (the JSON lists every one)") }
        }
        out.append("  Planned:      " + Wording.plannedWindow(s, Wording.textDate))
        out.append("  Actual:       " + Wording.actual(s, Wording.textDate))
        if s.state != .complete, let review = s.nextReview {
            let overdue = review < report.asOf ? " (review date has passed)" : ""
            out.append("  Next review:  \(review) (\(Wording.relative(review, from: report.asOf)))\(overdue)")
        }
        if !s.objectives.isEmpty {
            out.append("  Objectives:")
            for objective in s.objectives { out.append("    - " + objective) }
        }
        out.append("  Exit criteria: \(s.criteriaMet) of \(s.criteria.count) met")
        for c in s.criteria {
            out.append("    [\(c.met ? "x" : " ")] \(c.statement)" + (c.metOn.map { " (met \($0))" } ?? ""))
        }
        out.append("  Tasks:        " + Wording.counts(s.counts, scope: report.scope))
        out.append("  Complete:     \(Wording.percent(s.counts.percentComplete)) (done ÷ not cancelled)")
    }

    private mutating func none(_ text: String) { out.append("  " + text) }

    /// `and 3 more (the CSV and JSON list every one)` under a capped table.
    private mutating func more(_ total: Int, shown: Int = Wording.listLimit) {
        if total > shown { out.append("  and \(total - shown) more (the CSV and JSON formats list every one)") }
    }

    private func lead(_ task: StatusReport.TaskLine) -> ColumnTable.Cell {
        .init(Wording.agencyName(task.lead, in: report) + (Wording.owner(task, in: report).map { " (\($0))" } ?? ""))
    }

    private mutating func overdue() {
        heading("Overdue tasks (\(report.overdueTasks.count))")
        guard !report.overdueTasks.isEmpty else { return none("None.") }
        var t = ColumnTable(["Title", "Stage", "Due", "Overdue", "Status", "Critical", "Lead agency (owner)", "Id"], right: [3])
        for task in report.overdueTasks.prefix(Wording.listLimit) {
            t.add([.init(task.title), .init(task.stage.title), .init(Wording.scheduled(date(task.lastDay), task)), .init(counted(task.daysOverdue ?? 0, "day")),
                   .init(task.status.title), .init(Wording.yesNo(task.critical)), lead(task), .init(task.id.rawValue)])
        }
        table(t)
        more(report.overdueTasks.count)
    }

    private mutating func blocked() {
        heading("Blocked tasks (\(report.blockedTasks.count))")
        guard !report.blockedTasks.isEmpty else { return none("None.") }
        var t = ColumnTable(["Title", "Stage", "Blocked since", "Days", "Critical", "Lead agency (owner)", "Id"], right: [3])
        for task in report.blockedTasks.prefix(Wording.listLimit) {
            let days = task.daysBlocked.map(String.init) ?? "–"
            let style = (task.daysBlocked ?? 0) > StageStatus.blockedDaysBeforeRed ? ragStyle(.red) : ragStyle(.amber)
            t.add([.init(task.title), .init(task.stage.title), .init(date(task.blockedSince)), .init(days, style: style),
                   .init(Wording.yesNo(task.critical)), lead(task), .init(task.id.rawValue)])
        }
        table(t)
        more(report.blockedTasks.count)
        for task in report.blockedTasks.prefix(Wording.listLimit) {
            out.append("  \(task.title): \(task.blockedReason ?? "no reason recorded")")
        }
    }

    private mutating func dueSoon() {
        heading("Due in the next \(StatusReport.dueSoonDays) days, to \(report.dueSoonUntil) (\(report.dueSoonTasks.count))")
        guard !report.dueSoonTasks.isEmpty else { return none("None.") }
        var t = ColumnTable(["Title", "Stage", "Due", "In", "Status", "Critical", "Lead agency (owner)", "Id"], right: [3])
        for task in report.dueSoonTasks.prefix(Wording.listLimit) {
            let days = task.lastDay.map { report.asOf.days(to: $0) } ?? 0
            t.add([.init(task.title), .init(task.stage.title), .init(Wording.scheduled(date(task.lastDay), task)), .init(counted(days, "day")),
                   .init(task.status.title), .init(Wording.yesNo(task.critical)), lead(task), .init(task.id.rawValue)])
        }
        table(t)
        more(report.dueSoonTasks.count)
    }

    private mutating func critical() {
        heading(report.criticalPath.isEmpty ? "Critical path" : "Critical path (\(counted(report.criticalPath.count, "task")), \(report.openCriticalTasks.count) open)")
        if let problem = report.scheduleProblem { return none("Not available: \(problem).") }
        if report.criticalPath.isEmpty {
            none("No task in scope is on the critical path.")
        } else {
            var t = ColumnTable(["Title", "Stage", "Start", "Due", "Status", "Lead agency (owner)", "Id"])
            for task in report.criticalPath.prefix(Wording.listLimit) {
                let status = task.isOverdue ? "\(task.status.title), overdue" : task.status.title
                t.add([.init(task.title), .init(task.stage.title), .init(Wording.scheduled(date(task.firstDay), task)), .init(Wording.scheduled(date(task.lastDay), task)),
                       .init(status, style: task.isOverdue ? ragStyle(.red) : nil), lead(task), .init(task.id.rawValue)])
            }
            table(t)
            more(report.criticalPath.count)
        }
        for task in report.unscheduledTasks.prefix(Wording.listLimit) {
            out.append("  Not scheduled: \(task.id) (\(task.reason)).")
        }
        more(report.unscheduledTasks.count)
    }

    private mutating func agencies() {
        heading("Agencies")
        guard !report.agencies.isEmpty else { return none("No agency has a task in scope.") }
        var t = ColumnTable(["Agency", "Leads", "Supports", "Open", "Overdue", "Blocked", "Id"], right: [1, 2, 3, 4, 5])
        for a in report.agencies.prefix(Wording.listLimit) {
            t.add([.init(a.name), .init(String(a.leads)), .init(String(a.supports)), .init(String(a.open)),
                   .init(String(a.overdue), style: a.overdue > 0 ? ragStyle(.amber) : nil),
                   .init(String(a.blocked), style: a.blocked > 0 ? ragStyle(.amber) : nil), .init(a.id.rawValue)])
        }
        table(t)
        more(report.agencies.count)
        out.append("  " + Wording.agencyNote)
    }

    private func trendCell(_ trend: StatusReport.Trend) -> ColumnTable.Cell {
        let style: (@Sendable (String) -> String)? = switch trend {
        case .better: ragStyle(.green)
        case .worse: ragStyle(.red)
        case .unchanged, .noData: nil
        }
        return .init(trend.title, style: style)
    }

    private mutating func measures() {
        heading("Measures")
        guard !report.measures.isEmpty else { return none("No measures.") }
        var t = ColumnTable(["Measure (unit)", "Stage", "Baseline", "Latest", "Target", "Better", "Trend", "Last move", "To target", "Id"], right: [2, 4, 8])
        for m in report.measures.prefix(Wording.listLimit) {
            t.add([.init("\(m.name) (\(m.unit))"), .init(Wording.stageName(m.stage)), .init(m.baseline.description),
                   .init(Wording.latest(m, Wording.textDate)), .init(m.target.description), .init(Wording.better(m.direction)),
                   trendCell(m.trend), trendCell(m.lastMove), .init(Wording.percent(m.percentToTarget)),
                   .init(m.id.rawValue)])
        }
        table(t)
        more(report.measures.count)
        out.append("  " + Wording.trendNote)
    }

    private mutating func risks() {
        heading("Risks by score")
        guard !report.risks.isEmpty else { return none("No risks recorded.") }
        var t = ColumnTable(["Score", "L×I", "Status", "Owner", "Risk", "Id"], right: [0])
        for r in report.risks.prefix(Wording.listLimit) {
            t.add([.init(String(r.score)), .init("\(r.likelihood)×\(r.impact)"), .init(r.status.title),
                   .init(Wording.agencyName(r.owner, in: report)), .init(r.description), .init(r.id.rawValue)])
        }
        table(t)
        more(report.risks.count)
    }

    private mutating func history() {
        let shown = report.history.count
        heading("Recent history (last \(shown) of \(report.historyTotal), newest first)")
        guard shown > 0 else { return none("No events.") }
        var t = ColumnTable(["When (UTC)", "Agency", "Event", "Subject", "Summary"])
        for e in report.history {
            t.add([.init(Wording.instant(e.at)), .init(e.agency.rawValue), .init(e.kind.title), .init(e.subject), .init(e.text)])
        }
        table(t)
    }
}
