import PlanCore
import PlanXML
import Testing

/// A small, valid plan document as text, with a slot for each part a test may replace.
///
/// Every element starts on its own line, so a test finds the line of the element it is about
/// with ``Swift/String/line(of:sourceLocation:)``. The default document is valid with no
/// warnings: two agencies, each busy, and undated stages.
struct PlanText {
    var declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#
    var rootName = "plan"
    var namespaces = #"xmlns="urn:x-chb:plan:1""#
    var rootAttributes = #"id="p1" schemaVersion="1.0" revision="3" classification="OFFICIAL-SENSITIVE""#
    var title = "<title>Test plan</title>"
    var area = """
        <area>
            <name>Test area</name>
          </area>
        """
    var governance = """
        <governance>
            <leadAgency ref="a1"/>
            <leadResponsibleOfficer>Inspector</leadResponsibleOfficer>
          </governance>
        """
    var agencies = """
        <agency id="a1" kind="police" clearance="OFFICIAL-SENSITIVE">
              <name>Police</name>
            </agency>
            <agency id="a2" kind="localAuthority">
              <name>Council</name>
            </agency>
        """
    var clear = #"<phase kind="clear" status="active">"#
    var clearCriteria = ""
    var clearTasks = """
        <task id="t1" lead="a1" status="inProgress">
                  <title>First task</title>
                  <support ref="a2"/>
                </task>
        """
    var hold = #"<phase kind="hold" status="notStarted">"#
    var holdTasks = ""
    var build = #"<phase kind="build" status="notStarted">"#
    var buildTasks = ""
    var measures = ""
    var risks = ""
    var history = ""
    var extensions = ""

    /// The document.
    var xml: String {
        func stage(_ start: String, _ criteria: String, _ tasks: String) -> String {
            """
                    \(start)
                      <exitCriteria>\(criteria.isEmpty ? "" : "\n        \(criteria)\n      ")</exitCriteria>
                      <tasks>\(tasks.isEmpty ? "" : "\n        \(tasks)\n      ")</tasks>
                    </phase>
                """
        }
        var lines = [
            declaration,
            "<\(rootName) \(namespaces) \(rootAttributes)>",
            "  \(title)",
            "  \(area)",
            "  \(governance)",
            "  <agencies>",
            "    \(agencies)",
            "  </agencies>",
            "  <phases>",
            stage(clear, clearCriteria, clearTasks),
            stage(hold, "", holdTasks),
            stage(build, "", buildTasks),
            "  </phases>",
        ]
        if !measures.isEmpty { lines += ["  <measures>", "    \(measures)", "  </measures>"] }
        if !risks.isEmpty { lines += ["  <risks>", "    \(risks)", "  </risks>"] }
        lines.append(history.isEmpty ? "  <history/>" : "  <history>\n    \(history)\n  </history>")
        if !extensions.isEmpty { lines += ["  <extensions>", "    \(extensions)", "  </extensions>"] }
        lines.append("</\(rootName)>")
        return lines.joined(separator: "\n") + "\n"
    }

    var bytes: [UInt8] { Array(xml.utf8) }
}

/// Reads a document that must be valid and returns it.
func readPlan(
    _ xml: String, limits: ReadLimits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> PlanDocument {
    do {
        return try PlanReader(limits: limits).read(Array(xml.utf8), file: "test.xml")
    } catch {
        Issue.record("the document should read, but: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Reads bytes that must be refused and checks the first diagnostic's code and line.
@discardableResult
func expectRefusal(
    _ bytes: [UInt8], code: PlanDiagnostic.Code, line: Int?, limits: ReadLimits = .standard,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> PlanReadError? {
    do {
        let document = try PlanReader(limits: limits).read(bytes, file: "test.xml")
        Issue.record("expected a \(code) error, but the document was read: '\(document.plan.title)'", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        let first = error.diagnostics[0]
        #expect(first.severity == .error, sourceLocation: sourceLocation)
        #expect(first.location?.file == "test.xml", "\(error)", sourceLocation: sourceLocation)
        if let line {
            #expect(first.location?.line == line, "\(error)", sourceLocation: sourceLocation)
        }
        #expect(!first.message.isEmpty && !first.message.contains("\n"), "a one-line reason: \(error)", sourceLocation: sourceLocation)
        return error
    }
}

/// Reads a document that must be refused and checks the first diagnostic's code and line.
@discardableResult
func expectRefusal(
    _ xml: String, code: PlanDiagnostic.Code, line: Int?, limits: ReadLimits = .standard,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> PlanReadError? {
    expectRefusal(Array(xml.utf8), code: code, line: line, limits: limits, sourceLocation: sourceLocation)
}
