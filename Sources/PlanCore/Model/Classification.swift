/// A Government Security Classification marking, ordered from least to most sensitive.
public enum Classification: String, CaseIterable, Comparable, Sendable {
    /// Routine public-sector business; shareable with every partner in the plan.
    case official = "OFFICIAL"
    /// Information whose loss would cause harm: for example enforcement targets and methods.
    case officialSensitive = "OFFICIAL-SENSITIVE"

    /// Orders markings by sensitivity: `official < officialSensitive`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs == .official && rhs == .officialSensitive
    }
}
