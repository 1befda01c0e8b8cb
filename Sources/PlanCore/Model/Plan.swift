/// A multi-agency Clear, Hold, Build operation plan: the root of the model.
///
/// A plan is a plain value. Reading, writing and running it happen elsewhere: PlanXML turns
/// documents into plans and back, and the workflow functions return changed copies.
public struct Plan: Hashable, Sendable {
    /// The schema version this model reads and writes.
    public static let schemaVersion = "1.0"

    /// The plan's id, unique among the ids in the document.
    public var id: PlanID
    /// Increases by one on every saved change.
    public var revision: Int
    /// The document's marking, and the default for every task, measure and risk.
    public var classification: Classification
    /// Whether this is the full plan or a partner's view of it.
    public var view: PlanView
    /// The operation's title.
    public var title: String
    /// Where the operation takes place.
    public var area: Area
    /// Who leads and oversees the operation.
    public var governance: Governance
    /// The partner agencies, in document order.
    public var agencies: [Agency]
    /// The three stages, `clear`, `hold` and `build`, in that order.
    public var stages: [Stage]
    /// Measures of success with their observations.
    public var measures: [Measure]
    /// The risk register.
    public var risks: [Risk]
    /// Named instants in the plan's history the board agreed (see ``Baseline``), in the order
    /// they were set.
    public var baselines: [Baseline] = []
    /// Every change made to the plan, oldest first. Append-only: only the plan's own changes
    /// (and the package's reader) add to it, so no caller can write arbitrary history.
    public package(set) var history: [HistoryEvent]
    /// Foreign-namespace content kept verbatim.
    public var extensions: [ExtensionElement]

    /// Creates a plan from all of its parts.
    public init(
        id: PlanID, revision: Int = 0, classification: Classification, view: PlanView = .full,
        title: String, area: Area, governance: Governance, agencies: [Agency],
        stages: [Stage] = StageKind.allCases.map { Stage(kind: $0) }, measures: [Measure] = [],
        risks: [Risk] = [], history: [HistoryEvent] = [], extensions: [ExtensionElement] = []
    ) {
        self.id = id
        self.revision = revision
        self.classification = classification
        self.view = view
        self.title = title
        self.area = area
        self.governance = governance
        self.agencies = agencies
        self.stages = stages
        self.measures = measures
        self.risks = risks
        self.history = history
        self.extensions = extensions
    }
}
