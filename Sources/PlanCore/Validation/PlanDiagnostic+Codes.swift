extension PlanDiagnostic.Code {
    /// An id is not an `xs:NCName`.
    public static let invalidID = Self(rawValue: "invalid-id")
    /// An id is `clear`, `hold` or `build`.
    public static let reservedID = Self(rawValue: "reserved-id")
    /// Two things share an id.
    public static let duplicateID = Self(rawValue: "duplicate-id")
    /// A reference names no existing id of the right kind.
    public static let unknownReference = Self(rawValue: "unknown-reference")
    /// A task depends on itself.
    public static let selfDependency = Self(rawValue: "self-dependency")
    /// Dependencies form a cycle.
    public static let dependencyCycle = Self(rawValue: "dependency-cycle")
    /// The stages are not exactly clear, hold, build in that order.
    public static let stageOrder = Self(rawValue: "stage-order")
    /// A task's dates contradict each other.
    public static let inconsistentDates = Self(rawValue: "inconsistent-dates")
    /// `completedOn`, `blockedSince` or `blockedReason` is missing or present where it must not be.
    public static let statusFields = Self(rawValue: "status-fields")
    /// A complete stage still has open work or unmet criteria.
    public static let incompleteStage = Self(rawValue: "incomplete-stage")
    /// A criterion's `metOn` disagrees with `met`.
    public static let criterionDate = Self(rawValue: "criterion-date")
    /// A partner view holds something above its agency's clearance, or is marked wrongly.
    public static let clearance = Self(rawValue: "clearance")
    /// A supporting agency is the lead, or is listed twice.
    public static let support = Self(rawValue: "support")
    /// A text field is empty or blank.
    public static let blankText = Self(rawValue: "blank-text")
    /// A number is out of its allowed range.
    public static let outOfRange = Self(rawValue: "out-of-range")
    /// A history event's `change` names a field its subject has not, or a value not of that
    /// field's type.
    public static let invalidChange = Self(rawValue: "invalid-change")
    /// Warning: a task is dated outside its stage's planned window.
    public static let outsideStageWindow = Self(rawValue: "outside-stage-window")
    /// Warning: an agency leads and supports no task.
    public static let idleAgency = Self(rawValue: "idle-agency")
    /// An agency's pinned certificate is not a SHA-256 fingerprint, or is pinned twice.
    public static let certificate = Self(rawValue: "certificate")
}
