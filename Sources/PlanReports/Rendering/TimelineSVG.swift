import PlanCore

/// The SVG timeline of a report: the stages and their tasks on a calendar.
///
/// One row per stage (its planned window as a pale band, what actually ran as a dark line
/// above it) followed by one row per task: a bar from its first to its last day coloured by
/// status (in-progress bars show the recorded progress darker), a diamond for a milestone, a
/// hatched red tail from the due date to the report date for an overdue task, and a thick
/// black outline with a bold label for a task on the critical path. A dashed vertical line
/// marks the report date. Every mark has a `<title>` saying the same in words.
///
/// A complete stage is one summary row unless ``showFinished`` is set. Task rows are labelled
/// by title with the lead agency beside the bar; a blocked bar is red only from the day it
/// was blocked. Past ``taskRowLimit`` task rows the timeline aggregates: one bar per stage and
/// lead agency, so a plan of any size draws a page, not a scroll.
struct TimelineSVG {
    let report: StatusReport
    /// Whether complete stages show their task rows.
    var showFinished = false

    /// The most task rows drawn one by one; past it, one row per stage and lead agency: 80.
    static let taskRowLimit = 80
    /// The most agency rows an aggregated stage draws before "and N more": 12.
    static let agencyRowLimit = 12

    // Geometry, in SVG user units.
    static let width = 960.0
    static let chartLeft = 380.0
    static let chartRight = 948.0
    static let axisHeight = 46.0
    static let stageRowHeight = 24.0
    static let taskRowHeight = 17.0
    static let barHeight = 10.0
    static let labelLimit = 62

    /// The first day of the month after `month` of `year`, or `nil` past 9999.
    static func firstOfNextMonth(year: Int, month: Int) -> CalendarDate? {
        month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
    }

    /// The first and last day drawn: whole months around every date in the report, within
    /// `CalendarDate.earliest` and `CalendarDate.latest` (1 January of year 1 and 31 December
    /// 9999); dates outside them (a task whose last day runs past 9999) are drawn at the edge.
    var range: (start: CalendarDate, end: CalendarDate) {
        var first = report.asOf, last = report.asOf
        func include(_ date: CalendarDate?) {
            guard let date else { return }
            first = min(first, date)
            last = max(last, date)
        }
        for s in report.stages { [s.plannedStart, s.plannedEnd, s.started, s.completed].forEach(include) }
        for t in report.tasks {
            include(t.firstDay)
            include(t.lastDay)
        }
        for days in (report.baseline?.plannedThen ?? [:]).values {
            include(days.lowerBound)
            include(days.upperBound)
        }
        first = min(max(first, CalendarDate.earliest), CalendarDate.latest)
        last = min(max(last, CalendarDate.earliest), CalendarDate.latest)
        let (y0, m0, _) = first.components
        let (y1, m1, _) = last.components
        let start = CalendarDate(year: y0, month: m0, day: 1) ?? first
        let end = Self.firstOfNextMonth(year: y1, month: m1)?.adding(days: -1) ?? CalendarDate.latest
        return (start, end)
    }

    func render() -> String {
        let (start, end) = range
        let days = start.days(to: end) + 1
        // A date outside the range is drawn at its edge.
        func x(_ date: CalendarDate) -> Double {
            let offset = min(max(start.days(to: date), 0), days)
            return Self.chartLeft + Double(offset) / Double(days) * (Self.chartRight - Self.chartLeft)
        }
        var rows: [String] = []
        var y = Self.axisHeight
        let shown = report.stages.filter { showFinished || $0.state != .complete }.map(\.kind)
        // Positions in report.tasks, not copies of the lines: a stage may hold 100,000.
        var tasksByStage: [StageKind: [Int]] = [:]
        for (index, task) in report.tasks.enumerated() { tasksByStage[task.stage, default: []].append(index) }
        let taskRows = shown.reduce(0) { $0 + (tasksByStage[$1]?.count ?? 0) }
        let aggregate = taskRows > Self.taskRowLimit
        for stage in report.stages {
            let tasks = tasksByStage[stage.kind] ?? []
            let collapsed = !shown.contains(stage.kind)
            rows.append(stageRow(stage, y: y, x: x, note: collapsed && !tasks.isEmpty ? "\(counted(tasks.count, "task")), all finished" : nil))
            y += Self.stageRowHeight
            if collapsed { continue }
            if aggregate {
                let groups = agencyGroups(tasks)
                for group in groups.prefix(Self.agencyRowLimit) {
                    rows.append(agencyRow(group, y: y, x: x))
                    y += Self.taskRowHeight
                }
                if groups.count > Self.agencyRowLimit {
                    let rest = groups.dropFirst(Self.agencyRowLimit).reduce(0) { $0 + $1.tasks.count }
                    rows.append("<text x=\"14\" y=\"\(n(y + Self.taskRowHeight / 2 + 3.5))\" font-size=\"11\" font-style=\"italic\" fill=\"\(Palette.muted)\">and \(groups.count - Self.agencyRowLimit) more agencies (\(counted(rest, "task")))</text>")
                    y += Self.taskRowHeight
                }
            } else {
                for index in tasks {
                    rows.append(taskRow(report.tasks[index], y: y, x: x))
                    y += Self.taskRowHeight
                }
            }
        }
        let height = y + 8
        var svg: [String] = []
        let summary = "Timeline from \(Wording.documentDate(start)) to \(Wording.documentDate(end)) of \(counted(report.stages.count, "stage")) and \(counted(report.tasks.count, "task")); the dashed line marks \(Wording.documentDate(report.asOf)). The tables below give the same information."
        svg.append("<svg class=\"timeline\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" preserveAspectRatio=\"xMinYMin meet\">")
        svg.append("<title id=\"timeline-title\">Timeline of stages and tasks</title>")
        svg.append("<desc id=\"timeline-desc\">\(HTML.escape(summary))</desc>")
        svg.append("<defs><pattern id=\"overdue-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"\(Palette.redWash)\"/><rect width=\"3\" height=\"6\" fill=\"\(Palette.red)\"/></pattern></defs>")
        svg.append(axis(start: start, end: end, height: height, x: x))
        svg += rows
        // The report date on top of everything.
        let now = x(report.asOf) + (x(report.asOf.adding(days: 1)) - x(report.asOf)) / 2
        svg.append("<g class=\"asof\"><title>Report date \(Wording.documentDate(report.asOf))</title>"
            + "<line x1=\"\(n(now))\" y1=\"\(n(Self.axisHeight - 6))\" x2=\"\(n(now))\" y2=\"\(n(height - 4))\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>"
            + "<rect x=\"\(n(now - 34))\" y=\"\(n(Self.axisHeight - 19))\" width=\"68\" height=\"14\" rx=\"2\" fill=\"\(Palette.ink)\"/>"
            + "<text x=\"\(n(now))\" y=\"\(n(Self.axisHeight - 8.5))\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" fill=\"\(Palette.paper)\">\(Wording.documentDate(report.asOf))</text></g>")
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// Month gridlines with month initials, and the year over each January (and the first
    /// month). When months are too narrow to tell apart (a range of decades or more), only the
    /// first day of every few years is marked, so the axis stays a few dozen marks long.
    private func axis(start: CalendarDate, end: CalendarDate, height: Double, x: (CalendarDate) -> Double) -> String {
        var parts = ["<g class=\"axis\" font-size=\"10\" fill=\"\(Palette.muted)\">"]
        let days = Double(start.days(to: end) + 1)
        let monthWidth = (Self.chartRight - Self.chartLeft) / (days / 30.44)
        if monthWidth < 3 {
            parts += yearMarks(start: start, end: end, height: height, yearWidth: monthWidth * 12, x: x)
        } else {
            parts += monthMarks(start: start, end: end, height: height, monthWidth: monthWidth, x: x)
        }
        parts.append("<line x1=\"\(n(Self.chartLeft))\" y1=\"\(n(Self.axisHeight - 4))\" x2=\"\(n(Self.chartRight))\" y2=\"\(n(Self.axisHeight - 4))\" stroke=\"\(Palette.muted)\"/>")
        parts.append("</g>")
        return parts.joined(separator: "\n")
    }

    private func gridline(_ left: Double, height: Double, strong: Bool) -> String {
        "<line x1=\"\(n(left))\" y1=\"\(n(Self.axisHeight - 4))\" x2=\"\(n(left))\" y2=\"\(n(height - 4))\" stroke=\"\(strong ? Palette.rule : Palette.faint)\" stroke-width=\"1\"/>"
    }

    private func yearLabel(_ year: Int, at left: Double) -> String {
        "<text x=\"\(n(left + 2))\" y=\"12\" font-weight=\"bold\" fill=\"\(Palette.ink)\">\(year)</text>"
    }

    private func monthMarks(start: CalendarDate, end: CalendarDate, height: Double, monthWidth: Double, x: (CalendarDate) -> Double) -> [String] {
        var parts: [String] = []
        var (year, month, _) = start.components
        let step = monthWidth >= 22 ? 1 : monthWidth >= 11 ? 3 : 6
        var first = true
        while let date = CalendarDate(year: year, month: month, day: 1), date <= end {
            let left = x(date)
            let next = Self.firstOfNextMonth(year: year, month: month) ?? end.adding(days: 1)
            let right = x(min(next, end.adding(days: 1)))
            let strong = month == 1
            parts.append(gridline(left, height: height, strong: strong))
            if (month - 1) % step == 0 {
                let label = Wording.month(date)
                parts.append("<text x=\"\(n((left + right) / 2))\" y=\"\(n(Self.axisHeight - 24))\" text-anchor=\"middle\">\(label)</text>")
            }
            if first || strong { parts.append(yearLabel(year, at: left)) }
            first = false
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return parts
    }

    /// A gridline and the year on 1 January of every `step` years, `step` the smallest of 1, 2,
    /// 5, 10, 20, 50… that puts the labels at least 40 units apart.
    private func yearMarks(start: CalendarDate, end: CalendarDate, height: Double, yearWidth: Double, x: (CalendarDate) -> Double) -> [String] {
        let steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
        let step = steps.first { Double($0) * yearWidth >= 40 } ?? 10_000
        let (y0, _, _) = start.components
        let (y1, _, _) = end.components
        var marks: [(year: Int, left: Double)] = []
        var year = (y0 + step - 1) / step * step
        while year <= y1 {
            if let date = CalendarDate(year: year, month: 1, day: 1), date >= start, date <= end { marks.append((year, x(date))) }
            year += step
        }
        var parts: [String] = []
        // The first year at the left edge, unless a marked year is about to be written there.
        if (marks.first.map { $0.left - x(start) >= 30 } ?? true) { parts.append(yearLabel(y0, at: x(start))) }
        for mark in marks {
            parts.append(gridline(mark.left, height: height, strong: true))
            parts.append(yearLabel(mark.year, at: mark.left))
        }
        return parts
    }

    /// A stage's tasks grouped by lead agency, most tasks first (ties in order of first task).
    private func agencyGroups(_ tasks: [Int]) -> [(agency: AgencyID, tasks: [Int])] {
        var order: [AgencyID] = []
        var groups: [AgencyID: [Int]] = [:]
        for index in tasks {
            let lead = report.tasks[index].lead
            if groups[lead] == nil { order.append(lead) }
            groups[lead, default: []].append(index)
        }
        return order.enumerated().map { (agency: $0.element, tasks: groups[$0.element] ?? [], index: $0.offset) }
            .sorted { ($1.tasks.count, $0.index) < ($0.tasks.count, $1.index) }
            .map { ($0.agency, $0.tasks) }
    }

    /// One agency's tasks in a stage as one bar from the first day to the last, with counts.
    private func agencyRow(_ group: (agency: AgencyID, tasks: [Int]), y: Double, x: (CalendarDate) -> Double) -> String {
        let mid = y + Self.taskRowHeight / 2
        let name = Wording.agencyName(group.agency, in: report)
        var open = 0, overdue = 0, blocked = 0
        var first: CalendarDate?, last: CalendarDate?
        for index in group.tasks {
            let task = report.tasks[index]
            if task.status.isOpen { open += 1 }
            if task.isOverdue { overdue += 1 }
            if task.status == .blocked { blocked += 1 }
            if let day = task.firstDay { first = min(first ?? day, day) }
            if let day = task.lastDay { last = max(last ?? day, day) }
        }
        var label = "\(name): \(counted(group.tasks.count, "task"))"
        if label.count > Self.labelLimit { label = String(label.prefix(Self.labelLimit - 1)) + "…" }
        let words = "\(name) leads \(counted(group.tasks.count, "task")) in this stage: \(open) open, \(overdue) overdue, \(blocked) blocked"
        var parts = ["<g class=\"task agency-row\"><title>\(HTML.escape(words))</title>"]
        parts.append("<text x=\"14\" y=\"\(n(mid + 3.5))\" font-size=\"11\" fill=\"\(Palette.ink)\">\(HTML.escape(label))</text>")
        if let first, let last {
            let left = x(first), right = x(last.adding(days: 1))
            let status: PlanTask.Status = blocked > 0 ? .blocked : open > 0 ? .inProgress : .done
            let (fill, stroke) = Palette.task(status == .blocked ? .inProgress : status)
            parts.append("<rect x=\"\(n(left))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(max(2, right - left)))\" height=\"\(n(Self.barHeight))\" fill=\"\(fill)\" stroke=\"\(overdue > 0 ? Palette.red : stroke)\" stroke-width=\"\(overdue > 0 ? 2 : 1)\"/>")
            let counts = "\(open) open" + (overdue > 0 ? " · \(overdue) overdue" : "") + (blocked > 0 ? " · \(blocked) blocked" : "")
            parts.append(barNote(counts, left: left, right: right, mid: mid))
        }
        parts.append("</g>")
        return parts.joined()
    }

    /// Small muted text beside a bar: after it where it fits, else before it where it fits,
    /// else on the roomier side cut short with "…", never over the bar or the labels column.
    /// A white halo keeps it readable where the report-date line crosses it.
    private func barNote(_ text: String, left: Double, right: Double, mid: Double) -> String {
        let charWidth = 5.2
        let after = Self.width - (right + 4), before = (left - 4) - (Self.chartLeft + 2)
        let needed = Double(text.count) * charWidth
        let toRight = needed <= after || (needed > before && after >= before)
        let room = toRight ? after : before
        var shown = text
        if needed > room {
            let fit = Int(room / charWidth) - 1
            guard fit >= 3 else { return "" }
            shown = String(text.prefix(fit)) + "…"
        }
        let halo = "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
        if toRight {
            return "<text x=\"\(n(right + 4))\" y=\"\(n(mid + 3))\" font-size=\"9\" fill=\"\(Palette.muted)\" \(halo)>\(HTML.escape(shown))</text>"
        }
        return "<text x=\"\(n(left - 4))\" y=\"\(n(mid + 3))\" font-size=\"9\" text-anchor=\"end\" fill=\"\(Palette.muted)\" \(halo)>\(HTML.escape(shown))</text>"
    }

    private func stageRow(_ s: StatusReport.StageSection, y: Double, x: (CalendarDate) -> Double, note: String? = nil) -> String {
        var parts = ["<g class=\"stage-row\">"]
        parts.append("<rect x=\"0\" y=\"\(n(y + 1))\" width=\"\(n(Self.width))\" height=\"\(n(Self.stageRowHeight - 2))\" fill=\"\(Palette.wash)\"/>")
        parts.append("<text x=\"6\" y=\"\(n(y + 16))\" font-size=\"12.5\" font-weight=\"bold\" fill=\"\(Palette.ink)\">\(s.kind.title) stage</text>")
        let (fill, ink, edge) = Palette.rag(s.rag)
        let badgeWidth = 8 + Double(s.rag.title.count) * 7
        parts.append("<rect x=\"86\" y=\"\(n(y + 4.5))\" width=\"\(n(badgeWidth))\" height=\"15\" rx=\"2\" fill=\"\(fill)\" stroke=\"\(edge)\"/>")
        parts.append("<text x=\"\(n(86 + badgeWidth / 2))\" y=\"\(n(y + 15.5))\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"\(ink)\">\(s.rag.title)</text>")
        if let note {
            parts.append("<text x=\"\(n(92 + badgeWidth))\" y=\"\(n(y + 15.5))\" font-size=\"10.5\" fill=\"\(Palette.muted)\">\(HTML.escape(note))</text>")
        }
        if let start = s.plannedStart, let end = s.plannedEnd {
            let title = "\(s.kind.title) planned \(Wording.documentDate(start)) to \(Wording.documentDate(end))"
            parts.append("<g><title>\(HTML.escape(title))</title><rect x=\"\(n(x(start)))\" y=\"\(n(y + 9))\" width=\"\(n(max(2, x(end.adding(days: 1)) - x(start))))\" height=\"10\" fill=\"\(Palette.window)\" stroke=\"\(Palette.muted)\" stroke-width=\"1\"/></g>")
        }
        if let started = s.started {
            let finish = s.completed ?? report.asOf
            let title = "\(s.kind.title) ran from \(Wording.documentDate(started))" + (s.completed.map { " to \(Wording.documentDate($0))" } ?? ", still open")
            parts.append("<g><title>\(HTML.escape(title))</title><rect x=\"\(n(x(started)))\" y=\"\(n(y + 4))\" width=\"\(n(max(2, x(finish.adding(days: 1)) - x(started))))\" height=\"4\" fill=\"\(Palette.ink)\"/></g>")
        }
        parts.append("</g>")
        return parts.joined()
    }

    private func taskRow(_ t: StatusReport.TaskLine, y: Double, x: (CalendarDate) -> Double) -> String {
        let mid = y + Self.taskRowHeight / 2
        var label = t.title
        if label.count > Self.labelLimit { label = String(label.prefix(Self.labelLimit - 1)) + "…" }
        var parts = ["<g class=\"task\">"]
        let lead = Wording.agencyName(t.lead, in: report)
        var words = "\(t.title) (\(t.id)), led by \(lead). \(t.status.title)"
        if let first = t.firstDay, let last = t.lastDay {
            words += t.isMilestone ? ", milestone on \(Wording.documentDate(first))" : ", \(Wording.documentDate(first)) to \(Wording.documentDate(last))"
            if t.datesScheduled { words += Wording.scheduledMark }
        }
        if let progress = t.progress, t.status == .inProgress || t.status == .blocked { words += ", \(progress)% done" }
        if let overdue = t.daysOverdue { words += ", overdue by \(counted(overdue, "day"))" }
        if let blocked = t.daysBlocked { words += ", blocked \(counted(blocked, "day"))" + (t.blockedSince.map { " since \(Wording.documentDate($0))" } ?? "") }
        if t.critical { words += ", on the critical path" }
        parts.append("<title>\(HTML.escape(words))</title>")
        parts.append("<text x=\"14\" y=\"\(n(mid + 3.5))\" font-size=\"11\"\(t.critical ? " font-weight=\"bold\"" : "") fill=\"\(Palette.ink)\">\(HTML.escape(label))</text>")
        guard let first = t.firstDay, let last = t.lastDay else {
            parts.append("<text x=\"\(n(Self.chartLeft + 4))\" y=\"\(n(mid + 3.5))\" font-size=\"10\" font-style=\"italic\" fill=\"\(Palette.muted)\">not dated</text></g>")
            return parts.joined()
        }
        // A blocked bar is drawn as work in progress, red only from the day it was blocked.
        let (fill, stroke) = Palette.task(t.status == .blocked && t.blockedSince != nil ? .inProgress : t.status)
        let outline = t.critical ? "stroke=\"\(Palette.ink)\" stroke-width=\"2.5\"" : "stroke=\"\(stroke)\" stroke-width=\"1\""
        let dash = t.status == .cancelled ? " stroke-dasharray=\"3 2\"" : ""
        let left = x(first), right = x(last.adding(days: 1))
        if let overdue = t.daysOverdue, overdue > 0 {
            let tailRight = x(report.asOf)
            parts.append("<rect x=\"\(n(right))\" y=\"\(n(mid - 3))\" width=\"\(n(max(1, tailRight - right)))\" height=\"6\" fill=\"url(#overdue-hatch)\" stroke=\"\(Palette.red)\" stroke-width=\"0.75\"/>")
        }
        if t.isMilestone {
            let cx = (left + right) / 2, r = 6.0
            parts.append("<path d=\"M\(n(cx)) \(n(mid - r))L\(n(cx + r)) \(n(mid))L\(n(cx)) \(n(mid + r))L\(n(cx - r)) \(n(mid))Z\" fill=\"\(fill)\" \(outline)\(dash)/>")
        } else {
            let width = max(2, right - left)
            parts.append("<rect x=\"\(n(left))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(width))\" height=\"\(n(Self.barHeight))\" fill=\"\(fill)\" \(outline)\(dash)/>")
            if t.status == .blocked, let since = t.blockedSince {
                let (red, redEdge) = Palette.task(.blocked)
                let from = min(max(x(since), left), left + width)
                parts.append("<rect x=\"\(n(from))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(max(1.5, left + width - from)))\" height=\"\(n(Self.barHeight))\" fill=\"\(red)\" stroke=\"\(redEdge)\" stroke-width=\"1\"/>")
            }
            if t.status == .inProgress, let progress = t.progress, progress > 0 {
                let done = width * Double(min(progress, 100)) / 100
                parts.append("<rect x=\"\(n(left))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(done))\" height=\"\(n(Self.barHeight))\" fill=\"\(Palette.blue)\"/>")
                if t.critical {
                    parts.append("<rect x=\"\(n(left))\" y=\"\(n(mid - Self.barHeight / 2))\" width=\"\(n(width))\" height=\"\(n(Self.barHeight))\" fill=\"none\" \(outline)/>")
                }
            }
        }
        // A milestone's diamond reaches past its day on both sides.
        let (markLeft, markRight) = t.isMilestone ? ((left + right) / 2 - 7, (left + right) / 2 + 7) : (left, right)
        parts.append(barNote(lead, left: markLeft, right: max(markRight, t.daysOverdue != nil ? x(report.asOf) : markRight), mid: mid))
        parts.append(baselineBar(t, mid: mid, x: x))
        parts.append("</g>")
        return parts.joined()
    }

    private func n(_ value: Double) -> String { SVG.number(value) }
}
