/// Bounds a reader enforces on untrusted input before and while libxml2 sees it.
///
/// libxml2 2.9.14 has built-in limits, but they are generous (10 MB per text value, depth 256)
/// and it spends quadratic time on elements with very many attributes, so chb checks its own,
/// smaller bounds in a linear pre-scan first.
public struct ReadLimits: Hashable, Sendable {
    /// The largest input accepted, in bytes.
    public var maximumInputBytes: Int
    /// The deepest element nesting accepted.
    public var maximumDepth: Int
    /// The most attributes (namespace declarations included) on one element.
    public var maximumAttributesPerElement: Int
    /// The longest text or attribute value, in bytes.
    public var maximumValueBytes: Int

    /// Creates limits.
    public init(
        maximumInputBytes: Int = 64 << 20, maximumDepth: Int = 64,
        maximumAttributesPerElement: Int = 256, maximumValueBytes: Int = 1 << 20
    ) {
        self.maximumInputBytes = maximumInputBytes
        self.maximumDepth = maximumDepth
        self.maximumAttributesPerElement = maximumAttributesPerElement
        self.maximumValueBytes = maximumValueBytes
    }

    /// The limits chb uses unless told otherwise: 64 MiB, depth 64, 256 attributes, 1 MiB values.
    public static let standard = ReadLimits()
}
