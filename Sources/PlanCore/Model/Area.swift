/// The neighbourhood an operation covers.
public struct Area: Hashable, Sendable {
    /// The area's name, e.g. "Brookfield and Lower Wick".
    public var name: String
    /// Optional free-text description.
    public var description: String?
    /// Statistical or administrative areas that make it up.
    public var localities: [Locality]

    /// Creates an area.
    public init(name: String, description: String? = nil, localities: [Locality] = []) {
        self.name = name
        self.description = description
        self.localities = localities
    }
}

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
