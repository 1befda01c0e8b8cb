extension Plan {
    /// The position of the first task of each id, found in one pass over a plan, for work that
    /// looks up many tasks of the same plan: a merge moves and checks a task per change, and
    /// searching the plan for each made it quadratic in the changes.
    ///
    /// An index describes the tasks as they were when it was built. Changing tasks in place
    /// (their fields, their status) keeps it right; adding, removing or reordering tasks does
    /// not, so build a new one after such a change. ``position(of:in:)`` checks its answer
    /// against the plan it is asked about: while a stage holds a different number of tasks than
    /// when the index was built, or the task at the indexed position has another id, it
    /// searches the plan as ``Plan/position(of:)`` does. So a stale index costs time, not a
    /// wrong task, except for what those checks cannot see: a task added and another removed
    /// in the same stage, after which the added task's id is not in the index (debug builds
    /// check every such miss).
    ///
    /// A plan that repeats an id (invalid, but it can be read and merged) is indexed by the
    /// first task with it, the one ``Plan/position(of:)`` finds.
    struct TaskIndex {
        /// The first position of each id.
        private var positions: [TaskID: TaskPosition] = [:]
        /// The number of tasks in each stage when the index was built.
        private let taskCounts: [Int]

        /// Indexes the tasks of `plan`.
        init(_ plan: Plan) {
            taskCounts = plan.stages.map(\.tasks.count)
            positions.reserveCapacity(taskCounts.reduce(0, +))
            for (p, stage) in plan.stages.enumerated() {
                for (t, task) in stage.tasks.enumerated() where positions[task.id] == nil {
                    positions[task.id] = TaskPosition(stageIndex: p, taskIndex: t)
                }
            }
        }

        /// The position of the first task with this id in `plan`, as ``Plan/position(of:)``
        /// gives it: from the index while the index still fits the plan, else by a search.
        func position(of id: TaskID, in plan: Plan) -> TaskPosition? {
            guard fits(plan) else { return plan.position(of: id) }
            guard let position = positions[id] else {
                assert(plan.position(of: id) == nil, "task '\(id)' was added since the index was built")
                return nil
            }
            guard plan.stages[position.stageIndex].tasks[position.taskIndex].id == id else { return plan.position(of: id) }
            return position
        }

        /// Whether every stage of `plan` holds as many tasks as when the index was built.
        private func fits(_ plan: Plan) -> Bool {
            plan.stages.count == taskCounts.count && zip(plan.stages, taskCounts).allSatisfy { $0.tasks.count == $1 }
        }
    }
}
