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
