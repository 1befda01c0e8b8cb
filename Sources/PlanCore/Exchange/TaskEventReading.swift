/// A field of a task that a partner may change in its view, as a merge compares it.
enum PartnerField: String, CaseIterable, Hashable, Sendable {
    case status
    case progress
    case start
    case due
    case durationDays
    case blockedReason
    case notes

    /// The name the merge's reports and `merged` events use.
    var name: String { self == .blockedReason ? "blocked reason" : rawValue }
}

/// The value of one ``PartnerField``; `nil` inside means the task has none.
enum PartnerValue: Hashable, Sendable, CustomStringConvertible {
    case status(PlanTask.Status)
    case number(Int?)
    case date(CalendarDate?)
    case text(String?)

    /// As the history and the merge report write it: `none` for no value.
    var description: String {
        switch self {
        case .status(let status): status.rawValue
        case .number(let number): number.map(String.init) ?? "none"
        case .date(let date): date.map(String.init(describing:)) ?? "none"
        case .text(let text): text ?? "none"
        }
    }
}

extension PlanTask {
    /// The task's value of a field a partner may change (`nil` for notes, which have no one value).
    func value(of field: PartnerField) -> PartnerValue? {
        switch field {
        case .status: .status(status)
        case .progress: .number(progress)
        case .start: .date(start)
        case .due: .date(due)
        case .durationDays: .number(durationDays)
        case .blockedReason: .text(blockedReason)
        case .notes: nil
        }
    }
}

/// What one history event did to one field a partner may change.
struct TaskFieldChange: Hashable, Sendable {
    /// The field.
    var field: PartnerField
    /// Its value before the event, or `nil` when the event does not say.
    var old: PartnerValue?
    /// Its value after the event, or `nil` when the event does not say.
    var new: PartnerValue?
}

/// Reading the history's task events back: the one place that parses their text.
///
/// History events carry no structured values (the format has kind, subject, agency and a text),
/// so a merge that must know what a task's fields were when a partner's view was cut reads
/// the texts chb itself writes for each change of a task:
///
/// | Kind | Text | Written by |
/// |---|---|---|
/// | `taskStatusChanged`, `override` | `FROM → TO`, then nothing, `: reason` or ` by override of: …` | the task workflow |
/// | `taskUpdated` | `note: text` | adding a note |
/// | `taskUpdated` | `task 'ID' edited: due OLD → NEW, owner, …` (older plans: names only) | editing a task |
/// | `edited` | `task 'ID' re-planned: start OLD → NEW, due …, duration …; reason: …` | re-planning a task |
/// | `merged` | `progress|start|due|durationDays|blocked reason OLD → NEW (from AGENCY's update of revision N)`, `N new note(s) (from …)` | merging |
///
/// Anything else about a task (a `taskAdded` or removal, a hand-written or foreign event, a text
/// that does not parse) is *unreadable*: it may have changed any field, so a merge treats every
/// field as changed in a way it cannot know, which is the conservative answer (a conflict,
/// never a silent skip). A field an event names without its values (an older `edited:` event)
/// is changed with unknown values.
extension HistoryEvent {
    /// What the event did to `task` (which the event is about), read once: the fields a
    /// partner may change, with their values where recorded (an empty list when it changed
    /// none of them, `nil` when that cannot be read), and the names of the task's other fields
    /// it changed (`title`, `lead`, `strand`, `owner`…; empty for status changes, notes,
    /// re-plans and merges, `nil` when that cannot be read).
    func taskEffect(on task: TaskID) -> (partnerFields: [TaskFieldChange]?, otherFields: Set<String>?) {
        switch kind {
        case .taskStatusChanged, .override:
            return (Self.transition(text), [])
        case .taskUpdated:
            if text.hasPrefix("note: ") { return ([], []) }
            guard let list = text.removingPrefix("task '\(task)' edited: ") else { return (nil, nil) }
            return Self.edit(list)
        case .edited:
            guard let rest = text.removingPrefix("task '\(task)' re-planned: ") else { return (nil, nil) }
            guard let end = rest.firstRange(of: "; reason: ") else { return (nil, []) }
            return (Self.valueList(rest[..<end.lowerBound], names: ["start": .start, "due": .due, "duration": .durationDays]), [])
        case .merged:
            return (Self.merged(text, by: agency), [])
        default:
            return (nil, nil)
        }
    }

    /// What the event did to the fields a partner may change of `task`: see
    /// ``taskEffect(on:)``.
    func partnerFieldChanges(of task: TaskID) -> [TaskFieldChange]? { taskEffect(on: task).partnerFields }

    /// `FROM → TO` at the start of a transition's text, with what the workflow sets with it:
    /// done sets progress 100 (from a value the event does not record); a blocked reason comes
    /// with blocking and goes with leaving blocked (its old value is not recorded then).
    private static func transition(_ text: String) -> [TaskFieldChange]? {
        guard let arrow = text.firstRange(of: " → "), let from = PlanTask.Status(rawValue: String(text[..<arrow.lowerBound])) else {
            return nil
        }
        let rest = text[arrow.upperBound...]
        let word = rest.prefix { $0 != ":" && $0 != " " }
        let tail = rest[word.endIndex...]
        guard let to = PlanTask.Status(rawValue: String(word)), from != to,
              tail.isEmpty || tail.hasPrefix(": ") || tail.hasPrefix(" by override of: ") else { return nil }
        var changes = [TaskFieldChange(field: .status, old: .status(from), new: .status(to))]
        if to == .done { changes.append(TaskFieldChange(field: .progress, old: nil, new: .number(100))) }
        if from == .blocked {
            changes.append(TaskFieldChange(field: .blockedReason, old: nil, new: .text(nil)))
        } else if to == .blocked {
            changes.append(TaskFieldChange(field: .blockedReason, old: .text(nil), new: nil))
        }
        return changes
    }

    /// The fields ``PlanTask/fieldsChanged(from:)`` names, as a task edit lists them.
    private static let editedFields: Set<String> = [
        "lead", "strand", "priority", "classification", "start", "due", "duration", "progress", "title",
        "description", "supports", "owner", "dependencies", "notes", "extensions",
    ]

    /// A task edit's list: `due OLD → NEW` for dates and progress (a bare name in plans written
    /// before the values were recorded), other fields by name. An edit may also set the blocked
    /// reason without naming it, so that counts as changed, from a value not recorded.
    private static func edit(_ list: Substring) -> (partnerFields: [TaskFieldChange]?, otherFields: Set<String>?) {
        let names: [String: PartnerField] = ["start": .start, "due": .due, "duration": .durationDays, "progress": .progress, "notes": .notes]
        var changes: [TaskFieldChange]? = []
        var others = Set<String>()
        for item in list.split(separator: ", ", omittingEmptySubsequences: false) {
            let name = String(item.prefix { $0 != " " })
            guard editedFields.contains(name) else { return (nil, nil) }
            others.insert(name)
            guard let field = names[name] else { continue }
            if item == name || field == .notes {
                changes?.append(TaskFieldChange(field: field, old: nil, new: nil))
            } else if let values = valueList(item, names: [name: field]) {
                changes? += values
            } else {
                changes = nil
            }
        }
        changes?.append(TaskFieldChange(field: .blockedReason, old: nil, new: nil))
        return (changes, others)
    }

    /// `name OLD → NEW, name OLD → NEW` for dates and numbers (`none` for no value). A value
    /// that does not parse leaves that field changed from and to values not known.
    private static func valueList(_ list: Substring, names: [String: PartnerField]) -> [TaskFieldChange]? {
        var changes: [TaskFieldChange] = []
        for item in list.split(separator: ", ", omittingEmptySubsequences: false) {
            guard let space = item.firstIndex(of: " "), let field = names[String(item[..<space])] else { return nil }
            let values = item[item.index(after: space)...].split(separator: " → ", omittingEmptySubsequences: false)
            guard values.count == 2 else { return nil }
            changes.append(TaskFieldChange(field: field, old: value(values[0], of: field), new: value(values[1], of: field)))
        }
        return changes
    }

    /// A merge's own event: one change of one field, then ` (from AGENCY's update of revision N)`.
    private static func merged(_ text: String, by agency: AgencyID) -> [TaskFieldChange]? {
        guard let open = text.ranges(of: " (from ").last else { return nil }
        let origin = text[open.upperBound...]
        guard let number = origin.removingPrefix("\(agency)'s update of revision "), number.hasSuffix(")"),
              !number.dropLast().isEmpty, number.dropLast().allSatisfy(\.isASCIIDigit) else { return nil }
        let body = text[..<open.lowerBound]
        if let count = body.prefix(while: \.isASCIIDigit).nonEmpty,
           body.dropFirst(count.count) == " new note" || body.dropFirst(count.count) == " new notes" {
            return []
        }
        if let reasons = body.removingPrefix("blocked reason ") {
            // Reasons are free text: only a single arrow says where the old one ends.
            let parts = reasons.split(separator: " → ", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return [TaskFieldChange(field: .blockedReason, old: nil, new: nil)] }
            return [TaskFieldChange(field: .blockedReason, old: .text(String(parts[0])), new: .text(String(parts[1])))]
        }
        return valueList(body, names: ["progress": .progress, "start": .start, "due": .due, "durationDays": .durationDays])
    }

    /// A date, a number or `none`, as the field holds it; `nil` when it does not parse.
    private static func value(_ text: Substring, of field: PartnerField) -> PartnerValue? {
        switch field {
        case .start, .due:
            if text == "none" { return .date(nil) }
            return CalendarDate(text).map { .date($0) }
        case .progress, .durationDays:
            if text == "none" { return .number(nil) }
            return Int(text).map { .number($0) }
        case .status, .blockedReason, .notes:
            return nil
        }
    }
}

extension StringProtocol {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    fileprivate func removingPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }
}

extension Substring {
    fileprivate var nonEmpty: Substring? { isEmpty ? nil : self }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
