import PlanCore

/// Renders a report as one self-contained HTML page: inline CSS, inline SVG, no script and no
/// reference to anything outside the file, readable on screen and printed on A4.
///
/// Printing puts the marking (classification and information sharing agreement) at the top
/// and bottom of every page: the two marking bars become `position: fixed` in print, and the
/// body's padding is repeated on each page (`box-decoration-break: clone`) so they never cover
/// text. RAG is always a word on a coloured badge, never colour alone; tables have captions
/// and scoped header cells.
struct HTMLReportRenderer {
    let report: StatusReport
    /// Whether the timeline shows the tasks of complete stages.
    var showFinished = false

    private var out: [String] = []

    init(report: StatusReport, showFinished: Bool = false) {
        self.report = report
        self.showFinished = showFinished
    }

    func render() -> String {
        var r = self
        r.document()
        return r.out.joined(separator: "\n") + "\n"
    }

    // MARK: Building blocks

    private func e(_ text: String) -> String { HTML.escape(text) }

    private func date(_ date: CalendarDate?) -> String {
        guard let date else { return "<span class=\"muted\">–</span>" }
        return "<time datetime=\"\(date)\">\(Wording.documentDate(date))</time>"
    }

    private func rag(_ rag: RAG, large: Bool = false) -> String {
        "<span class=\"rag rag-\(rag.rawValue)\(large ? " rag-large" : "")\">\(rag.title)</span>"
    }

    private func id(_ text: String) -> String { "<code>\(e(text))</code>" }

    /// A table with a caption; `right` are the right-aligned (numeric) columns, and the first
    /// cell of each row is its row header.
    private mutating func table(_ caption: String, _ headers: [String], right: Set<Int> = [], _ rows: [[String]], className: String? = nil, total: Int? = nil) {
        // Short tables are kept on one printed page rather than split from their header.
        let classes = (className.map { [$0] } ?? []) + (rows.count <= 8 ? ["keep"] : [])
        out.append("<table\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>")
        out.append("<caption>\(caption)</caption>")
        out.append("<thead><tr>" + headers.enumerated().map { i, h in
            "<th scope=\"col\"\(right.contains(i) ? " class=\"num\"" : "")>\(h)</th>"
        }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for row in rows {
            out.append("<tr>" + row.enumerated().map { i, cell in
                let cls = right.contains(i) ? " class=\"num\"" : ""
                return i == 0 ? "<th scope=\"row\"\(cls)>\(cell)</th>" : "<td\(cls)>\(cell)</td>"
            }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        if let total, total > rows.count {
            out.append("<p class=\"more\">and \(total - rows.count) more, not shown here; the CSV and JSON formats list every one.</p>")
        }
    }

    private var markingHTML: String {
        let h = report.header
        return "<strong>\(e(h.classification.rawValue))</strong> · \(e(h.sharingAgreementText))"
    }

    // MARK: Document

    private mutating func document() {
        let h = report.header
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en-GB\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<meta name=\"generator\" content=\"chb status\">")
        out.append("<title>\(e(h.classification.rawValue)): \(e(h.title)), status as of \(Wording.documentDate(h.asOf))</title>")
        out.append("<style>\n\(Self.css)</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<div class=\"marking marking-top\" role=\"note\" aria-label=\"Protective marking\">\(markingHTML)</div>")
        out.append("<header class=\"report-header\">")
        out.append("<p class=\"kicker\">Clear, Hold, Build · stage status report</p>")
        out.append("<h1>\(e(h.title))</h1>")
        out.append("<p class=\"asof\">Status as of <strong><time datetime=\"\(h.asOf)\">\(Wording.documentDate(h.asOf))</time></strong></p>")
        out.append("<dl class=\"facts\">")
        for (label, value) in Wording.facts(report, Wording.documentDate) {
            out.append("<dt>\(e(label))</dt><dd>\(e(value))</dd>")
        }
        if let description = h.areaDescription { out.append("<dt>About the area</dt><dd>\(e(description))</dd>") }
        out.append("</dl>")
        if let caveat = report.scope.caveat { out.append("<p class=\"scope-note\"><strong>Limited report.</strong> \(e(caveat))</p>") }
        out.append("</header>")
        out.append("<main>")
        overall()
        timeline()
        for stage in report.stages { stageSection(stage) }
        attention()
        agencies()
        measures()
        risks()
        history()
        allTasks()
        out.append("</main>")
        out.append("<footer class=\"about\">")
        out.append("<h2 id=\"about\">About this report</h2>")
        out.append("<p>\(e(Wording.ragNote))</p>")
        out.append("<p>Percentage complete is done ÷ tasks not cancelled, rounded down. \(e(Wording.trendNote)) Risk score is likelihood × impact, each 1 to 5.</p>")
        out.append("<p>Produced by chb from plan <code>\(e(h.planID.rawValue))</code> revision \(h.revision); status as of \(Wording.documentDate(h.asOf)). This page needs no script or network access and prints on A4.</p>")
        out.append("</footer>")
        out.append("<div class=\"marking marking-bottom\" role=\"note\" aria-label=\"Protective marking\">\(markingHTML)</div>")
        out.append("</body>")
        out.append("</html>")
    }

    private mutating func overall() {
        out.append("<section aria-labelledby=\"overall\">")
        out.append("<h2 id=\"overall\">Overall status" + (report.scope.isWholePlan ? "" : " (whole plan)") + "</h2>")
        out.append("<div class=\"overall overall-\(report.overall.rawValue)\">")
        out.append(rag(report.overall, large: true))
        out.append("<div><p class=\"stage-line\">" + report.stages.map { "\($0.kind.title) \(rag($0.rag))" }.joined(separator: " ") + "</p>")
        out.append("<p class=\"headline\">\(e(Wording.headline(report, Wording.documentDate)))</p></div>")
        out.append("<dl class=\"rag-legend\" aria-label=\"What the statuses mean\">")
        for (status, meaning) in Wording.ragLegend {
            out.append("<dt>\(rag(status))</dt><dd>\(e(meaning))</dd>")
        }
        out.append("</dl>")
        out.append("</div>")
        out.append("<h3>Key points</h3>")
        out.append("<ul class=\"key-points\">")
        for point in Wording.keyPoints(report, Wording.documentDate) {
            out.append("<li>" + (point.level.map { rag($0) } ?? "<span class=\"rag rag-note\">Note</span>") + " <span>" + e(point.text)
                + (point.subject.map { " <span class=\"id\">\(e($0))</span>" } ?? "") + "</span></li>")
        }
        out.append("</ul>")
        changes()
        out += BaselineSection.html(report)
        table("Stages at a glance", ["Stage", "State", "RAG", "Planned", "Actual and forecast", "Next review", "Exit criteria met", "Tasks", "Complete"],
            right: [6, 7, 8],
            report.stages.map { s in
                ["<a href=\"#stage-\(s.kind.rawValue)\">\(s.kind.title)</a>", s.state.title, rag(s.rag), e(Wording.plannedWindow(s, Wording.documentDate)),
                 e(Wording.actual(s, Wording.documentDate)), s.state == .complete ? "–" : date(s.nextReview), "\(s.criteriaMet) of \(s.criteria.count)",
                 String(s.counts.total), Wording.percent(s.counts.percentComplete)]
            })
        out.append("</section>")
    }

    private mutating func changes() {
        guard let c = report.changes else { return }
        out.append("<div class=\"changes\">")
        out.append("<h3>\(e(Wording.changesTitle(c, asOf: report.asOf, Wording.documentDate)))</h3>")
        out.append("<p class=\"window\">\(e(Wording.changesWindow(c, asOf: report.asOf, Wording.documentDate)))</p>")
        out.append("<p class=\"travel\">" + c.stages.map { t in
            "<span class=\"travel-stage\">\(t.kind.title) \(rag(t.before)) → \(rag(t.now)) <span class=\"direction direction-\(t.direction.rawValue)\">\(t.direction.arrow) \(t.direction.title)</span></span>"
        }.joined(separator: " ") + "</p>")
        if !Wording.changeLists(c).isEmpty {
            out.append("<div class=\"change-lists\">")
            for list in Wording.changeLists(c) {
                out.append("<div><h4>\(e(list.title))</h4><ul>")
                for item in list.items {
                    out.append("<li>\(date(item.date)): \(e(item.text))" + (item.detail.map { " <span class=\"detail\">— \(e($0))</span>" } ?? "")
                        + " <span class=\"id\">\(e(item.id))</span></li>")
                }
                if list.more > 0 { out.append("<li class=\"more\">\(Wording.more(list.more))</li>") }
                out.append("</ul></div>")
            }
            out.append("</div>")
        }
        if c.isQuiet { out.append("<p>Nothing was done, fell due, was blocked or unblocked, met, observed or decided in these days.</p>") }
        for caveat in c.caveats { out.append("<p class=\"caveat\">Note: \(e(caveat))</p>") }
        out.append("</div>")
    }

    private mutating func timeline() {
        out.append("<section class=\"timeline-section\" aria-labelledby=\"timeline\">")
        out.append("<h2 id=\"timeline\">Timeline</h2>")
        out.append("<figure class=\"timeline-figure\">")
        out.append(TimelineSVG(report: report, showFinished: showFinished).render())
        out.append("<figcaption>")
        out.append("<ul class=\"legend\">")
        for status in PlanTask.Status.allCases {
            let (fill, stroke) = Palette.task(status)
            let style = status == .inProgress
                ? "background: linear-gradient(90deg, \(Palette.blue) 50%, \(fill) 50%); border-color: \(stroke)"
                : "background: \(fill); border-color: \(stroke)" + (status == .cancelled ? "; border-style: dashed" : "")
            let note = status == .inProgress ? " (darker part: recorded progress)" : ""
            out.append("<li><span class=\"swatch\" style=\"\(style)\"></span>\(status.title)\(note)</li>")
        }
        out.append("<li><span class=\"swatch diamond\"></span>Milestone</li>")
        out.append("<li><span class=\"swatch critical\"></span><strong>Critical path</strong> (thick black outline, bold label)</li>")
        out.append("<li><span class=\"swatch overdue\"></span>Overdue: due date to report date</li>")
        out.append("<li><span class=\"swatch planned-window\"></span>Stage planned window (black line: when it actually ran)</li>")
        out.append("<li><span class=\"swatch asof-line\"></span>Report date, \(Wording.documentDate(report.asOf))</li>")
        if let b = report.baseline { out.append(BaselineSection.legend(b)) }
        out.append("</ul>")
        out.append("</figcaption>")
        out.append("</figure>")
        out.append("</section>")
    }

    private mutating func stageSection(_ s: StatusReport.StageSection) {
        let key = s.kind.rawValue
        out.append("<section class=\"stage\" aria-labelledby=\"stage-\(key)\">")
        out.append("<h2 id=\"stage-\(key)\">\(s.kind.title) stage \(rag(s.rag))</h2>")
        out.append("<div class=\"stage-grid\">")
        out.append("<dl class=\"facts\">")
        out.append("<dt>State</dt><dd>\(s.state.title)</dd>")
        out.append("<dt>Planned</dt><dd>\(e(Wording.plannedWindow(s, Wording.documentDate)))</dd>")
        out.append("<dt>Actual</dt><dd>\(e(Wording.actual(s, Wording.documentDate)))</dd>")
        if s.state != .complete, let review = s.nextReview {
            let passed = review < report.asOf ? ", <strong>review date has passed</strong>" : ""
            out.append("<dt>Next review</dt><dd>\(date(review)) (\(Wording.relative(review, from: report.asOf))\(passed))</dd>")
        }
        let percent = s.counts.percentComplete
        out.append("<dt>Complete</dt><dd><span class=\"meter\" aria-hidden=\"true\"><span style=\"width: \(percent ?? 0)%\"></span></span> \(Wording.percent(percent)) (done ÷ not cancelled)</dd>")
        out.append("</dl>")
        out.append("<div class=\"reasons\">")
        if s.reasons.isEmpty {
            let why = switch s.rag {
            case .complete: "Complete: every exit criterion met and no task open."
            case .notStarted: "Not started, and not yet due to start."
            default: "Green: nothing overdue or blocked, and no stage measure worse than its baseline."
            }
            out.append("<p>\(why)</p>")
        } else {
            out.append("<h3>Why \(s.rag.title)</h3>")
            out.append("<ul class=\"reason-list\">")
            for reason in s.reasons.prefix(Wording.listLimit) {
                out.append("<li>\(rag(reason.level)) <span>\(e(Wording.words(reason, Wording.documentDate)))" + (reason.subject.map { " <span class=\"id\">\(e($0))</span>" } ?? "") + "</span></li>")
            }
            if s.reasons.count > Wording.listLimit { out.append("<li class=\"more\">and \(s.reasons.count - Wording.listLimit) more reasons (the JSON lists every one)</li>") }
            out.append("</ul>")
        }
        out.append("</div>")
        out.append("</div>")
        table("\(s.kind.title) tasks\(report.scope.agency == nil ? "" : " in scope") by status", ["Stage"] + PlanTask.Status.allCases.map(\.title) + ["Total", "Complete"], right: Set(1...7),
            [[s.kind.title] + PlanTask.Status.allCases.map { String(s.counts[$0]) } + [String(s.counts.total), Wording.percent(s.counts.percentComplete)]],
            className: "counts")
        if !s.objectives.isEmpty {
            out.append("<h3>Objectives</h3>")
            out.append("<ul>" + s.objectives.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        }
        if s.criteria.isEmpty {
            out.append("<p>No exit criteria recorded.</p>")
        } else {
            table("\(s.kind.title) exit criteria: \(s.criteriaMet) of \(s.criteria.count) met", ["Criterion", "Met", "Met on", "Evidence"],
                s.criteria.map { c in
                    [e(c.statement), c.met ? "<span class=\"met\">✓ Met</span>" : "<span class=\"unmet\">✗ Not met</span>",
                     date(c.metOn), c.evidence.map(e) ?? "<span class=\"muted\">–</span>"]
                })
        }
        out.append("</section>")
    }

    private func taskCell(_ t: StatusReport.TaskLine) -> String {
        "<span class=\"task-title\">\(e(t.title))</span> <span class=\"id\">\(e(t.id.rawValue))</span>"
    }

    /// The lead agency by name, and the task's owner when one is recorded.
    private func lead(_ t: StatusReport.TaskLine) -> String {
        e(Wording.agencyName(t.lead, in: report)) + (Wording.owner(t, in: report).map { "<br><span class=\"muted\">\(e($0))</span>" } ?? "")
    }

    private mutating func attention() {
        out.append("<section aria-labelledby=\"attention\">")
        out.append("<h2 id=\"attention\">Tasks needing attention</h2>")
        if report.overdueTasks.isEmpty {
            out.append("<p><strong>Overdue tasks:</strong> none.</p>")
        } else {
            table("Overdue tasks (\(report.overdueTasks.count)), most overdue first", ["Task", "Stage", "Lead agency and owner", "Due", "Overdue", "Status", "Critical path"], right: [4],
                report.overdueTasks.prefix(Wording.listLimit).map { t in
                    [taskCell(t), t.stage.title, lead(t), Wording.scheduled(date(t.lastDay), t), counted(t.daysOverdue ?? 0, "day"), t.status.title,
                     t.critical ? "<strong>yes</strong>" : "no"]
                }, total: report.overdueTasks.count)
        }
        if report.blockedTasks.isEmpty {
            out.append("<p><strong>Blocked tasks:</strong> none.</p>")
        } else {
            table("Blocked tasks (\(report.blockedTasks.count)), longest blocked first", ["Task", "Stage", "Lead agency and owner", "Blocked since", "Days blocked", "Reason"], right: [4],
                report.blockedTasks.prefix(Wording.listLimit).map { t in
                    let days = t.daysBlocked.map { d in
                        d > StageStatus.blockedDaysBeforeRed ? "<strong class=\"over\">\(d)</strong>" : String(d)
                    } ?? "–"
                    return [taskCell(t), t.stage.title, lead(t), date(t.blockedSince), days, e(t.blockedReason ?? "no reason recorded")]
                }, total: report.blockedTasks.count)
        }
        if report.dueSoonTasks.isEmpty {
            out.append("<p><strong>Due in the next \(StatusReport.dueSoonDays) days:</strong> none.</p>")
        } else {
            table("Due in the next \(StatusReport.dueSoonDays) days, to \(Wording.documentDate(report.dueSoonUntil)) (\(report.dueSoonTasks.count))",
                ["Task", "Stage", "Lead agency and owner", "Due", "In", "Status", "Critical path"], right: [4],
                report.dueSoonTasks.prefix(Wording.listLimit).map { t in
                    [taskCell(t), t.stage.title, lead(t), Wording.scheduled(date(t.lastDay), t),
                     counted(t.lastDay.map { report.asOf.days(to: $0) } ?? 0, "day"), t.status.title, t.critical ? "<strong>yes</strong>" : "no"]
                }, total: report.dueSoonTasks.count)
        }
        if let problem = report.scheduleProblem {
            out.append("<p><strong>Critical path:</strong> not available: \(e(problem)).</p>")
        } else if report.criticalPath.isEmpty {
            out.append("<p><strong>Critical path:</strong> no task in scope is on it.</p>")
        } else {
            table("Critical path (\(counted(report.criticalPath.count, "task")), \(report.openCriticalTasks.count) open): any delay to these delays the plan",
                ["Task", "Stage", "Lead agency and owner", "Start", "Due", "Status"],
                report.criticalPath.prefix(Wording.listLimit).map { t in
                    [taskCell(t), t.stage.title, lead(t), Wording.scheduled(date(t.firstDay), t), Wording.scheduled(date(t.lastDay), t),
                     t.isOverdue ? "<strong class=\"over\">\(t.status.title), overdue</strong>" : t.status.title]
                }, total: report.criticalPath.count)
        }
        if !report.unscheduledTasks.isEmpty {
            out.append("<p><strong>Not scheduled:</strong> " + report.unscheduledTasks.prefix(Wording.listLimit).map { "\(id($0.id.rawValue)) (\(e($0.reason)))" }.joined(separator: "; ")
                + (report.unscheduledTasks.count > Wording.listLimit ? "; and \(report.unscheduledTasks.count - Wording.listLimit) more" : "") + ".</p>")
        }
        out.append("</section>")
    }

    private mutating func agencies() {
        out.append("<section aria-labelledby=\"agencies\">")
        out.append("<h2 id=\"agencies\">Agencies</h2>")
        if report.agencies.isEmpty {
            out.append("<p>No agency has a task in scope.</p>")
        } else {
            out.append("<figure class=\"workload-figure\">\(BoardCharts.workload(report.agencies, tasks: report.tasks))<figcaption>Tasks each agency leads: done, open on time and overdue.</figcaption></figure>")
            table("Tasks by agency. \(e(Wording.agencyNote))", ["Agency", "Leads", "Supports", "Open", "Overdue", "Blocked"], right: [1, 2, 3, 4, 5],
                report.agencies.prefix(Wording.listLimit).map { a in
                    ["\(e(a.name)) <span class=\"id\">\(e(a.id.rawValue))</span>", String(a.leads), String(a.supports), String(a.open),
                     a.overdue > 0 ? "<strong class=\"over\">\(a.overdue)</strong>" : "0", a.blocked > 0 ? "<strong class=\"over\">\(a.blocked)</strong>" : "0"]
                }, total: report.agencies.count)
        }
        out.append("</section>")
    }

    /// The trend in words, with an arrow showing which way the value actually moved.
    private func trend(_ trend: StatusReport.Trend, _ direction: Measure.Direction) -> String {
        let up = (trend == .better) == (direction == .increase)
        return switch trend {
        case .better: "<span class=\"better\">\(up ? "▲" : "▼") Better</span>"
        case .worse: "<span class=\"worse\">\(up ? "▲" : "▼") Worse</span>"
        case .unchanged: "No change"
        case .noData: "<span class=\"muted\">No data</span>"
        }
    }

    private mutating func measures() {
        out.append("<section aria-labelledby=\"measures\">")
        out.append("<h2 id=\"measures\">Measures</h2>")
        if report.measures.isEmpty {
            out.append("<p>No measures recorded.</p>")
        } else {
            table("Measures: latest observation against baseline and target", ["Measure", "Stage", "Baseline", "Latest", "Target", "Better when", "Trend (vs baseline)", "Last move", "To target"],
                right: [2, 3, 4, 8],
                report.measures.map { m in
                    ["\(e(m.name))<br><span class=\"muted\">\(e(m.unit))</span>", Wording.stageName(m.stage), m.baseline.description,
                     m.latest.map { "\($0.value)<br><span class=\"muted\">\(Wording.documentDate($0.date))</span>" } ?? "<span class=\"muted\">no data</span>",
                     m.target.description, Wording.better(m.direction), trend(m.trend, m.direction), trend(m.lastMove, m.direction), Wording.percent(m.percentToTarget)]
                }, className: "measures")
            out.append("<p class=\"note\">\(e(Wording.trendNote)) To target: how far the latest value has come from the baseline towards the target. Arrows show which way the value moved.</p>")
            out.append("<div class=\"measure-charts\">")
            for m in report.measures.prefix(BoardCharts.measureLimit) {
                out.append("<figure class=\"measure\"><figcaption>\(e(m.name))</figcaption>\(BoardCharts.measure(m))</figure>")
            }
            if report.measures.count > BoardCharts.measureLimit {
                out.append("<p class=\"more\">and \(report.measures.count - BoardCharts.measureLimit) more measures, in the table above</p>")
            }
            out.append("</div>")
        }
        out.append("</section>")
    }

    /// A small line chart of a measure's readings, with baseline and target lines.
    private func sparkline(_ m: StatusReport.MeasureLine) -> String {
        let values = m.observations.map(\.value.doubleValue)
        let all = values + [m.baseline.doubleValue, m.target.doubleValue]
        guard !values.isEmpty, let low = all.min(), let high = all.max() else { return "<span class=\"muted\">–</span>" }
        let w = 110.0, h = 30.0, pad = 3.0
        func y(_ v: Double) -> Double { high == low ? h / 2 : pad + (high - v) / (high - low) * (h - 2 * pad) }
        func x(_ i: Int) -> Double { values.count == 1 ? w / 2 : pad + Double(i) / Double(values.count - 1) * (w - 2 * pad) }
        func n(_ v: Double) -> String { SVG.number(v) }
        let readings = m.observations.map { "\($0.value) on \(Wording.documentDate($0.date))" }.joined(separator: ", ")
        let label = "\(m.name): \(readings); baseline \(m.baseline), target \(m.target)"
        let points = values.indices.map { "\(n(x($0))),\(n(y(values[$0])))" }.joined(separator: " ")
        let last = values.count - 1
        return "<svg class=\"spark\" viewBox=\"0 0 \(n(w)) \(n(h))\" width=\"110\" height=\"30\" role=\"img\" aria-label=\"\(e(label))\">"
            + "<line x1=\"0\" y1=\"\(n(y(m.baseline.doubleValue)))\" x2=\"\(n(w))\" y2=\"\(n(y(m.baseline.doubleValue)))\" stroke=\"\(Palette.grey)\" stroke-dasharray=\"3 2\"/>"
            + "<line x1=\"0\" y1=\"\(n(y(m.target.doubleValue)))\" x2=\"\(n(w))\" y2=\"\(n(y(m.target.doubleValue)))\" stroke=\"\(Palette.green)\" stroke-dasharray=\"3 2\"/>"
            + "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>"
            + "<circle cx=\"\(n(x(last)))\" cy=\"\(n(y(values[last])))\" r=\"2.5\" fill=\"\(Palette.ink)\"/></svg>"
    }

    private mutating func risks() {
        out.append("<section aria-labelledby=\"risks\">")
        out.append("<h2 id=\"risks\">Risks by score</h2>")
        if report.risks.isEmpty {
            out.append("<p>No risks recorded.</p>")
        } else {
            table("Risk register: open risks first, then mitigated, then closed; highest score first", ["Risk", "Score", "Likelihood × impact", "Status", "Owner", "Mitigation"],
                right: [1],
                report.risks.prefix(Wording.listLimit).map { r in
                    ["\(e(r.description)) <span class=\"id\">\(e(r.id.rawValue))</span>", "<strong>\(r.score)</strong>", "\(r.likelihood) × \(r.impact)",
                     r.status.title, e(Wording.agencyName(r.owner, in: report)), r.mitigation.map(e) ?? "<span class=\"muted\">–</span>"]
                }, total: report.risks.count)
        }
        out.append("</section>")
    }

    private mutating func history() {
        out.append("<section aria-labelledby=\"history\">")
        out.append("<h2 id=\"history\">Recent history</h2>")
        if report.history.isEmpty {
            out.append("<p>No events in scope.</p>")
        } else {
            table("Last \(report.history.count) of \(report.historyTotal) events, newest first (times UTC)", ["When", "Agency", "Event", "Subject", "Summary"],
                report.history.map { ev in
                    ["<time datetime=\"\(ev.at)\">\(Wording.instant(ev.at, Wording.documentDate))</time>", id(ev.agency.rawValue), ev.kind.title, id(ev.subject),
                     e(ev.text) + (ev.actor.map { "<br><span class=\"muted\">\(e($0))</span>" } ?? "")]
                })
        }
        out.append("</section>")
    }

    private mutating func allTasks() {
        out.append("<section aria-labelledby=\"all-tasks\" class=\"appendix\">")
        out.append("<h2 id=\"all-tasks\">Appendix: every task in scope</h2>")
        if report.tasks.isEmpty {
            out.append("<p>No tasks in scope.</p>")
        } else {
            table("All \(report.tasks.count) tasks in document order (the timeline's data as text)", ["Task", "Stage", "Lead agency", "Supports", "Status", "Start", "Due", "Critical path"],
                report.tasks.prefix(Wording.appendixLimit).map { t in
                    var status = t.status.title
                    if let progress = t.progress, t.status == .inProgress || t.status == .blocked { status += ", \(progress)%" }
                    if let overdue = t.daysOverdue { status += "; <strong class=\"over\">overdue \(counted(overdue, "day"))</strong>" }
                    return [taskCell(t), t.stage.title, e(Wording.agencyName(t.lead, in: report)), t.supports.map { e(Wording.agencyName($0, in: report)) }.joined(separator: "; "), status,
                            Wording.scheduled(date(t.firstDay), t), t.isMilestone ? "milestone" : Wording.scheduled(date(t.lastDay), t), t.critical ? "<strong>yes</strong>" : "no"]
                }, className: "all-tasks", total: report.tasks.count)
        }
        out.append("</section>")
    }
}
