/// The plan as it stood at an earlier moment, rebuilt from its history.
public struct PlanRebuild: Sendable {
    /// The plan as it stood: its history cut back to that point and its revision as it was then.
    public var plan: Plan
    /// The events undone that carry no `change` (or whose changes do not fit the plan): what
    /// they changed is unknown, so the rebuild may differ from the plan as it stood in what they
    /// changed. Empty: the rebuild is exact. Oldest first.
    public var unrebuilt: [HistoryEvent]

    /// Creates a rebuild.
    public init(plan: Plan, unrebuilt: [HistoryEvent]) {
        self.plan = plan
        self.unrebuilt = unrebuilt
    }

    /// Whether the rebuild is exact.
    public var isExact: Bool { unrebuilt.isEmpty }
}

extension Plan {
    /// The plan as it stood at an instant: every event with `at` after it undone, newest first,
    /// through its `change` elements (and any later event with it, since history is undone from
    /// its end).
    ///
    /// Events that change no field by their kind (`created`, `decision`, `exported`) are undone
    /// by dropping them; any other event without changes is listed in
    /// ``PlanRebuild/unrebuilt``, and what it changed stays as it is now.
    public func asItStood(at instant: Instant) -> PlanRebuild {
        let first = history.firstIndex { $0.at > instant } ?? history.count
        return undoing(history.count - first)
    }

    /// The plan as it stood at a revision: the last `revision - self.revision` events undone.
    /// `nil` when that is impossible (a revision after this one, or before the history began).
    public func asItStood(atRevision revision: Int) -> PlanRebuild? {
        let count = self.revision - revision
        guard count >= 0, count <= history.count else { return nil }
        return undoing(count)
    }

    /// The plan with its last `count` events undone.
    private func undoing(_ count: Int) -> PlanRebuild {
        var plan = self
        guard count > 0 else { return PlanRebuild(plan: plan, unrebuilt: []) }
        let kinds = historyItemKinds()
        var unrebuilt: [HistoryEvent] = []
        for event in history.suffix(count).reversed() where !plan.undo(event, kinds: kinds) {
            unrebuilt.append(event)
        }
        plan.history.removeLast(count)
        plan.revision -= count
        return PlanRebuild(plan: plan, unrebuilt: unrebuilt.reversed())
    }

    /// What kind of item each history subject is: the plan's own ids first, then, for an item
    /// no longer in the plan, what its events' fields say.
    func historyItemKinds() -> [String: HistoryCodec.Item] {
        var kinds: [String: HistoryCodec.Item] = [:]
        for event in history where kinds[event.subject] == nil {
            if let item = Self.itemKind(byFields: event.changes) { kinds[event.subject] = item }
        }
        kinds[id.rawValue] = .plan
        for stage in stages {
            kinds[stage.kind.rawValue] = .stage
            for task in stage.tasks { kinds[task.id.rawValue] = .task }
            for criterion in stage.exitCriteria { kinds[criterion.id.rawValue] = .criterion }
        }
        for measure in measures { kinds[measure.id.rawValue] = .measure }
        for risk in risks { kinds[risk.id.rawValue] = .risk }
        for agency in agencies { kinds[agency.id.rawValue] = .agency }
        return kinds
    }

    /// The item kind a set of changes can only be about, by a field only that kind has.
    static func itemKind(byFields changes: [HistoryChange]) -> HistoryCodec.Item? {
        for change in changes {
            switch change.field {
            case "lead", "dependsOn", "support", "progress": return .task
            case "statement", "met", "metOn": return .criterion
            case "unit", "baseline", "target", "observation", "direction": return .measure
            case "likelihood", "impact", "mitigation": return .risk
            case "clearance", "contact": return .agency
            default: continue
            }
        }
        return nil
    }

    /// The item kind an event is about, by its kind and subject.
    func historyItem(of event: HistoryEvent, kinds: [String: HistoryCodec.Item]) -> HistoryCodec.Item? {
        switch event.kind {
        case .exported: return .export
        case .stageStarted, .stageCompleted, .stageReopened: return .stage
        case .taskAdded, .taskStatusChanged, .merged: return .task
        case .criterionMet, .criterionUnmet: return .criterion
        case .observationRecorded: return .measure
        default: return kinds[event.subject]
        }
    }

    /// Undoes one event on the plan as it stood right after it; `false` (and the plan as it
    /// was) when the event's changes are unknown or do not fit.
    mutating func undo(_ event: HistoryEvent, kinds: [String: HistoryCodec.Item]) -> Bool {
        switch event.kind {
        case .created, .decision, .exported: return true
        default: break
        }
        guard !event.changes.isEmpty, let item = historyItem(of: event, kinds: kinds) else { return false }
        let current = historyValues(of: item, id: event.subject)
        guard let undone = HistoryCodec.undo(event.changes, of: item, on: current ?? [:]) else { return false }
        return setHistoryValues(undone.isEmpty ? nil : undone, of: item, id: event.subject)
    }

    // MARK: Recording

    /// A subject's item as history records it, taken before a change so that ``record(_:about:_:by:since:)``
    /// can write every field the change made.
    struct HistorySnapshot {
        var item: HistoryCodec.Item
        var id: String
        var values: HistoryCodec.Values?
        /// Where the task was, when the subject is a task and its caller knew: spares a search.
        var position: TaskPosition?
    }

    /// The subject's item as it is now (its values `nil` while it is not in the plan).
    func historySnapshot(_ subject: PlanSubject) -> HistorySnapshot {
        let item: HistoryCodec.Item = switch subject {
        case .plan, .other: .plan
        case .stage: .stage
        case .task: .task
        case .criterion: .criterion
        case .measure: .measure
        case .risk: .risk
        case .agency: .agency
        }
        return HistorySnapshot(item: item, id: subject.id, values: view == .full ? historyValues(of: item, id: subject.id) : nil)
    }

    /// The task at a position as it is now, for a change that knows where it is.
    func historySnapshot(ofTaskAt position: TaskPosition) -> HistorySnapshot {
        let id = stages[position.stageIndex].tasks[position.taskIndex].id.rawValue
        return HistorySnapshot(
            item: .task, id: id, values: view == .full ? historyValues(of: .task, id: id, at: position) : nil, position: position)
    }

    /// Records an event carrying every field that changed in the subject's item since the
    /// snapshot was taken.
    ///
    /// `fields`, when given, keeps only the changes to those fields: a change recorded as
    /// several events (the merge's one `merged` event per field a partner changed, all against
    /// one snapshot) gives each event its own fields, so that undoing them newest first is exact.
    @discardableResult
    mutating func record(
        _ kind: HistoryEvent.Kind, about subject: PlanSubject, _ text: String, by context: ChangeContext, since before: HistorySnapshot,
        fields: Set<String>? = nil
    ) -> HistoryEvent {
        guard view == .full else { return record(kind, about: subject, text, by: context, changes: []) }
        let after = historyValues(of: before.item, id: before.id, at: before.position)
        var changes = HistoryCodec.changes(of: before.item, from: before.values, to: after)
        if let fields { changes.removeAll { !fields.contains($0.field) } }
        return record(kind, about: subject, text, by: context, changes: changes)
    }

    // MARK: Items as values

    /// An item's values as history records them, `nil` when it is not in the plan.
    func historyValues(of item: HistoryCodec.Item, id: String, at hint: TaskPosition? = nil) -> HistoryCodec.Values? {
        switch item {
        case .plan: return HistoryCodec.values(ofHeader: self)
        case .export: return nil
        case .stage:
            return stages.first { $0.kind.rawValue == id }.map(HistoryCodec.values(of:))
        case .task:
            let fits = hint.map { stages.indices.contains($0.stageIndex) && stages[$0.stageIndex].tasks.indices.contains($0.taskIndex)
                && stages[$0.stageIndex].tasks[$0.taskIndex].id.rawValue == id } ?? false
            guard let position = fits ? hint : position(of: TaskID(id)) else { return nil }
            let tasks = stages[position.stageIndex].tasks
            return HistoryCodec.values(
                of: tasks[position.taskIndex], phase: stages[position.stageIndex].kind,
                after: position.taskIndex > 0 ? tasks[position.taskIndex - 1].id : nil)
        case .criterion:
            for stage in stages {
                if let c = stage.exitCriteria.firstIndex(where: { $0.id.rawValue == id }) {
                    return HistoryCodec.values(of: stage.exitCriteria[c], phase: stage.kind, after: c > 0 ? stage.exitCriteria[c - 1].id : nil)
                }
            }
            return nil
        case .measure:
            guard let m = measures.firstIndex(where: { $0.id.rawValue == id }) else { return nil }
            return HistoryCodec.values(of: measures[m], after: m > 0 ? measures[m - 1].id : nil)
        case .risk:
            guard let r = risks.firstIndex(where: { $0.id.rawValue == id }) else { return nil }
            return HistoryCodec.values(of: risks[r], after: r > 0 ? risks[r - 1].id : nil)
        case .agency:
            guard let a = agencies.firstIndex(where: { $0.id.rawValue == id }) else { return nil }
            return HistoryCodec.values(of: agencies[a], after: a > 0 ? agencies[a - 1].id : nil)
        }
    }

    /// Where an item goes back: just after the item named by its `after` value in `ids`, or
    /// first; `nil` when that item is not there.
    private static func insertionIndex<ID: RawRepresentable>(after values: HistoryCodec.Values, in ids: [ID]) -> Int?
    where ID.RawValue == String {
        guard let after = values["after"]?.first else { return 0 }
        return ids.firstIndex { $0.rawValue == after }.map { $0 + 1 }
    }

    /// Sets an item to these values (`nil`: removes it); an item not in the plan is put back
    /// where its values say. `false`, and the plan unchanged, when the values do not make one.
    mutating func setHistoryValues(_ values: HistoryCodec.Values?, of item: HistoryCodec.Item, id: String) -> Bool {
        switch item {
        case .export: return true
        case .plan:
            guard let values else { return false }
            return HistoryCodec.apply(header: values, to: &self)
        case .stage:
            guard let p = stages.firstIndex(where: { $0.kind.rawValue == id }), let values else { return false }
            return HistoryCodec.apply(values, to: &stages[p])
        case .task:
            let position = position(of: TaskID(id))
            guard let values else {
                if let position { stages[position.stageIndex].tasks.remove(at: position.taskIndex) }
                return true
            }
            let kept = position.map { stages[$0.stageIndex].tasks[$0.taskIndex] }
            guard let task = HistoryCodec.task(id: TaskID(id), from: values, keeping: kept) else { return false }
            if let position {
                stages[position.stageIndex].tasks[position.taskIndex] = task
                return true
            }
            guard let p = stages.firstIndex(where: { $0.kind.rawValue == values["phase"]?.first }),
                  let t = Self.insertionIndex(after: values, in: stages[p].tasks.map(\.id)) else { return false }
            stages[p].tasks.insert(task, at: t)
            return true
        case .criterion:
            var found: (Int, Int)?
            for p in stages.indices {
                if let c = stages[p].exitCriteria.firstIndex(where: { $0.id.rawValue == id }) { found = (p, c); break }
            }
            guard let values else {
                if let (p, c) = found { stages[p].exitCriteria.remove(at: c) }
                return true
            }
            guard let criterion = HistoryCodec.criterion(id: CriterionID(id), from: values) else { return false }
            if let (p, c) = found {
                stages[p].exitCriteria[c] = criterion
                return true
            }
            guard let p = stages.firstIndex(where: { $0.kind.rawValue == values["phase"]?.first }),
                  let c = Self.insertionIndex(after: values, in: stages[p].exitCriteria.map(\.id)) else { return false }
            stages[p].exitCriteria.insert(criterion, at: c)
            return true
        case .measure:
            let found = measures.firstIndex { $0.id.rawValue == id }
            guard let values else {
                if let found { measures.remove(at: found) }
                return true
            }
            guard let measure = HistoryCodec.measure(id: MeasureID(id), from: values) else { return false }
            if let found {
                measures[found] = measure
                return true
            }
            guard let m = Self.insertionIndex(after: values, in: measures.map(\.id)) else { return false }
            measures.insert(measure, at: m)
            return true
        case .risk:
            let found = risks.firstIndex { $0.id.rawValue == id }
            guard let values else {
                if let found { risks.remove(at: found) }
                return true
            }
            guard let risk = HistoryCodec.risk(id: RiskID(id), from: values) else { return false }
            if let found {
                risks[found] = risk
                return true
            }
            guard let r = Self.insertionIndex(after: values, in: risks.map(\.id)) else { return false }
            risks.insert(risk, at: r)
            return true
        case .agency:
            let found = agencies.firstIndex { $0.id.rawValue == id }
            guard let values else {
                if let found { agencies.remove(at: found) }
                return true
            }
            guard let agency = HistoryCodec.agency(id: AgencyID(id), from: values, keeping: found.map { agencies[$0] }) else { return false }
            if let found {
                agencies[found] = agency
                return true
            }
            guard let a = Self.insertionIndex(after: values, in: agencies.map(\.id)) else { return false }
            agencies.insert(agency, at: a)
            return true
        }
    }
}
