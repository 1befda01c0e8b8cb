public import PlanCore

extension StatusReport {
    /// One agency's workload in the report's scope.
    public struct AgencyLine: Hashable, Sendable, Identifiable {
        /// The agency's id.
        public var id: AgencyID
        /// The agency's name.
        public var name: String
        /// What sort of organisation it is.
        public var kind: Agency.Kind
        /// Tasks it leads.
        public var leads: Int
        /// Tasks it supports.
        public var supports: Int
        /// Open tasks it leads.
        public var open: Int
        /// Overdue tasks it leads.
        public var overdue: Int
        /// Blocked tasks it leads.
        public var blocked: Int

        /// Creates an agency line.
        package init(id: AgencyID, name: String, kind: Agency.Kind, leads: Int, supports: Int, open: Int, overdue: Int, blocked: Int) {
            self.id = id
            self.name = name
            self.kind = kind
            self.leads = leads
            self.supports = supports
            self.open = open
            self.overdue = overdue
            self.blocked = blocked
        }
    }

    /// A measure with where it stands now and which way it is going.
    ///
    /// ``trend`` compares the latest observation with the **baseline**, the same comparison the
    /// RAG rule uses (a stage's measure worse than its baseline makes the stage amber).
    /// ``lastMove`` compares the latest observation with the one before it, to show the
    /// most recent movement. Better and worse follow the measure's direction.
    public struct MeasureLine: Hashable, Sendable, Identifiable {
        /// The measure's id.
        public var id: MeasureID
        /// The measure's name.
        public var name: String
        /// The stage it belongs to, if any.
        public var stage: StageKind?
        /// The unit counted.
        public var unit: String
        /// Which way is better.
        public var direction: Measure.Direction
        /// The measure's marking (its own, or the plan's).
        public var classification: Classification
        /// Where it stood before the operation.
        public var baseline: DecimalValue
        /// Where the partnership wants it.
        public var target: DecimalValue
        /// Every observation, oldest first (equal dates in document order).
        public var observations: [Observation]
        /// The latest observation.
        public var latest: Observation? { observations.last }
        /// The observation before the latest.
        public var previous: Observation? { observations.count > 1 ? observations[observations.count - 2] : nil }

        /// Creates a measure line; observations are put in date order.
        package init(
            id: MeasureID, name: String, stage: StageKind? = nil, unit: String, direction: Measure.Direction,
            classification: Classification = .official, baseline: DecimalValue, target: DecimalValue,
            observations: [Observation] = []
        ) {
            self.id = id
            self.name = name
            self.stage = stage
            self.unit = unit
            self.direction = direction
            self.classification = classification
            self.baseline = baseline
            self.target = target
            self.observations = observations.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        }

        /// The latest observation against the baseline; no data without an observation.
        public var trend: Trend {
            guard let latest else { return .noData }
            return Trend(from: baseline, to: latest.value, direction: direction)
        }

        /// The latest observation against the one before it; no data with fewer than two.
        public var lastMove: Trend {
            guard let latest, let previous else { return .noData }
            return Trend(from: previous.value, to: latest.value, direction: direction)
        }

        /// How far the latest observation has come from the baseline towards the target, as a
        /// whole percentage rounded towards zero (negative when it has gone the wrong way);
        /// `nil` without an observation, when the target equals the baseline, or when the
        /// percentage is beyond ±``percentToTargetLimit`` (a target so close to the baseline
        /// that a percentage says nothing).
        public var percentToTarget: Int? {
            guard let latest else { return nil }
            let span = target.doubleValue - baseline.doubleValue
            guard span != 0 else { return nil }
            let share = ((latest.value.doubleValue - baseline.doubleValue) / span * 100).rounded(.towardZero)
            guard share.isFinite, abs(share) <= Double(Self.percentToTargetLimit) else { return nil }
            return Int(share)
        }

        /// The largest ``percentToTarget`` shown, either way: 1,000,000%.
        public static let percentToTargetLimit = 1_000_000
    }

    /// Which way a measure has moved, judged by its direction.
    public enum Trend: String, CaseIterable, Hashable, Sendable {
        /// Moved the way the partnership wants.
        case better
        /// Moved the wrong way.
        case worse
        /// Not moved.
        case unchanged
        /// Nothing to compare.
        case noData

        /// Compares two values of a measure that should move in `direction`.
        package init(from old: DecimalValue, to new: DecimalValue, direction: Measure.Direction) {
            if new == old {
                self = .unchanged
            } else {
                self = (new > old) == (direction == .increase) ? .better : .worse
            }
        }

        /// The trend for people: "Better", "Worse", "No change", "No data".
        public var title: String {
            switch self {
            case .better: "Better"
            case .worse: "Worse"
            case .unchanged: "No change"
            case .noData: "No data"
            }
        }
    }

    /// An entry of the risk register.
    public struct RiskLine: Hashable, Sendable, Identifiable {
        /// The risk's id.
        public var id: RiskID
        /// What might happen.
        public var description: String
        /// What is being done about it.
        public var mitigation: String?
        /// The agency that owns it.
        public var owner: AgencyID
        /// How likely, 1–5.
        public var likelihood: Int
        /// How bad, 1–5.
        public var impact: Int
        /// Where it stands.
        public var status: Risk.Status
        /// The risk's marking (its own, or the plan's).
        public var classification: Classification

        /// Creates a risk line.
        package init(
            id: RiskID, description: String, mitigation: String? = nil, owner: AgencyID, likelihood: Int, impact: Int,
            status: Risk.Status, classification: Classification = .official
        ) {
            self.id = id
            self.description = description
            self.mitigation = mitigation
            self.owner = owner
            self.likelihood = likelihood
            self.impact = impact
            self.status = status
            self.classification = classification
        }

        /// Likelihood × impact, 1–25.
        public var score: Int { likelihood * impact }
    }

    /// One event of the plan's history.
    public struct HistoryLine: Hashable, Sendable {
        /// When it happened, in UTC.
        public var at: Instant
        /// The agency that made the change.
        public var agency: AgencyID
        /// The person or role who acted.
        public var actor: String?
        /// What sort of change it was.
        public var kind: HistoryEvent.Kind
        /// What it was about.
        public var subject: String
        /// The reason or summary.
        public var text: String

        /// Creates a history line.
        package init(at: Instant, agency: AgencyID, actor: String? = nil, kind: HistoryEvent.Kind, subject: String, text: String) {
            self.at = at
            self.agency = agency
            self.actor = actor
            self.kind = kind
            self.subject = subject
            self.text = text
        }
    }
}

extension Risk.Status {
    /// The status for people: "Open", "Mitigated", "Closed".
    var title: String {
        switch self {
        case .open: "Open"
        case .mitigated: "Mitigated"
        case .closed: "Closed"
        }
    }
}

extension HistoryEvent.Kind {
    /// The kind for people, e.g. "Stage started", "Board decision".
    var title: String {
        switch self {
        case .created: "Plan created"
        case .stageStarted: "Stage started"
        case .stageCompleted: "Stage completed"
        case .stageReopened: "Stage reopened"
        case .taskAdded: "Task added"
        case .taskUpdated: "Task updated"
        case .taskStatusChanged: "Task status"
        case .criterionMet: "Criterion met"
        case .criterionUnmet: "Criterion unmet"
        case .observationRecorded: "Observation"
        case .decision: "Board decision"
        case .override: "Override"
        case .imported: "Imported"
        case .merged: "Partner update merged"
        case .exported: "Exported"
        case .edited: "Edited"
        }
    }
}
