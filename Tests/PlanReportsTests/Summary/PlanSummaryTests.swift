import PlanCore
import PlanReports
import Testing

@Suite("The plan summary chb show prints")
struct PlanSummaryTests {
    @Test("counts tasks by stage and status and names the lead")
    func summary() {
        var plan = Plan(
            id: "op", revision: 3, classification: .official, title: "Operation Test", area: Area(name: "Millbrook"),
            governance: Governance(leadAgency: "pol", leadResponsibleOfficer: "DSI Khan", board: "Millbrook CSP"),
            agencies: [Agency(id: "pol", kind: .police, name: "Northwold Police")])
        plan.stages[0].status = .active
        plan.stages[0].tasks = [
            PlanTask(id: "t-1", lead: "pol", status: .done, completedOn: CalendarDate("2026-11-01"), title: "One"),
            PlanTask(id: "t-2", lead: "pol", status: .blocked, blockedSince: CalendarDate("2026-11-02"), title: "Two", blockedReason: "Waiting"),
        ]
        let text = PlanSummary(plan: plan).text
        #expect(text.hasPrefix("Operation Test (op): revision 3, OFFICIAL\n"))
        #expect(text.contains("Lead:      Northwold Police; DSI Khan"))
        #expect(text.contains("Board:     Millbrook CSP"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Clear  active      not planned      2        0            0        1     1          0           0/0"))
        #expect(lines.contains("Hold   notStarted  not planned      0        0            0        0     0          0           0/0"))
    }
}
