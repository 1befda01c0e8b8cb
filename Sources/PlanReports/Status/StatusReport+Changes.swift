public import PlanCore

extension StatusReport {
    /// What changed between the last board and the report date: the direction of travel of
    /// each stage's RAG and what happened in between, from the plan's dates and its history.
    ///
    /// The window is the days after ``since`` up to and including the report date. The
    /// earlier RAG is the status on ``since`` of the plan as it stood then, reconstructed
    /// from what the plan records (see `PlanAsOf`); ``caveats`` say what could not be.
    public struct Changes: Hashable, Sendable {
        /// The last day before the window: the date of the last board.
        public var since: CalendarDate
        /// Where ``since`` came from, for people: `the last review (every 28 days)`, `given`,
        /// or `28 days before the report date`.
        public var basis: String
        /// Each stage in scope: its RAG on ``since`` and on the report date.
        public var stages: [Travel]
        /// Tasks started in the window (moved from planned to in progress), in that order.
        public var started: [Item]
        /// Tasks done in the window, in the order they were done.
        public var done: [Item]
        /// Tasks whose due date changed in the window (from its due date at the start of the
        /// window to the one at its end): those on the critical path first, then by date.
        public var redated: [Item]
        /// Tasks whose progress changed in the window, from and to.
        public var progress: [Item]
        /// Notes added to tasks in the window.
        public var notes: [Item]
        /// Partner updates merged in the window (one item per `merged` event).
        public var merged: [Item]
        /// Open tasks whose due date fell in the window, so overdue now and not on ``since``.
        public var newlyOverdue: [Item]
        /// Tasks blocked in the window, still blocked or not (the detail says what they are now).
        public var newlyBlocked: [Item]
        /// Tasks unblocked in the window, or blocked on ``since`` and no longer blocked.
        public var unblocked: [Item]
        /// Exit criteria met in the window.
        public var criteriaMet: [Item]
        /// Measure observations dated in the window.
        public var observations: [Item]
        /// Board decisions and gate overrides recorded in the window.
        public var decisions: [Item]
        /// What the earlier status could not take back, in words (empty when nothing).
        public var caveats: [String]

        /// Creates a set of changes.
        package init(
            since: CalendarDate, basis: String, stages: [Travel], done: [Item] = [], newlyOverdue: [Item] = [],
            newlyBlocked: [Item] = [], unblocked: [Item] = [], criteriaMet: [Item] = [], observations: [Item] = [],
            decisions: [Item] = [], caveats: [String] = [], started: [Item] = [], redated: [Item] = [],
            progress: [Item] = [], notes: [Item] = [], merged: [Item] = []
        ) {
            self.started = started
            self.redated = redated
            self.progress = progress
            self.notes = notes
            self.merged = merged
            self.since = since
            self.basis = basis
            self.stages = stages
            self.done = done
            self.newlyOverdue = newlyOverdue
            self.newlyBlocked = newlyBlocked
            self.unblocked = unblocked
            self.criteriaMet = criteriaMet
            self.observations = observations
            self.decisions = decisions
            self.caveats = caveats
        }

        /// Whether nothing changed in the window: never said while the history holds events it
        /// could not rebuild (``caveats`` say which), as they may have changed anything.
        public var isQuiet: Bool {
            stages.allSatisfy { $0.direction == .unchanged } && lists.allSatisfy { $0.items.isEmpty } && caveats.isEmpty
        }

        /// The lists in the order every format shows them, with their headings.
        public var lists: [(title: String, kind: String, items: [Item])] {
            [("Tasks started", "started", started), ("Tasks done", "done", done), ("Newly overdue", "newlyOverdue", newlyOverdue),
             ("Re-dated", "redated", redated),
             ("Newly blocked", "newlyBlocked", newlyBlocked), ("Unblocked", "unblocked", unblocked),
             ("Progress", "progress", progress), ("Notes", "notes", notes), ("Partner updates merged", "merged", merged),
             ("Exit criteria met", "criteriaMet", criteriaMet), ("Measures observed", "observations", observations),
             ("Decisions and overrides", "decisions", decisions)]
        }
    }

    /// One stage's RAG at the last board and now.
    public struct Travel: Hashable, Sendable {
        /// Which stage.
        public var kind: StageKind
        /// Its RAG on the ``Changes/since`` date.
        public var before: RAG
        /// Its RAG on the report date.
        public var now: RAG

        /// Creates a direction of travel.
        package init(kind: StageKind, before: RAG, now: RAG) {
            self.kind = kind
            self.before = before
            self.now = now
        }

        /// Which way it went.
        public var direction: Direction {
            if before == now { return .unchanged }
            if now == .complete { return .completed }
            if before == .notStarted || before == .complete { return now == .notStarted ? .unchanged : (now > .green ? .worse : .started) }
            if now == .notStarted { return .better }
            return now < before ? .better : .worse
        }
    }

    /// Which way a stage's status moved between the last board and now.
    public enum Direction: String, CaseIterable, Hashable, Sendable {
        /// From amber or red to a better status.
        case better
        /// To a worse status.
        case worse
        /// The same status.
        case unchanged
        /// Started (and green) since.
        case started
        /// Completed since.
        case completed

        /// For people: `better`, `worse`, `no change`, `started`, `completed`.
        public var title: String {
            switch self {
            case .better: "better"
            case .worse: "worse"
            case .unchanged: "no change"
            case .started: "started"
            case .completed: "completed"
            }
        }

        /// An arrow for tables: `↑`, `↓`, `→`, `▶`, `✓`.
        public var arrow: String {
            switch self {
            case .better: "↑"
            case .worse: "↓"
            case .unchanged: "→"
            case .started: "▶"
            case .completed: "✓"
            }
        }
    }

    /// One thing that happened in the window: what, in words first, and its id and date.
    public struct Item: Hashable, Sendable {
        /// When it happened (or fell due).
        public var date: CalendarDate
        /// The task title, criterion statement, measure name or decision text.
        public var text: String
        /// The task, criterion or measure id, or the history event's subject.
        public var id: String
        /// The stage it belongs to, if any.
        public var stage: StageKind?
        /// More in words: the lead agency, the value observed, the reason blocked, who decided.
        public var detail: String?
        /// The kind of history event the item comes from (`.decision` or `.override` in the
        /// decisions list), `nil` for items read from the plan itself.
        public var event: HistoryEvent.Kind?
        /// The change the item is, as the history records it (field, from, to: the value at the
        /// start of the window and at its end), when it comes from the history's changes.
        public var change: HistoryChange?

        /// Creates an item.
        package init(date: CalendarDate, text: String, id: String, stage: StageKind? = nil, detail: String? = nil,
                     event: HistoryEvent.Kind? = nil, change: HistoryChange? = nil) {
            self.change = change
            self.date = date
            self.text = text
            self.id = id
            self.stage = stage
            self.detail = detail
            self.event = event
        }
    }
}
