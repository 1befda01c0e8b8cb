extension Plan {
    /// Changes the plan's title, governance or area: the header every partner sees.
    ///
    /// Only the plan's lead agency drafts the header. The history event names the fields that
    /// changed, with old and new values for the short ones, e.g. `plan edited: board
    /// 'Severnmouth SOC Board' → 'Severnmouth Partnership Board', reviewCadenceDays 28 → 14`.
    /// - Parameters:
    ///   - context: Who acts and when.
    ///   - change: Edits the header (title, governance, area); nothing else of the plan.
    /// - Returns: The names of the fields that changed.
    /// - Throws: ``PlanChangeError`` when the acting agency is not the plan's lead agency, a
    ///   new lead agency is not an agency of the plan, text is blank, a cadence is not
    ///   positive, or nothing changed; the plan is then unchanged.
    @discardableResult
    public mutating func editHeader(by context: ChangeContext, _ change: (inout PlanHeader) -> Void) throws(PlanChangeError) -> [String] {
        let snapshot = historySnapshot(.plan(id))
        try requireCoordinator(context)
        var header = PlanHeader(title: title, governance: governance, area: area)
        let before = header
        change(&header)
        let changed = header.changes(from: before)
        guard !changed.isEmpty else { throw PlanChangeError(.nothingToChange(.plan(id))) }
        if header.governance.leadAgency != before.governance.leadAgency {
            try requireAgency(header.governance.leadAgency, as: .lead)
        }
        for (name, text) in [("title", Optional(header.title)), ("lead responsible officer", header.governance.leadResponsibleOfficer),
                             ("board", header.governance.board), ("information sharing agreement", header.governance.informationSharingAgreement),
                             ("area name", header.area.name), ("area description", header.area.description)] {
            if let text, text.isBlank { throw PlanChangeError(.blankText(.field(name))) }
        }
        if let days = header.governance.reviewCadenceDays, !(1...PlanValidator.maximumDays).contains(days) {
            throw PlanChangeError(.valueOutOfRange(field: "the review cadence", value: days, allowed: "1 to 36,600 days"))
        }
        var seen = Set<Locality>()
        for locality in header.area.localities {
            if locality.code.isBlank || locality.scheme.isBlank {
                throw PlanChangeError(.blankText(.field("code and scheme of a locality")))
            }
            guard seen.insert(locality).inserted else {
                throw PlanChangeError(.duplicateLocality(locality))
            }
        }
        title = header.title
        governance = header.governance
        area = header.area
        record(.edited, about: .plan(id), "plan edited: \(changed.joined(separator: ", "))", by: context, since: snapshot)
        return changed
    }

    /// Changes the plan's own marking.
    ///
    /// Raising it is always allowed. Lowering it is refused while the plan holds anything whose
    /// marking would then be above the plan's (a task, measure or risk marked, or inheriting, the
    /// higher marking): lowering must never widen who may see what the plan holds. Mark those
    /// items down one by one first, each a deliberate decision, then lower the plan.
    /// - Parameters:
    ///   - classification: The new marking.
    ///   - context: Who acts (the plan's lead agency) and when.
    /// - Throws: ``PlanChangeError`` naming what holds the higher marking, or when the marking
    ///   is unchanged.
    public mutating func setClassification(_ classification: Classification, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.plan(id))
        try requireCoordinator(context)
        let old = self.classification
        guard classification != old else {
            throw PlanChangeError(.alreadyMarked(old))
        }
        if classification < old {
            var holders: [PlanSubject] = []
            for task in allTasks where effectiveClassification(task.classification) > classification { holders.append(.task(task.id)) }
            for measure in measures where effectiveClassification(measure.classification) > classification { holders.append(.measure(measure.id)) }
            for risk in risks where effectiveClassification(risk.classification) > classification { holders.append(.risk(risk.id)) }
            if !holders.isEmpty { throw PlanChangeError(.classificationTooLow(classification, from: old, holders: holders)) }
        }
        self.classification = classification
        record(.edited, about: .plan(id), "plan marking \(old.rawValue) → \(classification.rawValue)", by: context, since: snapshot)
    }
}

/// The parts of a plan's header that drafting changes together: title, governance and area.
public struct PlanHeader: Hashable, Sendable {
    /// The operation's title.
    public var title: String
    /// Who leads and oversees the operation.
    public var governance: Governance
    /// Where the operation runs.
    public var area: Area

    /// Creates a header.
    public init(title: String, governance: Governance, area: Area) {
        self.title = title
        self.governance = governance
        self.area = area
    }

    /// The fields that differ from `other`, with old → new values for short ones.
    func changes(from other: PlanHeader) -> [String] {
        var names: [String] = []
        func note(_ name: String, _ old: String?, _ new: String?) {
            guard old != new else { return }
            let show: (String?) -> String = { $0.map { "'\($0)'" } ?? "none" }
            names.append("\(name) \(show(old)) → \(show(new))")
        }
        note("title", other.title, title)
        note("leadAgency", other.governance.leadAgency.rawValue, governance.leadAgency.rawValue)
        note("leadResponsibleOfficer", other.governance.leadResponsibleOfficer, governance.leadResponsibleOfficer)
        note("board", other.governance.board, governance.board)
        if other.governance.reviewCadenceDays != governance.reviewCadenceDays {
            names.append("reviewCadenceDays \(other.governance.reviewCadenceDays.map(String.init) ?? "none") → \(governance.reviewCadenceDays.map(String.init) ?? "none")")
        }
        note("informationSharingAgreement", other.governance.informationSharingAgreement, governance.informationSharingAgreement)
        note("area", other.area.name, area.name)
        note("area description", other.area.description, area.description)
        let added = area.localities.filter { !other.area.localities.contains($0) }
        let removed = other.area.localities.filter { !area.localities.contains($0) }
        if !added.isEmpty { names.append("localities added: " + added.map { "\($0.scheme) \($0.code)" }.joined(separator: ", ")) }
        if !removed.isEmpty { names.append("localities removed: " + removed.map { "\($0.scheme) \($0.code)" }.joined(separator: ", ")) }
        return names
    }
}

extension PlanDiagnostic.Code {
    /// Lowering the plan's marking would leave something marked above it.
    public static let classificationTooLow = Self(rawValue: "classification-too-low")
    /// An item is marked above the plan's own marking: refused when drafting, a warning when
    /// a file holds one.
    public static let classificationAbovePlan = Self(rawValue: "classification-above-plan")
    /// The item is still named elsewhere in the plan and cannot be removed.
    public static let stillReferenced = Self(rawValue: "still-referenced")
}
