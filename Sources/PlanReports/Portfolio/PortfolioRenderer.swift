import PlanCore

/// Writes a ``PortfolioReport`` as text, Markdown, HTML, CSV or JSON.
///
/// Every format opens and closes with the marking of the most sensitive plan included, puts
/// the worst operation first, and lists the plans that could not be read with why. Text,
/// Markdown and HTML use operation titles and words; CSV and JSON also carry ids and codes.
struct PortfolioRenderer {
    let portfolio: PortfolioReport

    private var asOf: CalendarDate { portfolio.asOf }

    private func stagesLine(_ op: PortfolioReport.Operation) -> String {
        op.stages.map { "\($0.kind.title) \($0.rag.title)" }.joined(separator: " · ")
    }

    private func counts(_ op: PortfolioReport.Operation) -> String {
        "\(counted(op.open, "open task")) · \(op.overdue) overdue · \(op.blocked) blocked"
    }

    private func review(_ op: PortfolioReport.Operation, _ format: (CalendarDate) -> String) -> String {
        guard let next = op.nextReview else { return "no review set" }
        let passed = next.date < asOf
        return "\(next.stage.title) \(format(next.date)) (\(Wording.relative(next.date, from: asOf)))" + (passed ? ", passed" : "")
    }

    private func moreReasons(_ op: PortfolioReport.Operation) -> String? {
        let more = op.reasonTotal - op.reasons.count
        return more > 0 ? "and \(more) more in the operation's report" : nil
    }

    // MARK: Text

    func text(colour: Bool) -> String {
        func paint(_ rag: RAG, _ word: String) -> String {
            guard colour else { return word }
            let code = switch rag {
            case .red: "1;31"
            case .amber: "1;33"
            case .green: "1;32"
            case .complete: "1;34"
            case .notStarted: "0"
            }
            return TerminalText.style(code, word)
        }
        let date: (CalendarDate) -> String = Wording.textDate
        var out = [portfolio.marking, "", "Portfolio of operations", "Status as of \(date(asOf))", ""]
        out.append("OVERALL  " + portfolio.tally)
        out.append("")
        for op in portfolio.operations {
            out.append(paint(op.overall, op.overall.title.uppercased().padding(5)) + "  " + op.header.title)
            out.append("       Stages       " + op.stages.map { "\($0.kind.title) " + paint($0.rag, $0.rag.title) }.joined(separator: " · "))
            out.append("       Tasks        " + counts(op))
            out.append("       Next review  " + review(op, date))
            out.append("       Lead         \(op.header.leadAgencyName); \(op.header.classification.rawValue)")
            for reason in op.textReasons {
                out.append("       " + paint(reason.level, reason.level.title.padding(6)) + " " + reason.text)
            }
            if let more = moreReasons(op) { out.append("              " + more) }
            if let travel = op.travel, let since = portfolio.since {
                out.append("       Since \(since)  " + travel)
                let top = op.topChanges()
                for change in top { out.append("         - " + change) }
                if top.isEmpty { out.append("         - " + (op.changes?.caveats.isEmpty == false ? "see the operation's report: its history does not record every change" : "nothing changed")) }
            }
            out.append("       From         \(op.source) (\(op.header.planID), revision \(op.header.revision))")
            out.append("")
        }
        if !portfolio.failures.isEmpty {
            out.append("COULD NOT BE READ (\(portfolio.failures.count))")
            for failure in portfolio.failures { out.append("  \(failure.source): \(failure.message)") }
            out.append("")
        }
        out.append(Wording.ragNote)
        out.append("")
        out.append(portfolio.marking)
        return TerminalText.finish(out.map(\.displayText).flatMap { TextReportRenderer.wrap($0, width: TextReportRenderer.width) })
    }

    // MARK: Markdown

    func markdown() -> String {
        func cell(_ text: String) -> String { MarkdownReportRenderer.escape(text) }
        let date: (CalendarDate) -> String = Wording.documentDate
        var out = ["**\(portfolio.marking)**", "", "# Portfolio of operations", "", "Status as of **\(Wording.documentDate(asOf))** · \(portfolio.tally)", ""]
        out.append("| Operation | Overall | Clear | Hold | Build | Open | Overdue | Blocked | Next review |")
        out.append("| --- | --- | --- | --- | --- | ---: | ---: | ---: | --- |")
        for op in portfolio.operations {
            let stage = { (kind: StageKind) in op.stages.first { $0.kind == kind }.map { $0.rag.title } ?? "–" }
            out.append("| \(cell(op.header.title)) | **\(op.overall.title)** | \(stage(.clear)) | \(stage(.hold)) | \(stage(.build)) | \(op.open) | \(op.overdue) | \(op.blocked) | \(cell(review(op, date))) |")
        }
        out.append("")
        for op in portfolio.operations {
            out.append("## \(MarkdownReportRenderer.escape(op.header.title)) — \(op.overall.title)")
            out.append("")
            out.append("\(MarkdownReportRenderer.escape(stagesLine(op))). \(MarkdownReportRenderer.escape(counts(op))). Lead: \(MarkdownReportRenderer.escape(op.header.leadAgencyName)). Marking: \(op.header.classification.rawValue).")
            out.append("")
            for reason in op.reasons { out.append("- **\(reason.level.title)** \(MarkdownReportRenderer.escape(reason.text))") }
            if let more = moreReasons(op) { out.append("- \(more)") }
            if op.reasons.isEmpty { out.append("- Nothing is overdue or blocked, and no active stage has a reason to be amber or red.") }
            out.append("")
            if let travel = op.travel, let since = portfolio.since {
                out.append("Since \(Wording.medium(since)): \(MarkdownReportRenderer.escape(travel)).")
                out.append("")
                for change in op.topChanges() { out.append("- \(MarkdownReportRenderer.escape(change))") }
                if !op.topChanges().isEmpty { out.append("") }
            }
            out.append("<small>From `\(op.source)` (`\(op.header.planID)`, revision \(op.header.revision)).</small>")
            out.append("")
        }
        if !portfolio.failures.isEmpty {
            out.append("## Could not be read (\(portfolio.failures.count))")
            out.append("")
            for failure in portfolio.failures { out.append("- `\(failure.source)`: \(MarkdownReportRenderer.escape(failure.message))") }
            out.append("")
        }
        out.append("_\(MarkdownReportRenderer.escape(Wording.ragNote))_")
        out.append("")
        out.append("**\(portfolio.marking)**")
        return out.map(\.displayText).joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    func html() -> String {
        func e(_ text: String) -> String { HTML.escape(text) }
        func rag(_ rag: RAG, large: Bool = false) -> String {
            "<span class=\"rag rag-\(rag.rawValue)\(large ? " rag-large" : "")\">\(rag.title)</span>"
        }
        let marking = "<strong>\(e(portfolio.classification.rawValue))</strong> · \(e(String(portfolio.marking.drop { $0 != "·" }.dropFirst(2))))"
        var out = ["<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<meta name=\"generator\" content=\"chb status\">",
                   "<title>\(e(portfolio.classification.rawValue)): portfolio of operations, status as of \(Wording.documentDate(asOf))</title>",
                   "<style>\n\(HTMLReportRenderer.css)</style>", "</head>", "<body>"]
        out.append("<div class=\"marking marking-top\" role=\"note\" aria-label=\"Protective marking\">\(marking)</div>")
        out.append("<header class=\"report-header\">")
        out.append("<p class=\"kicker\">Clear, Hold, Build · portfolio of operations</p>")
        out.append("<h1>Portfolio of operations</h1>")
        out.append("<p class=\"asof\">Status as of <strong><time datetime=\"\(asOf)\">\(Wording.documentDate(asOf))</time></strong> · \(e(portfolio.tally))</p>")
        out.append("</header>")
        out.append("<main>")
        out.append("<table class=\"keep\"><caption>Operations, worst first</caption>")
        out.append("<thead><tr><th scope=\"col\">Operation</th><th scope=\"col\">Overall</th><th scope=\"col\">Clear</th><th scope=\"col\">Hold</th><th scope=\"col\">Build</th><th scope=\"col\" class=\"num\">Open</th><th scope=\"col\" class=\"num\">Overdue</th><th scope=\"col\" class=\"num\">Blocked</th><th scope=\"col\">Next review</th></tr></thead><tbody>")
        for op in portfolio.operations {
            let stage = { (kind: StageKind) in op.stages.first { $0.kind == kind }.map { rag($0.rag) } ?? "–" }
            out.append("<tr><th scope=\"row\"><a href=\"#op-\(e(op.header.planID.rawValue))\">\(e(op.header.title))</a></th><td>\(rag(op.overall))</td><td>\(stage(.clear))</td><td>\(stage(.hold))</td><td>\(stage(.build))</td><td class=\"num\">\(op.open)</td><td class=\"num\">\(op.overdue)</td><td class=\"num\">\(op.blocked)</td><td>\(e(review(op, Wording.documentDate)))</td></tr>")
        }
        out.append("</tbody></table>")
        for op in portfolio.operations {
            out.append("<section aria-labelledby=\"op-\(e(op.header.planID.rawValue))\">")
            out.append("<h2 id=\"op-\(e(op.header.planID.rawValue))\">\(e(op.header.title)) \(rag(op.overall))</h2>")
            out.append("<p class=\"stage-line\">" + op.stages.map { "\($0.kind.title) \(rag($0.rag))" }.joined(separator: " ") + "</p>")
            out.append("<p class=\"headline\">\(e(counts(op))) · next review \(e(review(op, Wording.documentDate)))</p>")
            out.append("<ul class=\"key-points\">")
            for reason in op.reasons { out.append("<li>\(rag(reason.level)) \(e(reason.text))</li>") }
            if let more = moreReasons(op) { out.append("<li><span class=\"rag rag-note\">More</span> \(e(more))</li>") }
            if op.reasons.isEmpty { out.append("<li><span class=\"rag rag-note\">Note</span> Nothing is overdue or blocked, and no active stage has a reason to be amber or red.</li>") }
            out.append("</ul>")
            out.append("<p class=\"muted\">Lead agency \(e(op.header.leadAgencyName)); marked \(e(op.header.classification.rawValue)). From <code>\(e(op.source))</code>, plan <code>\(e(op.header.planID.rawValue))</code> revision \(op.header.revision).</p>")
            out.append("</section>")
        }
        if !portfolio.failures.isEmpty {
            out.append("<section aria-labelledby=\"unreadable\"><h2 id=\"unreadable\">Could not be read (\(portfolio.failures.count))</h2><ul>")
            for failure in portfolio.failures { out.append("<li><code>\(e(failure.source))</code>: \(e(failure.message))</li>") }
            out.append("</ul></section>")
        }
        out.append("</main>")
        out.append("<footer class=\"about\"><h2 id=\"about\">About this report</h2><p>\(e(Wording.ragNote))</p><p>Each line comes from the operation's own status report on the same date. This page needs no script or network access and prints on A4.</p></footer>")
        out.append("<div class=\"marking marking-bottom\" role=\"note\" aria-label=\"Protective marking\">\(marking)</div>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: CSV

    /// The CSV columns: one row per plan given, read or not.
    static let csvColumns = [
        "source", "planId", "title", "overall", "clear", "hold", "build", "open", "overdue", "blocked",
        "nextReviewStage", "nextReview", "classification", "informationSharingAgreement", "reasons", "error",
    ]

    func csv() -> String {
        var records = [Self.csvColumns]
        for op in portfolio.operations {
            let stage = { (kind: StageKind) in op.stages.first { $0.kind == kind }?.rag.rawValue ?? "" }
            records.append([
                op.source, op.header.planID.rawValue, op.header.title, op.overall.rawValue, stage(.clear), stage(.hold),
                stage(.build), String(op.open), String(op.overdue), String(op.blocked),
                op.nextReview?.stage.rawValue ?? "", op.nextReview?.date.description ?? "", op.header.classification.rawValue,
                op.header.informationSharingAgreement ?? "", op.reasons.map { "\($0.level.rawValue): \($0.text)" }.joined(separator: "\n"), "",
            ])
        }
        for failure in portfolio.failures {
            records.append([failure.source] + Array(repeating: "", count: Self.csvColumns.count - 2) + [failure.message])
        }
        return records.map { $0.map(CSVReportRenderer.field).joined(separator: ",") + "\r\n" }.joined()
    }

    // MARK: JSON

    /// The value of the `format` key.
    static let jsonFormatName = "chb-portfolio-report/1"

    func json() -> String {
        let value = JSONValue.object([
            ("format", .string(Self.jsonFormatName)),
            ("asOf", .string(asOf.description)),
            ("marking", .object([
                ("classification", .string(portfolio.classification.rawValue)),
                ("informationSharingAgreements", .array(portfolio.sharingAgreements.map(JSONValue.string))),
                ("text", .string(portfolio.marking)),
            ])),
            ("operations", .array(portfolio.operations.map { op in
                .object([
                    ("source", .string(op.source)),
                    ("planId", .string(op.header.planID.rawValue)),
                    ("title", .string(op.header.title)),
                    ("revision", .int(op.header.revision)),
                    ("leadAgency", .object([("id", .string(op.header.leadAgency.rawValue)), ("name", .string(op.header.leadAgencyName))])),
                    ("classification", .string(op.header.classification.rawValue)),
                    ("informationSharingAgreement", .optional(op.header.informationSharingAgreement, JSONValue.string)),
                    ("overall", .string(op.overall.rawValue)),
                    ("stages", .array(op.stages.map { .object([("kind", .string($0.kind.rawValue)), ("state", .string($0.state.rawValue)), ("rag", .string($0.rag.rawValue))]) })),
                    ("reasons", .array(op.reasons.map { .object([("level", .string($0.level.rawValue)), ("text", .string($0.text))]) })),
                    ("reasonTotal", .int(op.reasonTotal)),
                    ("openTasks", .int(op.open)),
                    ("overdueTasks", .int(op.overdue)),
                    ("blockedTasks", .int(op.blocked)),
                    ("nextReview", .optional(op.nextReview) { .object([("stage", .string($0.stage.rawValue)), ("date", .string($0.date.description))]) }),
                ] + (op.changes.map { changes in
                    [("sinceLastBoard", JSONValue.object([
                        ("since", .string(changes.since.description)),
                        ("stages", .array(changes.stages.map { .object([("kind", .string($0.kind.rawValue)), ("before", .string($0.before.rawValue)),
                                                                        ("now", .string($0.now.rawValue)), ("direction", .string($0.direction.rawValue))]) })),
                        ("topChanges", .array(op.topChanges().map(JSONValue.string))),
                        ("caveats", .array(changes.caveats.map(JSONValue.string))),
                    ]))]
                } ?? []))
            })),
            ("failures", .array(portfolio.failures.map { .object([("source", .string($0.source)), ("error", .string($0.message))]) })),
        ])
        return value.text() + "\n"
    }
}

private extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
