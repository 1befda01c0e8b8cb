public import PlanCore

/// Reads back the MSPDI file of a partner view (written by ``MSPDIWriter``, then edited and
/// saved in MS Project, ProjectLibre or anything built on MPXJ) as a returned partner view.
///
/// The file names its plan, agency and source revision in the project's `Category`
/// (`chb-view PLANID AGENCY REVISION`) and each task's chb id in the custom field Text1. The
/// revision must be one the plan exported to the agency; the update starts from the view the
/// plan sent then (the plan as it stood at that revision, cut for the agency), never from the
/// file, and takes from each task row what differs from the row chb wrote for that task:
/// - `PercentComplete` 100 (or an `ActualFinish`) makes the task done, on the `ActualFinish`
///   day (else its finish day); between 1 and 99 makes it in progress with that progress
///   (a done task so is reopened); an `ActualStart` on a planned task starts it;
/// - the day of `Start` and the last day of `Finish` become the task's start and due
///   (a milestone's start only);
/// - text added to `Notes` (which chb fills with the task's description) becomes one new
///   note by the agency, at `at`, unless the plan already has a note of the agency's on that
///   task with that text (the same file merged again adds nothing).
///
/// The merge then judges those changes as it judges any returned view: a change to a task
/// the agency does not lead is refused, and one to a task the plan changed after the source
/// revision is a conflict. Rows without a chb id (added in MS Project), tasks of the view
/// missing from the file (deleted), renamed or deactivated rows are listed in
/// ``MSPDIPartnerUpdate/unmapped`` and not applied.
public struct MSPDIPartnerReturn: Sendable {
    /// The agency returning the file (it must be the file's).
    public var agency: AgencyID
    /// When the merge happens: the time of the notes the file adds.
    public var at: Instant
    /// The bounds enforced on input.
    public var limits: ReadLimits

    /// Creates a reader of returned MSPDI files.
    public init(agency: AgencyID, at: Instant, limits: ReadLimits = .standard) {
        self.agency = agency
        self.at = at
        self.limits = limits
    }

    /// Whether the bytes are an XML document whose root is an MSPDI `Project` (checked from
    /// the start of the document: the declaration, comments and processing instructions
    /// skipped), so a merge knows which reader to use.
    public static func isMSPDI(_ bytes: [UInt8]) -> Bool {
        var text = Substring(decoding: bytes.prefix(4096), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        while true {
            text = text.drop { $0.isWhitespace }
            if text.hasPrefix("<?") || text.hasPrefix("<!--") {
                let close = text.hasPrefix("<?") ? "?>" : "-->"
                var rest = text.dropFirst(2)
                while !rest.isEmpty, !rest.hasPrefix(close) { rest = rest.dropFirst() }
                guard !rest.isEmpty else { return false }
                text = rest.dropFirst(close.count)
                continue
            }
            break
        }
        guard text.hasPrefix("<") else { return false }
        let name = text.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        return name == "Project" || name.hasSuffix(":Project")
    }

    /// The agency a returned MSPDI file says it is the view for (from its `chb-view` key), or
    /// `nil` when it has no such key.
    public static func agency(in bytes: [UInt8], file: String, limits: ReadLimits = .standard) throws(PlanReadError) -> AgencyID? {
        let document = try MSPDIReader.document(bytes, file: file, limits: limits)
        let key = (document.project["Category"] ?? "").split(separator: " ").map(String.init)
        guard key.count == 4, key[0] == MSPDIFormat.viewKeyPrefix else { return nil }
        return AgencyID(key[2])
    }

    /// Reads a returned MSPDI file against the full plan it was exported from.
    ///
    /// - Parameters:
    ///   - bytes: The MSPDI document.
    ///   - file: The name used in diagnostics.
    ///   - plan: The full plan the view was cut from.
    /// - Returns: The returned view and what was not mapped.
    /// - Throws: ``PlanReadError`` when the file cannot be read or is not MSPDI, has no chb
    ///   view key, is the view of another plan or agency, or the plan has no view for the
    ///   agency (code `invalid-update`).
    public func read(_ bytes: [UInt8], file: String, against plan: Plan) throws(PlanReadError) -> MSPDIPartnerUpdate {
        let document = try MSPDIReader.document(bytes, file: file, limits: limits)
        let location = document.project.location
        func refuse(_ message: String) -> PlanReadError {
            PlanReadError(PlanDiagnostic(.error, .invalidUpdate, message, at: location))
        }
        let key = (document.project["Category"] ?? "").split(separator: " ").map(String.init)
        guard key.count == 4, key[0] == MSPDIFormat.viewKeyPrefix, let source = Int(key[3]) else {
            throw refuse("the file is not a partner view exported by chb: its project Category has no '\(MSPDIFormat.viewKeyPrefix) PLAN AGENCY REVISION' key (export it with chb export --for AGENCY --to mspdi)")
        }
        guard key[1] == plan.id.rawValue else { throw refuse("the file is a view of plan '\(key[1])', not '\(plan.id)'") }
        guard key[2] == agency.rawValue else { throw refuse("the file is the view for '\(key[2])', not '\(agency)'") }
        // The view as the plan sent it at that revision (never as the file describes it): the
        // revision must be one the plan exported to the agency.
        var view: Plan
        do {
            _ = try plan.exportEvent(of: source, to: agency)
            view = try plan.partnerViewAsSent(to: agency, atRevision: source)
        } catch {
            throw refuse(error.message)
        }
        let schedule = MSPDISchedule(plan: view)
        view.view = .partner(for: agency, sourceRevision: source)

        // The texts of the agency's notes the plan already has, per task.
        var mergedNotes: [TaskID: Set<String>] = [:]
        for task in plan.allTasks {
            for note in task.notes where note.agency == agency { mergedNotes[task.id, default: []].insert(note.text) }
        }
        var unmapped: [String] = []
        var seen = Set<TaskID>()
        for record in document.tasks {
            let uid = record.integer("UID") ?? 0
            let name = record["Name"] ?? ""
            guard record.flag("Summary") != true, (record.integer("OutlineLevel") ?? 2) >= 2 else { continue }
            let chbID = record.nested["ExtendedAttribute"]?.first { $0.integer("FieldID") == MSPDIFormat.taskIDField }?["Value"]
                .map(MSPDIFormat.trim)
            guard let chbID, !chbID.isEmpty else {
                unmapped.append("row \(uid) '\(name)': added in MS Project; not applied (add tasks in the full plan)")
                continue
            }
            let id = TaskID(chbID)
            guard let position = view.position(of: id), let row = schedule.rowsByTask[id] else {
                unmapped.append("row \(uid) '\(name)': task '\(chbID)' is not in the view; not applied")
                continue
            }
            seen.insert(id)
            var task = view.stages[position.stageIndex].tasks[position.taskIndex]
            unmapped += apply(record, row: row, to: &task, merged: mergedNotes)
            view.stages[position.stageIndex].tasks[position.taskIndex] = task
        }
        for task in view.allTasks where !seen.contains(task.id) {
            unmapped.append("task '\(task.id)': deleted in MS Project; not applied (cancel it with a reason instead)")
        }
        return MSPDIPartnerUpdate(view: view, unmapped: unmapped)
    }

    /// Applies one row's values that differ from what chb writes for the task now; returns
    /// what it could not map.
    private func apply(_ record: MSPDIDocument.Record, row: MSPDISchedule.Row, to task: inout PlanTask, merged: [TaskID: Set<String>]) -> [String] {
        var unmapped: [String] = []
        let label = "task '\(task.id)'"
        if let name = record["Name"], MSPDIFormat.trim(name) != task.title {
            unmapped.append("\(label): renamed in MS Project to '\(MSPDIFormat.trim(name))'; not applied")
        }
        if record.flag("Active") == false, task.status != .cancelled {
            unmapped.append("\(label): made inactive in MS Project; not applied (cancelling needs a reason: use chb or the update page)")
        }

        // Dates: the row's first and last day, as the importer reads them.
        let start = record["Start"].flatMap(MSPDIFormat.parseDateTime)?.date
        let finish = record["Finish"].flatMap(MSPDIFormat.parseDateTime).map { value in
            value.minutes <= MSPDIFormat.dayStartMinutes && start.map { value.date > $0 } == true ? value.date.adding(days: -1) : value.date
        }
        if let start, start != row.start {
            task.start = start
            if task.durationDays == 0 { task.due = task.due.map { _ in start } }
        }
        if let finish, finish != row.due, task.durationDays != 0 {
            if task.due == nil, task.durationDays != nil, let first = task.start {
                task.durationDays = first.days(to: finish) + 1
            } else {
                task.due = finish
            }
        }

        // Progress and status.
        let text = record["PercentComplete"].map(MSPDIFormat.trim) ?? ""
        let percent = Double(text).flatMap { $0.isFinite && (0...100).contains($0) ? Int($0.rounded()) : nil }
        if percent == nil, !text.isEmpty {
            unmapped.append("\(label): % complete '\(text)' is not a number from 0 to 100; not applied")
        }
        let actualFinish = record["ActualFinish"].flatMap(MSPDIFormat.parseDateTime).map { value in
            value.minutes <= MSPDIFormat.dayStartMinutes && start.map { value.date > $0 } == true ? value.date.adding(days: -1) : value.date
        }
        let actualStart = record["ActualStart"].flatMap(MSPDIFormat.parseDateTime)
        let done = percent == 100 || (actualFinish != nil && task.status != .done)
        if let percent, percent != row.percentComplete || done != (task.status == .done) {
            if done, task.status != .done {
                task.status = .done
                task.progress = 100
                task.completedOn = actualFinish ?? finish ?? row.due
                task.blockedReason = nil
                task.blockedSince = nil
            } else if !done, percent > 0 {
                if task.status == .planned || task.status == .done {
                    task.status = .inProgress
                    task.completedOn = nil
                }
                task.progress = percent
            } else if !done, percent == 0, task.status != .planned {
                unmapped.append("\(label): % complete set back to 0; not applied (chb has no move back to planned)")
            }
        } else if actualStart != nil, task.status == .planned {
            task.status = .inProgress
        }

        // Notes: chb writes the description; text added to it is a new note.
        let written = task.description ?? ""
        if let notes = record["Notes"].map(MSPDIFormat.trim), notes != MSPDIFormat.trim(written), !notes.isEmpty {
            let added = notes.hasPrefix(MSPDIFormat.trim(written)) ? String(notes.dropFirst(MSPDIFormat.trim(written).count)) : notes
            let text = MSPDIFormat.trim(added)
            // The file keeps its added text: once merged, the same text is not a new note, so
            // the same file merged again changes nothing.
            if !text.isEmpty, !(merged[task.id] ?? []).contains(text) {
                task.notes.append(Note(at: at, agency: agency, text: text))
            }
        }
        return unmapped
    }
}
