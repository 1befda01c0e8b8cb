/// One coded locality, e.g. an ONS LSOA, a ward or a postcode district.
public struct Locality: Hashable, Sendable {
    /// The code in its scheme, e.g. `E01099123`.
    public var code: String
    /// The coding scheme, e.g. `ONS-LSOA`, `ward`, `postcode-district`.
    public var scheme: String

    /// Creates a locality.
    public init(code: String, scheme: String) {
        self.code = code
        self.scheme = scheme
    }
}
