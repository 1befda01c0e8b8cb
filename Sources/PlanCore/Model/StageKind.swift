/// Which of the three stages of the approach a stage is.
public enum StageKind: String, CaseIterable, Comparable, Sendable {
    /// Enforcement to remove the organised crime groups.
    case clear
    /// Holding the ground so no other group moves in.
    case hold
    /// Building a resilient community with partners.
    case build

    /// Orders stages as they run: clear, hold, build.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }

    /// The stage's position: 0, 1 or 2.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    /// The stage before this one, if any.
    public var previous: StageKind? { index > 0 ? Self.allCases[index - 1] : nil }

    /// The stage's name for people: "Clear", "Hold", "Build".
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
