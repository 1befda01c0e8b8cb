/// The formats a ``StatusReport`` renders to.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// Aligned plain text for a terminal, optionally with ANSI colour.
    case text
    /// GitHub-flavoured Markdown with tables, to paste into a board paper.
    case markdown
    /// One self-contained HTML page with inline CSS and an SVG timeline, printable on A4.
    case html
    /// RFC 4180 CSV: a header row, then one row per task.
    case csv
    /// JSON in the documented `chb-status-report/1` shape.
    case json

    /// The usual file name extension: `txt`, `md`, `html`, `csv`, `json`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .csv: "csv"
        case .json: "json"
        }
    }
}

extension StatusReport {
    /// The report in a format.
    ///
    /// - Parameters:
    ///   - format: The format to write.
    ///   - colour: For ``ReportFormat/text`` only: mark up RAG and headings with ANSI colour.
    ///     The caller decides (for example: standard output is a terminal and `NO_COLOR` is
    ///     unset); the other formats ignore it.
    ///   - showFinished: For ``ReportFormat/html`` only: draw the tasks of complete stages on
    ///     the timeline (by default a complete stage is one summary row).
    /// - Returns: The whole document. Text, Markdown, HTML and JSON end with a newline;
    ///   CSV ends every record, the last included, with CR LF.
    public func rendered(as format: ReportFormat, colour: Bool = false, showFinished: Bool = false) -> String {
        switch format {
        case .text: TextReportRenderer(report: self, colour: colour).render()
        case .markdown: MarkdownReportRenderer(report: self).render()
        case .html: HTMLReportRenderer(report: self, showFinished: showFinished).render()
        case .csv: CSVReportRenderer(report: self).render()
        case .json: JSONReportRenderer(report: self).render()
        }
    }
}
