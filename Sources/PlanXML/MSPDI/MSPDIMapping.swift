import Foundation
import PlanCore

/// One run of the importer: turns an ``MSPDIDocument`` into a valid plan, listing what it
/// could not map. The rules are documented on ``MSPDIReader``.
///
/// ``run()`` calls one method per phase, in order; each reads what the earlier phases stored
/// and stores what the later ones need. Every number read from the file is checked before it
/// is converted or added to a date, so no input traps, and every date stays in the years
/// 0001–9999: a value that cannot be used becomes an unmapped item with its element's line.
struct MSPDIMapping {
    let document: MSPDIDocument
    let options: MSPDIReader
    let file: String

    /// The file's name without its folders, for messages and history.
    private let fileName: String
    private let minutesPerDay: Int
    private let dayStartMinutes: Int

    // What the phases find, in the order they find it.
    private var unmapped: [MSPDIUnmappedItem] = []
    /// Capped: a file of a million rows must not give a million lines.
    private var warnings = DiagnosticList()
    /// The task rows, in `ID` order (``readRows()``).
    private var rows: [Row] = []
    /// The index in ``rows`` of each UID (the first row with it).
    private var rowIndexOfUID: [Int: Int] = [:]
    private var title = ""
    private var classification: Classification
    /// The agencies, the importing one included (``mapResources()``).
    private var agencies: [Agency] = []
    /// Agency and plan ids taken so far.
    private var usedIDs: Set<String>
    private var agencyOfResource: [Int: AgencyID] = [:]
    /// The name of each agency made from a resource.
    private var nameOfAgency: [AgencyID: String] = [:]
    /// UIDs of resources that are not agencies: their assignments are skipped without a line.
    private var notAgencies = Set<Int>()
    /// The agencies of each task UID, each once, in file order (``mapAssignments()``).
    private var agenciesOfTask: [Int: OrderedSet<AgencyID>] = [:]
    /// Each stage's planned window from its summary (``mapSummaries()``).
    private var windows: [StageKind: (start: CalendarDate?, end: CalendarDate?)] = [:]
    /// The imported tasks, in file order (``mapTasks()``).
    private var tasks: [MappedTask] = []
    private var taskIDOfUID: [Int: TaskID] = [:]
    /// The index in ``tasks`` of each task id.
    private var taskIndex: [TaskID: Int] = [:]
    private var taskIDs = Set<String>()
    /// Tasks under no level-1 summary, and those under one not named like a stage.
    private var outside: [TaskID] = []
    private var unstagedBySummary: [Int: [TaskID]] = [:]

    init(document: MSPDIDocument, options: MSPDIReader, file: String) {
        self.document = document
        self.options = options
        self.file = file
        fileName = URL(fileURLWithPath: file).lastPathComponent
        let perDay = document.project.integer("MinutesPerDay") ?? 0
        minutesPerDay = perDay > 0 ? perDay : MSPDIFormat.minutesPerDay
        dayStartMinutes = document.project["DefaultStartTime"].flatMap(MSPDIFormat.parseTime) ?? MSPDIFormat.dayStartMinutes
        classification = options.classification
        usedIDs = [options.agency.rawValue]
    }

    // MARK: Tasks as read

    /// A task row of the file, interpreted.
    private struct Row {
        var record: MSPDIDocument.Record
        var uid: Int
        var name: String
        var level: Int
        var isSummary: Bool
        /// The stage a level-1 summary stands for.
        var stage: StageKind?
        /// The index in `rows` of the task's level-1 ancestor, if any.
        var topAncestor: Int?

        /// The row as an unmapped item names it.
        var ref: MSPDIUnmappedItem.Row { MSPDIUnmappedItem.Row(uid: uid, name: name) }
        /// The line of the row's element.
        var line: Int { record.location.line }
        /// Whether the row is a summary (or the project summary) rather than a task.
        var isSummaryRow: Bool { isSummary || level == 0 }
    }

    /// A task as imported, with its stage and the row it came from.
    private struct MappedTask {
        var stage: StageKind
        var task: PlanTask
        var row: Row
    }

    /// The stage a summary task's name stands for: a word, or the start of the name, that is
    /// clear, hold or build (any case), the first such in the name.
    static func stage(named name: String) -> StageKind? {
        let lower = name.lowercased()
        let words = lower.split { !$0.isLetter }.map(String.init)
        for word in words {
            if let kind = StageKind.allCases.first(where: { word == $0.rawValue }) { return kind }
        }
        let trimmed = MSPDIFormat.trim(lower)
        return StageKind.allCases.first { trimmed.hasPrefix($0.rawValue) }
    }

    // MARK: Running

    /// Maps the document, phase by phase.
    ///
    /// - Returns: The plan, what could not be mapped, and warnings.
    /// - Throws: ``PlanReadError`` when the plan would be invalid or would not read back.
    mutating func run() throws(PlanReadError) -> MSPDIImport {
        readRows()
        readTitle()
        readClassification()
        mapResources()
        mapAssignments()
        mapSummaries()
        mapTasks()
        mapLinks()
        breakCycles()
        warnUnstaged()
        let plan = withFileBaseline(makePlan())
        try check(plan)
        return MSPDIImport(plan: plan, unmapped: unmapped, warnings: warnings.diagnostics)
    }

    /// Reads the task rows: skips blank rows, orders by `ID`, and works out the outline.
    private mutating func readRows() {
        var records = document.tasks.filter { $0.flag("IsNull") != true }
        let keyed = records.enumerated().compactMap { entry in
            entry.element.integer("ID").map { (id: $0, offset: entry.offset, record: entry.element) }
        }
        if keyed.count == records.count {
            records = keyed.sorted { ($0.id, $0.offset) < ($1.id, $1.offset) }.map(\.record)
        }
        var seen = Set<Int>()
        for record in records {
            guard let uid = record.integer("UID") else {
                unmapped.append(MSPDIUnmappedItem(.taskWithoutUID, line: record.location.line))
                continue
            }
            guard seen.insert(uid).inserted else {
                unmapped.append(MSPDIUnmappedItem(.repeatedTaskUID(uid), line: record.location.line))
                continue
            }
            let name = MSPDIFormat.trim(record["Name"] ?? "")
            let level = max(record.integer("OutlineLevel") ?? 1, 0)
            rows.append(Row(record: record, uid: uid, name: name, level: level,
                isSummary: record.flag("Summary") == true, stage: nil, topAncestor: nil))
        }
        // A row followed by a deeper one is a summary, whatever its Summary flag says.
        for i in rows.indices where i + 1 < rows.count && rows[i + 1].level > rows[i].level {
            rows[i].isSummary = true
        }
        // The open summaries, their levels rising strictly, so at most one is at level 1: that
        // one is kept as it is pushed and popped, since searching the stack for it per row was
        // quadratic in the depth of an outline that never uses level 1.
        var stack: [Int] = []
        var levelOne: Int?
        for i in rows.indices {
            while let last = stack.last, rows[last].level >= rows[i].level {
                stack.removeLast()
                if last == levelOne { levelOne = nil }
            }
            rows[i].topAncestor = levelOne
            if rows[i].isSummary {
                stack.append(i)
                if rows[i].level == 1 { levelOne = i }
            }
            if rows[i].isSummary, rows[i].level == 1 { rows[i].stage = Self.stage(named: rows[i].name) }
        }
        rowIndexOfUID = Dictionary(rows.enumerated().map { ($0.element.uid, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// The title: `Title`, else the project summary's name, else `Name`, else the file's name.
    private mutating func readTitle() {
        let projectSummaryName = rows.first { $0.level == 0 }.map(\.name)
        let candidates = [document.project["Title"], projectSummaryName, document.project["Name"]]
            .compactMap { $0.map(MSPDIFormat.trim) }.filter { !$0.isEmpty }
        let fileStem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        title = candidates.first ?? (fileStem.isEmpty ? "Imported plan" : fileStem)
    }

    /// Never marks the plan lower than the file marks itself (chb writes the marking as
    /// `Subject`).
    private mutating func readClassification() {
        guard let subject = document.project["Subject"],
            subject.uppercased().contains(Classification.officialSensitive.rawValue),
            classification < .officialSensitive
        else { return }
        classification = .officialSensitive
        warnings.append(PlanDiagnostic(.warning, .mspdiFilledIn,
            "the file is marked \(Classification.officialSensitive.rawValue) (its Subject); the plan keeps that marking",
            at: SourceLocation(file: file, line: 1, column: 1)))
    }

    /// Work resources become agencies; the one that is the importing agency takes its id,
    /// and the importing agency is added when none is.
    private mutating func mapResources() {
        var importerFound = false
        for record in document.resources where record.flag("IsNull") != true {
            let line = record.location.line
            guard let uid = record.integer("UID") else {
                unmapped.append(MSPDIUnmappedItem(.resourceWithoutUID, line: line))
                continue
            }
            let name = MSPDIFormat.trim(record["Name"] ?? "")
            if name.isEmpty {
                // MS Project writes an unnamed resource with UID 0 into every file.
                if uid != 0 { unmapped.append(MSPDIUnmappedItem(.unnamedResource(uid: uid), line: line)) }
                notAgencies.insert(uid)
                continue
            }
            if let type = record.integer("Type"), type != MSPDIFormat.ResourceType.work.rawValue {
                unmapped.append(MSPDIUnmappedItem(.notWorkResource(uid: uid, name: name, type: type), line: line))
                notAgencies.insert(uid)
                continue
            }
            guard agencyOfResource[uid] == nil else {
                unmapped.append(MSPDIUnmappedItem(.repeatedResourceUID(uid, name: name), line: line))
                continue
            }
            let id: AgencyID
            if !importerFound, matchesImporter(name, initials: record["Initials"]) {
                id = options.agency
                importerFound = true
            } else {
                id = AgencyID(Self.uniqueID("a-" + (Self.slug(name) ?? "resource-\(uid)"), taken: &usedIDs))
            }
            agencyOfResource[uid] = id
            nameOfAgency[id] = name
            agencies.append(Agency(id: id, kind: .other,
                clearance: id == options.agency ? classification : .official, name: name))
        }
        if !importerFound {
            let name = options.agencyName.map(MSPDIFormat.trim).flatMap { $0.isEmpty ? nil : $0 } ?? options.agency.rawValue
            agencies.insert(Agency(id: options.agency, kind: .other, clearance: classification, name: name), at: 0)
        }
    }

    /// The agencies of each task in file order; placeholders and non-agencies skipped.
    private mutating func mapAssignments() {
        for record in document.assignments {
            let line = record.location.line
            guard let taskUID = record.integer("TaskUID"), let resourceUID = record.integer("ResourceUID") else {
                unmapped.append(MSPDIUnmappedItem(.assignmentIncomplete, line: line))
                continue
            }
            if resourceUID == MSPDIFormat.placeholderResourceUID { continue }
            guard let r = rowIndexOfUID[taskUID] else {
                unmapped.append(MSPDIUnmappedItem(.assignmentToUnknownTask(taskUID: taskUID), line: line))
                continue
            }
            if notAgencies.contains(resourceUID) { continue }
            guard let agency = agencyOfResource[resourceUID] else {
                unmapped.append(MSPDIUnmappedItem(.assignmentOfUnknownResource(rows[r].ref, resourceUID: resourceUID), line: line))
                continue
            }
            if rows[r].isSummaryRow {
                let who = nameOfAgency[agency] ?? agency.rawValue
                unmapped.append(MSPDIUnmappedItem(.summaryAssignment(rows[r].ref, agencyName: who), line: line))
                continue
            }
            agenciesOfTask[taskUID, default: OrderedSet()].append(agency)
        }
    }

    /// Stage summaries give their stage a window; other summaries are flattened.
    private mutating func mapSummaries() {
        for row in rows where row.isSummary && row.level > 0 {
            if let stage = row.stage {
                let (start, end) = dates(of: row)
                var window = windows[stage] ?? (nil, nil)
                if let start { window.start = min(window.start ?? start, start) }
                if let end { window.end = max(window.end ?? end, end) }
                windows[stage] = window
            } else {
                unmapped.append(MSPDIUnmappedItem(.summaryFlattened(row.ref), line: row.line))
            }
            if !row.record.nested["PredecessorLink", default: []].isEmpty {
                unmapped.append(MSPDIUnmappedItem(.summaryLinks(row.ref), line: row.line))
            }
        }
    }

    /// Leaf tasks become tasks: stage, title, dates, priority, notes, status and agencies.
    private mutating func mapTasks() {
        for row in rows where !row.isSummaryRow {
            let record = row.record
            if record.flag("ExternalTask") == true || record.flag("IsSubproject") == true {
                unmapped.append(MSPDIUnmappedItem(.externalTask(row.ref), line: row.line))
                continue
            }
            // `magnitude`, not negation: a UID of Int.min has no negative in Int.
            let id = TaskID(Self.uniqueID("t-\(row.uid < 0 ? "m\(row.uid.magnitude)" : String(row.uid))", taken: &taskIDs))
            taskIDOfUID[row.uid] = id
            var stage = StageKind.clear
            if let top = row.topAncestor {
                if let kind = rows[top].stage { stage = kind } else { unstagedBySummary[top, default: []].append(id) }
            } else {
                outside.append(id)
            }
            var task = PlanTask(id: id, lead: options.agency, title: row.name)
            if row.name.isEmpty {
                task.title = "Task \(row.uid)"
                unmapped.append(MSPDIUnmappedItem(.unnamedTask(uid: row.uid, title: task.title), line: row.line))
            }
            mapDates(of: row, into: &task)
            if let priority = record.integer("Priority") {
                task.priority = priority >= MSPDIFormat.Priority.high ? .high : priority <= MSPDIFormat.Priority.low ? .low : .medium
            }
            if let notes = record["Notes"].map(MSPDIFormat.trim), !notes.isEmpty { task.description = notes }
            mapStatus(of: row, into: &task)
            let assigned = agenciesOfTask[row.uid]?.elements ?? []
            if let lead = assigned.first {
                task.lead = lead
                task.supports = Array(assigned.dropFirst())
            }
            taskIndex[id] = tasks.count
            tasks.append(MappedTask(stage: stage, task: task, row: row))
        }
    }

    /// A task's start and due from its row; a milestone is one day.
    private mutating func mapDates(of row: Row, into task: inout PlanTask) {
        let (start, end) = dates(of: row)
        task.start = start
        task.due = end
        if let start, let end, end < start {
            unmapped.append(MSPDIUnmappedItem(.finishBeforeStart(row.ref, finish: end, start: start), line: row.line))
            task.due = start
        }
        if row.record.flag("Milestone") == true {
            if let start, let end, end > start {
                unmapped.append(MSPDIUnmappedItem(.longMilestone(row.ref, start: start, finish: end), line: row.line))
            }
            task.durationDays = 0
            task.start = task.start ?? task.due
            task.due = task.start
        }
    }

    /// Cancelled (inactive), done (100 %), in progress (more than 0 %) or planned.
    private mutating func mapStatus(of row: Row, into task: inout PlanTask) {
        let percent = percentComplete(of: row)
        if row.record.flag("Active") == false {
            task.status = .cancelled
            if percent > 0 { unmapped.append(MSPDIUnmappedItem(.inactiveWithProgress(row.ref, percent: percent), line: row.line)) }
        } else if percent >= 100 {
            task.status = .done
            let actual = row.record["ActualFinish"].flatMap(MSPDIFormat.parseDateTime).map { finishDay($0, after: task.start) }
            task.completedOn = actual ?? task.due ?? task.start ?? options.importedAt.date
        } else if percent > 0 {
            task.status = .inProgress
            task.progress = percent
        }
    }

    /// `PercentComplete` as a whole number from 0 to 100; anything else is listed and read
    /// as the nearer end (0 when it is not a finite number).
    private mutating func percentComplete(of row: Row) -> Int {
        guard let text = row.record["PercentComplete"].map(MSPDIFormat.trim), !text.isEmpty else { return 0 }
        let value = Double(text)
        if let value, (0...100).contains(value) { return Int(value.rounded()) }
        let readAs = value.map { $0.isFinite && $0 > 100 ? 100 : 0 } ?? 0
        unmapped.append(MSPDIUnmappedItem(.percentCompleteOutOfRange(row.ref, text: text, readAs: readAs), line: row.line))
        return readAs
    }

    /// Each task's `PredecessorLink`s, the first link from each predecessor.
    private mutating func mapLinks() {
        for t in tasks.indices {
            let row = tasks[t].row
            var predecessors = Set<TaskID>()
            for link in row.record.nested["PredecessorLink", default: []] {
                guard let dependency = mapLink(link, successor: row) else { continue }
                guard predecessors.insert(dependency.task).inserted else {
                    unmapped.append(MSPDIUnmappedItem(.repeatedLink(from: self.row(of: dependency.task), to: row.ref), line: link.location.line))
                    continue
                }
                tasks[t].task.dependencies.append(dependency)
            }
        }
    }

    /// Drops links until no cycle is left, listing each.
    private mutating func breakCycles() {
        while let cycle = findDependencyCycle(in: tasks.map { ($0.task.id, $0.task.dependencies.map(\.task)) }),
            cycle.count >= 2, let t = taskIndex[cycle[cycle.count - 2]]
        {
            let predecessor = cycle[cycle.count - 1]
            tasks[t].task.dependencies.removeAll { $0.task == predecessor }
            unmapped.append(MSPDIUnmappedItem(.cycleLink(from: row(of: predecessor), to: tasks[t].row.ref,
                cycle: cycle.reversed().map(row(of:)))))
        }
    }

    /// Warns of the tasks that went to stage Clear for want of a stage summary.
    private mutating func warnUnstaged() {
        if !outside.isEmpty {
            warnings.append(PlanDiagnostic(.warning, .mspdiUnstaged,
                "\(counted(outside.count, "task")) not under a summary task named Clear, Hold or Build went to stage clear: \(outside.map(\.rawValue).joined(separator: ", "))",
                at: SourceLocation(file: file, line: document.project.location.line, column: document.project.location.column)))
        }
        for (top, ids) in unstagedBySummary.sorted(by: { $0.key < $1.key }) {
            warnings.append(PlanDiagnostic(.warning, .mspdiUnstaged,
                "summary task \(rows[top].ref.label) is not named Clear, Hold or Build; its \(counted(ids.count, "task")) went to stage clear: \(ids.map(\.rawValue).joined(separator: ", "))",
                at: rows[top].record.location))
        }
    }

    /// Works out each stage's state from its tasks, as MS Project records none: a stage whose
    /// tasks are all done or cancelled (one done at least) after a complete stage (or Clear)
    /// is complete; one with work under way or done is active, and so is every stage before
    /// it (stages start in order). Started is the first day of its earliest begun task,
    /// completed its last completion, neither after the day of the import. Each inferred
    /// stage is a warning, so nothing is decided silently; a stage with no work begun stays
    /// not started.
    private mutating func inferStageStates(_ stages: inout [Stage]) {
        let today = options.importedAt.date
        func begun(_ task: PlanTask) -> Bool { task.status != .planned && task.status != .cancelled }
        let lastBegun = stages.lastIndex { $0.tasks.contains(where: begun) }
        guard let lastBegun else { return }
        var previousComplete = true
        for p in 0...lastBegun {
            let tasks = stages[p].tasks
            let starts = tasks.filter(begun).compactMap { $0.firstDay ?? $0.completedOn }
            let started = min(starts.min() ?? stages[p].plannedStart ?? today, today)
            let finished = tasks.contains { $0.status == .done } && tasks.allSatisfy { $0.status == .done || $0.status == .cancelled }
            stages[p].started = started
            var words: String
            if finished, previousComplete {
                let completed = min(max(tasks.compactMap(\.completedOn).max() ?? started, started), today)
                stages[p].status = .complete
                stages[p].completed = completed
                words = "complete (started \(started), completed \(completed))"
            } else {
                stages[p].status = .active
                previousComplete = false
                words = "active (started \(started))"
            }
            let done = tasks.count { $0.status == .done }
            let open = tasks.count { $0.status.isOpen && $0.status != .planned }
            warnings.append(PlanDiagnostic(.warning, .mspdiStageInferred,
                "stage \(stages[p].kind.rawValue) imported as \(words), from its tasks (\(done) done, \(open) under way): MS Project records no stage status; check it with chb stage commands",
                at: SourceLocation(file: file, line: document.project.location.line, column: document.project.location.column)))
        }
    }

    /// The plan: stages with their windows and tasks, what MSPDI lacks filled in, and one
    /// `imported` event.
    private mutating func makePlan() -> Plan {
        var stages = StageKind.allCases.map { Stage(kind: $0) }
        for p in stages.indices {
            let window = windows[stages[p].kind]
            stages[p].plannedStart = window?.start
            stages[p].plannedEnd = window?.end
            if let s = window?.start, let e = window?.end, e < s { stages[p].plannedEnd = s }
            stages[p].tasks = tasks.filter { $0.stage == stages[p].kind }.map(\.task)
        }
        inferStageStates(&stages)
        let planID = options.planID ?? PlanID(Self.uniqueID("op-" + (Self.slug(title) ?? "imported"),
            taken: &usedIDs, also: taskIDs))
        let areaName = "Not stated in \(fileName)"
        warnings.append(PlanDiagnostic(.warning, .mspdiFilledIn,
            "MSPDI has no area; the plan's area is '\(areaName)' until it is edited",
            at: SourceLocation(file: file, line: 1, column: 1)))
        let officer: String
        if let manager = document.project["Manager"].map(MSPDIFormat.trim), !manager.isEmpty {
            officer = manager
        } else {
            officer = "Not stated in \(fileName)"
            warnings.append(PlanDiagnostic(.warning, .mspdiFilledIn,
                "the file names no project manager; the lead responsible officer is '\(officer)' until it is edited",
                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        noteIgnoredContent()
        let linkCount = tasks.reduce(0) { $0 + $1.task.dependencies.count }
        let summary = "imported from \(fileName) (Microsoft Project XML): \(counted(tasks.count, "task")), "
            + "\(counted(agencies.count, "agency", "agencies")), \(counted(linkCount, "link")); "
            + "\(counted(unmapped.count, "item")) not mapped"
        return Plan(
            id: planID, revision: 1, classification: classification, title: title,
            area: Area(name: areaName),
            governance: Governance(leadAgency: options.agency, leadResponsibleOfficer: officer),
            agencies: agencies, stages: stages,
            history: [HistoryEvent(at: options.importedAt, agency: options.agency, kind: .imported,
                subject: planID.rawValue, actor: options.actor, text: summary)])
    }

    /// Refuses a plan that is invalid, or that would not read back as it is: it is written
    /// in the chb format, read again under the standard limits and validated, in memory, so
    /// an accepted import is a plan every command can open. Adds the validator's warnings.
    private mutating func check(_ plan: Plan) throws(PlanReadError) {
        let diagnostics = PlanValidator().validate(plan)
        try refuse(diagnostics.filter { $0.severity == .error }, "the imported plan would be invalid")
        do throws(PlanReadError) {
            let bytes: [UInt8]
            do throws(PlanWriteError) {
                bytes = try PlanWriter().write(plan)
            } catch {
                throw PlanReadError(PlanDiagnostic(.error, .malformed, error.message, at: nil))
            }
            let again = try PlanReader(limits: options.limits).read(bytes, file: file)
            try refuse(PlanValidator().validate(again.plan, sourceMap: again.sourceMap).filter { $0.severity == .error }, "")
            if again.plan != plan {
                throw PlanReadError(PlanDiagnostic(.error, .malformed, "it reads back differently from what was imported", at: nil))
            }
        } catch {
            try refuse(error.diagnostics, "the imported plan would not read back")
        }
        for warning in diagnostics where warning.severity == .warning { warnings.append(warning) }
    }

    /// Throws the errors, if any, each message after `prefix` and located in the file.
    private func refuse(_ errors: [PlanDiagnostic], _ prefix: String) throws(PlanReadError) {
        guard !errors.isEmpty else { return }
        throw PlanReadError(diagnostics: errors.map { error in
            var located = error
            if !prefix.isEmpty { located.message = "\(prefix): \(error.message)" }
            located.location = SourceLocation(file: file, line: 1, column: 0)
            return located
        })
    }

    // MARK: Dates

    /// A row's first and last day from its `Start` and `Finish` (or `Duration`); a
    /// `Duration` too long for chb or the calendar is listed and gives no last day.
    private mutating func dates(of row: Row) -> (start: CalendarDate?, end: CalendarDate?) {
        let record = row.record
        let start = record["Start"].flatMap(MSPDIFormat.parseDateTime)?.date
        if let end = record["Finish"].flatMap(MSPDIFormat.parseDateTime).map({ finishDay($0, after: start) }) {
            return (start, end)
        }
        guard let start, let text = record["Duration"],
            let minutes = MSPDIFormat.parseDuration(text, minutesPerDay: minutesPerDay)
        else { return (start, nil) }
        let days = minutes / Double(minutesPerDay)
        guard days.isFinite, days.magnitude <= Double(PlanValidator.maximumDays) else {
            unmapped.append(MSPDIUnmappedItem(.durationBeyondLimit(row.ref, text: MSPDIFormat.trim(text)), line: row.line))
            return (start, nil)
        }
        let whole = days > 1 ? Int(days.rounded(.up)) : 1
        guard let end = start.checkedAdding(days: whole - 1) else {
            unmapped.append(MSPDIUnmappedItem(.finishBeyondCalendar(row.ref, text: MSPDIFormat.trim(text)), line: row.line))
            return (start, nil)
        }
        return (start, end)
    }

    /// The last working day of a finish: a finish at or before the start of the working day,
    /// on a later day than the start, means the work ended the day before
    /// (`2003-01-14T08:00:00` after a start on the 7th ends on the 13th).
    private func finishDay(_ finish: (date: CalendarDate, minutes: Int), after start: CalendarDate?) -> CalendarDate {
        if finish.minutes <= dayStartMinutes, let start, finish.date > start {
            // Later than the start, so at least 0001-01-02: the day before is in the calendar.
            return finish.date.adding(days: -1)
        }
        return finish.date
    }

    // MARK: Links

    /// The row a task id was imported from.
    private func row(of task: TaskID) -> MSPDIUnmappedItem.Row {
        taskIndex[task].map { tasks[$0].row.ref } ?? MSPDIUnmappedItem.Row(uid: 0, name: task.rawValue)
    }

    /// One `PredecessorLink` as a dependency, or `nil` (listed) when chb cannot keep it.
    private mutating func mapLink(_ link: MSPDIDocument.Record, successor: Row) -> Dependency? {
        let to = successor.ref
        let line = link.location.line
        guard let uid = link.integer("PredecessorUID") else {
            unmapped.append(MSPDIUnmappedItem(.linkWithoutPredecessor(to: to), line: line))
            return nil
        }
        if link.flag("CrossProject") == true {
            unmapped.append(MSPDIUnmappedItem(.crossProjectLink(predecessorUID: uid, to: to), line: line))
            return nil
        }
        guard let r = rowIndexOfUID[uid] else {
            unmapped.append(MSPDIUnmappedItem(.linkFromUnknownTask(predecessorUID: uid, to: to), line: line))
            return nil
        }
        let from = rows[r].ref
        if rows[r].isSummaryRow {
            unmapped.append(MSPDIUnmappedItem(.linkFromSummary(from: from, to: to), line: line))
            return nil
        }
        guard let predecessor = taskIDOfUID[uid] else {
            unmapped.append(MSPDIUnmappedItem(.linkFromSkippedTask(from: from, to: to), line: line))
            return nil
        }
        if uid == successor.uid {
            unmapped.append(MSPDIUnmappedItem(.selfLink(to), line: line))
            return nil
        }
        let code = link.integer("Type") ?? MSPDIFormat.LinkType.finishToStart.rawValue
        let kind: Dependency.Kind
        let type: MSPDIUnmappedItem.LinkType
        switch MSPDIFormat.LinkType(rawValue: code) {
        case .finishToStart: (kind, type) = (.finishToStart, .finishToStart)
        case .startToStart: (kind, type) = (.startToStart, .startToStart)
        case .finishToFinish: (kind, type) = (.finishToFinish, .finishToFinish)
        case .startToFinish:
            unmapped.append(MSPDIUnmappedItem(.startToFinishLink(from: from, to: to), line: line))
            return nil
        case nil:
            unmapped.append(MSPDIUnmappedItem(.unknownLinkType(from: from, to: to, code: code), line: line))
            return nil
        }
        let lagDays = lag(of: link, type, from: from, to: to)
        return Dependency(on: predecessor, type: kind, lagDays: lagDays)
    }

    /// A link's `LinkLag` (tenths of minutes) in whole days, listed when rounded, given in
    /// percent, or not a number of days within chb's limit (then 0).
    private mutating func lag(of link: MSPDIDocument.Record, _ type: MSPDIUnmappedItem.LinkType,
        from: MSPDIUnmappedItem.Row, to: MSPDIUnmappedItem.Row) -> Int {
        guard let text = link["LinkLag"].map(MSPDIFormat.trim), !text.isEmpty, Double(text) != 0 else { return 0 }
        let line = link.location.line
        let format = link.integer("LagFormat") ?? MSPDIFormat.daysFormat
        if MSPDIFormat.percentFormats.contains(format) {
            unmapped.append(MSPDIUnmappedItem(.percentLag(type, from: from, to: to), line: line))
            return 0
        }
        let perDay = Double(MSPDIFormat.elapsedFormats.contains(format) ? MSPDIFormat.minutesPerElapsedDay : minutesPerDay)
        let days = (Double(text) ?? .nan) / 10 / perDay
        let rounded = days.rounded(.toNearestOrAwayFromZero)
        guard rounded.isFinite, rounded.magnitude <= Double(PlanValidator.maximumDays) else {
            unmapped.append(MSPDIUnmappedItem(.lagBeyondLimit(type, from: from, to: to, text: text), line: line))
            return 0
        }
        let lagDays = Int(rounded)
        if abs(days - rounded) > 1e-9 {
            unmapped.append(MSPDIUnmappedItem(.roundedLag(type, from: from, to: to, days: days, roundedTo: lagDays), line: line))
        }
        return lagDays
    }

    // MARK: Agencies and ids

    /// Whether a resource is the importing agency: its name or initials are the agency's id
    /// (chb writes agency ids as initials), its name made into an id is, or its name is the
    /// agency's name.
    private func matchesImporter(_ name: String, initials: String?) -> Bool {
        let id = options.agency.rawValue.lowercased()
        let lower = name.lowercased()
        if lower == id || initials.map({ MSPDIFormat.trim($0).lowercased() == id }) == true { return true }
        if let slug = Self.slug(name), slug == id || "a-" + slug == id { return true }
        if let given = options.agencyName.map(MSPDIFormat.trim), !given.isEmpty, given.lowercased() == lower { return true }
        return false
    }

    /// A portable id fragment from a name: ASCII letters and digits, lower case, other runs
    /// of characters as one `-`, accents dropped, cut to whole words of at most 40
    /// characters; `nil` if nothing is left.
    static func slug(_ name: String) -> String? {
        var words: [String] = []
        var word = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark, !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var result = ""
        for word in words {
            let next = result.isEmpty ? word : result + "-" + word
            if next.count > 40 {
                if result.isEmpty { result = String(word.prefix(40)) }
                break
            }
            result = next
        }
        return result.isEmpty ? nil : result.lowercased()
    }

    /// `base`, or `base-2`, `base-3`… whichever is free, recorded as taken.
    static func uniqueID(_ base: String, taken: inout Set<String>, also other: Set<String> = []) -> String {
        var candidate = base
        var n = 2
        while taken.contains(candidate) || other.contains(candidate) || StageKind(rawValue: candidate) != nil {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }

    // MARK: Baseline

    /// The name an imported MS Project baseline 0 gets.
    static let baselineName = "MS Project baseline"

    /// The plan with the file's baseline 0 (each task's `Baseline` with `Number` 0, `Start`
    /// and `Finish`) as a chb baseline (see ``Plan/withImportedBaseline(named:dates:by:actor:)``);
    /// as it is when no task has one.
    private func withFileBaseline(_ plan: Plan) -> Plan {
        var dates: [TaskID: (first: CalendarDate, last: CalendarDate)] = [:]
        for mapped in tasks {
            guard let baseline = mapped.row.record.nested["Baseline"]?.first(where: { ($0.integer("Number") ?? 0) == 0 }),
                  let start = baseline["Start"].flatMap(MSPDIFormat.parseDateTime)?.date,
                  let finish = baseline["Finish"].flatMap(MSPDIFormat.parseDateTime) else { continue }
            let last = finishDay(finish, after: start)
            if last >= start { dates[mapped.task.id] = (start, last) }
        }
        return plan.withImportedBaseline(named: Self.baselineName, dates: dates, by: options.agency, actor: options.actor)
    }

    // MARK: Other content

    /// Lists kinds of content the importer never maps, once each, with counts.
    private mutating func noteIgnoredContent() {
        if document.calendarCount > 0 {
            unmapped.append(MSPDIUnmappedItem(.calendars(count: document.calendarCount)))
        }
        let tasks = document.tasks.filter { $0.flag("IsNull") != true }
        func countTasks(_ test: (MSPDIDocument.Record) -> Bool) -> Int { tasks.filter(test).count }
        // A "start no earlier than" on the start day (as chb writes) says nothing the start does not.
        let constrained = countTasks { record in
            let type = record.integer("ConstraintType") ?? MSPDIFormat.ConstraintType.asSoonAsPossible.rawValue
            let on = record["ConstraintDate"].flatMap(MSPDIFormat.parseDateTime)?.date
            return type != MSPDIFormat.ConstraintType.asSoonAsPossible.rawValue
                && !(type == MSPDIFormat.ConstraintType.startNoEarlierThan.rawValue && on != nil
                    && on == record["Start"].flatMap(MSPDIFormat.parseDateTime)?.date)
        }
        if constrained > 0 { unmapped.append(MSPDIUnmappedItem(.constraints(taskCount: constrained))) }
        let deadlines = countTasks { $0["Deadline"] != nil }
        if deadlines > 0 { unmapped.append(MSPDIUnmappedItem(.deadlines(taskCount: deadlines))) }
        // Baseline 0 is imported; baselines 1 to 10 are not.
        let baselines = countTasks { $0.nested["Baseline"]?.contains { ($0.integer("Number") ?? 0) != 0 } ?? false }
        if baselines > 0 { unmapped.append(MSPDIUnmappedItem(.baselines(taskCount: baselines))) }
        let custom = countTasks { $0.nested["ExtendedAttribute"] != nil }
            + document.resources.filter { $0.skipped["ExtendedAttribute"] != nil }.count
        if custom > 0 { unmapped.append(MSPDIUnmappedItem(.customFields(count: custom))) }
        let costly = document.tasks.contains { ($0.number("Cost") ?? 0) != 0 || ($0.number("FixedCost") ?? 0) != 0 }
            || document.resources.contains { ($0.number("StandardRate") ?? 0) != 0 || ($0.number("Cost") ?? 0) != 0 }
        if costly { unmapped.append(MSPDIUnmappedItem(.costs)) }
        let worked = document.assignments.contains { MSPDIFormat.parseDuration($0["Work"] ?? "", minutesPerDay: minutesPerDay).map { $0 != 0 } ?? false }
        if worked { unmapped.append(MSPDIUnmappedItem(.assignmentWork)) }
    }
}

/// Elements in the order first appended, each once: an array for the order and a set for
/// membership, so appending many stays linear.
struct OrderedSet<Element: Hashable> {
    /// The elements, in the order they were first appended.
    private(set) var elements: [Element] = []
    private var members = Set<Element>()

    /// Appends `element` unless it is already in the set.
    mutating func append(_ element: Element) {
        if members.insert(element).inserted { elements.append(element) }
    }
}
