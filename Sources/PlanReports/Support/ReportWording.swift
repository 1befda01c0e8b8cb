import PlanCore

/// Words and numbers shared by every renderer, so the formats say things the same way.
enum Wording {
    /// How many rows a list of tasks shows in text, Markdown and HTML before "and N more"
    /// (CSV and JSON list every one): 25.
    static let listLimit = 25
    /// How many rows the HTML appendix of every task shows before "and N more": 200.
    static let appendixLimit = 200

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// A stage's reason in words: `planned end 2026-09-11 has passed`,
    /// `t-x overdue by 5 days (critical path)`, `t-cctv blocked 44 days`,
    /// `measure m-feel-safe worse than baseline (36 < 38)`.
    static func reason(_ reason: StageReason.Kind) -> String {
        switch reason {
        case .plannedEndPassed(let end):
            "planned end \(end) has passed"
        case .plannedStartPassed(let start):
            "planned start \(start) has passed"
        case .overdue(let task, let days, let onCriticalPath):
            "\(task) overdue by \(counted(days, "day"))" + (onCriticalPath ? " (critical path)" : "")
        case .blocked(let task, let days):
            "\(task) blocked" + (days.map { " \(counted($0, "day"))" } ?? "")
        case .measureWorseThanBaseline(let measure, let latest, let baseline, let direction):
            "measure \(measure) worse than baseline (\(latest) \(direction == .increase ? "<" : ">") \(baseline))"
        }
    }

    /// A stage's reason in words first, the subject by its title or name:
    /// `planned end of 11 Sep 2026 has passed`, `Install six CCTV cameras is 31 days overdue (on
    /// the critical path)`, `Install six CCTV cameras blocked for 42 days`, `Residents who feel
    /// safe after dark worse than its baseline (36 against 38, higher is better)`.
    static func reason(_ reason: StageReason.Kind, title: String?, _ format: (CalendarDate) -> String) -> String {
        switch reason {
        case .plannedEndPassed(let end):
            return "planned end of \(format(end)) has passed"
        case .plannedStartPassed(let start):
            return "planned start of \(format(start)) has passed"
        case .overdue(let task, let days, let onCriticalPath):
            return "\(title ?? task.rawValue) is \(counted(days, "day")) overdue" + (onCriticalPath ? " (on the critical path)" : "")
        case .blocked(let task, let days):
            return "\(title ?? task.rawValue) blocked" + (days.map { " for \(counted($0, "day"))" } ?? "")
        case .measureWorseThanBaseline(let measure, let latest, let baseline, let direction):
            return "\(title ?? measure.rawValue) worse than its baseline (\(latest) against \(baseline), \(better(direction)) is better)"
        }
    }

    /// A report reason in a format's date style (its stored text uses `YYYY-MM-DD`).
    static func words(_ reason: StatusReport.Reason, _ format: (CalendarDate) -> String) -> String {
        guard let kind = reason.kind else { return reason.text }
        return Self.reason(kind, title: reason.subjectTitle, format)
    }

    /// Why a task could not be scheduled, e.g. `no due date or durationDays to give it a length`.
    static func unscheduled(_ reason: UnscheduledReason?) -> String {
        switch reason {
        case .noDueOrDuration: "no due date or durationDays to give it a length"
        case .noStartOrDuration: "no start date or durationDays to give it a length"
        case .noDates: "no start date, due date or durationDays to give it a length"
        case .dueBeforeStart: "its due date is before its start"
        case .predecessorUnscheduled(let predecessor): "no start of its own and predecessor \(predecessor) is unscheduled"
        case .nothingToStartFrom(let stage): "no start or due date, no predecessor and no planned start for stage \(stage.rawValue)"
        case .outsideCalendar: "its dates would fall outside the years 0001 to 9999"
        case nil: "cannot be dated"
        }
    }

    /// What every format adds to a task's date when it comes from the schedule, not the
    /// task's own dates (the format's "Status" section): ` (scheduled)`.
    static let scheduledMark = " (scheduled)"

    /// `text`, marked as scheduled when the task's dates come from the schedule.
    static func scheduled(_ text: String, _ task: StatusReport.TaskLine) -> String {
        task.datesScheduled ? text + scheduledMark : text
    }

    /// How the text format (report and portfolio) writes every day: `2026-11-30`, as its
    /// tables and key points do. One function per format, so headings, key points and the
    /// portfolio never differ within a format.
    static func textDate(_ date: CalendarDate) -> String { date.description }

    /// How Markdown and HTML (report, portfolio, timeline and charts) write every day:
    /// `30 Nov 2026`.
    static func documentDate(_ date: CalendarDate) -> String { medium(date) }

    /// `30 November 2026` (the partner page's words for a date, after the weekday).
    static func long(_ date: CalendarDate) -> String {
        let (y, m, d) = date.components
        return "\(d) \(monthNames[m - 1]) \(y)"
    }

    /// `30 Nov 2026`.
    static func medium(_ date: CalendarDate) -> String {
        let (y, m, d) = date.components
        return "\(d) \(monthNames[m - 1].prefix(3)) \(y)"
    }

    /// The month's short name: `Nov`.
    static func month(_ date: CalendarDate) -> String {
        String(monthNames[date.components.month - 1].prefix(3))
    }

    /// `today`, `in 3 days`, `3 days ago`, from the report date to `date`.
    static func relative(_ date: CalendarDate, from asOf: CalendarDate) -> String {
        let days = asOf.days(to: date)
        if days == 0 { return "today" }
        return days > 0 ? "in \(counted(days, "day"))" : "\(counted(-days, "day")) ago"
    }

    /// `22 days late`, `3 days early`, `on plan`.
    static func slip(_ days: Int) -> String {
        if days == 0 { return "on plan" }
        return days > 0 ? "\(counted(days, "day")) late" : "\(counted(-days, "day")) early"
    }

    /// `33%`, or an en dash for nothing to count.
    static func percent(_ value: Int?) -> String { value.map { "\($0)%" } ?? "–" }

    /// `yes` or `no`.
    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// The stage's dates in one phrase: `planned 4 May 2026 to 29 Jan 2027`.
    static func plannedWindow(_ stage: StatusReport.StageSection, _ format: (CalendarDate) -> String) -> String {
        switch (stage.plannedStart, stage.plannedEnd) {
        case (nil, nil): "no planned dates"
        case let (start?, nil): "planned from \(format(start))"
        case let (nil, end?): "planned to end \(format(end))"
        case let (start?, end?): "\(format(start)) to \(format(end))"
        }
    }

    /// What actually happened: `started 26 May 2026 (22 days late); forecast end 29 Jan 2027 (on plan)`.
    static func actual(_ stage: StatusReport.StageSection, _ format: (CalendarDate) -> String) -> String {
        var parts: [String] = []
        if let started = stage.started {
            parts.append("started \(format(started))" + (stage.startSlipDays.map { " (\(slip($0)))" } ?? ""))
        } else {
            parts.append("not started")
        }
        if let completed = stage.completed {
            parts.append("completed \(format(completed))" + (stage.endSlipDays.map { " (\(slip($0)))" } ?? ""))
        } else if let forecast = stage.forecastEnd {
            parts.append("open work forecast to finish \(format(forecast))" + (stage.endSlipDays.map { " (\(slip($0)))" } ?? ""))
        }
        return parts.joined(separator: "; ")
    }

    /// The stage's tasks in one sentence:
    /// `18 tasks: 4 planned, 8 in progress, 2 blocked, 4 done, 0 cancelled`.
    /// With an agency scope the count says `in scope`: `4 tasks in scope: …`.
    static func counts(_ counts: StatusReport.TaskCounts, scope: StatusReport.Scope) -> String {
        let parts = PlanTask.Status.allCases.map { "\(counts[$0]) \($0.title.lowercased())" }
        return "\(counted(counts.total, "task"))\(scope.agency == nil ? "" : " in scope"): " + parts.joined(separator: ", ")
    }

    /// The headline numbers: `4 overdue · 2 blocked · 3 due by 14 Dec 2026 · 3 open on the critical path`.
    static func headline(_ report: StatusReport, _ format: (CalendarDate) -> String) -> String {
        let open = report.tasks.count(where: \.status.isOpen)
        return [
            "\(counted(open, "open task"))",
            "\(report.overdueTasks.count) overdue",
            "\(report.blockedTasks.count) blocked",
            "\(report.dueSoonTasks.count) due by \(format(report.dueSoonUntil))",
            "\(report.openCriticalTasks.count) open on the critical path",
        ].joined(separator: " · ")
    }

    /// `Severnmouth Constabulary (smc)`.
    static func agency(_ id: AgencyID, in report: StatusReport) -> String {
        if id == report.header.leadAgency { return "\(report.header.leadAgencyName) (\(id))" }
        return report.agencies.first { $0.id == id }.map { "\($0.name) (\(id))" } ?? id.rawValue
    }

    /// Every line of the board/governance block, as (label, value) pairs.
    static func facts(_ report: StatusReport, _ format: (CalendarDate) -> String) -> [(String, String)] {
        let h = report.header
        var facts: [(String, String)] = [("Plan", "\(h.planID), revision \(h.revision)")]
        if let view = h.partnerView {
            facts.append(("View", "partner view for \(view.agency), cut from revision \(view.sourceRevision)"))
        }
        facts.append(("Area", h.area))
        if let localities = h.localities { facts.append(("Localities", localities)) }
        facts.append(("Lead agency", "\(h.leadAgencyName) (\(h.leadAgency))"))
        facts.append(("Responsible officer", h.responsibleOfficer))
        if let board = h.board {
            facts.append(("Board", board + (h.reviewCadenceDays.map { ", reviewing every \(counted($0, "day"))" } ?? "")))
        } else if let cadence = h.reviewCadenceDays {
            facts.append(("Review", "every \(counted(cadence, "day"))"))
        }
        facts.append(("Marking", "\(h.classification.rawValue); \(h.sharingAgreementText.prefix(1).lowercased() + h.sharingAgreementText.dropFirst())"))
        if let scope = report.scope.summary { facts.append(("Scope", scope)) }
        return facts
    }

    /// What the trend columns mean.
    static let trendNote = "Trend compares the latest observation with the baseline (the comparison the RAG rule uses); last move compares it with the observation before."

    /// What the agency columns count.
    static let agencyNote = "Open, overdue and blocked count the tasks the agency leads."

    /// Each status and what it means, for the legend beside the headline.
    static let ragLegend: [(RAG, String)] = [
        (.red, "an overdue task on the critical path, the planned end passed, or a task blocked more than 14 days"),
        (.amber, "any other overdue or blocked task, a stage measure worse than its baseline, or a planned start passed"),
        (.green, "active, with none of these"),
        (.complete, "every exit criterion met and no task open"),
        (.notStarted, "not started and not yet due to"),
    ]

    /// The RAG rules in one paragraph.
    static let ragNote = "RAG on the date: an active stage is Red with an overdue task on the critical path, its planned end passed, or a task blocked more than 14 days; Amber with any other overdue or blocked task or a stage measure worse than its baseline; otherwise Green. A stage not started is Amber once its planned start has passed. The plan takes its worst stage's status."

    /// The measure's latest value with its date: `41 (31 Oct 2026)`, or `no data`.
    static func latest(_ measure: StatusReport.MeasureLine, _ format: (CalendarDate) -> String) -> String {
        guard let latest = measure.latest else { return "no data" }
        return "\(latest.value) (\(format(latest.date)))"
    }

    /// `lower` or `higher`: which way is better.
    static func better(_ direction: Measure.Direction) -> String { direction == .increase ? "higher" : "lower" }

    /// The stage's name or `plan-wide`.
    static func stageName(_ stage: StageKind?) -> String { stage?.title ?? "Plan-wide" }

    /// The instant as `24 Nov 2026 15:30` (UTC), the date in a format's style.
    static func instant(_ at: Instant, _ format: (CalendarDate) -> String) -> String {
        format(at.date) + " " + String(at.description.dropFirst(11).prefix(5))
    }

    /// The instant as `2026-11-24 15:30` (UTC).
    static func instant(_ at: Instant) -> String {
        let text = at.description
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }
}
