import PlanCore

/// Renders a report as RFC 4180 CSV: a header row, then one row per task in scope.
///
/// Records end with CR LF (the last one too); a field holding a comma, a double quote, a CR or
/// an LF is quoted, with quotes doubled. Dates are `YYYY-MM-DD`, booleans `true`/`false`,
/// lists (supporting agencies) separated by `;`, and empty fields mean "none". Text that would
/// start a spreadsheet formula gets a leading apostrophe (``inert(_:)``).
struct CSVReportRenderer {
    let report: StatusReport

    /// The columns, in order.
    static let columns = [
        "stage", "stageRag", "id", "title", "lead", "supports", "status", "priority", "start", "due", "milestone",
        "progress", "completedOn", "overdue", "daysOverdue", "blockedSince", "daysBlocked", "blockedReason",
        "critical", "slackDays", "classification", "datesScheduled",
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
                t.slackDays.map(String.init) ?? "", t.classification.rawValue, String(t.datesScheduled),
            ])
        }
        return Self.document(records)
    }

    /// Records as CSV text: fields escaped by ``field(_:)``, separated by commas, and every
    /// record, the last included, ended with CR LF.
    static func document(_ records: [[String]]) -> String {
        var out = ""
        for record in records {
            for (index, value) in record.enumerated() {
                if index > 0 { out += "," }
                out += field(value)
            }
            out += "\r\n"
        }
        return out
    }

    /// A field, quoted when it holds a comma, a quote, CR or LF (quotes doubled inside), and
    /// kept from being run as a spreadsheet formula (see ``inert(_:)``).
    static func field(_ value: String) -> String {
        let value = inert(value)
        // Bytes, not characters: the test runs on every field of every task.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
    /// or CR), with an apostrophe in front so it is
    /// shown as text (OWASP's advice for CSV injection): task titles, reasons and decisions
    /// come from partners and merged updates, and `=HYPERLINK(…)` in a title must not become
    /// a live link or a command on a board secretary's machine. A number (`-3`, a negative
    /// slack) is left as it is; so is every value that does not start that way.
    static func inert(_ value: String) -> String {
        guard let byte = value.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(byte), Double(value) == nil else { return value }
        return "'" + value
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
