import Foundation
import PlanCore

/// One run of the importer: turns an ``MSPDIDocument`` into a valid plan, listing what it
/// could not map. The rules are documented on ``MSPDIReader``.
struct MSPDIMapping {
    let document: MSPDIDocument
    let options: MSPDIReader
    let file: String
    private var unmapped: [String] = []
    private var warnings: [PlanDiagnostic] = []

    /// The file's name without its folders, for messages and history.
    private let fileName: String
    private let minutesPerDay: Int
    private let dayStartMinutes: Int

    init(document: MSPDIDocument, options: MSPDIReader, file: String) {
        self.document = document
        self.options = options
        self.file = file
        fileName = URL(fileURLWithPath: file).lastPathComponent
        let perDay = document.project.integer("MinutesPerDay") ?? 0
        minutesPerDay = perDay > 0 ? perDay : MSPDIFormat.minutesPerDay
        dayStartMinutes = document.project["DefaultStartTime"].flatMap(MSPDIFormat.parseTime) ?? MSPDIFormat.dayStartMinutes
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

        var label: String { name.isEmpty ? "UID \(uid)" : "'\(name)' (UID \(uid))" }
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

    /// Reads the task rows: skips blank rows, orders by `ID`, and works out the outline.
    private mutating func readRows() -> [Row] {
        var records = document.tasks.filter { $0.flag("IsNull") != true }
        if records.allSatisfy({ $0.integer("ID") != nil }) {
            records = records.enumerated().sorted { ($0.element.integer("ID")!, $0.offset) < ($1.element.integer("ID")!, $1.offset) }.map(\.element)
        }
        var rows: [Row] = []
        var seen = Set<Int>()
        for record in records {
            guard let uid = record.integer("UID") else {
                unmapped.append("a task without a UID at line \(record.location.line) was not imported")
                continue
            }
            guard seen.insert(uid).inserted else {
                unmapped.append("a second task with UID \(uid) at line \(record.location.line) was not imported")
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
        var stack: [Int] = []
        for i in rows.indices {
            while let last = stack.last, rows[last].level >= rows[i].level { stack.removeLast() }
            rows[i].topAncestor = stack.first { rows[$0].level == 1 }
            if rows[i].isSummary { stack.append(i) }
            if rows[i].isSummary, rows[i].level == 1 { rows[i].stage = Self.stage(named: rows[i].name) }
        }
        return rows
    }

    // MARK: Running

    mutating func run() throws(PlanReadError) -> MSPDIImport {
        let rows = readRows()
        let projectSummaryName = rows.first { $0.level == 0 }.map(\.name)

        // Title and id.
        let titleCandidates = [document.project["Title"], projectSummaryName, document.project["Name"]]
            .compactMap { $0.map(MSPDIFormat.trim) }.filter { !$0.isEmpty }
        let fileStem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let title = titleCandidates.first ?? (fileStem.isEmpty ? "Imported plan" : fileStem)

        // Never mark the plan lower than the file marks itself (chb writes the marking as Subject).
        var classification = options.classification
        if let subject = document.project["Subject"], subject.uppercased().contains(Classification.officialSensitive.rawValue),
            classification < .officialSensitive
        {
            classification = .officialSensitive
            warnings.append(PlanDiagnostic(.warning, .mspdiFilledIn,
                "the file is marked \(Classification.officialSensitive.rawValue) (its Subject); the plan keeps that marking",
                at: SourceLocation(file: file, line: 1, column: 1)))
        }

        // Agencies.
        var agencies: [Agency] = []
        var usedIDs = Set<String>([options.agency.rawValue])
        var agencyOfResource: [Int: AgencyID] = [:]
        var notAgencies: [Int: String] = [:]
        var importerFound = false
        for record in document.resources where record.flag("IsNull") != true {
            guard let uid = record.integer("UID") else {
                unmapped.append("a resource without a UID at line \(record.location.line) was not imported")
                continue
            }
            let name = MSPDIFormat.trim(record["Name"] ?? "")
            if name.isEmpty {
                // MS Project writes an unnamed resource with UID 0 into every file.
                if uid != 0 { unmapped.append("resource UID \(uid) has no name; it is not an agency and its assignments are skipped") }
                notAgencies[uid] = "UID \(uid)"
                continue
            }
            if let type = record.integer("Type"), type != 1 {
                let kind = type == 0 ? "a material resource" : type == 2 ? "a cost resource" : "not a work resource"
                unmapped.append("resource '\(name)' (UID \(uid)) is \(kind), not an agency; its assignments are skipped")
                notAgencies[uid] = "'\(name)'"
                continue
            }
            guard agencyOfResource[uid] == nil else {
                unmapped.append("a second resource with UID \(uid) ('\(name)') was not imported")
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
            agencies.append(Agency(id: id, kind: .other,
                clearance: id == options.agency ? classification : .official, name: name))
        }
        if !importerFound {
            let name = options.agencyName.map(MSPDIFormat.trim).flatMap { $0.isEmpty ? nil : $0 } ?? options.agency.rawValue
            agencies.insert(Agency(id: options.agency, kind: .other, clearance: classification, name: name), at: 0)
        }

        // Assignments: agencies of each task in file order, placeholders skipped.
        let rowIndexOfUID = Dictionary(rows.enumerated().map { ($0.element.uid, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var agenciesOfTask: [Int: [AgencyID]] = [:]
        for record in document.assignments {
            guard let taskUID = record.integer("TaskUID"), let resourceUID = record.integer("ResourceUID") else {
                unmapped.append("an assignment at line \(record.location.line) names no task or resource; skipped")
                continue
            }
            if resourceUID == -65535 { continue }
            guard let r = rowIndexOfUID[taskUID] else {
                unmapped.append("an assignment names task UID \(taskUID), which is not in the file; skipped")
                continue
            }
            if notAgencies[resourceUID] != nil { continue }
            guard let agency = agencyOfResource[resourceUID] else {
                unmapped.append("an assignment of task \(rows[r].label) names resource UID \(resourceUID), which is not in the file; skipped")
                continue
            }
            if rows[r].isSummary || rows[r].level == 0 {
                let who = agencies.first { $0.id == agency }?.name ?? agency.rawValue
                unmapped.append("the assignment of '\(who)' to summary task \(rows[r].label) is not kept (chb has no summary tasks)")
                continue
            }
            if !(agenciesOfTask[taskUID]?.contains(agency) ?? false) { agenciesOfTask[taskUID, default: []].append(agency) }
        }

        // Summaries: stages, windows, flattened ones.
        var windows: [StageKind: (start: CalendarDate?, end: CalendarDate?)] = [:]
        var unstagedBySummary: [Int: [TaskID]] = [:]
        var outside: [TaskID] = []
        for row in rows where row.isSummary && row.level > 0 {
            if let stage = row.stage {
                let (start, end) = dates(of: row.record)
                var window = windows[stage] ?? (nil, nil)
                if let start { window.start = min(window.start ?? start, start) }
                if let end { window.end = max(window.end ?? end, end) }
                windows[stage] = window
            } else {
                unmapped.append("summary task \(row.label) is not kept: its tasks are imported without it (chb has no summary tasks)")
            }
            if !row.record.nested["PredecessorLink", default: []].isEmpty {
                unmapped.append("links of summary task \(row.label) are not kept (chb links tasks only)")
            }
        }

        // Leaf tasks.
        var tasks: [(stage: StageKind, task: PlanTask, row: Row)] = []
        var taskIDOfUID: [Int: TaskID] = [:]
        var taskIDs = Set<String>()
        for row in rows where !row.isSummary && row.level > 0 {
            let record = row.record
            if record.flag("ExternalTask") == true || record.flag("IsSubproject") == true {
                unmapped.append("task \(row.label) is an external task or inserted project; not imported")
                continue
            }
            let id = TaskID(Self.uniqueID("t-\(row.uid < 0 ? "m\(-row.uid)" : String(row.uid))", taken: &taskIDs))
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
                unmapped.append("task UID \(row.uid) has no name; it is called '\(task.title)'")
            }
            let (start, end) = dates(of: record)
            task.start = start
            task.due = end
            if let start, let end, end < start {
                unmapped.append("task \(row.label) finishes (\(end)) before it starts (\(start)); its finish was set to its start")
                task.due = start
            }
            if record.flag("Milestone") == true {
                if let start, let end, end > start {
                    unmapped.append("milestone \(row.label) lasts from \(start) to \(end); it was imported as a milestone on \(start)")
                }
                task.durationDays = 0
                task.start = task.start ?? task.due
                task.due = task.start
            }
            if let priority = record.integer("Priority") {
                task.priority = priority >= 700 ? .high : priority <= 300 ? .low : .medium
            }
            if let notes = record["Notes"].map(MSPDIFormat.trim), !notes.isEmpty { task.description = notes }
            let percent = record.number("PercentComplete").map { Int($0.rounded()) } ?? 0
            if record.flag("Active") == false {
                task.status = .cancelled
                if percent > 0 { unmapped.append("inactive task \(row.label) was \(percent)% complete; imported as cancelled") }
            } else if percent >= 100 {
                task.status = .done
                let actual = record["ActualFinish"].flatMap(MSPDIFormat.parseDateTime).map { finishDay($0, after: start) }
                task.completedOn = actual ?? task.due ?? task.start ?? options.importedAt.date
            } else if percent > 0 {
                task.status = .inProgress
                task.progress = percent
            }
            let assigned = agenciesOfTask[row.uid] ?? []
            if let lead = assigned.first {
                task.lead = lead
                task.supports = Array(assigned.dropFirst())
            }
            tasks.append((stage, task, row))
        }

        // Links.
        for t in tasks.indices {
            let row = tasks[t].row
            var predecessors = Set<TaskID>()
            for link in row.record.nested["PredecessorLink", default: []] {
                guard let dependency = mapLink(link, successor: row, rows: rows, rowIndexOfUID: rowIndexOfUID, taskIDOfUID: taskIDOfUID)
                else { continue }
                guard predecessors.insert(dependency.task).inserted else {
                    unmapped.append("a second link from \(describe(dependency.task, rows, rowIndexOfUID)) to task \(row.label) is not kept")
                    continue
                }
                tasks[t].task.dependencies.append(dependency)
            }
        }
        breakCycles(&tasks, rows: rows, rowIndexOfUID: rowIndexOfUID)

        // Warnings for tasks without a stage summary.
        if !outside.isEmpty {
            warnings.append(PlanDiagnostic(.warning, .mspdiUnstaged,
                "\(count(outside.count, "task")) not under a summary task named Clear, Hold or Build went to stage clear: \(outside.map(\.rawValue).joined(separator: ", "))",
                at: SourceLocation(file: file, line: document.project.location.line, column: document.project.location.column)))
        }
        for (top, ids) in unstagedBySummary.sorted(by: { $0.key < $1.key }) {
            warnings.append(PlanDiagnostic(.warning, .mspdiUnstaged,
                "summary task \(rows[top].label) is not named Clear, Hold or Build; its \(count(ids.count, "task")) went to stage clear: \(ids.map(\.rawValue).joined(separator: ", "))",
                at: rows[top].record.location))
        }

        // The plan.
        var stages = StageKind.allCases.map { Stage(kind: $0) }
        for p in stages.indices {
            let window = windows[stages[p].kind]
            stages[p].plannedStart = window?.start
            stages[p].plannedEnd = window?.end
            if let s = window?.start, let e = window?.end, e < s { stages[p].plannedEnd = s }
            stages[p].tasks = tasks.filter { $0.stage == stages[p].kind }.map(\.task)
        }
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
        let summary = "imported from \(fileName) (Microsoft Project XML): \(count(tasks.count, "task")), "
            + "\(count(agencies.count, "agency", "agencies")), \(count(linkCount, "link")); "
            + "\(count(unmapped.count, "item")) not mapped"
        let plan = Plan(
            id: planID, revision: 1, classification: classification, title: title,
            area: Area(name: areaName),
            governance: Governance(leadAgency: options.agency, leadResponsibleOfficer: officer),
            agencies: agencies, stages: stages,
            history: [HistoryEvent(at: options.importedAt, agency: options.agency, kind: .imported,
                subject: planID.rawValue, actor: options.actor, text: summary)])
        let diagnostics = PlanValidator().validate(plan)
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw PlanReadError(diagnostics: errors.map { error in
                var located = error
                located.message = "the imported plan would be invalid: \(error.message)"
                located.location = located.location ?? SourceLocation(file: file, line: 1, column: 0)
                return located
            })
        }
        warnings += diagnostics.filter { $0.severity == .warning }
        return MSPDIImport(plan: plan, unmapped: unmapped, warnings: warnings)
    }

    // MARK: Dates

    /// A record's first and last day from its `Start` and `Finish` (or `Duration`).
    private func dates(of record: MSPDIDocument.Record) -> (start: CalendarDate?, end: CalendarDate?) {
        let start = record["Start"].flatMap(MSPDIFormat.parseDateTime)
        var end = record["Finish"].flatMap(MSPDIFormat.parseDateTime).map { finishDay($0, after: start?.date) }
        if end == nil, let start, let minutes = record["Duration"].flatMap({ MSPDIFormat.parseDuration($0, minutesPerDay: minutesPerDay) }) {
            let days = Int((minutes / Double(minutesPerDay)).rounded(.up))
            end = start.date.adding(days: max(days, 1) - 1)
        }
        return (start?.date, end)
    }

    /// The last working day of a finish: a finish at or before the start of the working day,
    /// on a later day than the start, means the work ended the day before
    /// (`2003-01-14T08:00:00` after a start on the 7th ends on the 13th).
    private func finishDay(_ finish: (date: CalendarDate, minutes: Int), after start: CalendarDate?) -> CalendarDate {
        if finish.minutes <= dayStartMinutes, let start, finish.date > start {
            return finish.date.adding(days: -1)
        }
        return finish.date
    }

    // MARK: Links

    private func describe(_ task: TaskID, _ rows: [Row], _ rowIndexOfUID: [Int: Int]) -> String {
        guard task.rawValue.hasPrefix("t-"), let uid = Int(task.rawValue.dropFirst(2)), let r = rowIndexOfUID[uid] else {
            return "'\(task)'"
        }
        return "task \(rows[r].label)"
    }

    private mutating func mapLink(
        _ link: MSPDIDocument.Record, successor: Row, rows: [Row], rowIndexOfUID: [Int: Int], taskIDOfUID: [Int: TaskID]
    ) -> Dependency? {
        let to = "task \(successor.label)"
        guard let uid = link.integer("PredecessorUID") else {
            unmapped.append("a link to \(to) names no predecessor; not kept")
            return nil
        }
        if link.flag("CrossProject") == true {
            unmapped.append("the link from another project (predecessor UID \(uid)) to \(to) is not kept")
            return nil
        }
        guard let r = rowIndexOfUID[uid] else {
            unmapped.append("the link from UID \(uid) to \(to) is not kept: there is no such task")
            return nil
        }
        let from = "task \(rows[r].label)"
        if rows[r].isSummary || rows[r].level == 0 {
            unmapped.append("the link from summary \(from) to \(to) is not kept (chb links tasks only)")
            return nil
        }
        guard let predecessor = taskIDOfUID[uid] else {
            unmapped.append("the link from \(from) to \(to) is not kept: the predecessor was not imported")
            return nil
        }
        if uid == successor.uid {
            unmapped.append("the link from \(to) to itself is not kept")
            return nil
        }
        let code = link.integer("Type") ?? MSPDIFormat.LinkType.finishToStart.rawValue
        let kind: Dependency.Kind
        switch MSPDIFormat.LinkType(rawValue: code) {
        case .finishToStart: kind = .finishToStart
        case .startToStart: kind = .startToStart
        case .finishToFinish: kind = .finishToFinish
        case .startToFinish:
            unmapped.append("the start-to-finish (SF) link from \(from) to \(to) is not kept: chb has no SF links")
            return nil
        case nil:
            unmapped.append("the link from \(from) to \(to) has unknown type \(code); not kept")
            return nil
        }
        var lagDays = 0
        let lag = link.number("LinkLag") ?? 0
        if lag != 0 {
            let format = link.integer("LagFormat") ?? MSPDIFormat.daysFormat
            let abbreviation = MSPDIFormat.LinkType(rawValue: code)!.abbreviation
            if MSPDIFormat.percentFormats.contains(format) {
                unmapped.append("the \(abbreviation) link from \(from) to \(to) has a lag in percent; kept without its lag")
            } else {
                let perDay = MSPDIFormat.elapsedFormats.contains(format) ? 1440.0 : Double(minutesPerDay)
                let days = lag / 10 / perDay
                let rounded = days.rounded(.toNearestOrAwayFromZero)
                lagDays = Int(max(min(rounded, 100_000), -100_000))
                if abs(days - rounded) > 1e-9 {
                    let shown = (days * 100).rounded() / 100
                    unmapped.append("the lag of the \(abbreviation) link from \(from) to \(to) is \(shown) days; rounded to \(lagDays)")
                }
            }
        }
        return Dependency(on: predecessor, type: kind, lagDays: lagDays)
    }

    /// Drops links until no cycle is left, listing each.
    private mutating func breakCycles(_ tasks: inout [(stage: StageKind, task: PlanTask, row: Row)], rows: [Row], rowIndexOfUID: [Int: Int]) {
        var index: [TaskID: Int] = [:]
        for (i, entry) in tasks.enumerated() { index[entry.task.id] = i }
        while let cycle = findDependencyCycle(in: tasks.map { ($0.task.id, $0.task.dependencies.map(\.task)) }),
            cycle.count >= 2, let t = index[cycle[cycle.count - 2]]
        {
            let predecessor = cycle[cycle.count - 1]
            tasks[t].task.dependencies.removeAll { $0.task == predecessor }
            let path = cycle.reversed().map { describe($0, rows, rowIndexOfUID) }.joined(separator: " → ")
            unmapped.append("the link from \(describe(predecessor, rows, rowIndexOfUID)) to \(describe(tasks[t].task.id, rows, rowIndexOfUID)) is not kept: it closes the cycle \(path)")
        }
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

    // MARK: Other content

    /// Lists kinds of content the importer never maps, once each, with counts.
    private mutating func noteIgnoredContent() {
        if document.calendarCount > 0 {
            unmapped.append("\(count(document.calendarCount, "calendar")) not imported: chb schedules in calendar days")
        }
        let tasks = document.tasks.filter { $0.flag("IsNull") != true }
        func countTasks(_ test: (MSPDIDocument.Record) -> Bool) -> Int { tasks.filter(test).count }
        // A "start no earlier than" on the start day (as chb writes) says nothing the start does not.
        let constrained = countTasks { record in
            let type = record.integer("ConstraintType") ?? 0
            let on = record["ConstraintDate"].flatMap(MSPDIFormat.parseDateTime)?.date
            return type != 0 && !(type == 4 && on != nil && on == record["Start"].flatMap(MSPDIFormat.parseDateTime)?.date)
        }
        if constrained > 0 { unmapped.append("date constraints of \(count(constrained, "task")) not imported") }
        let deadlines = countTasks { $0["Deadline"] != nil }
        if deadlines > 0 { unmapped.append("deadlines of \(count(deadlines, "task")) not imported") }
        let baselines = countTasks { $0.skipped["Baseline"] != nil }
        if baselines > 0 { unmapped.append("baselines of \(count(baselines, "task")) not imported") }
        let custom = countTasks { $0.skipped["ExtendedAttribute"] != nil }
            + document.resources.filter { $0.skipped["ExtendedAttribute"] != nil }.count
        if custom > 0 { unmapped.append("custom field values of \(count(custom, "task or resource", "tasks and resources")) not imported") }
        let costly = document.tasks.contains { ($0.number("Cost") ?? 0) != 0 || ($0.number("FixedCost") ?? 0) != 0 }
            || document.resources.contains { ($0.number("StandardRate") ?? 0) != 0 || ($0.number("Cost") ?? 0) != 0 }
        if costly { unmapped.append("costs and rates not imported") }
        let worked = document.assignments.contains { MSPDIFormat.parseDuration($0["Work"] ?? "", minutesPerDay: minutesPerDay).map { $0 != 0 } ?? false }
        if worked { unmapped.append("work and units of assignments not imported") }
    }

    private func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
