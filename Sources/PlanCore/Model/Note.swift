/// A dated remark an agency added to a task.
public struct Note: Hashable, Sendable {
    /// When the note was written.
    public var at: Instant
    /// Who wrote it.
    public var agency: AgencyID
    /// What it says.
    public var text: String

    /// Creates a note.
    public init(at: Instant, agency: AgencyID, text: String) {
        self.at = at
        self.agency = agency
        self.text = text
    }
}
