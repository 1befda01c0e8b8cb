public import PlanCore

/// A short human summary of a plan: what `chb show` prints.
public struct PlanSummary: Sendable {
    /// The plan summarised.
    public var plan: Plan

    /// Creates a summary.
    public init(plan: Plan) { self.plan = plan }

    /// The summary as lines of text.
    public var text: String {
        var lines: [String] = []
        let marking = plan.classification.rawValue
        var viewNote = ""
        if case .partner(let agency, let source) = plan.view { viewNote = ", partner view for \(agency) from revision \(source)" }
        lines.append("\(plan.title) (\(plan.id)): revision \(plan.revision), \(marking)\(viewNote)")
        let localities = plan.area.localities.count
        lines.append("Area:      \(plan.area.name)" + (localities > 0 ? " (\(counted(localities, "locality", "localities")))" : ""))
        let lead = plan.agency(plan.governance.leadAgency)?.name ?? plan.governance.leadAgency.rawValue
        lines.append("Lead:      \(lead); \(plan.governance.leadResponsibleOfficer)")
        if let board = plan.governance.board { lines.append("Board:     \(board)") }
        if let isa = plan.governance.informationSharingAgreement { lines.append("Sharing:   \(isa)") }
        lines.append("Agencies:  \(plan.agencies.count): " + plan.agencies.map(\.id.rawValue).joined(separator: ", "))
        lines.append("")
        var table = ColumnTable(["Stage", "State", "Planned", "Tasks", "Planned", "In progress", "Blocked", "Done", "Cancelled", "Criteria met"],
            right: Set(3...9))
        for stage in plan.stages {
            let count = { (status: PlanTask.Status) in String(stage.tasks.count { $0.status == status }) }
            let window = switch (stage.plannedStart, stage.plannedEnd) {
            case (nil, nil): "not planned"
            case let (start, end): "\(start?.description ?? "?") to \(end?.description ?? "?")"
            }
            let met = stage.exitCriteria.count(where: \.met)
            table.add([stage.kind.title, stage.status.rawValue, window, String(stage.tasks.count),
                count(.planned), count(.inProgress), count(.blocked), count(.done), count(.cancelled),
                "\(met)/\(stage.exitCriteria.count)"].map { ColumnTable.Cell($0) })
        }
        lines += table.lines()
        lines.append("")
        let openRisks = plan.risks.count { $0.status == .open }
        var last = ""
        if let event = plan.history.last { last = ", last \(event.at.date) by \(event.agency) (\(event.kind.rawValue))" }
        lines.append("Measures:  \(plan.measures.count)    Risks: \(plan.risks.count) (\(openRisks) open)    History: \(counted(plan.history.count, "event"))\(last)")
        // Through the display rule, without the last line's newline (the caller adds it).
        return String(TerminalText.finish(lines).dropLast())
    }
}
