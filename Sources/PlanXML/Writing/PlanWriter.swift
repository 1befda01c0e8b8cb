public import PlanCore

/// Writes plans in the canonical chb format.
///
/// The output is deterministic: the same plan always gives the same bytes, in the element and
/// attribute order of the specification, with two-space indentation, defaults and empty
/// optional containers left out, decimals in their shortest form and a trailing newline.
/// Reading a document chb wrote and writing it again gives identical bytes.
public struct PlanWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes a plan.
    ///
    /// - Parameter plan: The plan to write.
    /// - Returns: The UTF-8 document.
    /// - Throws: ``PlanWriteError`` when a value holds a character XML cannot represent or an
    ///   extension has an invalid name.
    public func write(_ plan: Plan) throws(PlanWriteError) -> [UInt8] {
        try XMLOutput.document(capacity: Self.estimatedSize(of: plan)) { out throws(PlanWriteError) in
            try PlanEncoding(plan: plan, out: out).writePlan()
        }
    }

    /// Writes a plan through libxml2's `xmlTextWriter`, the writer ``write(_:)`` replaced; the
    /// differential tests hold the two to the same bytes.
    func writeThroughLibXMLTextWriter(_ plan: Plan) throws(PlanWriteError) -> [UInt8] {
        try LibXMLTextWriterOutput.document { out throws(PlanWriteError) in try PlanEncoding(plan: plan, out: out).writePlan() }
    }

    /// A generous guess at the document's size (a canonical task takes about 300 bytes), so
    /// that the output buffer seldom grows and is copied.
    static func estimatedSize(of plan: Plan) -> Int {
        var tasks = 0, links = 0, notes = 0
        for stage in plan.stages {
            tasks += stage.tasks.count
            for task in stage.tasks { links += task.dependencies.count + task.supports.count; notes += task.notes.count }
        }
        return (1 << 14) + 320 * tasks + 48 * links + 160 * notes + 200 * plan.history.count
    }
}

/// One run of the writer over one plan.
private struct PlanEncoding<Out: XMLMarkupWriter> {
    let plan: Plan
    let out: Out

    /// A classification worth writing: only one that differs from the plan's.
    func marking(_ own: Classification?) -> String? {
        own.flatMap { $0 == plan.classification ? nil : $0.rawValue }
    }

    func writePlan() throws(PlanWriteError) {
        try out.start("plan")
        try out.attribute("xmlns", PlanNamespace.uri)
        try out.attribute("id", plan.id.rawValue)
        try out.attribute("schemaVersion", Plan.schemaVersion)
        try out.attribute("revision", String(plan.revision))
        try out.attribute("classification", plan.classification.rawValue)
        if case .partner(let agency, let sourceRevision) = plan.view {
            try out.attribute("view", "partner")
            try out.attribute("for", agency.rawValue)
            try out.attribute("sourceRevision", String(sourceRevision))
        }
        try out.element("title", text: plan.title)
        try writeArea()
        try writeGovernance()
        try out.start("agencies")
        for agency in plan.agencies { try writeAgency(agency) }
        try out.end()
        try out.start("phases")
        for stage in plan.stages { try writeStage(stage) }
        try out.end()
        if !plan.measures.isEmpty {
            try out.start("measures")
            for measure in plan.measures { try writeMeasure(measure) }
            try out.end()
        }
        if !plan.risks.isEmpty {
            try out.start("risks")
            for risk in plan.risks { try writeRisk(risk) }
            try out.end()
        }
        if !plan.baselines.isEmpty {
            try out.start("baselines")
            for baseline in plan.baselines {
                try out.start("baseline")
                try out.attribute("name", baseline.name)
                try out.attribute("at", baseline.at)
                try out.end()
            }
            try out.end()
        }
        try out.start("history")
        for event in plan.history { try writeEvent(event) }
        try out.end()
        try writeExtensions(plan.extensions)
        try out.end()
    }

    func writeArea() throws(PlanWriteError) {
        try out.start("area")
        try out.element("name", text: plan.area.name)
        try out.element("description", text: plan.area.description)
        for locality in plan.area.localities {
            try out.start("locality")
            try out.attribute("code", locality.code)
            try out.attribute("scheme", locality.scheme)
            try out.end()
        }
        try out.end()
    }

    func writeGovernance() throws(PlanWriteError) {
        let g = plan.governance
        try out.start("governance")
        try out.start("leadAgency")
        try out.attribute("ref", g.leadAgency.rawValue)
        try out.end()
        try out.element("leadResponsibleOfficer", text: g.leadResponsibleOfficer)
        try out.element("board", text: g.board)
        try out.element("reviewCadenceDays", text: g.reviewCadenceDays.map(String.init))
        try out.element("informationSharingAgreement", text: g.informationSharingAgreement)
        try out.end()
    }

    func writeAgency(_ agency: Agency) throws(PlanWriteError) {
        try out.start("agency")
        try out.attribute("id", agency.id.rawValue)
        try out.attribute("kind", agency.kind.rawValue)
        if agency.clearance != .official { try out.attribute("clearance", agency.clearance.rawValue) }
        try out.element("name", text: agency.name)
        try out.element("contact", text: agency.contact)
        for certificate in agency.certificates {
            try out.start("certificate")
            try out.attribute("sha256", certificate.rawValue)
            try out.end()
        }
        try writeExtensions(agency.extensions)
        try out.end()
    }

    func writeStage(_ stage: Stage) throws(PlanWriteError) {
        try out.start("phase")
        try out.attribute("kind", stage.kind.rawValue)
        try out.attribute("status", stage.status.rawValue)
        try out.attribute("plannedStart", stage.plannedStart)
        try out.attribute("plannedEnd", stage.plannedEnd)
        try out.attribute("nextReview", stage.nextReview)
        try out.attribute("started", stage.started)
        try out.attribute("completed", stage.completed)
        for objective in stage.objectives { try out.element("objective", text: objective) }
        try out.start("exitCriteria")
        for criterion in stage.exitCriteria {
            try out.start("criterion")
            try out.attribute("id", criterion.id.rawValue)
            try out.attribute("met", criterion.met ? "true" : "false")
            try out.attribute("metOn", criterion.metOn)
            try out.element("statement", text: criterion.statement)
            try out.element("evidence", text: criterion.evidence)
            try out.end()
        }
        try out.end()
        try out.start("tasks")
        for task in stage.tasks { try writeTask(task) }
        try out.end()
        try out.end()
    }

    func writeTask(_ task: PlanTask) throws(PlanWriteError) {
        try out.start("task")
        try out.attribute("id", task.id.rawValue)
        try out.attribute("lead", task.lead.rawValue)
        try out.attribute("status", task.status.rawValue)
        try out.attribute("strand", task.strand?.rawValue)
        if task.priority != .medium { try out.attribute("priority", task.priority.rawValue) }
        try out.attribute("classification", marking(task.classification))
        try out.attribute("start", task.start)
        try out.attribute("due", task.due)
        try out.attribute("durationDays", task.durationDays)
        try out.attribute("progress", task.progress)
        try out.attribute("completedOn", task.completedOn)
        try out.attribute("blockedSince", task.blockedSince)
        try out.element("title", text: task.title)
        try out.element("description", text: task.description)
        for support in task.supports {
            try out.start("support")
            try out.attribute("ref", support.rawValue)
            try out.end()
        }
        try out.element("owner", text: task.owner)
        for dependency in task.dependencies {
            try out.start("dependsOn")
            try out.attribute("ref", dependency.task.rawValue)
            if dependency.type != .finishToStart { try out.attribute("type", dependency.type.rawValue) }
            if dependency.lagDays != 0 { try out.attribute("lagDays", String(dependency.lagDays)) }
            try out.end()
        }
        try out.element("blockedReason", text: task.blockedReason)
        for note in task.notes {
            try out.start("note")
            try out.attribute("at", note.at)
            try out.attribute("agency", note.agency.rawValue)
            try out.text(note.text)
            try out.end()
        }
        try writeExtensions(task.extensions)
        try out.end()
    }

    func writeMeasure(_ measure: Measure) throws(PlanWriteError) {
        try out.start("measure")
        try out.attribute("id", measure.id.rawValue)
        try out.attribute("phase", measure.stage?.rawValue)
        try out.attribute("unit", measure.unit)
        try out.attribute("direction", measure.direction.rawValue)
        try out.attribute("classification", marking(measure.classification))
        try out.element("name", text: measure.name)
        for value in [measure.baseline, measure.target] + measure.observations.map(\.value) where !value.fitsSchema {
            throw PlanWriteError("measure '\(measure.id)' holds \(value), which has more than \(DecimalValue.maximumDigits) digits")
        }
        try out.element("baseline", text: measure.baseline.description)
        try out.element("target", text: measure.target.description)
        for observation in measure.observations {
            try out.start("observation")
            try out.attribute("date", observation.date)
            try out.attribute("value", observation.value)
            try out.attribute("source", observation.source?.rawValue)
            try out.end()
        }
        try out.end()
    }

    func writeRisk(_ risk: Risk) throws(PlanWriteError) {
        try out.start("risk")
        try out.attribute("id", risk.id.rawValue)
        try out.attribute("likelihood", risk.likelihood)
        try out.attribute("impact", risk.impact)
        try out.attribute("status", risk.status.rawValue)
        try out.attribute("owner", risk.owner.rawValue)
        try out.attribute("classification", marking(risk.classification))
        try out.element("description", text: risk.description)
        try out.element("mitigation", text: risk.mitigation)
        try out.end()
    }

    func writeEvent(_ event: HistoryEvent) throws(PlanWriteError) {
        try out.start("event")
        try out.attribute("at", event.at)
        try out.attribute("agency", event.agency.rawValue)
        try out.attribute("kind", event.kind.rawValue)
        try out.attribute("subject", event.subject)
        try out.attribute("actor", event.actor)
        // Mixed content: the changes and the text on one line, with no white space added.
        if !event.changes.isEmpty { try out.setIndent(false) }
        for change in event.changes {
            try out.start("change")
            try out.attribute("field", change.field)
            try out.attribute("from", change.from)
            try out.attribute("to", change.to)
            try out.end()
        }
        // Back on before the text, so that the event ends its line as a text element does.
        if !event.changes.isEmpty { try out.setIndent(true) }
        try out.text(event.text)
        try out.end()
    }

    func writeExtensions(_ elements: [ExtensionElement]) throws(PlanWriteError) {
        guard !elements.isEmpty else { return }
        try out.start("extensions")
        for element in elements {
            let namespace = try checkNamespaces(element, scope: [:])
            if namespace.isEmpty || namespace == PlanNamespace.uri {
                throw PlanWriteError("extension element '\(element.name)' must be in a namespace other than chb's")
            }
            try writeForeign(element)
        }
        try out.end()
    }

    /// Checks that an extension element stands on its own where the writer puts it: every
    /// prefix its names use is declared on it or an enclosing extension element, and each
    /// element is in the namespace its name resolves to (unprefixed names resolve to chb's,
    /// the default where extensions are written, unless a declaration says otherwise) and
    /// is not an XInclude, which the reader refuses. Returns the element's namespace.
    @discardableResult
    func checkNamespaces(_ element: ExtensionElement, scope outer: [String: String]) throws(PlanWriteError) -> String {
        var scope = outer
        for attribute in element.attributes {
            if attribute.name == "xmlns" { scope[""] = attribute.value }
            if attribute.name.hasPrefix("xmlns:") { scope[String(attribute.name.dropFirst(6))] = attribute.value }
        }
        func prefix(_ name: String) -> String? {
            name.firstIndex(of: ":").map { String(name[..<$0]) }
        }
        for attribute in element.attributes where attribute.name != "xmlns" {
            if let prefix = prefix(attribute.name), prefix != "xmlns", prefix != "xml", scope[prefix] == nil {
                throw PlanWriteError("attribute '\(attribute.name)' of extension element '\(element.name)' uses the prefix '\(prefix)', which is not declared")
            }
        }
        let elementPrefix = prefix(element.name) ?? ""
        guard let namespace = elementPrefix.isEmpty ? (scope[""] ?? PlanNamespace.uri) : scope[elementPrefix] else {
            throw PlanWriteError("extension element '\(element.name)' uses the prefix '\(elementPrefix)', which is not declared")
        }
        if namespace != element.namespace {
            throw PlanWriteError("extension element '\(element.name)' is in namespace '\(element.namespace)' but its name resolves to '\(namespace)'")
        }
        if XMLPullReader.xincludeNamespaces.contains(namespace) {
            throw PlanWriteError("extension element '\(element.name)' is an XInclude, which plans never hold")
        }
        for case .element(let child) in element.children { try checkNamespaces(child, scope: scope) }
        return namespace
    }

    /// Writes an extension element; `inMixedContent` is set inside an element that mixes text
    /// and elements, where indentation is off and must stay off until that element ends.
    func writeForeign(_ element: ExtensionElement, inMixedContent: Bool = false) throws(PlanWriteError) {
        try out.start(element.name)
        for attribute in element.attributes { try out.attribute(attribute.name, attribute.value) }
        let hasElements = element.children.contains { if case .element = $0 { true } else { false } }
        let hasText = element.children.contains { if case .text = $0 { true } else { false } }
        let startsMixed = hasElements && hasText && !inMixedContent
        if startsMixed { try out.setIndent(false) }
        for child in element.children {
            switch child {
            case .element(let nested): try writeForeign(nested, inMixedContent: inMixedContent || startsMixed)
            case .text(let text): try out.text(text)
            }
        }
        try out.end()
        if startsMixed { try out.setIndent(true) }
    }
}
