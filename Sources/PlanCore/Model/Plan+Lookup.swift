extension Plan {
    /// A task together with where it sits in the plan.
    public struct TaskPosition: Hashable, Sendable {
        /// The index of the task's stage in ``Plan/stages``.
        public var stageIndex: Int
        /// The index of the task in its stage's ``Stage/tasks``.
        public var taskIndex: Int
    }

    /// Every task of every stage in document order.
    public var allTasks: [PlanTask] { stages.flatMap(\.tasks) }

    /// The position of the first task with this id.
    public func position(of task: TaskID) -> TaskPosition? {
        for p in stages.indices {
            if let t = stages[p].tasks.firstIndex(where: { $0.id == task }) {
                return TaskPosition(stageIndex: p, taskIndex: t)
            }
        }
        return nil
    }

    /// The first task with this id.
    public func task(_ id: TaskID) -> PlanTask? {
        position(of: id).map { stages[$0.stageIndex].tasks[$0.taskIndex] }
    }

    /// The first agency with this id.
    public func agency(_ id: AgencyID) -> Agency? { agencies.first { $0.id == id } }

    /// The index in ``stages`` of the stage of this kind.
    public func stageIndex(_ kind: StageKind) -> Int? { stages.firstIndex { $0.kind == kind } }

    /// The stage of this kind.
    public func stage(_ kind: StageKind) -> Stage? { stageIndex(kind).map { stages[$0] } }

    /// The classification that applies to something with the given own marking.
    public func effectiveClassification(_ own: Classification?) -> Classification {
        own ?? classification
    }
}
