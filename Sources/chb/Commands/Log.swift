import ArgumentParser
import PlanCore
import PlanXML

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a plan's history, oldest first.",
        discussion: "Every change chb makes appends one event; the history is never rewritten.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The plan file.") var file: String
    @Option(help: "Only events about this id (a task, criterion, measure, stage kind or the plan's id).") var subject: String?
    @Option(help: "Only events on or after this day, YYYY-MM-DD (UTC).") var since: CalendarDate?
    @Option(help: "text or json.") var format: Format = .text

    func run() throws {
        let plan = try PlanSession.load(file).plan
        let events = plan.history.filter { event in
            (subject == nil || event.subject == subject) && (since.map { event.at.date >= $0 } ?? true)
        }
        switch format {
        case .text:
            var columns = Columns()
            for event in events {
                let actor = event.actor.map { " (\($0))" } ?? ""
                columns.add([event.at.description, event.agency.rawValue, event.kind.rawValue, event.subject, event.text + actor])
            }
            columns.lines.forEach { Terminal.line($0) }
            Terminal.line("\(events.count) of \(plan.history.count) event\(plan.history.count == 1 ? "" : "s"); revision \(plan.revision)")
        case .json:
            let items = events.map { event in
                var members: [(String, String)] = [
                    ("at", JSONText.string(event.at.description)), ("agency", JSONText.string(event.agency.rawValue)),
                    ("kind", JSONText.string(event.kind.rawValue)), ("subject", JSONText.string(event.subject)),
                ]
                if let actor = event.actor { members.append(("actor", JSONText.string(actor))) }
                members.append(("text", JSONText.string(event.text)))
                return JSONText.object(members)
            }
            Terminal.line(JSONText.object([("plan", JSONText.string(plan.id.rawValue)), ("revision", String(plan.revision)),
                                   ("events", JSONText.array(items))]))
        }
    }
}
