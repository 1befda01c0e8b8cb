/// Who is making a change and when: passed in, because PlanCore has no clock.
public struct ChangeContext: Hashable, Sendable {
    /// The agency acting.
    public var agency: AgencyID
    /// The person or role acting, if given.
    public var actor: String?
    /// The moment of the change, recorded in history.
    public var at: Instant
    /// The working date of the change (e.g. a task's completion day); defaults to `at`'s day.
    public var date: CalendarDate

    /// Creates a context.
    public init(agency: AgencyID, actor: String? = nil, at: Instant, date: CalendarDate? = nil) {
        self.agency = agency
        self.actor = actor
        self.at = at
        self.date = date ?? at.date
    }
}

/// Why a change to a plan was refused. The plan is left as it was.
public struct PlanChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable name for the reason.
    public var code: PlanDiagnostic.Code
    /// A lower-case sentence naming the culprit and, where there is one, the way forward.
    public var message: String

    /// Creates an error.
    public init(_ code: PlanDiagnostic.Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

extension Plan {
    /// Appends one history event and increases the revision by one.
    ///
    /// Every change chb makes goes through here, so revision and history always move together.
    /// - Parameters:
    ///   - kind: What sort of change.
    ///   - subject: The id the change is about (the plan's id for plan-wide changes).
    ///   - text: The reason or a summary.
    ///   - context: Who acted and when.
    public mutating func record(_ kind: HistoryEvent.Kind, subject: String, _ text: String, by context: ChangeContext) {
        history.append(HistoryEvent(at: context.at, agency: context.agency, kind: kind, subject: subject,
            actor: context.actor, text: text))
        revision += 1
    }

    /// The agency with this id, or an error listing the plan's agencies.
    @discardableResult
    public func requireAgency(_ id: AgencyID, as role: String = "agency") throws(PlanChangeError) -> Agency {
        guard let agency = agency(id) else {
            let known = agencies.map(\.id.rawValue).joined(separator: ", ")
            throw PlanChangeError(.unknownReference, "\(role) '\(id)' is not an agency of this plan (agencies: \(known))")
        }
        return agency
    }

    /// Throws unless the plan is a full plan: partner views are exchanged, not run.
    public func requireFullPlan() throws(PlanChangeError) {
        if case .partner(let agency, _) = view {
            throw PlanChangeError(.viewNotEditable, "this is a partner view for '\(agency)'; change the full plan instead")
        }
    }

    /// The position of a task, or an error naming the tasks that do exist.
    public func requireTask(_ id: TaskID) throws(PlanChangeError) -> TaskPosition {
        guard let position = position(of: id) else {
            throw PlanChangeError(.unknownReference, "there is no task '\(id)' in this plan")
        }
        return position
    }

    /// Whether an id is already used by anything in the plan.
    public func isIDInUse(_ id: String) -> Bool {
        id == self.id.rawValue || agencies.contains { $0.id.rawValue == id }
            || stages.contains { p in p.tasks.contains { $0.id.rawValue == id } || p.exitCriteria.contains { $0.id.rawValue == id } }
            || measures.contains { $0.id.rawValue == id } || risks.contains { $0.id.rawValue == id }
    }

    /// Throws unless `id` is a valid, unused, unreserved name.
    public func requireNewID(_ id: String, for what: String) throws(PlanChangeError) {
        guard id.isPortableID else {
            throw PlanChangeError(.invalidID, "\(what) id '\(id)' is not a valid name (letters, digits, '-', '_', '.'; not starting with a digit)")
        }
        guard StageKind(rawValue: id) == nil else {
            throw PlanChangeError(.reservedID, "\(what) id '\(id)' is reserved for the stage of that name")
        }
        guard !isIDInUse(id) else {
            throw PlanChangeError(.duplicateID, "id '\(id)' is already used in this plan")
        }
    }
}

extension PlanDiagnostic.Code {
    /// A partner view cannot be changed with workflow or drafting commands.
    public static let viewNotEditable = Self(rawValue: "view-not-editable")
}
