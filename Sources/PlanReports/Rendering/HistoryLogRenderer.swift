import PlanCore

/// Renders a ``HistoryLog`` as the text table or the one-line JSON `chb log` prints.
struct HistoryLogRenderer {
    let log: HistoryLog

    func text() -> String {
        var table = ColumnTable()
        for event in log.events {
            let actor = event.actor.map { " (\($0))" } ?? ""
            table.add([.init(event.at.description), .init(event.agency.rawValue), .init(event.kind.rawValue), .init(event.subject),
                       .init(event.text + actor)])
        }
        let total = log.totalEvents
        let summary = "\(log.events.count) of \(counted(total, "event")); revision \(log.revision)"
        return TerminalText.finish(table.lines() + [summary])
    }

    func json() -> String {
        let events = log.events.map { event -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("at", .string(event.at.description)),
                ("agency", .string(event.agency.rawValue)),
                ("kind", .string(event.kind.rawValue)),
                ("subject", .string(event.subject)),
            ]
            if let actor = event.actor { members.append(("actor", .string(actor))) }
            if !event.changes.isEmpty {
                members.append(("changes", .array(event.changes.map { change in
                    var fields: [(String, JSONValue)] = [("field", .string(change.field))]
                    if let from = change.from { fields.append(("from", .string(from))) }
                    if let to = change.to { fields.append(("to", .string(to))) }
                    return .object(fields)
                })))
            }
            members.append(("text", .string(event.text)))
            return .object(members)
        }
        let document = JSONValue.object([
            ("plan", .string(log.planID.rawValue)),
            ("revision", .int(log.revision)),
            ("events", .array(events)),
        ])
        return document.text(.compact) + "\n"
    }
}
