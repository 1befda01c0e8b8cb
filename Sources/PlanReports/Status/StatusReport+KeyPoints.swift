public import PlanCore

extension StatusReport {
    /// One of the points a board should see first.
    ///
    /// A point is Red or Amber only when it restates a reason of a stage that counts (an
    /// active stage, or one not started whose planned start has passed) at that reason's
    /// level, so the key points can never say more than the stage RAG and the headline do.
    /// Everything else (a forecast slip, a measure of a stage not started, the highest risk,
    /// the next review) is a note.
    public struct KeyPoint: Hashable, Sendable {
        /// `.red` or `.amber` for a point that counts, `nil` for a note.
        public var level: RAG?
        /// The point in words; ids are in ``subject``, not in the text.
        public var text: String
        /// The stage it belongs to, if any.
        public var stage: StageKind?
        /// The task, measure or risk id it is about, if any.
        public var subject: String?

        /// Creates a key point.
        package init(level: RAG?, text: String, stage: StageKind? = nil, subject: String? = nil) {
            self.level = level
            self.text = text
            self.stage = stage
            self.subject = subject
        }
    }

    /// The key points, dates as `YYYY-MM-DD` (text and JSON style).
    public var keyPoints: [KeyPoint] { Wording.keyPoints(self, { $0.description }) }
}

extension Wording {
    /// `As it stood at the end of 1 Oct 2026: rebuilt from the plan's history, which records
    /// changes after that day; 2 later edits … show as they are now.`
    static func asItStood(_ past: StatusReport.AsItStood, _ r: StatusReport, _ format: (CalendarDate) -> String) -> String {
        var text = "As it stood at the end of \(format(r.asOf)): rebuilt from the plan's history, which records changes after that day (revision \(r.header.revision) then)."
        if past.laterEdits > 0 {
            text += " \(counted(past.laterEdits, "later event")) \(past.laterEdits == 1 ? "records" : "record") no changes, so what \(past.laterEdits == 1 ? "it" : "they") changed cannot be rebuilt and shows as it is now."
        }
        if past.inferredTasks > 0 {
            text += " The status of \(counted(past.inferredTasks, "task")) then was inferred from dates, not rebuilt from history."
        }
        return text
    }

    /// How many key points a report shows at most before "and N more": 10.
    static let keyPointLimit = 10

    /// The agency's name, or its id when the report does not know it.
    static func agencyName(_ id: AgencyID, in report: StatusReport) -> String {
        if id == report.header.leadAgency { return report.header.leadAgencyName }
        return report.agencyNames[id] ?? report.agencies.first { $0.id == id }?.name ?? id.rawValue
    }

    /// The task's owner without a trailing `, <lead agency name>` that would repeat the lead.
    static func owner(_ task: StatusReport.TaskLine, in report: StatusReport) -> String? {
        guard let owner = task.owner else { return nil }
        let suffix = ", " + agencyName(task.lead, in: report)
        return owner.hasSuffix(suffix) ? String(owner.dropLast(suffix.count)) : owner
    }

    /// `lead Saltings Housing Trust, owner Neighbourhood Manager`.
    static func who(_ task: StatusReport.TaskLine, in report: StatusReport) -> String {
        "lead \(agencyName(task.lead, in: report))" + (owner(task, in: report).map { ", owner \($0)" } ?? "")
    }

    /// The points a board should see first, in this order: one per red or amber stage saying
    /// what makes it so; the most overdue task that is not blocked and the longest blocked
    /// task, each with its lead and owner; measures worse than their baseline; then notes: a
    /// forecast finish after a stage's planned end with the chain of tasks driving it, the
    /// highest open risk and the next review. No task is named twice.
    static func keyPoints(_ r: StatusReport, _ format: (CalendarDate) -> String) -> [StatusReport.KeyPoint] {
        var points: [StatusReport.KeyPoint] = []
        // The level each measure counts at, from the reasons of the stages that count; a task's
        // is looked up only for the two tasks named below (a stage may have 70,000 reasons).
        var measureLevel: [MeasureID: RAG] = [:]
        func taskLevel(_ id: TaskID) -> RAG? {
            var level: RAG?
            for s in r.stages where s.rag == .red || s.rag == .amber {
                for reason in s.reasons {
                    switch reason.kind {
                    case .overdue(id, _, _)?, .blocked(id, _)?: level = max(level ?? reason.level, reason.level)
                    default: break
                    }
                }
            }
            return level
        }
        for s in r.stages where s.rag == .red || s.rag == .amber {
            var red: [String] = []
            var amber: [String] = []
            var overdue: [RAG: (n: Int, critical: Int)] = [:]
            var blocked: [RAG: Int] = [:]
            var measures = 0
            for reason in s.reasons {
                switch reason.kind {
                case .overdue(_, _, let critical)?:
                    overdue[reason.level, default: (0, 0)].n += 1
                    if critical { overdue[reason.level, default: (0, 0)].critical += 1 }
                case .blocked?:
                    blocked[reason.level, default: 0] += 1
                case .measureWorseThanBaseline(let measure, _, _, _)?:
                    measureLevel[measure] = reason.level
                    measures += 1
                case .plannedEndPassed(let date)?:
                    let text = "its planned end of \(format(date)) has passed"
                    if reason.level == .red { red.append(text) } else { amber.append(text) }
                case .plannedStartPassed(let date)?:
                    let text = "its planned start of \(format(date)) has passed"
                    if reason.level == .red { red.append(text) } else { amber.append(text) }
                case nil:
                    if reason.level == .red { red.append(reason.text) } else { amber.append(reason.text) }
                }
            }
            for level in [RAG.red, .amber] {
                var parts: [String] = []
                if let o = overdue[level] {
                    parts.append("\(counted(o.n, "task")) overdue" + (o.critical > 0 ? (o.critical == o.n ? " on the critical path" : " (\(o.critical) on the critical path)") : ""))
                }
                if let b = blocked[level] {
                    parts.append("\(counted(b, "task")) blocked" + (level == .red ? " for more than \(counted(StageStatus.blockedDaysBeforeRed, "day"))" : ""))
                }
                if level == .amber, measures > 0 { parts.append("\(counted(measures, "measure")) worse than \(measures == 1 ? "its" : "their") baseline") }
                if level == .red { red += parts } else { amber += parts }
            }
            var text = "\(s.kind.title) is \(s.rag.title): " + (s.rag == .red ? red : amber).joined(separator: "; ")
            if s.rag == .red, !amber.isEmpty { text += "; also Amber: " + amber.joined(separator: "; ") }
            points.append(StatusReport.KeyPoint(level: s.rag, text: text + ".", stage: s.kind))
        }
        let longestBlocked = r.blockedTasks.first
        if let worst = r.overdueTasks.first(where: { $0.status != .blocked }) {
            let others = r.overdueTasks.count - 1
            let level = taskLevel(worst.id)
            points.append(StatusReport.KeyPoint(
                level: level,
                text: (others > 0 ? "Most overdue of \(r.overdueTasks.count): " : "Overdue: ") + worst.title
                    + ", \(counted(worst.daysOverdue ?? 0, "day")) past its due date of \(worst.lastDay.map(format) ?? "–") (\(who(worst, in: r)))."
                    + (level == nil ? " Its stage has not started, so it does not count towards the status." : ""),
                stage: worst.stage, subject: worst.id.rawValue))
        }
        if let longest = longestBlocked {
            let others = r.blockedTasks.count - 1
            let overdue = longest.daysOverdue.map { "; also \(counted($0, "day")) overdue" } ?? ""
            points.append(StatusReport.KeyPoint(
                level: taskLevel(longest.id),
                text: (others > 0 ? "Longest blocked of \(r.blockedTasks.count): " : "Blocked: ") + longest.title
                    + ", for \(counted(longest.daysBlocked ?? 0, "day"))\(overdue) (\(who(longest, in: r))): \(longest.blockedReason ?? "no reason recorded")"
                    + (longest.blockedReason?.last == "." ? "" : "."),
                stage: longest.stage, subject: longest.id.rawValue))
        }
        for m in r.measures where m.trend == .worse {
            guard let latest = m.latest else { continue }
            let level = measureLevel[m.id]
            var text = "\(m.name) is worse than its baseline: \(latest.value) on \(format(latest.date)) against \(m.baseline) (\(m.unit); \(better(m.direction)) is better)."
            if level == nil {
                if let stage = m.stage, let section = r.stage(stage) {
                    text += " The \(stage.title) stage is \(section.rag == .complete ? "complete" : "not started"), so this does not count towards its status."
                } else if m.stage == nil {
                    text += " A plan-wide measure does not count towards any stage's status."
                }
            }
            points.append(StatusReport.KeyPoint(level: level, text: text, stage: m.stage, subject: m.id.rawValue))
        }
        for s in r.stages where s.state != .complete {
            guard let slip = s.endSlipDays, slip > 0, let forecast = s.forecastEnd, let end = s.plannedEnd else { continue }
            let chain = s.forecastChainTitles.count == s.forecastChain.count
                ? s.forecastChainTitles : s.forecastChain.map { id in r.task(id)?.title ?? id.rawValue }
            points.append(StatusReport.KeyPoint(
                level: nil,
                text: "\(s.kind.title)'s open work is forecast to finish \(format(forecast)), \(counted(slip, "day")) after its planned end of \(format(end))"
                    + (chain.isEmpty ? "." : ", driven by " + chain.joined(separator: " → ") + "."),
                stage: s.kind))
        }
        if let risk = r.risks.first(where: { $0.status == .open }) {
            points.append(StatusReport.KeyPoint(
                level: nil, text: "Highest open risk, score \(risk.score), owned by \(agencyName(risk.owner, in: r)): \(risk.description)",
                subject: risk.id.rawValue))
        }
        let reviews = r.stages.filter { $0.state == .active }.compactMap { s in s.nextReview.map { (s.kind, $0) } }
        if let (kind, review) = reviews.min(by: { $0.1 < $1.1 }) {
            let passed = review < r.asOf
            points.append(StatusReport.KeyPoint(
                level: nil,
                text: "Next review of \(kind.title): \(format(review)) (\(relative(review, from: r.asOf)))" + (passed ? ", and the date has passed." : "."),
                stage: kind))
        }
        if points.allSatisfy({ $0.level == nil }) {
            // A report limited to a stage that is fine must not read as if the plan were.
            let text = if let stage = r.scope.stage, r.overall == .red || r.overall == .amber {
                "Nothing in \(stage.title) counts towards the status: the whole plan is \(r.overall.title) because of its other stages."
            } else {
                "Nothing that counts is overdue or blocked, and no stage has a reason to be Amber or Red."
            }
            points.insert(StatusReport.KeyPoint(level: nil, text: text), at: 0)
        }
        // A report for an earlier date says first what it is built from.
        if let past = r.header.asItStood { points.insert(StatusReport.KeyPoint(level: nil, text: asItStood(past, r, format)), at: 0) }
        return points
    }
}
