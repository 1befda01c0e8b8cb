public import PlanCore

/// A plan's history as `chb log` shows it: its events oldest first, optionally only those about
/// one subject or on or after a day.
///
/// Rendered as text or JSON (see ``rendered(as:)``).
public struct HistoryLog: Hashable, Sendable {
    /// The plan's id.
    public var planID: PlanID
    /// The plan's revision.
    public var revision: Int
    /// The events shown, in the history's order (oldest first).
    public var events: [HistoryEvent]
    /// How many events the history has in all.
    public var totalEvents: Int

    /// The history of a plan.
    /// - Parameters:
    ///   - plan: The plan.
    ///   - subject: Only events about this id (a task, criterion, measure, stage kind or the
    ///     plan's id).
    ///   - since: Only events on or after this day (UTC).
    public init(plan: Plan, subject: String? = nil, since: CalendarDate? = nil) {
        planID = plan.id
        revision = plan.revision
        events = plan.history.filter { event in
            (subject == nil || event.subject == subject) && (since.map { event.at.date >= $0 } ?? true)
        }
        totalEvents = plan.history.count
    }

    /// The log in a format.
    ///
    /// - ``ListingFormat/text``: one aligned line per event (instant, agency, kind, subject,
    ///   text with the actor in brackets; line breaks in the text become spaces), then
    ///   `3 of 30 events; revision 30`.
    /// - ``ListingFormat/json``: one line,
    ///   `{"plan","revision","events":[{"at","agency","kind","subject","actor","changes","text"}]}`,
    ///   with `actor` left out when there is none and `changes` (each `{"field","from","to"}`,
    ///   `from` or `to` left out when absent) when the event records none.
    /// - Returns: The whole text, ending with a newline.
    public func rendered(as format: ListingFormat) -> String {
        switch format {
        case .text: HistoryLogRenderer(log: self).text()
        case .json: HistoryLogRenderer(log: self).json()
        }
    }
}
