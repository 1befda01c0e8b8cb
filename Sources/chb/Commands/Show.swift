import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Summarise a plan: title, area, lead, stages and tasks.")

    @Argument(help: "The plan file (- for standard input).")
    var file: FileArgument

    func run() throws {
        let plan = try PlanSession.load(file).plan
        Terminal.line(PlanSummary(plan: plan).text)
    }
}
