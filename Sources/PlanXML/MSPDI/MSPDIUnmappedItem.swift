public import PlanCore

/// One thing in a Microsoft Project XML file that an import could not map to the plan, as
/// facts: what it was, which task, resource or link, and the element's line where known.
///
/// ``message`` words it the way `chb import` prints it; another front end can word the
/// ``kind`` its own way.
public struct MSPDIUnmappedItem: Hashable, Sendable {
    /// A task row of the file, as an item names it.
    public struct Row: Hashable, Sendable {
        /// The task's `UID`.
        public var uid: Int
        /// The task's `Name`, trimmed; empty when it has none.
        public var name: String

        /// Creates a row reference.
        public init(uid: Int, name: String) {
            self.uid = uid
            self.name = name
        }
    }

    /// The type of a kept link, as an item names it: FS, SS or FF.
    public enum LinkType: String, Hashable, Sendable {
        /// Finish to start.
        case finishToStart = "FS"
        /// Start to start.
        case startToStart = "SS"
        /// Finish to finish.
        case finishToFinish = "FF"
    }

    /// What could not be mapped.
    public enum Kind: Hashable, Sendable {
        /// A task element with no `UID`; not imported.
        case taskWithoutUID
        /// A task whose `UID` an earlier task has; not imported.
        case repeatedTaskUID(Int)
        /// A resource element with no `UID`; not imported.
        case resourceWithoutUID
        /// A resource with no name (other than MS Project's UID 0): not an agency.
        case unnamedResource(uid: Int)
        /// A material, cost or other non-work resource (its `Type` code): not an agency.
        case notWorkResource(uid: Int, name: String, type: Int)
        /// A resource whose `UID` an earlier resource has; not imported.
        case repeatedResourceUID(Int, name: String)
        /// An assignment with no `TaskUID` or `ResourceUID`.
        case assignmentIncomplete
        /// An assignment to a task UID the file does not have.
        case assignmentToUnknownTask(taskUID: Int)
        /// An assignment of a resource UID the file does not have.
        case assignmentOfUnknownResource(Row, resourceUID: Int)
        /// An agency assigned to a summary task.
        case summaryAssignment(Row, agencyName: String)
        /// A summary task that is not a stage: its tasks are imported without it.
        case summaryFlattened(Row)
        /// Links of a summary task.
        case summaryLinks(Row)
        /// An external task or inserted project.
        case externalTask(Row)
        /// A task with no name, given `title`.
        case unnamedTask(uid: Int, title: String)
        /// A task whose finish is before its start: its finish was set to its start.
        case finishBeforeStart(Row, finish: CalendarDate, start: CalendarDate)
        /// A milestone lasting more than a day: imported as a milestone on its start.
        case longMilestone(Row, start: CalendarDate, finish: CalendarDate)
        /// An inactive task that had progress: imported as cancelled.
        case inactiveWithProgress(Row, percent: Int)
        /// A `PercentComplete` that is not a number from 0 to 100 (`text` as written): read
        /// as `readAs`.
        case percentCompleteOutOfRange(Row, text: String, readAs: Int)
        /// A `Duration` longer than ``PlanValidator/maximumDays`` (or not finite): the task
        /// has no due date.
        case durationBeyondLimit(Row, text: String)
        /// A `Duration` that would end the task after 9999-12-31: the task has no due date.
        case finishBeyondCalendar(Row, text: String)
        /// A second link between the same two tasks.
        case repeatedLink(from: Row, to: Row)
        /// A link that names no predecessor.
        case linkWithoutPredecessor(to: Row)
        /// A link from a task of another project.
        case crossProjectLink(predecessorUID: Int, to: Row)
        /// A link from a UID the file does not have.
        case linkFromUnknownTask(predecessorUID: Int, to: Row)
        /// A link from a summary task.
        case linkFromSummary(from: Row, to: Row)
        /// A link from a task that was not imported.
        case linkFromSkippedTask(from: Row, to: Row)
        /// A link from a task to itself.
        case selfLink(Row)
        /// A start-to-finish link: chb has none.
        case startToFinishLink(from: Row, to: Row)
        /// A link with a `Type` code MSPDI does not define.
        case unknownLinkType(from: Row, to: Row, code: Int)
        /// A lag given in percent: the link is kept without it.
        case percentLag(LinkType, from: Row, to: Row)
        /// A lag that is not a whole number of days: rounded.
        case roundedLag(LinkType, from: Row, to: Row, days: Double, roundedTo: Int)
        /// A lag (`LinkLag` as written) that is not a number of days within
        /// ±``PlanValidator/maximumDays``: the link is kept without it.
        case lagBeyondLimit(LinkType, from: Row, to: Row, text: String)
        /// A link that would close a dependency cycle (`cycle`, from the predecessor round
        /// to it again).
        case cycleLink(from: Row, to: Row, cycle: [Row])
        /// Calendars: chb schedules in calendar days.
        case calendars(count: Int)
        /// Date constraints other than "start no earlier than" the start day, of `taskCount` tasks.
        case constraints(taskCount: Int)
        /// Deadlines of `taskCount` tasks.
        case deadlines(taskCount: Int)
        /// Baselines 1 to 10 of `taskCount` tasks (baseline 0 is imported as a chb baseline).
        case baselines(taskCount: Int)
        /// Custom field values of `count` tasks and resources.
        case customFields(count: Int)
        /// Costs and rates.
        case costs
        /// Work and units of assignments.
        case assignmentWork
    }

    /// What could not be mapped.
    public var kind: Kind
    /// The line of the element the item is about, where known.
    public var line: Int?

    /// Creates an item.
    public init(_ kind: Kind, line: Int? = nil) {
        self.kind = kind
        self.line = line
    }
}
