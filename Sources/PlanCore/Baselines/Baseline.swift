/// A baseline: a name the board gave to an instant in the plan's history ("first board").
///
/// A baseline stores nothing but its name and instant: the plan as it stood then is rebuilt
/// from the history (``Plan/asItStood(at:)``), so a baseline costs nothing to keep and is exact
/// wherever the history is. Written `<baseline name="first board" at="2026-06-04T10:00:00Z"/>`
/// inside `baselines`.
public struct Baseline: Hashable, Sendable {
    /// The name, unique among the plan's baselines (text, not blank).
    public var name: String
    /// The instant the baseline stands for, in UTC.
    public var at: Instant

    /// Creates a baseline.
    public init(name: String, at: Instant) {
        self.name = name
        self.at = at
    }
}

extension Plan {
    /// The instant the plan was created: its first `created` event's, or its first event's when
    /// it has none (an imported plan); `nil` when the history is empty.
    public var createdAt: Instant? {
        (history.first { $0.kind == .created } ?? history.first)?.at
    }

    /// The baseline of this name, if the plan has one.
    public func baseline(named name: String) -> Baseline? {
        baselines.first { $0.name == name }
    }

    /// The latest baseline (by instant; the last recorded of those at the same instant), if any.
    public var latestBaseline: Baseline? {
        baselines.enumerated().max { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }?.element
    }

    /// Records a baseline: a name for an instant in the plan's history.
    ///
    /// The coordinator's to make (the board agrees a plan; its lead agency records it). One
    /// `edited` event about the plan, whose change adds the `baseline` (`at name`).
    /// - Parameters:
    ///   - name: The baseline's name, not blank, not already a baseline of the plan.
    ///   - instant: The instant it stands for: not before the plan was created and not after
    ///     the change (`nil`: the change's instant).
    ///   - context: Who acts (the plan's lead agency) and when.
    /// - Throws: ``PlanChangeError`` when the agency is not the coordinator, the name is blank
    ///   or taken, or the instant lies before the plan's creation or after the change.
    public mutating func setBaseline(_ name: String, at instant: Instant? = nil, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.plan(id))
        try requireCoordinator(context)
        guard !name.isBlank else { throw PlanChangeError(.blankText(.field("baseline name"))) }
        guard baseline(named: name) == nil else {
            throw PlanChangeError(.duplicateID, "the plan already has a baseline named '\(name)'")
        }
        let at = instant ?? context.at
        if let created = createdAt, at < created {
            throw PlanChangeError(.inconsistentDates, "baseline '\(name)' at \(at) is before the plan was created (\(created))")
        }
        guard at <= context.at else {
            throw PlanChangeError(.inconsistentDates, "baseline '\(name)' at \(at) is after now (\(context.at)): a baseline names a moment that has happened")
        }
        baselines.append(Baseline(name: name, at: at))
        record(.edited, about: .plan(id), "baseline '\(name)' set at \(at)", by: context, since: snapshot)
    }

    /// Removes a baseline (the history keeps that it was set and removed).
    /// - Throws: ``PlanChangeError`` when the agency is not the coordinator or the plan has no
    ///   baseline of that name.
    public mutating func removeBaseline(_ name: String, by context: ChangeContext) throws(PlanChangeError) {
        let snapshot = historySnapshot(.plan(id))
        try requireCoordinator(context)
        guard let index = baselines.firstIndex(where: { $0.name == name }) else {
            let known = baselines.isEmpty ? "it has none" : "it has " + baselines.map { "'\($0.name)'" }.joined(separator: ", ")
            throw PlanChangeError(.unknownReference, "the plan has no baseline named '\(name)'; \(known)")
        }
        baselines.remove(at: index)
        record(.edited, about: .plan(id), "baseline '\(name)' removed", by: context, since: snapshot)
    }
}
