import PlanCore

extension MSPDIUnmappedItem.Row {
    /// `'Name' (UID 5)`, or `UID 5` for a task with no name.
    var label: String { name.isEmpty ? "UID \(uid)" : "'\(name)' (UID \(uid))" }
}

extension MSPDIUnmappedItem {
    /// The item in the words `chb import` prints after `not mapped: `.
    public var message: String {
        let at = line.map { " at line \($0)" } ?? ""
        switch kind {
        case .taskWithoutUID:
            return "a task without a UID\(at) was not imported"
        case .repeatedTaskUID(let uid):
            return "a second task with UID \(uid)\(at) was not imported"
        case .resourceWithoutUID:
            return "a resource without a UID\(at) was not imported"
        case .unnamedResource(let uid):
            return "resource UID \(uid) has no name; it is not an agency and its assignments are skipped"
        case .notWorkResource(let uid, let name, let type):
            let what = switch MSPDIFormat.ResourceType(rawValue: type) {
            case .material: "a material resource"
            case .cost: "a cost resource"
            case .work, nil: "not a work resource"
            }
            return "resource '\(name)' (UID \(uid)) is \(what), not an agency; its assignments are skipped"
        case .repeatedResourceUID(let uid, let name):
            return "a second resource with UID \(uid) ('\(name)') was not imported"
        case .assignmentIncomplete:
            return "an assignment\(at) names no task or resource; skipped"
        case .assignmentToUnknownTask(let uid):
            return "an assignment names task UID \(uid), which is not in the file; skipped"
        case .assignmentOfUnknownResource(let row, let uid):
            return "an assignment of task \(row.label) names resource UID \(uid), which is not in the file; skipped"
        case .summaryAssignment(let row, let agencyName):
            return "the assignment of '\(agencyName)' to summary task \(row.label) is not kept (chb has no summary tasks)"
        case .summaryFlattened(let row):
            return "summary task \(row.label) is not kept: its tasks are imported without it (chb has no summary tasks)"
        case .summaryLinks(let row):
            return "links of summary task \(row.label) are not kept (chb links tasks only)"
        case .externalTask(let row):
            return "task \(row.label) is an external task or inserted project; not imported"
        case .unnamedTask(let uid, let title):
            return "task UID \(uid) has no name; it is called '\(title)'"
        case .finishBeforeStart(let row, let finish, let start):
            return "task \(row.label) finishes (\(finish)) before it starts (\(start)); its finish was set to its start"
        case .longMilestone(let row, let start, let finish):
            return "milestone \(row.label) lasts from \(start) to \(finish); it was imported as a milestone on \(start)"
        case .inactiveWithProgress(let row, let percent):
            return "inactive task \(row.label) was \(percent)% complete; imported as cancelled"
        case .percentCompleteOutOfRange(let row, let text, let readAs):
            return "task \(row.label) has PercentComplete \(Self.quoted(text))\(at), not a number from 0 to 100; read as \(readAs)"
        case .durationBeyondLimit(let row, let text):
            return "task \(row.label) has Duration \(Self.quoted(text))\(at), longer than chb's limit of \(PlanValidator.maximumDays) days; imported without a due date"
        case .finishBeyondCalendar(let row, let text):
            return "task \(row.label) has Duration \(Self.quoted(text))\(at), which would end it after \(CalendarDate.latest); imported without a due date"
        case .repeatedLink(let from, let to):
            return "a second link from task \(from.label) to task \(to.label) is not kept"
        case .linkWithoutPredecessor(let to):
            return "a link to task \(to.label) names no predecessor; not kept"
        case .crossProjectLink(let uid, let to):
            return "the link from another project (predecessor UID \(uid)) to task \(to.label) is not kept"
        case .linkFromUnknownTask(let uid, let to):
            return "the link from UID \(uid) to task \(to.label) is not kept: there is no such task"
        case .linkFromSummary(let from, let to):
            return "the link from summary task \(from.label) to task \(to.label) is not kept (chb links tasks only)"
        case .linkFromSkippedTask(let from, let to):
            return "the link from task \(from.label) to task \(to.label) is not kept: the predecessor was not imported"
        case .selfLink(let row):
            return "the link from task \(row.label) to itself is not kept"
        case .startToFinishLink(let from, let to):
            return "the start-to-finish (SF) link from task \(from.label) to task \(to.label) is not kept: chb has no SF links"
        case .unknownLinkType(let from, let to, let code):
            return "the link from task \(from.label) to task \(to.label) has unknown type \(code); not kept"
        case .percentLag(let type, let from, let to):
            return "the \(type.rawValue) link from task \(from.label) to task \(to.label) has a lag in percent; kept without its lag"
        case .roundedLag(let type, let from, let to, let days, let rounded):
            let shown = (days * 100).rounded() / 100
            return "the lag of the \(type.rawValue) link from task \(from.label) to task \(to.label) is \(shown) days; rounded to \(rounded)"
        case .lagBeyondLimit(let type, let from, let to, let text):
            return "the \(type.rawValue) link from task \(from.label) to task \(to.label) has LinkLag \(Self.quoted(text))\(at), not a lag within chb's limit of ±\(PlanValidator.maximumDays) days; kept without its lag"
        case .cycleLink(let from, let to, let cycle):
            let path = cycle.map { "task \($0.label)" }.joined(separator: " → ")
            return "the link from task \(from.label) to task \(to.label) is not kept: it closes the cycle \(path)"
        case .calendars(let count):
            return "\(counted(count, "calendar")) not imported: chb schedules in calendar days"
        case .constraints(let count):
            return "date constraints of \(counted(count, "task")) not imported"
        case .deadlines(let count):
            return "deadlines of \(counted(count, "task")) not imported"
        case .baselines(let count):
            return "baselines 1 to 10 of \(counted(count, "task")) not imported (baseline 0 is)"
        case .customFields(let count):
            return "custom field values of \(counted(count, "task or resource", "tasks and resources")) not imported"
        case .costs:
            return "costs and rates not imported"
        case .assignmentWork:
            return "work and units of assignments not imported"
        }
    }

    /// A value as written, quoted, cut to 40 characters so that a hostile one cannot flood
    /// the output.
    private static func quoted(_ text: String) -> String {
        text.count <= 40 ? "'\(text)'" : "'\(text.prefix(40))…'"
    }
}
