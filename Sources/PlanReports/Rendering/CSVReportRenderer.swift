import PlanCore

/// Renders a report as RFC 4180 CSV: a header row, then one row per task in scope.
///
/// Records end with CR LF (the last one too); a field holding a comma, a double quote, a CR or
/// an LF is quoted, with quotes doubled. Dates are `YYYY-MM-DD`, booleans `true`/`false`,
/// lists (supporting agencies) separated by `;`, and empty fields mean "none".
struct CSVReportRenderer {
    let report: StatusReport

    /// The columns, in order.
    static let columns = [
        "stage", "stageRag", "id", "title", "lead", "supports", "status", "priority", "start", "due", "milestone",
        "progress", "completedOn", "overdue", "daysOverdue", "blockedSince", "daysBlocked", "blockedReason",
        "critical", "slackDays", "classification",
    ]

    func render() -> String {
        var records = [Self.columns]
        for t in report.tasks {
            records.append([
                t.stage.rawValue, t.stageRAG.rawValue, t.id.rawValue, t.title, t.lead.rawValue,
                t.supports.map(\.rawValue).joined(separator: ";"), t.status.rawValue, t.priority.rawValue,
                t.firstDay?.description ?? "", t.lastDay?.description ?? "", String(t.isMilestone),
                t.progress.map(String.init) ?? "", t.completedOn?.description ?? "", String(t.isOverdue),
                t.daysOverdue.map(String.init) ?? "", t.blockedSince?.description ?? "",
                t.daysBlocked.map(String.init) ?? "", t.blockedReason ?? "", String(t.critical),
                t.slackDays.map(String.init) ?? "", t.classification.rawValue,
            ])
        }
        return Self.document(records)
    }

    /// Records as CSV text: fields escaped by ``field(_:)``, separated by commas, and every
    /// record, the last included, ended with CR LF.
    static func document(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it holds a comma, a quote, CR or LF (quotes doubled inside).
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
