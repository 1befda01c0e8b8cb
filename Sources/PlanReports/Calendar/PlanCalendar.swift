public import PlanCore

/// A plan's dates as an iCalendar (RFC 5545) file, for Outlook or any calendar app.
///
/// All-day events: each task's window (a task without its own dates takes its scheduled ones) (a milestone on its one day), each stage's next review
/// and planned end. Every event has a stable UID (`TASKID@PLANID.chb`,
/// `STAGE-review@PLANID.chb`, `STAGE-end@PLANID.chb`; stage kinds are never task ids) so
/// importing a newer calendar updates the events instead of adding copies, and a `SEQUENCE`
/// equal to the plan's revision (a view's source revision) so the newer one wins. Every
/// description starts with the marking: the item's classification and the information
/// sharing agreement.
///
/// The output is deterministic: `DTSTAMP` is the latest instant the plan records (a history
/// event or a note), or its latest recorded date, never the clock. Lines end in CRLF, are
/// folded at 75 octets without splitting a UTF-8 character, and text is escaped as RFC 5545
/// says. Give a partner its view (`Plan.partnerView(for:)`), never the full plan.
public struct PlanCalendar: Sendable {
    /// The plan or partner view the calendar is made from.
    public let plan: Plan

    /// Creates the calendar of a plan or partner view.
    public init(plan: Plan) { self.plan = plan }

    /// One all-day event.
    public struct Event: Hashable, Sendable {
        /// The stable identifier: the same item gives the same UID in every export.
        public var uid: String
        /// The first day.
        public var first: CalendarDate
        /// The last day (inclusive).
        public var last: CalendarDate
        /// The one-line title.
        public var summary: String
        /// The longer text, starting with the marking.
        public var description: String
        /// `CANCELLED` for a cancelled task, else `CONFIRMED`.
        public var cancelled: Bool
    }

    /// The events, in plan order: per stage, its tasks, then its review and planned end.
    public var events: [Event] {
        var events: [Event] = []
        let domain = "\(plan.id).chb"
        // A task without its own dates is dated by the plan as drawn, and says so.
        let planned = try? plan.schedule()
        for stage in plan.stages {
            for task in stage.tasks {
                let days = task.reportedDays(in: planned)
                guard let first = days.first ?? days.last, let last = days.last ?? days.first else { continue }
                let milestone = task.durationDays == 0
                var lines = [marking(task.classification),
                             "\(stage.kind.title) stage task \(task.id), led by \(agencyName(task.lead)).",
                             "Status: \(statusText(task))."]
                if days.scheduled { lines.append("Dates as scheduled (worked out from its dependencies), not set on the task.") }
                if let progress = task.progress { lines.append("Progress: \(progress)%.") }
                if let reason = task.blockedReason { lines.append("Blocked because: \(reason)") }
                if !task.supports.isEmpty { lines.append("Supported by: \(task.supports.map(agencyName).joined(separator: ", ")).") }
                if let description = task.description { lines.append(description) }
                events.append(Event(
                    uid: "\(task.id)@\(domain)", first: min(first, last), last: max(first, last),
                    summary: "\(milestone ? "Milestone: " : "")\(task.title) (\(task.id))",
                    description: lines.joined(separator: "\n"), cancelled: task.status == .cancelled))
            }
            if let review = stage.nextReview {
                events.append(Event(
                    uid: "\(stage.kind.rawValue)-review@\(domain)", first: review, last: review,
                    summary: "\(stage.kind.title) stage review: \(plan.title)",
                    description: [marking(nil), "Next review of the \(stage.kind.title) stage of \(plan.title)."].joined(separator: "\n"),
                    cancelled: false))
            }
            if let end = stage.plannedEnd {
                events.append(Event(
                    uid: "\(stage.kind.rawValue)-end@\(domain)", first: end, last: end,
                    summary: "\(stage.kind.title) stage planned end: \(plan.title)",
                    description: [marking(nil), "Planned last day of the \(stage.kind.title) stage of \(plan.title) (stage \(stageState(stage)))."].joined(separator: "\n"),
                    cancelled: false))
            }
        }
        return events
    }

    /// The sequence number every event carries: the plan's revision, or the revision a view
    /// was cut from.
    public var sequence: Int { plan.view.sourceRevision ?? plan.revision }

    /// The calendar's timestamp: the latest instant the plan records, else its latest
    /// recorded date at midnight UTC, else the Unix epoch.
    public var stamp: Instant {
        let instants = plan.history.map(\.at) + plan.allTasks.flatMap { $0.notes.map(\.at) }
        if let latest = instants.max() { return latest }
        let dates = plan.stages.flatMap { [$0.started, $0.completed] }.compactMap { $0 }
            + plan.allTasks.flatMap { [$0.completedOn, $0.blockedSince] }.compactMap { $0 }
            + plan.measures.flatMap { $0.observations.map(\.date) }
        return dates.max().flatMap { Instant(date: $0, hour: 0, minute: 0, second: 0) } ?? Instant(secondsSinceEpoch: 0)
    }

    /// The calendar as RFC 5545 text: CRLF line ends, folded lines, escaped text.
    public func render() -> String {
        let stamp = Self.dateTime(stamp)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//chb//Clear Hold Build planner//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(calendarName),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(event.uid),
                "DTSTAMP:" + stamp,
                "SEQUENCE:\(sequence)",
                "DTSTART;VALUE=DATE:" + Self.date(event.first),
                "DTEND;VALUE=DATE:" + Self.date(event.last.adding(days: 1)),
                "SUMMARY:" + Self.escape(event.summary),
                "DESCRIPTION:" + Self.escape(event.description),
                "STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    private var calendarName: String {
        let base = "\(plan.classification.rawValue): \(plan.title)"
        if case .partner(let agency, _) = plan.view { return "\(base) (view for \(agencyName(agency)))" }
        return base
    }

    private func marking(_ own: Classification?) -> String {
        let isa = plan.governance.informationSharingAgreement.map { "Information sharing agreement \($0)" }
            ?? "No information sharing agreement recorded"
        return "\(plan.effectiveClassification(own).rawValue) · \(isa)"
    }

    private func agencyName(_ id: AgencyID) -> String {
        plan.agency(id).map { "\($0.name) (\(id))" } ?? id.rawValue
    }

    private func statusText(_ task: PlanTask) -> String {
        switch task.status {
        case .planned: "planned"
        case .inProgress: "in progress"
        case .blocked: "blocked" + (task.blockedSince.map { " since \($0)" } ?? "")
        case .done: "done" + (task.completedOn.map { " on \($0)" } ?? "")
        case .cancelled: "cancelled"
        }
    }

    private func stageState(_ stage: Stage) -> String {
        switch stage.status {
        case .notStarted: "not started"
        case .active: "active"
        case .complete: "complete"
        }
    }

    /// `20261130`.
    static func date(_ date: CalendarDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// `20261130T093000Z`.
    static func dateTime(_ instant: Instant) -> String {
        String(instant.description.filter { $0 != "-" && $0 != ":" })
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
    /// Text from the plan goes through the display rule first (control characters and bidi
    /// controls shown by code, line breaks kept): a calendar is read by a person.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text.displayed(keepingLineBreaks: true) {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default:
                // Control characters other than tab are not allowed in TEXT.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" }) { result.append(character) }
            }
        }
        return result
    }

    /// Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), each
    /// continuation starting with a space, never splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var parts: [String] = [], current = "", octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
