import PlanCore

/// Builds a ``Plan`` from the reader's events, recording each element's location.
///
/// The schema is checked by libxml2 on the same pass, so the decoder is forgiving: where the
/// document is wrong it records a diagnostic, substitutes a placeholder and goes on, and the
/// caller reports the schema's (more precise) errors first.
final class PlanDecoder {
    private let reader: XMLPullReader
    private(set) var map: SourceMap
    /// What the decoder found wrong, capped, each element's repeats counted once.
    private(set) var problems = DiagnosticList()
    /// Set when reading must stop whatever else is wrong (not a plan, a later version).
    private(set) var fatal: PlanDiagnostic?
    /// Whether the plan ends with an XML-DSig `Signature` (checked by ``XMLSignature``, not here).
    private(set) var isSigned = false

    init(reader: XMLPullReader, file: String) {
        self.reader = reader
        self.map = SourceMap(file: file)
    }

    // MARK: Event helpers

    private func problem(_ message: String, _ tag: StartTag, code: PlanDiagnostic.Code = .schema) {
        problems.append(PlanDiagnostic(.error, code, message, at: tag.location), element: tag.index)
    }

    /// Calls `body` for each child element of `tag`, then consumes `tag`'s end.
    private func children(of tag: StartTag, _ body: (StartTag) -> Void) {
        guard !tag.isEmpty else { return }
        // Text split by comments comes as many pieces: one problem per element is enough.
        var textReported = false
        while true {
            switch reader.next() {
            case .start(let child): body(child)
            case .text(let text):
                if !textReported, !text.isBlank {
                    problem("unexpected text in element '\(tag.localName)'", tag)
                    textReported = true
                }
            case .end, .finished: return
            }
        }
    }

    /// Skips the rest of an element whose start was just read.
    private func skip(_ tag: StartTag) { children(of: tag) { skip($0) } }

    /// Skips an element and everything in it, text included (a signature, checked by
    /// ``XMLSignature``, not here).
    private func skipWhole(_ tag: StartTag) {
        guard !tag.isEmpty else { return }
        while true {
            switch reader.next() {
            case .start(let child): skipWhole(child)
            case .text: continue
            case .end, .finished: return
            }
        }
    }

    /// Reads a text-only element whose start was just read.
    private func text(of tag: StartTag) -> String {
        guard !tag.isEmpty else { return "" }
        var result = ""
        while true {
            switch reader.next() {
            case .text(let text): result += text
            case .start(let child):
                problem("element '\(tag.localName)' holds text only, not '\(child.localName)'", child)
                skip(child)
            case .end, .finished: return result
            }
        }
    }

    private func required(_ tag: StartTag, _ name: String) -> String {
        if let value = tag[name] { return value }
        problem("element '\(tag.localName)' lacks required attribute '\(name)'", tag)
        return ""
    }

    private func parse<T>(_ tag: StartTag, _ name: String, _ kind: @autoclosure () -> String, _ parse: (String) -> T?) -> T? {
        guard let raw = tag[name] else { return nil }
        if let value = parse(raw) { return value }
        problem("attribute '\(name)' of '\(tag.localName)' is not \(kind()): '\(raw)'", tag)
        return nil
    }

    private func date(_ tag: StartTag, _ name: String) -> CalendarDate? {
        parse(tag, name, "a date (YYYY-MM-DD)") { CalendarDate($0) }
    }

    private func instant(_ tag: StartTag, _ name: String) -> Instant {
        _ = required(tag, name)
        return parse(tag, name, "a UTC instant (YYYY-MM-DDThh:mm:ssZ)") { Instant($0) } ?? Instant(secondsSinceEpoch: 0)
    }

    private func integer(_ tag: StartTag, _ name: String) -> Int? {
        parse(tag, name, "an integer") { Int($0.hasPrefix("+") ? String($0.dropFirst()) : $0) }
    }

    private func decimal(_ tag: StartTag, _ name: String) -> DecimalValue {
        _ = required(tag, name)
        return parse(tag, name, "a decimal number") { DecimalValue($0) } ?? DecimalValue(0)
    }

    private func value<E: RawRepresentable>(_ tag: StartTag, _ name: String, as: E.Type) -> E? where E.RawValue == String {
        parse(tag, name, "one of \(Self.choices(E.self))") { E(rawValue: $0) }
    }

    private func requiredValue<E: RawRepresentable>(_ tag: StartTag, _ name: String, default fallback: E) -> E where E.RawValue == String {
        _ = required(tag, name)
        return value(tag, name, as: E.self) ?? fallback
    }

    private static func choices<E: RawRepresentable>(_ type: E.Type) -> String where E.RawValue == String {
        if let all = type as? any CaseIterable.Type {
            return (all.allCases as any Collection).compactMap { ($0 as? E)?.rawValue }.joined(separator: ", ")
        }
        return "the allowed values"
    }

    private func boolean(_ tag: StartTag, _ name: String) -> Bool {
        _ = required(tag, name)
        return parse(tag, name, "true or false") { ["true": true, "false": false][$0] } ?? false
    }

    // MARK: Document

    /// Decodes the document, or returns `nil` when it is not a plan at all.
    func decodeDocument() -> Plan? {
        let root = reader.rootElement()
        guard let root else {
            if !reader.diagnostics.containsErrors {
                fatal = PlanDiagnostic(.error, .notAPlan, "the document has no root element", at: SourceLocation(file: map.file, line: 1, column: 1))
            }
            return nil
        }
        guard root.localName == "plan", root.namespace == PlanNamespace.uri else {
            let ns = root.namespace.isEmpty ? "no namespace" : "namespace \(root.namespace)"
            fatal = PlanDiagnostic(.error, .notAPlan,
                "the root element is '\(root.localName)' in \(ns); a chb plan is 'plan' in namespace \(PlanNamespace.uri)",
                at: root.location)
            return nil
        }
        if let version = root["schemaVersion"], version != Plan.schemaVersion {
            let later = Double(version).map { $0 > 1.0 } ?? false
            fatal = PlanDiagnostic(.error, .unsupportedVersion, later
                ? "the plan uses schema version \(version); this chb reads version \(Plan.schemaVersion) only: upgrade chb to read it"
                : "schemaVersion '\(version)' is not a version of the plan format; this chb reads version \(Plan.schemaVersion)",
                at: root.location)
            return nil
        }
        return decodePlan(root)
    }

    private func decodePlan(_ tag: StartTag) -> Plan {
        map.record(.plan, line: tag.location.line, column: tag.location.column)
        let classification = requiredValue(tag, "classification", default: Classification.officialSensitive)
        var view = PlanView.full
        let kind = tag["view"] ?? "full"
        let forAgency = tag["for"], sourceRevision = integer(tag, "sourceRevision")
        switch kind {
        case "partner":
            if let forAgency, let sourceRevision {
                view = .partner(for: AgencyID(forAgency), sourceRevision: sourceRevision)
            } else {
                problem("a partner view needs both 'for' and 'sourceRevision'", tag, code: .viewAttributes)
            }
        case "full":
            if forAgency != nil || tag["sourceRevision"] != nil {
                problem("a full plan has neither 'for' nor 'sourceRevision' (those belong to partner views)", tag, code: .viewAttributes)
            }
        default:
            problem("attribute 'view' is '\(kind)'; it must be full or partner", tag)
        }
        var plan = Plan(
            id: PlanID(required(tag, "id")), revision: integer(tag, "revision") ?? 0,
            classification: classification, view: view, title: "",
            area: Area(name: ""), governance: Governance(leadAgency: "", leadResponsibleOfficer: ""),
            agencies: [], stages: [])
        _ = required(tag, "revision")
        children(of: tag) { child in
            switch child.localName {
            case "title": plan.title = text(of: child)
            case "area": plan.area = decodeArea(child)
            case "governance": plan.governance = decodeGovernance(child)
            case "agencies": children(of: child) { plan.agencies.append(decodeAgency($0, index: plan.agencies.count)) }
            case "phases": children(of: child) { plan.stages.append(decodeStage($0, index: plan.stages.count)) }
            case "measures": children(of: child) { plan.measures.append(decodeMeasure($0, index: plan.measures.count)) }
            case "risks": children(of: child) { plan.risks.append(decodeRisk($0, index: plan.risks.count)) }
            case "baselines":
                children(of: child) { tag in
                    map.record(.baseline(plan.baselines.count), line: tag.location.line, column: tag.location.column)
                    plan.baselines.append(Baseline(name: required(tag, "name"), at: instant(tag, "at")))
                    skip(tag)
                }
            case "history": children(of: child) { plan.history.append(decodeEvent($0, index: plan.history.count)) }
            case "extensions": plan.extensions = decodeExtensions(child)
            case "Signature" where child.namespace == XMLSignature.namespace: isSigned = true; skipWhole(child)
            default: skip(child)
            }
        }
        return plan
    }

    private func decodeArea(_ tag: StartTag) -> Area {
        map.record(.area, line: tag.location.line, column: tag.location.column)
        var area = Area(name: "")
        children(of: tag) { child in
            switch child.localName {
            case "name": area.name = text(of: child)
            case "description": area.description = text(of: child)
            case "locality":
                area.localities.append(Locality(code: required(child, "code"), scheme: required(child, "scheme")))
                skip(child)
            default: skip(child)
            }
        }
        return area
    }

    private func decodeGovernance(_ tag: StartTag) -> Governance {
        map.record(.governance, line: tag.location.line, column: tag.location.column)
        var g = Governance(leadAgency: "", leadResponsibleOfficer: "")
        children(of: tag) { child in
            switch child.localName {
            case "leadAgency": g.leadAgency = AgencyID(required(child, "ref")); skip(child)
            case "leadResponsibleOfficer": g.leadResponsibleOfficer = text(of: child)
            case "board": g.board = text(of: child)
            case "reviewCadenceDays":
                let raw = text(of: child)
                g.reviewCadenceDays = Int(raw)
                if g.reviewCadenceDays == nil { problem("reviewCadenceDays '\(raw)' is not a whole number", child) }
            case "informationSharingAgreement": g.informationSharingAgreement = text(of: child)
            default: skip(child)
            }
        }
        return g
    }

    private func decodeAgency(_ tag: StartTag, index: Int) -> Agency {
        map.record(.agency(index), line: tag.location.line, column: tag.location.column)
        var agency = Agency(
            id: AgencyID(required(tag, "id")), kind: requiredValue(tag, "kind", default: .other),
            clearance: value(tag, "clearance", as: Classification.self) ?? .official, name: "")
        children(of: tag) { child in
            switch child.localName {
            case "name": agency.name = text(of: child)
            case "contact": agency.contact = text(of: child)
            case "certificate":
                agency.certificates.append(CertificateFingerprint(rawValue: required(child, "sha256"))); skip(child)
            case "extensions": agency.extensions = decodeExtensions(child)
            default: skip(child)
            }
        }
        return agency
    }

    private func decodeStage(_ tag: StartTag, index p: Int) -> Stage {
        map.record(.stage(p), line: tag.location.line, column: tag.location.column)
        var stage = Stage(
            kind: requiredValue(tag, "kind", default: StageKind.allCases[min(p, 2)]),
            status: requiredValue(tag, "status", default: .notStarted),
            plannedStart: date(tag, "plannedStart"), plannedEnd: date(tag, "plannedEnd"),
            nextReview: date(tag, "nextReview"), started: date(tag, "started"),
            completed: date(tag, "completed"))
        children(of: tag) { child in
            switch child.localName {
            case "objective":
                map.record(.objective(p, stage.objectives.count), line: child.location.line, column: child.location.column)
                stage.objectives.append(text(of: child))
            case "exitCriteria":
                children(of: child) { c in stage.exitCriteria.append(decodeCriterion(c, stage: p, index: stage.exitCriteria.count)) }
            case "tasks":
                children(of: child) { t in stage.tasks.append(decodeTask(t, stage: p, index: stage.tasks.count)) }
            default: skip(child)
            }
        }
        return stage
    }

    private func decodeCriterion(_ tag: StartTag, stage p: Int, index: Int) -> ExitCriterion {
        map.record(.criterion(p, index), line: tag.location.line, column: tag.location.column)
        var criterion = ExitCriterion(id: CriterionID(required(tag, "id")), met: boolean(tag, "met"),
            metOn: date(tag, "metOn"), statement: "")
        children(of: tag) { child in
            switch child.localName {
            case "statement": criterion.statement = text(of: child)
            case "evidence": criterion.evidence = text(of: child)
            default: skip(child)
            }
        }
        return criterion
    }

    private func decodeTask(_ tag: StartTag, stage p: Int, index t: Int) -> PlanTask {
        map.record(.task(p, t), line: tag.location.line, column: tag.location.column)
        var task = PlanTask(
            id: TaskID(required(tag, "id")), lead: AgencyID(required(tag, "lead")),
            status: requiredValue(tag, "status", default: .planned),
            strand: value(tag, "strand", as: PlanTask.Strand.self),
            priority: value(tag, "priority", as: PlanTask.Priority.self) ?? .medium,
            classification: value(tag, "classification", as: Classification.self),
            start: date(tag, "start"), due: date(tag, "due"), durationDays: integer(tag, "durationDays"),
            progress: integer(tag, "progress"), completedOn: date(tag, "completedOn"),
            blockedSince: date(tag, "blockedSince"), title: "")
        children(of: tag) { child in
            switch child.localName {
            case "title": task.title = text(of: child)
            case "description": task.description = text(of: child)
            case "support":
                map.record(.support(p, t, task.supports.count), line: child.location.line, column: child.location.column)
                task.supports.append(AgencyID(required(child, "ref")))
                skip(child)
            case "owner": task.owner = text(of: child)
            case "dependsOn":
                map.record(.dependency(p, t, task.dependencies.count), line: child.location.line, column: child.location.column)
                task.dependencies.append(Dependency(
                    on: TaskID(required(child, "ref")),
                    type: value(child, "type", as: Dependency.Kind.self) ?? .finishToStart,
                    lagDays: integer(child, "lagDays") ?? 0))
                skip(child)
            case "blockedReason": task.blockedReason = text(of: child)
            case "note":
                map.record(.note(p, t, task.notes.count), line: child.location.line, column: child.location.column)
                let at = instant(child, "at"), agency = AgencyID(required(child, "agency"))
                task.notes.append(Note(at: at, agency: agency, text: text(of: child)))
            case "extensions": task.extensions = decodeExtensions(child)
            default: skip(child)
            }
        }
        return task
    }

    private func decodeMeasure(_ tag: StartTag, index m: Int) -> Measure {
        map.record(.measure(m), line: tag.location.line, column: tag.location.column)
        var measure = Measure(
            id: MeasureID(required(tag, "id")), stage: value(tag, "phase", as: StageKind.self),
            unit: required(tag, "unit"), direction: requiredValue(tag, "direction", default: .increase),
            classification: value(tag, "classification", as: Classification.self),
            name: "", baseline: DecimalValue(0), target: DecimalValue(0))
        children(of: tag) { child in
            switch child.localName {
            case "name": measure.name = text(of: child)
            case "baseline", "target":
                let raw = text(of: child)
                let number = DecimalValue(raw.trimmingWhitespace)
                if number == nil { problem("\(child.localName) '\(raw)' is not a decimal number", child) }
                if child.localName == "baseline" { measure.baseline = number ?? DecimalValue(0) } else { measure.target = number ?? DecimalValue(0) }
            case "observation":
                map.record(.observation(m, measure.observations.count), line: child.location.line, column: child.location.column)
                _ = required(child, "date")
                measure.observations.append(Observation(
                    date: date(child, "date") ?? CalendarDate(dayNumber: 0), value: decimal(child, "value"),
                    source: child["source"].map { AgencyID($0) }))
                skip(child)
            default: skip(child)
            }
        }
        return measure
    }

    private func decodeRisk(_ tag: StartTag, index r: Int) -> Risk {
        map.record(.risk(r), line: tag.location.line, column: tag.location.column)
        _ = (required(tag, "likelihood"), required(tag, "impact"))
        var risk = Risk(
            id: RiskID(required(tag, "id")), likelihood: integer(tag, "likelihood") ?? 1,
            impact: integer(tag, "impact") ?? 1, status: requiredValue(tag, "status", default: .open),
            owner: AgencyID(required(tag, "owner")),
            classification: value(tag, "classification", as: Classification.self), description: "")
        children(of: tag) { child in
            switch child.localName {
            case "description": risk.description = text(of: child)
            case "mitigation": risk.mitigation = text(of: child)
            default: skip(child)
            }
        }
        return risk
    }

    private func decodeEvent(_ tag: StartTag, index e: Int) -> HistoryEvent {
        map.record(.event(e), line: tag.location.line, column: tag.location.column)
        let event = HistoryEvent(
            at: instant(tag, "at"), agency: AgencyID(required(tag, "agency")),
            kind: requiredValue(tag, "kind", default: .edited), subject: required(tag, "subject"),
            actor: tag["actor"], text: "")
        var result = event
        guard !tag.isEmpty else { return result }
        var text = ""
        while true {
            switch reader.next() {
            case .text(let part): text += part
            case .start(let child):
                guard child.localName == "change" else {
                    problem("element 'event' holds change elements and text only, not '\(child.localName)'", child)
                    skip(child)
                    continue
                }
                if !text.isBlank { problem("the text of an event comes after its change elements", child) }
                text = ""
                map.record(.change(e, result.changes.count), line: child.location.line, column: child.location.column)
                result.changes.append(HistoryChange(field: required(child, "field"), from: child["from"], to: child["to"]))
                skip(child)
            case .end, .finished:
                result.text = text
                return result
            }
        }
    }

    // MARK: Extensions

    private func decodeExtensions(_ tag: StartTag) -> [ExtensionElement] {
        var elements: [ExtensionElement] = []
        children(of: tag) { child in
            var needed: [String: String] = [:]
            var element = decodeForeign(child, declared: [], needed: &needed)
            // Declare on the top-level element any prefix its subtree uses but inherited from
            // outside, so that the element stands alone when written back.
            let declarations = needed.sorted { $0.key < $1.key }.map { prefix, uri in
                ExtensionElement.Attribute(name: prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)", value: uri)
            }
            element.attributes.insert(contentsOf: declarations, at: 0)
            elements.append(element)
        }
        return elements
    }

    private func decodeForeign(_ tag: StartTag, declared outer: Set<String>, needed: inout [String: String]) -> ExtensionElement {
        var declared = outer
        for attribute in tag.attributes where attribute.isNamespaceDeclaration {
            declared.insert(attribute.qualifiedName == "xmlns" ? "" : attribute.localName)
        }
        func require(_ qualifiedName: String, _ namespace: String, isAttribute: Bool) {
            let prefix = qualifiedName.split(separator: ":", maxSplits: 1).count == 2 ? String(qualifiedName.split(separator: ":")[0]) : ""
            if isAttribute && prefix.isEmpty { return }
            if prefix == "xml" || declared.contains(prefix) { return }
            if namespace.isEmpty {
                // An unprefixed element in no namespace (possible when the document binds chb's
                // namespace to a prefix) must undeclare the default namespace, which is chb's
                // where the writer puts extensions.
                if !isAttribute && prefix.isEmpty { needed[""] = needed[""] ?? "" }
                return
            }
            needed[prefix] = needed[prefix] ?? namespace
        }
        require(tag.qualifiedName, tag.namespace, isAttribute: false)
        var element = ExtensionElement(name: tag.qualifiedName, namespace: tag.namespace)
        for attribute in tag.attributes {
            if !attribute.isNamespaceDeclaration { require(attribute.qualifiedName, attribute.namespace, isAttribute: true) }
            element.attributes.append(ExtensionElement.Attribute(name: attribute.qualifiedName, value: attribute.value))
        }
        if !tag.isEmpty {
            loop: while true {
                switch reader.next() {
                case .start(let child):
                    element.children.append(.element(decodeForeign(child, declared: declared, needed: &needed)))
                case .text(let text):
                    if case .text(let previous)? = element.children.last {
                        element.children[element.children.count - 1] = .text(previous + text)
                    } else {
                        element.children.append(.text(text))
                    }
                case .end, .finished: break loop
                }
            }
        }
        // White space between child elements is layout, which the writer recreates, unless
        // the element mixes text with its elements: there every character is content. Only
        // XML's white space is layout; a no-break space is text.
        let hasElements = element.children.contains { if case .element = $0 { true } else { false } }
        let hasContentText = element.children.contains { if case .text(let text) = $0 { !text.isXMLWhiteSpace } else { false } }
        if hasElements && !hasContentText {
            element.children.removeAll { if case .text = $0 { true } else { false } }
        }
        return element
    }
}

extension String {
    /// Whether the string is only XML white space (space, tab, CR, LF), possibly none.
    var isXMLWhiteSpace: Bool {
        unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    }

    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}

