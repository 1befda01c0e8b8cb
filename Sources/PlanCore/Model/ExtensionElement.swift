/// An element from another organisation's namespace, carried through chb untouched.
///
/// chb never interprets extensions: it keeps the element's name, attributes (including the
/// namespace declarations it needs) and content so that it writes back what it read.
public struct ExtensionElement: Hashable, Sendable {
    /// The qualified name as written, e.g. `nwp:caseRef`.
    public var name: String
    /// The namespace the element is in (never empty, never chb's).
    public var namespace: String
    /// Attributes in document order, namespace declarations (`xmlns:p`) included.
    public var attributes: [Attribute]
    /// Child elements and text, in document order.
    public var children: [Child]

    /// Creates an extension element.
    public init(name: String, namespace: String, attributes: [Attribute] = [], children: [Child] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    /// One attribute of an extension element.
    public struct Attribute: Hashable, Sendable {
        /// The qualified name as written, e.g. `ref` or `xmlns:nwp`.
        public var name: String
        /// The attribute's value.
        public var value: String

        /// Creates an attribute.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Content of an extension element.
    public indirect enum Child: Hashable, Sendable {
        /// A nested element.
        case element(ExtensionElement)
        /// Character data.
        case text(String)
    }
}
