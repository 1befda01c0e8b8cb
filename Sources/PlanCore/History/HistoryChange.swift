/// One field an event changed, as the history records it: the field's name as the plan format
/// names it, the value before and the value after, each written exactly as the document writes
/// that value. Written as a `change` element inside the event.
///
/// A list-valued field (a task's `support`, `dependsOn` and `note`, a stage's `objective`, a
/// measure's `observation`, the area's `locality`) changes one element at a time: `to` alone
/// adds the element at the end of the list, `from` alone removes it from the end. What each
/// field is, and how its value is written, is ``HistoryCodec``'s (the only code that reads or
/// writes change values).
public struct HistoryChange: Hashable, Sendable {
    /// The field, as the format names it: `status`, `progress`, `start`, `due`, `durationDays`…
    public var field: String
    /// The value before the change; `nil`: there was none.
    public var from: String?
    /// The value after the change; `nil`: it was removed.
    public var to: String?

    /// Creates a change.
    public init(field: String, from: String? = nil, to: String? = nil) {
        self.field = field
        self.from = from
        self.to = to
    }
}
