import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// Real MS Project files from MPXJ's test data (../shared/samples/mspdi, read in place, each
/// test skipped where the folder is absent), and hostile input. `MSPDIFixtureTests` covers the
/// same ground with MS Project files written for the repository.
@Suite("MSPDI import: real files and hostile input")
struct MSPDISampleTests {
    typealias MS = MSPDITest

    func importSample(_ name: String) throws -> MSPDIImport {
        let result = try MS.reader(agency: "nwp", agencyName: "Northwold Police").read(contentsOf: MS.sample(name))
        let errors = PlanValidator().validate(result.plan).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        // What chb writes from the import reads back as the same plan.
        let bytes = try PlanWriter().write(result.plan)
        #expect(try PlanReader().read(bytes).plan == result.plan)
        return result
    }

    @Test("sample1: 23 tasks incl. the UID 0 summary give 18 leaf tasks, all four link types, 2 resources",
        .sharedData(SharedData.mspdiSamples))
    func sample1() throws {
        let source = try String(contentsOfFile: MS.sample("mspdi-mpxj-sample1.xml"), encoding: .utf8)
        #expect(source.components(separatedBy: "<Task>").count - 1 == 23)
        let result = try importSample("mspdi-mpxj-sample1.xml")
        let plan = result.plan
        #expect(plan.title == "MPXJ Sample")
        // 23 rows: the project summary (UID 0), 4 more summaries and 18 leaf tasks.
        #expect(plan.allTasks.count == 18)
        #expect(plan.stages[0].tasks.count == 18)
        #expect(plan.agencies.map(\.id) == ["nwp", "a-first-resource", "a-second-resource"])
        let second = try plan.importedTask("t-2")
        #expect(second.lead == "a-first-resource" && second.supports == ["a-second-resource"])
        #expect(second.start == .on("2003-01-07") && second.due == .on("2003-03-17"))
        #expect(try plan.importedTask("t-23").lead == "a-first-resource")
        #expect(try plan.importedTask("t-24").lead == "a-second-resource")
        let milestone = try plan.importedTask("t-3")
        #expect(milestone.durationDays == 0 && milestone.start == .on("2003-01-07"))
        #expect(try plan.importedTask("t-10").dependencies == [Dependency(on: "t-9")])
        #expect(try plan.importedTask("t-12").dependencies == [Dependency(on: "t-11", lagDays: 1)])
        #expect(try plan.importedTask("t-14").dependencies == [Dependency(on: "t-13", lagDays: -1)])
        #expect(try plan.importedTask("t-16").dependencies == [Dependency(on: "t-15", type: .startToStart)])
        #expect(try plan.importedTask("t-18").dependencies == [Dependency(on: "t-17", type: .finishToFinish)])
        #expect(try plan.importedTask("t-21").dependencies.isEmpty)
        #expect(result.unmapped.contains { $0.message.contains("start-to-finish (SF) link from task 'Related Task 6a' (UID 20)") })
        for summary in ["First Task", "Recurring Task", "Task Relationships", "Resource Assignments"] {
            #expect(result.unmapped.contains { $0.message.contains("summary task '\(summary)'") }, "\(summary)")
        }
        #expect(result.warnings.filter { $0.code == .mspdiUnstaged }.count == 3)
    }

    @Test("task-links (MS Project 2019): 16 tasks, 7 of 8 links, placeholder assignments skipped",
        .sharedData(SharedData.mspdiSamples))
    func taskLinks() throws {
        let result = try importSample("mspdi-mpxj-task-links-project2019.xml")
        let plan = result.plan
        #expect(plan.allTasks.count == 16)
        #expect(plan.allTasks.allSatisfy { $0.lead == "nwp" && $0.supports.isEmpty })
        #expect(plan.agencies.map(\.id) == ["nwp"])
        let links = plan.allTasks.flatMap(\.dependencies)
        #expect(links.count == 7)
        #expect(try plan.importedTask("t-4").dependencies == [Dependency(on: "t-3", lagDays: 1)])
        #expect(try plan.importedTask("t-8").dependencies == [Dependency(on: "t-7", lagDays: 5)])   // 1 week of 5 working days
        #expect(try plan.importedTask("t-10").dependencies == [Dependency(on: "t-9", lagDays: 10)])
        #expect(try plan.importedTask("t-14").dependencies == [Dependency(on: "t-13", type: .startToStart, lagDays: 2)])
        #expect(try plan.importedTask("t-16").dependencies == [Dependency(on: "t-15", type: .finishToFinish, lagDays: 2)])
        #expect(result.unmapped.filter { $0.message.contains("link") }.count == 1)
        #expect(!result.unmapped.contains { $0.message.contains("65535") || $0.message.contains("an assignment") })
        #expect(result.warnings.contains { $0.code == .mspdiUnstaged && $0.message.hasPrefix("16 tasks") })
    }

    @Test("assignment-assignments (MS Project 2019): 3 tasks at 0, 25 and 50 %, one lead each",
        .sharedData(SharedData.mspdiSamples))
    func assignmentsSample() throws {
        let result = try importSample("mspdi-mpxj-assignment-assignments-project2019.xml")
        let plan = result.plan
        #expect(plan.allTasks.count == 3)
        #expect(plan.agencies.map(\.id) == ["nwp", "a-resource-1", "a-resource-2", "a-resource-3"])
        let tasks = try ["t-1", "t-2", "t-3"].map { try plan.importedTask(TaskID($0)) }
        #expect(tasks.map(\.status) == [.planned, .inProgress, .inProgress])
        #expect(tasks.map(\.progress) == [nil, 25, 50])
        #expect(tasks.map(\.lead.rawValue) == ["a-resource-1", "a-resource-2", "a-resource-3"])
        #expect(tasks.allSatisfy { $0.start == .on("2016-01-04") && $0.due == .on("2016-01-15") })
    }

    @Test("a DOCTYPE is refused before libxml2 sees it, whatever the file claims to be")
    func doctypeRefused() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>
            """
        let error = #expect(throws: PlanReadError.self) { try MS.read(hostile) }
        #expect(error?.code == .doctypeRefused)
        #expect(error?.diagnostics.first?.location?.line == 2)
    }

    @Test("the shared attack files are refused", .sharedData(SharedData.defusedXML),
        arguments: ["xmlbomb.xml", "external.xml", "dtd.xml", "quadratic.xml"])
    func attackFiles(name: String) throws {
        let path = SharedData.defusedXML.appendingPathComponent(name).path
        try #require(FileManager.default.fileExists(atPath: path), "missing \(path)")
        let error = #expect(throws: PlanReadError.self) { try MS.reader().read(contentsOf: path) }
        #expect(error?.code == .doctypeRefused)
    }

    @Test("XInclude, gzip and malformed input are refused; another root is not MSPDI")
    func otherRefusals() throws {
        let xinclude = #"<Project xmlns="http://schemas.microsoft.com/project"><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/></Project>"#
        #expect((#expect(throws: PlanReadError.self) { try MS.read(xinclude) })?.code == .xincludeRefused)
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00]
        #expect((#expect(throws: PlanReadError.self) { try MS.reader().read(gzip) })?.code == .notXML)
        let malformed = #expect(throws: PlanReadError.self) { try MS.read("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks></Project>") }
        #expect(malformed?.code == .malformed)
        let plan = #expect(throws: PlanReadError.self) { try MS.read("<plan xmlns=\"urn:x-chb:plan:1\"/>") }
        #expect(plan?.code == .notMSPDI)
    }

    @Test("a missing file is reported, not crashed on")
    func missingFile() throws {
        let error = #expect(throws: PlanReadError.self) { try MS.reader().read(contentsOf: "/nonexistent/file.xml") }
        #expect(error?.code == .unreadable)
    }
}
