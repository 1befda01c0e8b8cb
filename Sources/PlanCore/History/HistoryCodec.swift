/// How a plan's items are written as history changes and put back from them: the only code
/// that knows what a `change` element's `field`, `from` and `to` mean.
///
/// Every item kind has a field table (``fields(of:)``). Recording an event diffs the subject
/// item's fields before and after the change (``changes(from:to:)``), so an event carries every
/// field it changed by construction; undoing an event puts its `from` values back
/// (``Plan/asItStood(at:)``). An item added records every field as `to`, an item removed every
/// field as `from`, including where it stood (`phase` and `after`, the id of the item before
/// it, absent when it was first), so it can be put back where it was.
///
/// Values are written as the document writes them (dates `YYYY-MM-DD`, instants
/// `YYYY-MM-DDThh:mm:ssZ`, decimals in their shortest form, enumerations by their names, text
/// as is). A list element with several parts is written as its parts separated by one space,
/// the last part taking the rest of the value; a part that is not the last escapes `%` as
/// `%25` and a space as `%20`.
///
/// | item (subject) | field | value |
/// |---|---|---|
/// | plan (the plan's id) | `title`, `areaName`, `areaDescription`, `leadResponsibleOfficer`, `board`, `informationSharingAgreement` | text |
/// | | `locality` (list) | `scheme code` |
/// | | `leadAgency` | agency id |
/// | | `reviewCadenceDays` | positive integer |
/// | | `classification` | marking |
/// | | `baseline` (list) | `at name` (an instant, then the baseline's name) |
/// | stage (its kind) | `status` | `notStarted`, `active`, `complete` |
/// | | `plannedStart`, `plannedEnd`, `nextReview`, `started`, `completed` | date |
/// | | `objective` (list) | text |
/// | task | `phase` | stage kind; `after`: the task before it in its stage |
/// | | `lead` | agency id; `support` (list): agency id |
/// | | `status` | task status; `strand`, `priority`: their names |
/// | | `classification` | marking |
/// | | `start`, `due`, `completedOn`, `blockedSince` | date |
/// | | `durationDays` | integer ≥ 0; `progress`: integer 0–100 |
/// | | `title`, `description`, `owner`, `blockedReason` | text |
/// | | `dependsOn` (list) | `ref type lagDays` |
/// | | `note` (list) | `at agency text` |
/// | criterion | `phase`, `after` | as a task's |
/// | | `met` | `true` or `false`; `metOn`: date |
/// | | `statement`, `evidence` | text |
/// | measure | `after` | the measure before it |
/// | | `phase` | stage kind; `direction`: `increase` or `decrease` |
/// | | `name`, `unit` | text; `classification`: marking |
/// | | `baseline`, `target` | decimal |
/// | | `observation` (list) | `date value` or `date value source` |
/// | risk | `after` | the risk before it |
/// | | `likelihood`, `impact` | integer 1–5; `status`: `open`, `mitigated`, `closed` |
/// | | `owner` | agency id; `classification`: marking |
/// | | `description`, `mitigation` | text |
/// | agency | `after` | the agency before it |
/// | | `kind` | agency kind; `clearance`: marking |
/// | | `name`, `contact` | text |
/// | an `exported` event (the partner agency) | `sourceRevision` | the revision the view was cut from |
///
/// Extension elements are kept verbatim and never changed by chb; they are not in the history.
public enum HistoryCodec {
    /// The kinds of item a change can be about.
    public enum Item: String, CaseIterable, Sendable {
        /// The plan's header: title, area, governance, marking.
        case plan
        /// A stage.
        case stage
        /// A task.
        case task
        /// An exit criterion.
        case criterion
        /// A measure with its observations.
        case measure
        /// A risk.
        case risk
        /// An agency.
        case agency
        /// A partner view's export (changes no item).
        case export
    }

    /// The type of a field's values, as the validator checks them.
    public enum ValueType: Hashable, Sendable {
        /// Non-blank text.
        case text
        /// An id (`xs:NCName`).
        case id
        /// A date, `YYYY-MM-DD`.
        case date
        /// An integer in a range.
        case integer(ClosedRange<Int>)
        /// A decimal.
        case decimal
        /// `true` or `false`.
        case boolean
        /// One of these names.
        case choice([String])
        /// A dependency: `ref type lagDays`.
        case dependency
        /// A note: `at agency text`.
        case note
        /// An observation: `date value` or `date value source`.
        case observation
        /// A locality: `scheme code`.
        case locality
        /// A baseline: `at name`.
        case baseline
    }

    /// One field of an item.
    public struct Field: Hashable, Sendable {
        /// The field's name, as `change` elements write it.
        public var name: String
        /// Its values' type.
        public var type: ValueType
        /// Whether it is a list changed one element at a time.
        public var isList: Bool

        init(_ name: String, _ type: ValueType, list: Bool = false) {
            self.name = name
            self.type = type
            self.isList = list
        }
    }

    /// The fields of an item kind, in the order changes are written.
    public static func fields(of item: Item) -> [Field] {
        switch item {
        case .plan: planFields
        case .stage: stageFields
        case .task: taskFields
        case .criterion: criterionFields
        case .measure: measureFields
        case .risk: riskFields
        case .agency: agencyFields
        case .export: [Field("sourceRevision", .integer(0...Int.max))]
        }
    }

    /// The field of this name of an item kind, if it has one.
    public static func field(_ name: String, of item: Item) -> Field? {
        fields(of: item).first { $0.name == name }
    }

    private static let stageNames = StageKind.allCases.map(\.rawValue)
    private static let markings = Classification.allCases.map(\.rawValue)
    private static let days = 0...36_600

    private static let planFields: [Field] = [
        Field("title", .text), Field("areaName", .text), Field("areaDescription", .text),
        Field("locality", .locality, list: true), Field("leadAgency", .id), Field("leadResponsibleOfficer", .text),
        Field("board", .text), Field("reviewCadenceDays", .integer(1...36_600)), Field("informationSharingAgreement", .text),
        Field("classification", .choice(markings)), Field("baseline", .baseline, list: true),
    ]
    private static let stageFields: [Field] = [
        Field("status", .choice(Stage.Status.allCases.map(\.rawValue))), Field("plannedStart", .date), Field("plannedEnd", .date),
        Field("nextReview", .date), Field("started", .date), Field("completed", .date), Field("objective", .text, list: true),
    ]
    private static let taskFields: [Field] = [
        Field("phase", .choice(stageNames)), Field("after", .id), Field("lead", .id),
        Field("status", .choice(PlanTask.Status.allCases.map(\.rawValue))),
        Field("strand", .choice(PlanTask.Strand.allCases.map(\.rawValue))),
        Field("priority", .choice(PlanTask.Priority.allCases.map(\.rawValue))), Field("classification", .choice(markings)),
        Field("start", .date), Field("due", .date), Field("durationDays", .integer(days)), Field("progress", .integer(0...100)),
        Field("completedOn", .date), Field("blockedSince", .date), Field("title", .text), Field("description", .text),
        Field("support", .id, list: true), Field("owner", .text), Field("dependsOn", .dependency, list: true),
        Field("blockedReason", .text), Field("note", .note, list: true),
    ]
    private static let criterionFields: [Field] = [
        Field("phase", .choice(stageNames)), Field("after", .id), Field("met", .boolean), Field("metOn", .date),
        Field("statement", .text), Field("evidence", .text),
    ]
    private static let measureFields: [Field] = [
        Field("after", .id), Field("phase", .choice(stageNames)), Field("unit", .text),
        Field("direction", .choice(Measure.Direction.allCases.map(\.rawValue))), Field("classification", .choice(markings)),
        Field("name", .text), Field("baseline", .decimal), Field("target", .decimal), Field("observation", .observation, list: true),
    ]
    private static let riskFields: [Field] = [
        Field("after", .id), Field("likelihood", .integer(1...5)), Field("impact", .integer(1...5)),
        Field("status", .choice(Risk.Status.allCases.map(\.rawValue))), Field("owner", .id), Field("classification", .choice(markings)),
        Field("description", .text), Field("mitigation", .text),
    ]
    private static let agencyFields: [Field] = [
        Field("after", .id), Field("kind", .choice(Agency.Kind.allCases.map(\.rawValue))), Field("clearance", .choice(markings)),
        Field("name", .text), Field("contact", .text),
    ]

    // MARK: Values

    /// Whether a value is one of the field's type (the validator's check).
    public static func isValid(_ value: String, for field: Field) -> Bool {
        switch field.type {
        case .text: return !value.isBlank
        case .id: return value.isPortableID
        case .date: return CalendarDate(value) != nil
        case .integer(let range): return Int(value).map(range.contains) ?? false
        case .decimal: return DecimalValue(value) != nil
        case .boolean: return value == "true" || value == "false"
        case .choice(let names): return names.contains(value)
        case .dependency: return decodeDependency(value) != nil
        case .note: return decodeNote(value) != nil
        case .observation: return decodeObservation(value) != nil
        case .locality: return decodeLocality(value) != nil
        case .baseline: return decodeBaseline(value) != nil
        }
    }

    static func escape(_ part: String) -> String {
        part.replacingAll("%", with: "%25").replacingAll(" ", with: "%20")
    }

    static func unescape(_ part: Substring) -> String {
        String(part).replacingAll("%20", with: " ").replacingAll("%25", with: "%")
    }

    /// Splits a composite value into `count` parts, the last taking the rest.
    static func parts(_ value: String, _ count: Int) -> [Substring]? {
        let parts = value.split(separator: " ", maxSplits: count - 1, omittingEmptySubsequences: false)
        return parts.count == count ? parts : nil
    }

    static func encode(_ dependency: Dependency) -> String {
        "\(dependency.task.rawValue) \(dependency.type.rawValue) \(dependency.lagDays)"
    }

    static func decodeDependency(_ value: String) -> Dependency? {
        guard let p = parts(value, 3), String(p[0]).isPortableID, let type = Dependency.Kind(rawValue: String(p[1])),
              let lag = Int(p[2]) else { return nil }
        return Dependency(on: TaskID(String(p[0])), type: type, lagDays: lag)
    }

    static func encode(_ note: Note) -> String { "\(note.at) \(note.agency.rawValue) \(note.text)" }

    /// The note a `note` change's value writes, or `nil` when it is not one.
    public static func note(_ value: String) -> Note? { decodeNote(value) }

    static func decodeNote(_ value: String) -> Note? {
        guard let p = parts(value, 3), let at = Instant(p[0]), String(p[1]).isPortableID, !p[2].isEmpty else { return nil }
        return Note(at: at, agency: AgencyID(String(p[1])), text: String(p[2]))
    }

    static func encode(_ observation: Observation) -> String {
        "\(observation.date) \(observation.value)" + (observation.source.map { " \($0.rawValue)" } ?? "")
    }

    /// The observation an `observation` change's value writes, or `nil` when it is not one.
    public static func observation(_ value: String) -> Observation? { decodeObservation(value) }

    static func decodeObservation(_ value: String) -> Observation? {
        let p = value.split(separator: " ", omittingEmptySubsequences: false)
        guard p.count == 2 || p.count == 3, let date = CalendarDate(p[0]), let number = DecimalValue(p[1]) else { return nil }
        if p.count == 3 { guard String(p[2]).isPortableID else { return nil } }
        return Observation(date: date, value: number, source: p.count == 3 ? AgencyID(String(p[2])) : nil)
    }

    static func encode(_ locality: Locality) -> String { "\(escape(locality.scheme)) \(locality.code)" }

    static func decodeLocality(_ value: String) -> Locality? {
        guard let p = parts(value, 2), !p[0].isEmpty, !p[1].isEmpty else { return nil }
        return Locality(code: String(p[1]), scheme: unescape(p[0]))
    }

    static func encode(_ baseline: Baseline) -> String { "\(baseline.at) \(baseline.name)" }

    static func decodeBaseline(_ value: String) -> Baseline? {
        guard let p = parts(value, 2), let at = Instant(p[0]), !String(p[1]).isBlank else { return nil }
        return Baseline(name: String(p[1]), at: at)
    }

    // MARK: Diffing

    /// An item's fields: for each field that has a value, its values (one, or a list's
    /// elements in order).
    public typealias Values = [String: [String]]

    /// The changes that turn one state of an item into another, in field order; `nil`: the
    /// item is not there (before it was added, after it was removed).
    ///
    /// A list changes by its common beginning: the elements after it are removed from the end
    /// (last first), then the new ones added in order, so undoing the changes newest first
    /// puts the list back exactly.
    public static func changes(of item: Item, from before: Values?, to after: Values?) -> [HistoryChange] {
        var result: [HistoryChange] = []
        for field in fields(of: item) {
            let old = before?[field.name] ?? []
            let new = after?[field.name] ?? []
            if field.isList {
                var common = 0
                while common < old.count, common < new.count, old[common] == new[common] { common += 1 }
                for value in old[common...].reversed() { result.append(HistoryChange(field: field.name, from: value)) }
                for value in new[common...] { result.append(HistoryChange(field: field.name, to: value)) }
            } else if old.first != new.first {
                result.append(HistoryChange(field: field.name, from: old.first, to: new.first))
            }
        }
        return result
    }

    /// Undoes changes on an item's values, newest first; `nil` when a change names a field the
    /// item has not, or a list change adds or removes other than one element.
    ///
    /// A field is put back to its `from` value whatever it holds now: when a later event that
    /// recorded no changes (and so could not be undone) changed it too, the value before this
    /// event is still the one this event recorded. A list element added is taken out where it
    /// was last added (the end, unless such an event added more after it).
    public static func undo(_ changes: [HistoryChange], of item: Item, on values: Values) -> Values? {
        var values = values
        for change in changes.reversed() {
            guard let field = field(change.field, of: item) else { return nil }
            var current = values[field.name] ?? []
            if field.isList {
                guard (change.from == nil) != (change.to == nil) else { return nil }
                if let added = change.to, let last = current.lastIndex(of: added) { current.remove(at: last) }
                if let removed = change.from { current.append(removed) }
            } else {
                current = change.from.map { [$0] } ?? []
            }
            values[field.name] = current.isEmpty ? nil : current
        }
        return values
    }

    // MARK: Items as values

    static func put(_ value: String?, _ name: String, into values: inout Values) {
        if let value { values[name] = [value] }
    }

    static func put(_ list: [String], _ name: String, into values: inout Values) {
        if !list.isEmpty { values[name] = list }
    }

    static func values(ofHeader plan: Plan) -> Values {
        var v: Values = [:]
        put(plan.title, "title", into: &v)
        put(plan.area.name, "areaName", into: &v)
        put(plan.area.description, "areaDescription", into: &v)
        put(plan.area.localities.map(encode), "locality", into: &v)
        put(plan.governance.leadAgency.rawValue, "leadAgency", into: &v)
        put(plan.governance.leadResponsibleOfficer, "leadResponsibleOfficer", into: &v)
        put(plan.governance.board, "board", into: &v)
        put(plan.governance.reviewCadenceDays.map(String.init), "reviewCadenceDays", into: &v)
        put(plan.governance.informationSharingAgreement, "informationSharingAgreement", into: &v)
        put(plan.classification.rawValue, "classification", into: &v)
        put(plan.baselines.map(encode), "baseline", into: &v)
        return v
    }

    static func apply(header v: Values, to plan: inout Plan) -> Bool {
        guard let title = v["title"]?.first, let name = v["areaName"]?.first, let lead = v["leadAgency"]?.first,
              let officer = v["leadResponsibleOfficer"]?.first,
              let marking = v["classification"]?.first.flatMap(Classification.init(rawValue:)) else { return false }
        let localities = (v["locality"] ?? []).compactMap(decodeLocality)
        guard localities.count == (v["locality"] ?? []).count else { return false }
        let baselines = (v["baseline"] ?? []).compactMap(decodeBaseline)
        guard baselines.count == (v["baseline"] ?? []).count else { return false }
        var cadence: Int?
        if let days = v["reviewCadenceDays"]?.first { guard let d = Int(days) else { return false }; cadence = d }
        plan.title = title
        plan.area.name = name
        plan.area.description = v["areaDescription"]?.first
        plan.area.localities = localities
        plan.governance.leadAgency = AgencyID(lead)
        plan.governance.leadResponsibleOfficer = officer
        plan.governance.board = v["board"]?.first
        plan.governance.reviewCadenceDays = cadence
        plan.governance.informationSharingAgreement = v["informationSharingAgreement"]?.first
        plan.classification = marking
        plan.baselines = baselines
        return true
    }

    static func values(of stage: Stage) -> Values {
        var v: Values = [:]
        put(stage.status.rawValue, "status", into: &v)
        put(stage.plannedStart?.description, "plannedStart", into: &v)
        put(stage.plannedEnd?.description, "plannedEnd", into: &v)
        put(stage.nextReview?.description, "nextReview", into: &v)
        put(stage.started?.description, "started", into: &v)
        put(stage.completed?.description, "completed", into: &v)
        put(stage.objectives, "objective", into: &v)
        return v
    }

    static func apply(_ v: Values, to stage: inout Stage) -> Bool {
        guard let status = v["status"]?.first.flatMap(Stage.Status.init(rawValue:)) else { return false }
        var dates: [CalendarDate?] = []
        for name in ["plannedStart", "plannedEnd", "nextReview", "started", "completed"] {
            if let text = v[name]?.first {
                guard let date = CalendarDate(text) else { return false }
                dates.append(date)
            } else {
                dates.append(nil)
            }
        }
        stage.status = status
        stage.plannedStart = dates[0]
        stage.plannedEnd = dates[1]
        stage.nextReview = dates[2]
        stage.started = dates[3]
        stage.completed = dates[4]
        stage.objectives = v["objective"] ?? []
        return true
    }

    static func values(of task: PlanTask, phase: StageKind, after: TaskID?) -> Values {
        var v: Values = [:]
        put(phase.rawValue, "phase", into: &v)
        put(after?.rawValue, "after", into: &v)
        put(task.lead.rawValue, "lead", into: &v)
        put(task.status.rawValue, "status", into: &v)
        put(task.strand?.rawValue, "strand", into: &v)
        put(task.priority.rawValue, "priority", into: &v)
        put(task.classification?.rawValue, "classification", into: &v)
        put(task.start?.description, "start", into: &v)
        put(task.due?.description, "due", into: &v)
        put(task.durationDays.map(String.init), "durationDays", into: &v)
        put(task.progress.map(String.init), "progress", into: &v)
        put(task.completedOn?.description, "completedOn", into: &v)
        put(task.blockedSince?.description, "blockedSince", into: &v)
        put(task.title, "title", into: &v)
        put(task.description, "description", into: &v)
        put(task.supports.map(\.rawValue), "support", into: &v)
        put(task.owner, "owner", into: &v)
        put(task.dependencies.map(encode), "dependsOn", into: &v)
        put(task.blockedReason, "blockedReason", into: &v)
        put(task.notes.map(encode), "note", into: &v)
        return v
    }

    /// A field's one value as an optional date, or `.none` when the value is there but no date.
    private static func date(_ v: Values, _ name: String) -> CalendarDate?? {
        guard let text = v[name]?.first else { return .some(nil) }
        return CalendarDate(text).map { .some($0) } ?? .none
    }

    private static func integer(_ v: Values, _ name: String) -> Int?? {
        guard let text = v[name]?.first else { return .some(nil) }
        return Int(text).map { .some($0) } ?? .none
    }

    /// The task these values describe, keeping what history does not hold (extensions) from
    /// `kept`.
    static func task(id: TaskID, from v: Values, keeping kept: PlanTask?) -> PlanTask? {
        guard let lead = v["lead"]?.first, let status = v["status"]?.first.flatMap(PlanTask.Status.init(rawValue:)),
              let priority = v["priority"]?.first.flatMap(PlanTask.Priority.init(rawValue:)), let title = v["title"]?.first,
              let start = date(v, "start"), let due = date(v, "due"), let completedOn = date(v, "completedOn"),
              let blockedSince = date(v, "blockedSince"), let duration = integer(v, "durationDays"),
              let progress = integer(v, "progress") else { return nil }
        var strand: PlanTask.Strand?
        if let text = v["strand"]?.first { guard let s = PlanTask.Strand(rawValue: text) else { return nil }; strand = s }
        var marking: Classification?
        if let text = v["classification"]?.first { guard let c = Classification(rawValue: text) else { return nil }; marking = c }
        let dependencies = (v["dependsOn"] ?? []).compactMap(decodeDependency)
        let notes = (v["note"] ?? []).compactMap(decodeNote)
        guard dependencies.count == (v["dependsOn"] ?? []).count, notes.count == (v["note"] ?? []).count else { return nil }
        var task = kept ?? PlanTask(id: id, lead: AgencyID(lead), title: title)
        task.lead = AgencyID(lead)
        task.status = status
        task.strand = strand
        task.priority = priority
        task.classification = marking
        task.start = start
        task.due = due
        task.durationDays = duration
        task.progress = progress
        task.completedOn = completedOn
        task.blockedSince = blockedSince
        task.title = title
        task.description = v["description"]?.first
        task.supports = (v["support"] ?? []).map { AgencyID($0) }
        task.owner = v["owner"]?.first
        task.dependencies = dependencies
        task.blockedReason = v["blockedReason"]?.first
        task.notes = notes
        return task
    }

    static func values(of criterion: ExitCriterion, phase: StageKind, after: CriterionID?) -> Values {
        var v: Values = [:]
        put(phase.rawValue, "phase", into: &v)
        put(after?.rawValue, "after", into: &v)
        put(criterion.met ? "true" : "false", "met", into: &v)
        put(criterion.metOn?.description, "metOn", into: &v)
        put(criterion.statement, "statement", into: &v)
        put(criterion.evidence, "evidence", into: &v)
        return v
    }

    static func criterion(id: CriterionID, from v: Values) -> ExitCriterion? {
        guard let met = v["met"]?.first, met == "true" || met == "false", let statement = v["statement"]?.first,
              let metOn = date(v, "metOn") else { return nil }
        return ExitCriterion(id: id, met: met == "true", metOn: metOn, statement: statement, evidence: v["evidence"]?.first)
    }

    static func values(of measure: Measure, after: MeasureID?) -> Values {
        var v: Values = [:]
        put(after?.rawValue, "after", into: &v)
        put(measure.stage?.rawValue, "phase", into: &v)
        put(measure.unit, "unit", into: &v)
        put(measure.direction.rawValue, "direction", into: &v)
        put(measure.classification?.rawValue, "classification", into: &v)
        put(measure.name, "name", into: &v)
        put(measure.baseline.description, "baseline", into: &v)
        put(measure.target.description, "target", into: &v)
        put(measure.observations.map(encode), "observation", into: &v)
        return v
    }

    static func measure(id: MeasureID, from v: Values) -> Measure? {
        guard let unit = v["unit"]?.first, let direction = v["direction"]?.first.flatMap(Measure.Direction.init(rawValue:)),
              let name = v["name"]?.first, let baseline = v["baseline"]?.first.flatMap(DecimalValue.init),
              let target = v["target"]?.first.flatMap(DecimalValue.init) else { return nil }
        var stage: StageKind?
        if let text = v["phase"]?.first { guard let s = StageKind(rawValue: text) else { return nil }; stage = s }
        var marking: Classification?
        if let text = v["classification"]?.first { guard let c = Classification(rawValue: text) else { return nil }; marking = c }
        let observations = (v["observation"] ?? []).compactMap(decodeObservation)
        guard observations.count == (v["observation"] ?? []).count else { return nil }
        return Measure(
            id: id, stage: stage, unit: unit, direction: direction, classification: marking, name: name,
            baseline: baseline, target: target, observations: observations)
    }

    static func values(of risk: Risk, after: RiskID?) -> Values {
        var v: Values = [:]
        put(after?.rawValue, "after", into: &v)
        put(String(risk.likelihood), "likelihood", into: &v)
        put(String(risk.impact), "impact", into: &v)
        put(risk.status.rawValue, "status", into: &v)
        put(risk.owner.rawValue, "owner", into: &v)
        put(risk.classification?.rawValue, "classification", into: &v)
        put(risk.description, "description", into: &v)
        put(risk.mitigation, "mitigation", into: &v)
        return v
    }

    static func risk(id: RiskID, from v: Values) -> Risk? {
        guard let likelihood = v["likelihood"]?.first.flatMap({ Int($0) }), let impact = v["impact"]?.first.flatMap({ Int($0) }),
              let status = v["status"]?.first.flatMap(Risk.Status.init(rawValue:)), let owner = v["owner"]?.first,
              let description = v["description"]?.first else { return nil }
        var marking: Classification?
        if let text = v["classification"]?.first { guard let c = Classification(rawValue: text) else { return nil }; marking = c }
        return Risk(
            id: id, likelihood: likelihood, impact: impact, status: status, owner: AgencyID(owner),
            classification: marking, description: description, mitigation: v["mitigation"]?.first)
    }

    static func values(of agency: Agency, after: AgencyID?) -> Values {
        var v: Values = [:]
        put(after?.rawValue, "after", into: &v)
        put(agency.kind.rawValue, "kind", into: &v)
        put(agency.clearance.rawValue, "clearance", into: &v)
        put(agency.name, "name", into: &v)
        put(agency.contact, "contact", into: &v)
        return v
    }

    static func agency(id: AgencyID, from v: Values, keeping kept: Agency?) -> Agency? {
        guard let kind = v["kind"]?.first.flatMap(Agency.Kind.init(rawValue:)),
              let clearance = v["clearance"]?.first.flatMap(Classification.init(rawValue:)), let name = v["name"]?.first else { return nil }
        var agency = kept ?? Agency(id: id, kind: kind, name: name)
        agency.kind = kind
        agency.clearance = clearance
        agency.name = name
        agency.contact = v["contact"]?.first
        return agency
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
