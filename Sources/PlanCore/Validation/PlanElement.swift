/// A place in a plan's structure, named by position so that duplicates stay distinct.
public enum PlanElement: Hashable, Sendable {
    /// The `plan` element.
    case plan
    /// The `area` element.
    case area
    /// The `governance` element.
    case governance
    /// The agency at this index.
    case agency(Int)
    /// The stage at this index of `stages`.
    case stage(Int)
    /// An objective: stage index, objective index.
    case objective(Int, Int)
    /// A criterion: stage index, criterion index.
    case criterion(Int, Int)
    /// A task: stage index, task index.
    case task(Int, Int)
    /// A supporting agency (`<support>`): stage index, task index, index among the task's supports.
    case support(Int, Int, Int)
    /// A dependency: stage index, task index, dependency index.
    case dependency(Int, Int, Int)
    /// A note: stage index, task index, note index.
    case note(Int, Int, Int)
    /// The measure at this index.
    case measure(Int)
    /// An observation: measure index, observation index.
    case observation(Int, Int)
    /// The risk at this index.
    case risk(Int)
    /// The baseline at this index.
    case baseline(Int)
    /// The history event at this index.
    case event(Int)
    /// A change of a history event: event index, change index.
    case change(Int, Int)
}
