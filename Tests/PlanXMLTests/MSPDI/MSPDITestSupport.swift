import Foundation
import PlanCore
import PlanXML
import TestSupport
import Testing

/// Paths, readers and a small MSPDI builder for the MSPDI tests.
enum MSPDITest {
    /// The repository's root folder.
    static var repositoryRoot: URL { Repository.root }

    /// A sample from the shared MSPDI samples folder beside the repository (never copied in).
    static func sample(_ name: String) -> String {
        SharedData.mspdiSamples.appendingPathComponent(name).path
    }

    /// An MS Project file written for these tests, in `Fixtures/mspdi`.
    static func fixture(_ name: String) -> String {
        Repository.fixture("mspdi/\(name)", of: "PlanXMLTests").path
    }

    /// The example plans in `plans/`.
    static let examplePlans: [String] = {
        Repository.examplePlans.map { Repository.plan($0).path }
    }()

    /// The fixed time of every test import.
    static let now = Instant("2026-11-30T10:00:00Z")!

    /// A reader importing as agency `imp`.
    static func reader(agency: AgencyID = "imp", agencyName: String? = "Importing Agency", classification: Classification = .official) -> MSPDIReader {
        MSPDIReader(agency: agency, agencyName: agencyName, importedAt: now, classification: classification)
    }

    /// Imports MSPDI text written in a test.
    static func read(_ xml: String, agency: AgencyID = "imp", classification: Classification = .official) throws -> MSPDIImport {
        try reader(agency: agency, classification: classification).read(Array(xml.utf8), file: "test.xml")
    }

    /// A whole MSPDI document around the given parts.
    static func document(
        project: String = "<Title>Test project</Title><MinutesPerDay>480</MinutesPerDay>",
        tasks: [String], resources: [String] = [], assignments: [String] = []
    ) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Project xmlns="http://schemas.microsoft.com/project">
        \(project)
        <Tasks>
        \(tasks.joined(separator: "\n"))
        </Tasks>
        <Resources>
        \(resources.joined(separator: "\n"))
        </Resources>
        <Assignments>
        \(assignments.joined(separator: "\n"))
        </Assignments>
        </Project>
        """
    }

    /// One `Task` element; `nil` dates are left out.
    static func task(
        _ uid: Int, _ name: String, level: Int = 1, summary: Bool = false,
        start: String? = "2026-01-05T08:00:00", finish: String? = "2026-01-09T17:00:00",
        percent: Int? = nil, milestone: Bool = false, extra: String = "", links: [String] = []
    ) -> String {
        var parts = ["<UID>\(uid)</UID>", "<ID>\(uid)</ID>", "<Name>\(name)</Name>", "<OutlineLevel>\(level)</OutlineLevel>"]
        if let start { parts.append("<Start>\(start)</Start>") }
        if let finish { parts.append("<Finish>\(finish)</Finish>") }
        parts.append("<Milestone>\(milestone ? 1 : 0)</Milestone>")
        parts.append("<Summary>\(summary ? 1 : 0)</Summary>")
        if let percent { parts.append("<PercentComplete>\(percent)</PercentComplete>") }
        parts.append(extra)
        parts += links
        return "<Task>" + parts.joined() + "</Task>"
    }

    /// One `PredecessorLink` element.
    static func link(_ uid: Int, type: Int = 1, lag: Int = 0, format: Int = 7) -> String {
        "<PredecessorLink><PredecessorUID>\(uid)</PredecessorUID><Type>\(type)</Type><LinkLag>\(lag)</LinkLag><LagFormat>\(format)</LagFormat></PredecessorLink>"
    }

    /// One work `Resource` element.
    static func resource(_ uid: Int, _ name: String, type: Int = 1) -> String {
        "<Resource><UID>\(uid)</UID><ID>\(uid)</ID><Name>\(name)</Name><Type>\(type)</Type></Resource>"
    }

    /// One `Assignment` element.
    static func assignment(task: Int, resource: Int) -> String {
        "<Assignment><TaskUID>\(task)</TaskUID><ResourceUID>\(resource)</ResourceUID></Assignment>"
    }
}

extension Plan {
    /// The task with this id, failing the test when there is none.
    func importedTask(_ id: TaskID, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PlanTask {
        try #require(task(id), "no task \(id)", sourceLocation: sourceLocation)
    }

    /// The kind of the stage holding a task.
    func stage(of id: TaskID) -> StageKind? { position(of: id).map { stages[$0.stageIndex].kind } }
}

extension CalendarDate {
    /// A date from a literal known to be valid.
    static func on(_ text: String) -> CalendarDate { CalendarDate(text)! }
}
