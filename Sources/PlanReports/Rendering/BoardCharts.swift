import PlanCore

/// The small charts of the HTML page: a labelled chart per measure and the agencies'
/// workload, drawn as inline SVG in the one palette (see ``Palette``).
enum BoardCharts {
    /// How many measures get a chart before "and N more": 12.
    static let measureLimit = 12
    /// How many agencies the workload chart draws before "and N more": 15.
    static let agencyLimit = 15

    private static func n(_ v: Double) -> String { SVG.number(v) }
    private static func e(_ text: String) -> String { HTML.escape(text) }

    /// A measure's readings against time, with a labelled value axis, the first and last
    /// reading dates on the time axis, the baseline and target as labelled dashed lines, and
    /// the latest value written beside its point.
    static func measure(_ m: StatusReport.MeasureLine) -> String {
        let w = 300.0, h = 150.0, left = 44.0, right = 236.0, top = 12.0, bottom = 118.0
        let values = m.observations.map(\.value.doubleValue)
        let all = values + [m.baseline.doubleValue, m.target.doubleValue]
        guard let lowest = all.min(), let highest = all.max() else { return "" }
        let span = highest - lowest
        let low = span == 0 ? lowest - 1 : lowest - span * 0.08, high = span == 0 ? highest + 1 : highest + span * 0.08
        func y(_ v: Double) -> Double { bottom - (v - low) / (high - low) * (bottom - top) }
        let dates = m.observations.map(\.date)
        let first = dates.first, last = dates.last
        let days = Double(max(1, (first.map { f in last.map { f.days(to: $0) } ?? 0 } ?? 0)))
        func x(_ i: Int) -> Double {
            guard let first, values.count > 1 else { return (left + right) / 2 }
            return left + Double(first.days(to: dates[i])) / days * (right - left)
        }
        let readings = m.observations.map { "\($0.value) on \(Wording.documentDate($0.date))" }.joined(separator: ", ")
        let label = "\(m.name) (\(m.unit)): \(readings.isEmpty ? "no readings" : readings); baseline \(m.baseline), target \(m.target); \(Wording.better(m.direction)) is better"
        var svg = ["<svg class=\"measure-chart\" viewBox=\"0 0 \(n(w)) \(n(h))\" role=\"img\" aria-label=\"\(e(label))\">"]
        svg.append("<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\" stroke=\"\(Palette.muted)\"/>")
        svg.append("<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"\(Palette.muted)\"/>")
        for value in [lowest, highest] where span != 0 || value == lowest {
            svg.append("<text x=\"\(n(left - 4))\" y=\"\(n(y(value) + 3))\" font-size=\"9\" text-anchor=\"end\" fill=\"\(Palette.muted)\">\(e(format(value)))</text>")
        }
        if let first { svg.append("<text x=\"\(n(left))\" y=\"\(n(bottom + 13))\" font-size=\"9\" fill=\"\(Palette.muted)\">\(Wording.documentDate(first))</text>") }
        if let last, values.count > 1 {
            svg.append("<text x=\"\(n(right))\" y=\"\(n(bottom + 13))\" font-size=\"9\" text-anchor=\"end\" fill=\"\(Palette.muted)\">\(Wording.documentDate(last))</text>")
        }
        svg.append("<text x=\"\(n(left))\" y=\"\(n(bottom + 27))\" font-size=\"9\" fill=\"\(Palette.muted)\">\(e(m.unit)); \(Wording.better(m.direction)) is better</text>")
        for (value, name, colour) in [(m.baseline, "baseline", Palette.grey), (m.target, "target", Palette.green)] {
            let at = y(value.doubleValue)
            svg.append("<line x1=\"\(n(left))\" y1=\"\(n(at))\" x2=\"\(n(right))\" y2=\"\(n(at))\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\"/>")
            svg.append("<text x=\"\(n(right + 4))\" y=\"\(n(at + 3))\" font-size=\"9\" fill=\"\(colour == Palette.grey ? Palette.muted : Palette.greenEdge)\">\(name) \(value)</text>")
        }
        if !values.isEmpty {
            let points = values.indices.map { "\(n(x($0))),\(n(y(values[$0])))" }.joined(separator: " ")
            svg.append("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>")
            for i in values.indices { svg.append("<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(values[i])))\" r=\"2.2\" fill=\"\(Palette.ink)\"/>") }
            let lastIndex = values.count - 1
            svg.append("<text x=\"\(n(x(lastIndex)))\" y=\"\(n(y(values[lastIndex]) - 6))\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(Palette.ink)\">\(m.observations[lastIndex].value)</text>")
        } else {
            svg.append("<text x=\"\(n((left + right) / 2))\" y=\"\(n((top + bottom) / 2))\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(Palette.muted)\">no readings yet</text>")
        }
        svg.append("</svg>")
        return svg.joined()
    }

    /// A value for an axis label: whole numbers without decimals, others to one decimal place.
    private static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "–" }
        if value == value.rounded() { return String(Int(value)) }
        return SVG.number(value)
    }

    /// The tasks each agency leads, as a bar split into done, open and overdue (blocked marked
    /// in the label), longest bar first, at most ``agencyLimit`` agencies.
    static func workload(_ agencies: [StatusReport.AgencyLine], tasks: [StatusReport.TaskLine]) -> String {
        var done: [AgencyID: Int] = [:]
        for task in tasks where task.status == .done { done[task.lead, default: 0] += 1 }
        let rows = agencies.filter { $0.leads > 0 }.sorted { $0.leads > $1.leads }
        guard let most = rows.first?.leads else { return "" }
        let shown = rows.prefix(agencyLimit)
        let labelWidth = 250.0, barWidth = 560.0, row = 20.0, w = labelWidth + barWidth + 130
        let h = Double(shown.count) * row + 26
        var svg = ["<svg class=\"workload\" viewBox=\"0 0 \(n(w)) \(n(h))\" role=\"img\" aria-labelledby=\"workload-title\">",
                   "<title id=\"workload-title\">Tasks each agency leads: done, open, and overdue</title>"]
        for (i, a) in shown.enumerated() {
            let y = Double(i) * row + 4
            let scale = barWidth / Double(most)
            let doneCount = done[a.id] ?? 0, overdue = a.overdue, onTrack = max(0, a.open - a.overdue)
            var x = labelWidth
            var name = a.name
            if name.count > 40 { name = String(name.prefix(39)) + "…" }
            svg.append("<text x=\"\(n(labelWidth - 6))\" y=\"\(n(y + 12))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(Palette.ink)\">\(e(name))</text>")
            for (count, fill, what) in [(doneCount, Palette.green, "done"), (onTrack, Palette.blueWash, "open, on time"), (overdue, Palette.red, "overdue")] where count > 0 {
                let width = Double(count) * scale
                svg.append("<rect x=\"\(n(x))\" y=\"\(n(y + 2))\" width=\"\(n(width))\" height=\"13\" fill=\"\(fill)\" stroke=\"\(Palette.paper)\" stroke-width=\"0.5\"><title>\(e(a.name)): \(count) \(what)</title></rect>")
                x += width
            }
            let note = "\(a.leads) led · \(a.open) open" + (a.overdue > 0 ? " · \(a.overdue) overdue" : "") + (a.blocked > 0 ? " · \(a.blocked) blocked" : "")
            svg.append("<text x=\"\(n(x + 5))\" y=\"\(n(y + 12))\" font-size=\"10\" fill=\"\(Palette.muted)\">\(e(note))</text>")
        }
        let legendY = Double(shown.count) * row + 18
        var lx = labelWidth
        for (fill, what) in [(Palette.green, "done"), (Palette.blueWash, "open, on time"), (Palette.red, "overdue")] {
            svg.append("<rect x=\"\(n(lx))\" y=\"\(n(legendY - 9))\" width=\"12\" height=\"10\" fill=\"\(fill)\" stroke=\"\(Palette.muted)\" stroke-width=\"0.5\"/><text x=\"\(n(lx + 16))\" y=\"\(n(legendY))\" font-size=\"10\" fill=\"\(Palette.ink)\">\(what)</text>")
            lx += 110
        }
        if rows.count > shown.count {
            svg.append("<text x=\"\(n(lx + 20))\" y=\"\(n(legendY))\" font-size=\"10\" font-style=\"italic\" fill=\"\(Palette.muted)\">and \(rows.count - shown.count) more agencies (in the table)</text>")
        }
        svg.append("</svg>")
        return svg.joined()
    }
}
