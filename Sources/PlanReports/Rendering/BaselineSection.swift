import PlanCore

/// "Against the baseline" in every format: the words here, each renderer's layout below. Text,
/// Markdown and HTML show at most ``StatusReport/baselineListLimit`` items of each list; CSV
/// (`--table baseline`) and JSON show them all.
enum BaselineSection {
    /// `Against the baseline 'first board' (17 Dec 2025 14:00 UTC, revision 5)`.
    static func title(_ b: StatusReport.AgainstBaseline) -> String {
        "Against the baseline '\(b.name)' (\(b.at), revision \(b.revision))"
    }

    /// What the rebuild could not take back, in words.
    static func caveat(_ b: StatusReport.AgainstBaseline) -> String? {
        guard b.unrebuilt > 0 else { return nil }
        return "\(counted(b.unrebuilt, "event")) after the baseline \(b.unrebuilt == 1 ? "carries" : "carry") no recorded changes, so the plan then could not be rebuilt exactly: what they changed is shown as it is now."
    }

    static func slip(_ days: Int?) -> String {
        guard let days else { return "–" }
        return days == 0 ? "on time" : days > 0 ? "+\(counted(days, "day")) late" : "\(counted(-days, "day")) early"
    }

    static func moved(_ days: Int?) -> String {
        guard let days, days != 0 else { return "" }
        return days > 0 ? " (+\(counted(days, "day")))" : " (−\(counted(-days, "day")))"
    }

    /// The forecast columns show the day a stage completed, when it had.
    static let stageHeaders = ["Stage", "Planned end then", "Planned end now", "Forecast then", "Forecast now", "Slip", "Driven by"]

    static func stageRows(_ b: StatusReport.AgainstBaseline, _ date: (CalendarDate) -> String) -> [[String]] {
        func d(_ day: CalendarDate?) -> String { day.map(date) ?? "–" }
        return b.stages.map { s in
            [s.kind.title, d(s.plannedEndThen), d(s.plannedEndNow), s.completedThen.map { "done " + date($0) } ?? d(s.forecastEndThen),
             s.completedNow.map { "done " + date($0) } ?? d(s.forecastEndNow), slip(s.slipDays),
             s.chainTitles.isEmpty ? "–" : s.chainTitles.joined(separator: " → ")]
        }
    }

    /// A task's dates in words: `due 2026-03-31`, `2026-01-05 to 2026-03-31`, `not dated`.
    static func days(_ first: CalendarDate?, _ last: CalendarDate?, _ date: (CalendarDate) -> String) -> String {
        switch (first, last) {
        case let (f?, l?): f == l ? "on \(date(f))" : "\(date(f)) to \(date(l))"
        case let (nil, l?): "due \(date(l))"
        case let (f?, nil): "from \(date(f))"
        case (nil, nil): "not dated"
        }
    }

    /// The three lists, each capped at `limit` items (`nil`: none capped).
    static func lists(_ b: StatusReport.AgainstBaseline, limit: Int?, _ date: (CalendarDate) -> String)
        -> [(title: String, items: [(text: String, id: String)], more: Int)] {
        func capped(_ title: String, _ tasks: [StatusReport.TaskDates], _ text: (StatusReport.TaskDates) -> String)
            -> (title: String, items: [(text: String, id: String)], more: Int) {
            let shown = limit.map { Array(tasks.prefix($0)) } ?? tasks
            return ("\(title) (\(tasks.count))", shown.map { (text($0), $0.id.rawValue) }, tasks.count - shown.count)
        }
        var result: [(title: String, items: [(text: String, id: String)], more: Int)] = []
        if !b.added.isEmpty {
            result.append(capped("Added since", b.added) { "\($0.title), \($0.stage.title), " + days($0.firstDayNow, $0.lastDayNow, date) })
        }
        if !b.removed.isEmpty {
            result.append(capped("Removed since", b.removed) { "\($0.title), \($0.stage.title), was " + days($0.firstDayThen, $0.lastDayThen, date) })
        }
        if !b.redated.isEmpty {
            result.append(capped("Re-dated since", b.redated) {
                "\($0.title): " + days($0.firstDayThen, $0.lastDayThen, date) + " → " + days($0.firstDayNow, $0.lastDayNow, date)
                    + moved($0.lastDayMovedDays ?? $0.firstDayMovedDays)
            })
        }
        return result
    }

    static let unchanged = "No stage's end has moved and no task was added, removed or re-dated since the baseline."

    // MARK: Formats

    static func text(_ report: StatusReport, bold: (String) -> String) -> [String] {
        guard let b = report.baseline else { return [] }
        let date: (CalendarDate) -> String = { $0.description }
        var out = ["", bold(title(b).uppercased())]
        var table = ColumnTable(stageHeaders)
        table.wrap = [stageHeaders.count - 1]
        for row in stageRows(b, date) { table.add(row.map { ColumnTable.Cell($0) }) }
        out += table.lines(indent: "  ", width: TextReportRenderer.width, headerStyle: bold)
        for list in lists(b, limit: StatusReport.baselineListLimit, date) {
            out.append("  \(list.title):")
            for item in list.items { out.append("    - \(item.text) [\(item.id)]") }
            if list.more > 0 { out.append("    - " + Wording.more(list.more)) }
        }
        if b.isUnchanged { out.append("  " + unchanged) }
        if let caveat = caveat(b) { out.append("  Note: " + caveat) }
        return out
    }

    static func markdown(_ report: StatusReport) -> [String] {
        guard let b = report.baseline else { return [] }
        let e = MarkdownReportRenderer.escape
        var out = ["", "**\(e(title(b))):**", ""]
        out.append("| " + stageHeaders.joined(separator: " | ") + " |")
        out.append("|" + stageHeaders.indices.map { $0 == 5 ? " ---: |" : " --- |" }.joined())
        for row in stageRows(b, Wording.medium) { out.append("| " + row.map(e).joined(separator: " | ") + " |") }
        out.append("")
        for list in lists(b, limit: StatusReport.baselineListLimit, Wording.medium) {
            out.append("- \(e(list.title)):")
            for item in list.items { out.append("  - \(e(item.text)) `\(item.id)`") }
            if list.more > 0 { out.append("  - " + Wording.more(list.more)) }
        }
        if b.isUnchanged { out.append("- " + unchanged) }
        if let caveat = caveat(b) { out.append("- _Note: \(e(caveat))_") }
        return out
    }

    static func html(_ report: StatusReport) -> [String] {
        guard let b = report.baseline else { return [] }
        let e = HTML.escape
        var out = ["<div class=\"baseline\">", "<h3>\(e(title(b)))</h3>", "<table>", "<thead><tr>"
            + stageHeaders.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for row in stageRows(b, Wording.medium) {
            out.append("<tr>" + row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\(e($0.element))</th>" : "<td>\(e($0.element))</td>" }.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        let shown = lists(b, limit: StatusReport.baselineListLimit, Wording.medium)
        if !shown.isEmpty {
            out.append("<div class=\"change-lists\">")
            for list in shown {
                out.append("<div><h4>\(e(list.title))</h4><ul>")
                for item in list.items { out.append("<li>\(e(item.text)) <span class=\"id\">\(e(item.id))</span></li>") }
                if list.more > 0 { out.append("<li class=\"more\">\(Wording.more(list.more))</li>") }
                out.append("</ul></div>")
            }
            out.append("</div>")
        }
        if b.isUnchanged { out.append("<p>\(unchanged)</p>") }
        if let caveat = caveat(b) { out.append("<p class=\"caveat\">Note: \(e(caveat))</p>") }
        out.append("</div>")
        return out
    }

    /// The timeline legend's item for the baseline bars.
    static func legend(_ b: StatusReport.AgainstBaseline) -> String {
        "<li><span class=\"swatch\" style=\"background: \(Palette.muted); height: 3px; border: none; vertical-align: middle\"></span>"
            + "Planned days in the baseline '\(HTML.escape(b.name))' (thin bar under the task)</li>"
    }

    static func json(_ b: StatusReport.AgainstBaseline) -> JSONValue {
        let d: (CalendarDate?) -> JSONValue = { .optional($0) { .string($0.description) } }
        func task(_ t: StatusReport.TaskDates) -> JSONValue {
            .object([("id", .string(t.id.rawValue)), ("title", .string(t.title)), ("stage", .string(t.stage.rawValue)),
                     ("firstDayThen", d(t.firstDayThen)), ("lastDayThen", d(t.lastDayThen)),
                     ("firstDayNow", d(t.firstDayNow)), ("lastDayNow", d(t.lastDayNow))])
        }
        return .object([
            ("name", .string(b.name)), ("at", .string(b.at.description)), ("revision", .int(b.revision)), ("unrebuiltEvents", .int(b.unrebuilt)),
            ("stages", .array(b.stages.map { s in
                .object([("kind", .string(s.kind.rawValue)), ("plannedEndThen", d(s.plannedEndThen)), ("plannedEndNow", d(s.plannedEndNow)),
                         ("forecastEndThen", d(s.forecastEndThen)), ("forecastEndNow", d(s.forecastEndNow)),
                         ("completedThen", d(s.completedThen)), ("completedNow", d(s.completedNow)),
                         ("endThen", d(s.endThen)), ("endNow", d(s.endNow)), ("slipDays", .optional(s.slipDays, JSONValue.int)),
                         ("drivenBy", .array(s.chain.map { .string($0.rawValue) }))])
            })),
            ("added", .array(b.added.map(task))), ("removed", .array(b.removed.map(task))), ("redated", .array(b.redated.map(task))),
        ])
    }

    /// CSV (`--table baseline`): a row per stage, then a row per task added, removed and
    /// re-dated; every field in every row, empty when it does not apply; each row marked with
    /// the report's marking.
    static let csvColumns = [
        "row", "stage", "id", "title", "plannedEndThen", "plannedEndNow", "forecastEndThen", "forecastEndNow", "completedThen",
        "completedNow", "slipDays", "drivenBy", "firstDayThen", "lastDayThen", "firstDayNow", "lastDayNow", "baseline", "baselineAt",
        "classification",
    ]

    static func csv(_ report: StatusReport) -> String {
        var records = [csvColumns]
        let d: (CalendarDate?) -> String = { $0?.description ?? "" }
        if let b = report.baseline {
            let tail = [b.name, b.at.description, report.header.classification.rawValue]
            for s in b.stages {
                records.append(["stage", s.kind.rawValue, "", "", d(s.plannedEndThen), d(s.plannedEndNow), d(s.forecastEndThen),
                                d(s.forecastEndNow), d(s.completedThen), d(s.completedNow), s.slipDays.map(String.init) ?? "",
                                s.chain.map(\.rawValue).joined(separator: ";"), "", "", "", ""] + tail)
            }
            for (kind, tasks) in [("added", b.added), ("removed", b.removed), ("redated", b.redated)] {
                for t in tasks {
                    records.append([kind, t.stage.rawValue, t.id.rawValue, t.title, "", "", "", "", "", "", "", "",
                                    d(t.firstDayThen), d(t.lastDayThen), d(t.firstDayNow), d(t.lastDayNow)] + tail)
                }
            }
        }
        return CSVReportRenderer.document(records)
    }
}

extension TimelineSVG {
    /// The thin bar under a task's bar for its planned days in the baseline, when the report
    /// has one and the task was dated then.
    func baselineBar(_ t: StatusReport.TaskLine, mid: Double, x: (CalendarDate) -> Double) -> String {
        guard let b = report.baseline, let days = b.plannedThen[t.id] else { return "" }
        let left = x(days.lowerBound), right = x(days.upperBound.adding(days: 1))
        let words = "Baseline '\(b.name)': \(Wording.medium(days.lowerBound)) to \(Wording.medium(days.upperBound))"
        return "<rect class=\"baseline-bar\" x=\"\(SVG.number(left))\" y=\"\(SVG.number(mid + Self.barHeight / 2 + 1))\" width=\"\(SVG.number(max(2, right - left)))\" height=\"2.5\" fill=\"\(Palette.muted)\"><title>\(HTML.escape(words))</title></rect>"
    }
}
