import PlanCore

/// Renders a report as GitHub-flavoured Markdown: headings, lists and pipe tables that paste
/// into a board paper (or render on GitHub) as they are.
struct MarkdownReportRenderer {
    let report: StatusReport

    private var out: [String] = []

    init(report: StatusReport) { self.report = report }

    func render() -> String {
        var r = self
        r.document()
        // Every line through the display rule too, whatever it was built from.
        return r.out.map(\.displayText).joined(separator: "\n") + "\n"
    }

    // MARK: Building blocks

    /// Text escaped so that Markdown shows it literally, on one line.
    ///
    /// Escapes only what could change the meaning inside a paragraph or table cell (emphasis,
    /// code, links, cell separators, HTML tags), so pasted raw text stays readable:
    /// `36 < 38` stays as it is, `<b>` becomes `\<b>`.
    static func escape(_ text: String) -> String {
        var result = ""
        // The display rule first: controls and bidi controls shown by code, on one line.
        let characters = Array(text.displayText)
        for (i, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|": result += "\\" + String(character)
            case "<":
                let next = i + 1 < characters.count ? characters[i + 1] : " "
                result += next.isLetter || "/!?".contains(next) ? "\\<" : "<"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    private func e(_ text: String) -> String { Self.escape(text) }

    /// An id as inline code.
    private func code(_ id: String) -> String { "`\(id)`" }

    private func date(_ date: CalendarDate?) -> String { date.map(Wording.documentDate) ?? "–" }

    private func rag(_ rag: RAG) -> String { "**\(rag.title)**" }

    private mutating func heading(_ level: Int, _ text: String) {
        out.append("")
        out.append(String(repeating: "#", count: level) + " " + text)
        out.append("")
    }

    private mutating func table(_ headers: [String], right: Set<Int> = [], _ rows: [[String]]) {
        out.append("| " + headers.joined(separator: " | ") + " |")
        out.append("|" + headers.indices.map { right.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in rows { out.append("| " + row.joined(separator: " | ") + " |") }
    }

    // MARK: Document

    private mutating func changes() {
        guard let c = report.changes else { return }
        out.append("")
        out.append("**\(e(Wording.changesTitle(c, asOf: report.asOf, Wording.documentDate))):**")
        out.append("")
        out.append(e(Wording.changesWindow(c, asOf: report.asOf, Wording.documentDate)))
        out.append("")
        out.append("- Direction of travel: " + c.stages.map { "\($0.kind.title) \(rag($0.before)) → \(rag($0.now)) (\($0.direction.title))" }.joined(separator: " · "))
        for list in Wording.changeLists(c) {
            out.append("- \(list.title):")
            for item in list.items {
                let (text, id) = Wording.item(item, Wording.documentDate)
                out.append("  - \(e(text)) \(code(id))")
            }
            if list.more > 0 { out.append("  - " + Wording.more(list.more)) }
        }
        if c.isQuiet { out.append("- Nothing was done, fell due, was blocked or unblocked, met, observed or decided in these days.") }
        for caveat in c.caveats { out.append("- _Note: \(e(caveat))_") }
    }

    private mutating func document() {
        let h = report.header
        out.append("**\(e(h.classification.rawValue))** · \(e(h.sharingAgreementText))")
        heading(1, e(h.title))
        out.append("Stage status report as of **\(Wording.documentDate(h.asOf))**")
        out.append("")
        for (label, value) in Wording.facts(report, Wording.documentDate) {
            out.append("- **\(label):** \(e(value))")
        }
        if let caveat = report.scope.caveat { out.append("- **Note:** \(e(caveat))") }

        heading(2, "Overall status: \(rag(report.overall))" + (report.scope.isWholePlan ? "" : " (whole plan)"))
        out.append(report.stages.map { "\($0.kind.title) \(rag($0.rag))" }.joined(separator: " · "))
        out.append("")
        out.append(e(Wording.headline(report, Wording.documentDate)))
        out.append("")
        out.append("**Key points:**")
        out.append("")
        for point in Wording.keyPoints(report, Wording.documentDate) {
            out.append("- " + (point.level.map { rag($0) + ": " } ?? "**Note**: ") + e(point.text) + (point.subject.map { " \(code($0))" } ?? ""))
        }
        changes()
        out += BaselineSection.markdown(report)
        out.append("")
        table(["Stage", "State", "RAG", "Planned", "Actual", "Next review", "Criteria met", "Tasks", "Complete"], right: [6, 7, 8],
            report.stages.map { s in
                [s.kind.title, s.state.title, rag(s.rag), e(Wording.plannedWindow(s, Wording.documentDate)), e(Wording.actual(s, Wording.documentDate)),
                 s.state == .complete ? "–" : date(s.nextReview), "\(s.criteriaMet)/\(s.criteria.count)", String(s.counts.total),
                 Wording.percent(s.counts.percentComplete)]
            })

        for stage in report.stages { stageDetail(stage) }
        overdue()
        blocked()
        dueSoon()
        critical()
        agencies()
        measures()
        risks()
        history()

        heading(2, "About this report")
        out.append(e(Wording.ragNote))
        out.append("")
        out.append("Produced by chb from \(code(h.planID.rawValue)) revision \(h.revision), status as of \(Wording.documentDate(h.asOf)).")
        out.append("")
        out.append("**\(e(h.classification.rawValue))** · \(e(h.sharingAgreementText))")
    }

    private mutating func stageDetail(_ s: StatusReport.StageSection) {
        heading(2, "\(s.kind.title) stage: \(rag(s.rag))")
        if !s.reasons.isEmpty {
            out.append("**Why \(s.rag.title):**")
            out.append("")
            for reason in s.reasons.prefix(Wording.listLimit) { out.append("- \(rag(reason.level)): \(e(Wording.words(reason, Wording.documentDate)))" + (reason.subject.map { " \(code($0))" } ?? "")) }
            if s.reasons.count > Wording.listLimit { out.append("- and \(s.reasons.count - Wording.listLimit) more reasons (the JSON lists every one)") }
            out.append("")
        }
        out.append("**Dates and progress:**")
        out.append("")
        out.append("- **State:** \(s.state.title.lowercased())")
        out.append("- **Planned:** \(e(Wording.plannedWindow(s, Wording.documentDate)))")
        out.append("- **Actual:** \(e(Wording.actual(s, Wording.documentDate)))")
        if s.state != .complete, let review = s.nextReview {
            let passed = review < report.asOf ? ", review date has passed" : ""
            out.append("- **Next review:** \(date(review)) (\(Wording.relative(review, from: report.asOf))\(passed))")
        }
        out.append("- **Tasks:** \(e(Wording.counts(s.counts, scope: report.scope)))")
        out.append("- **Complete:** \(Wording.percent(s.counts.percentComplete)) (done ÷ not cancelled)")
        if !s.objectives.isEmpty {
            heading(3, "\(s.kind.title) objectives")
            for objective in s.objectives { out.append("- \(e(objective))") }
        }
        heading(3, "\(s.kind.title) exit criteria: \(s.criteriaMet) of \(s.criteria.count) met")
        if s.criteria.isEmpty { out.append("None recorded.") }
        for c in s.criteria {
            out.append("- [\(c.met ? "x" : " ")] \(e(c.statement))" + (c.metOn.map { " (met \(date($0)))" } ?? ""))
        }
    }

    /// `_and 3 more (the CSV and JSON formats list every one)._` under a capped table.
    private mutating func more(_ total: Int) {
        guard total > Wording.listLimit else { return }
        out.append("")
        out.append("_and \(total - Wording.listLimit) more (the CSV and JSON formats list every one)._")
    }

    private func lead(_ t: StatusReport.TaskLine) -> String {
        e(Wording.agencyName(t.lead, in: report)) + (Wording.owner(t, in: report).map { " (\(e($0)))" } ?? "")
    }

    private mutating func overdue() {
        heading(2, "Overdue tasks (\(report.overdueTasks.count))")
        guard !report.overdueTasks.isEmpty else { return out.append("None.") }
        table(["Task", "Stage", "Due", "Overdue", "Status", "Critical path", "Lead agency (owner)", "Id"], right: [3],
            report.overdueTasks.prefix(Wording.listLimit).map { t in
                [e(t.title), t.stage.title, Wording.scheduled(date(t.lastDay), t), counted(t.daysOverdue ?? 0, "day"),
                 t.status.title, Wording.yesNo(t.critical), lead(t), code(t.id.rawValue)]
            })
        more(report.overdueTasks.count)
    }

    private mutating func blocked() {
        heading(2, "Blocked tasks (\(report.blockedTasks.count))")
        guard !report.blockedTasks.isEmpty else { return out.append("None.") }
        table(["Task", "Stage", "Blocked since", "Days blocked", "Reason", "Lead agency (owner)", "Id"], right: [3],
            report.blockedTasks.prefix(Wording.listLimit).map { t in
                [e(t.title), t.stage.title, date(t.blockedSince), t.daysBlocked.map(String.init) ?? "–",
                 e(t.blockedReason ?? "no reason recorded"), lead(t), code(t.id.rawValue)]
            })
        more(report.blockedTasks.count)
    }

    private mutating func dueSoon() {
        heading(2, "Due in the next \(StatusReport.dueSoonDays) days, to \(date(report.dueSoonUntil)) (\(report.dueSoonTasks.count))")
        guard !report.dueSoonTasks.isEmpty else { return out.append("None.") }
        table(["Task", "Stage", "Due", "In", "Status", "Critical path", "Lead agency (owner)", "Id"], right: [3],
            report.dueSoonTasks.prefix(Wording.listLimit).map { t in
                [e(t.title), t.stage.title, Wording.scheduled(date(t.lastDay), t), counted(t.lastDay.map { report.asOf.days(to: $0) } ?? 0, "day"),
                 t.status.title, Wording.yesNo(t.critical), lead(t), code(t.id.rawValue)]
            })
        more(report.dueSoonTasks.count)
    }

    private mutating func critical() {
        heading(2, report.criticalPath.isEmpty ? "Critical path" : "Critical path (\(counted(report.criticalPath.count, "task")), \(report.openCriticalTasks.count) open)")
        if let problem = report.scheduleProblem { return out.append("Not available: \(e(problem)).") }
        if report.criticalPath.isEmpty {
            out.append("No task in scope is on the critical path.")
        } else {
            table(["Task", "Stage", "Start", "Due", "Status", "Lead agency (owner)", "Id"],
                report.criticalPath.prefix(Wording.listLimit).map { t in
                    [e(t.title), t.stage.title, Wording.scheduled(date(t.firstDay), t), Wording.scheduled(date(t.lastDay), t),
                     t.isOverdue ? "**\(t.status.title), overdue**" : t.status.title, lead(t), code(t.id.rawValue)]
                })
            more(report.criticalPath.count)
        }
        if !report.unscheduledTasks.isEmpty {
            out.append("")
            for u in report.unscheduledTasks.prefix(Wording.listLimit) { out.append("- Not scheduled: \(code(u.id.rawValue)) (\(e(u.reason)))") }
            if report.unscheduledTasks.count > Wording.listLimit { out.append("- and \(report.unscheduledTasks.count - Wording.listLimit) more not scheduled") }
        }
    }

    private mutating func agencies() {
        heading(2, "Agencies")
        guard !report.agencies.isEmpty else { return out.append("No agency has a task in scope.") }
        table(["Agency", "Leads", "Supports", "Open", "Overdue", "Blocked", "Id"], right: [1, 2, 3, 4, 5],
            report.agencies.prefix(Wording.listLimit).map { a in
                [e(a.name), String(a.leads), String(a.supports), String(a.open), String(a.overdue), String(a.blocked), code(a.id.rawValue)]
            })
        more(report.agencies.count)
        out.append("")
        out.append(e(Wording.agencyNote))
    }

    private mutating func measures() {
        heading(2, "Measures")
        guard !report.measures.isEmpty else { return out.append("No measures.") }
        table(["Measure", "Stage", "Baseline", "Latest", "Target", "Better when", "Trend", "Last move", "To target"], right: [2, 3, 4, 8],
            report.measures.prefix(Wording.listLimit).map { m in
                ["\(e(m.name)) (\(e(m.unit)))", Wording.stageName(m.stage), m.baseline.description, e(Wording.latest(m, Wording.documentDate)),
                 m.target.description, Wording.better(m.direction), m.trend == .worse ? "**Worse**" : m.trend.title,
                 m.lastMove.title, Wording.percent(m.percentToTarget)]
            })
        more(report.measures.count)
        out.append("")
        out.append(e(Wording.trendNote) + " To target: how far the latest value has come from the baseline towards the target.")
    }

    private mutating func risks() {
        heading(2, "Risks by score")
        guard !report.risks.isEmpty else { return out.append("No risks recorded.") }
        table(["Risk", "Score", "L × I", "Status", "Owner", "Mitigation", "Id"], right: [1],
            report.risks.prefix(Wording.listLimit).map { r in
                [e(r.description), String(r.score), "\(r.likelihood) × \(r.impact)", r.status.title, e(Wording.agencyName(r.owner, in: report)),
                 e(r.mitigation ?? "–"), code(r.id.rawValue)]
            })
        more(report.risks.count)
        out.append("")
        out.append("Score = likelihood × impact (each 1–5); open risks first, then mitigated, then closed.")
    }

    private mutating func history() {
        heading(2, "Recent history (last \(report.history.count) of \(report.historyTotal), newest first)")
        guard !report.history.isEmpty else { return out.append("No events.") }
        table(["When (UTC)", "Agency", "Event", "Subject", "Summary"],
            report.history.map { ev in
                [Wording.instant(ev.at, Wording.documentDate), code(ev.agency.rawValue), ev.kind.title, code(ev.subject), e(ev.text)]
            })
    }
}
