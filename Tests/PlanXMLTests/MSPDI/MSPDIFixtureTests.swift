import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// MS Project files written for the repository (`Fixtures/mspdi`), covering what the MPXJ
/// samples in `../shared` cover: an outline of summaries and a milestone, links of all four
/// types with lags, resources and assignments, stages named by summaries, placeholder
/// assignments, manual tasks and progress. Each must import as a valid plan that chb writes
/// and reads back unchanged.
@Suite("MSPDI import: the repository's MS Project files")
struct MSPDIFixtureTests {
    typealias MS = MSPDITest

    func importFixture(_ name: String) throws -> MSPDIImport {
        let result = try MS.reader(agency: "nwp", agencyName: "Northwold Police").read(contentsOf: MS.fixture(name))
        let errors = PlanValidator().validate(result.plan).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let bytes = try PlanWriter().write(result.plan)
        #expect(try PlanReader().read(bytes).plan == result.plan)
        return result
    }

    @Test("outline-and-links: summaries that are not stages are flattened and listed; FS, SS, FF kept with lags, SF listed")
    func outlineAndLinks() throws {
        let source = try String(contentsOfFile: MS.fixture("outline-and-links.xml"), encoding: .utf8)
        #expect(source.components(separatedBy: "<Task>").count - 1 == 11)
        let result = try importFixture("outline-and-links.xml")
        let plan = result.plan
        #expect(plan.title == "Riverside outline")
        // 11 rows: the project summary (UID 0), 2 more summaries and 8 leaf tasks.
        #expect(plan.allTasks.count == 8)
        #expect(plan.stages[0].tasks.map(\.id.rawValue) == ["t-2", "t-3", "t-4", "t-6", "t-7", "t-8", "t-9", "t-10"])
        #expect(plan.agencies.map(\.id) == ["nwp", "a-riverside-police", "a-harbour-council"])
        let brief = try plan.importedTask("t-2")
        #expect(brief.lead == "a-riverside-police" && brief.supports == ["a-harbour-council"])
        #expect(brief.start == .on("2027-03-01") && brief.due == .on("2027-03-03"))
        #expect(try plan.importedTask("t-8").lead == "nwp", "a task nobody is assigned to is led by the importing agency")
        let milestone = try plan.importedTask("t-3")
        #expect(milestone.durationDays == 0 && milestone.start == .on("2027-03-03"))
        #expect(milestone.dependencies == [Dependency(on: "t-2")])
        #expect(try plan.importedTask("t-4").dependencies == [Dependency(on: "t-3", lagDays: 1)])
        #expect(try plan.importedTask("t-6").dependencies == [Dependency(on: "t-4", lagDays: -1)])
        #expect(try plan.importedTask("t-7").dependencies == [Dependency(on: "t-6", type: .finishToFinish)])
        #expect(try plan.importedTask("t-8").dependencies.isEmpty)
        #expect(try plan.importedTask("t-9").dependencies == [Dependency(on: "t-8", type: .startToStart)])
        #expect(result.unmapped.contains { $0.message.contains("start-to-finish (SF) link from task 'Secure the stairwells' (UID 7) to task 'Patrol the towpath' (UID 8)") })
        for summary in ["Preparation", "Links"] {
            #expect(result.unmapped.contains { $0.message.contains("summary task '\(summary)'") }, "\(summary)")
        }
        #expect(result.warnings.filter { $0.code == .mspdiUnstaged }.count == 2)
    }

    @Test("staged-with-lags: summaries named Clear, Hold and Build give the stages; lags in days and weeks; placeholders skipped")
    func stagedWithLags() throws {
        let result = try importFixture("staged-with-lags.xml")
        let plan = result.plan
        #expect(plan.stages.map { $0.tasks.map(\.id.rawValue) } == [["t-2", "t-3"], ["t-5", "t-6", "t-7"], ["t-9", "t-10"]])
        #expect(plan.stages.map(\.plannedStart) == [.on("2027-05-03"), .on("2027-05-24"), .on("2027-06-28")])
        #expect(plan.allTasks.allSatisfy { $0.lead == "nwp" && $0.supports.isEmpty })
        #expect(plan.agencies.map(\.id) == ["nwp"])
        #expect(try plan.importedTask("t-3").dependencies == [Dependency(on: "t-2", lagDays: 1)])
        #expect(try plan.importedTask("t-5").dependencies == [Dependency(on: "t-3", lagDays: 5)])   // 1 week of 5 working days
        #expect(try plan.importedTask("t-6").dependencies == [Dependency(on: "t-5", type: .startToStart, lagDays: 2)])
        #expect(try plan.importedTask("t-7").dependencies == [Dependency(on: "t-6", type: .finishToFinish, lagDays: 2)])
        #expect(try plan.importedTask("t-9").dependencies == [Dependency(on: "t-7")])
        // The ResourceUID -65535 placeholders are neither agencies nor listed.
        #expect(result.unmapped.isEmpty, "\(result.unmapped)")
        #expect(!result.warnings.contains { $0.code == .mspdiUnstaged })
    }

    @Test("progress: 0, 25 and 50 % give planned and in-progress tasks, one lead each; an idle resource is still an agency")
    func progress() throws {
        let result = try importFixture("progress.xml")
        let plan = result.plan
        #expect(plan.agencies.map(\.id) == ["nwp", "a-camera-unit", "a-housing-repairs", "a-street-cleansing", "a-volunteer-rota"])
        let tasks = try ["t-1", "t-2", "t-3"].map { try plan.importedTask(TaskID($0)) }
        #expect(tasks.map(\.status) == [.planned, .inProgress, .inProgress])
        #expect(tasks.map(\.progress) == [nil, 25, 50])
        #expect(tasks.map(\.lead.rawValue) == ["a-camera-unit", "a-housing-repairs", "a-street-cleansing"])
        #expect(tasks.allSatisfy { $0.start == .on("2027-01-04") && $0.due == .on("2027-01-15") })
    }

    @Test("the repository's DOCTYPE attacks are refused by the MSPDI reader too",
        arguments: ["billion-laughs.xml", "xxe-local-file.xml", "xxe-network.xml", "external-dtd.xml", "quadratic-blowup.xml"])
    func hostileFixtures(name: String) throws {
        let path = Repository.fixture("hostile/\(name)", of: "PlanXMLTests").path
        let error = #expect(throws: PlanReadError.self) { try MS.reader().read(contentsOf: path) }
        #expect(error?.code == .doctypeRefused)
    }
}
