extension Plan {
    /// An imported plan with a baseline its source file recorded (MS Project's baseline 0),
    /// made exact the chb way: a baseline is an instant of the history, so the history first
    /// holds the plan with the baseline's dates and then moves each task to its dates now.
    ///
    /// For importers. The plan is taken as it was just imported (its history the import's own
    /// event, or events); the result's history has that event one second earlier (`at`), one
    /// `taskUpdated` event at the import's instant for each task whose dates differ from the
    /// baseline's, then one `edited` event adding the baseline, named `name`, at `at`. So
    /// ``asItStood(at:)`` at the baseline rebuilds the tasks with the baseline's dates exactly.
    ///
    /// A task keeps the date fields it has (`start`, `due`, `durationDays`), set from the
    /// baseline's first and last day; a task with neither `start` nor `due`, or not in
    /// `dates`, keeps its dates. A milestone stays a milestone on the baseline's first day.
    /// - Parameters:
    ///   - name: The baseline's name.
    ///   - dates: The baseline's first and last day of each task that has them.
    ///   - agency: Who imported the plan.
    /// - Returns: The plan with the baseline; the plan unchanged when no task has baseline dates.
    public func withImportedBaseline(
        named name: String, dates: [TaskID: (first: CalendarDate, last: CalendarDate)], by agency: AgencyID, actor: String? = nil
    ) -> Plan {
        guard !dates.isEmpty, let imported = history.last?.at else { return self }
        let then = Instant(secondsSinceEpoch: imported.secondsSinceEpoch - 1)
        var base = self
        for e in base.history.indices { base.history[e].at = then }
        var moved: [(position: TaskPosition, task: PlanTask)] = []
        for p in base.stages.indices {
            for t in base.stages[p].tasks.indices {
                let now = base.stages[p].tasks[t]
                guard let range = dates[now.id], now.start != nil || now.due != nil else { continue }
                let last = now.durationDays == 0 ? range.first : max(range.first, range.last)
                var old = now
                if old.start != nil { old.start = range.first }
                if old.due != nil { old.due = last }
                if let days = old.durationDays, days > 0 { old.durationDays = range.first.days(to: last) + 1 }
                guard old != now else { continue }
                base.stages[p].tasks[t] = old
                moved.append((TaskPosition(stageIndex: p, taskIndex: t), now))
            }
        }
        let context = ChangeContext(agency: agency, actor: actor, at: imported)
        for (position, task) in moved {
            let snapshot = base.historySnapshot(ofTaskAt: position)
            let old = base.stages[position.stageIndex].tasks[position.taskIndex]
            base.stages[position.stageIndex].tasks[position.taskIndex] = task
            let words = [("start", old.start, task.start), ("due", old.due, task.due)].compactMap { field, a, b in
                a == b ? nil : "\(field) \(a.map(\.description) ?? "none") → \(b.map(\.description) ?? "none")"
            }
            base.record(.taskUpdated, about: .task(task.id), "imported: '\(name)' dates moved to the file's current dates"
                + (words.isEmpty ? "" : ": " + words.joined(separator: ", ")), by: context, since: snapshot)
        }
        let snapshot = base.historySnapshot(.plan(id))
        base.baselines.append(Baseline(name: name, at: then))
        base.record(.edited, about: .plan(id), "baseline '\(name)' imported, at \(then)", by: context, since: snapshot)
        return base
    }
}
