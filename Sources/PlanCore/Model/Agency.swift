/// A partner agency taking part in the operation.
public struct Agency: Hashable, Sendable, Identifiable {
    /// The agency's id, used by tasks, risks, notes and history.
    public var id: AgencyID
    /// What sort of organisation it is.
    public var kind: Kind
    /// The highest classification the agency may receive.
    public var clearance: Classification
    /// The agency's name.
    public var name: String
    /// A contact point (role, desk or address).
    public var contact: String?
    /// The fingerprints of the certificates whose signatures chb accepts from the agency
    /// (more than one while a key is being replaced).
    public var certificates: [CertificateFingerprint] = []
    /// Foreign-namespace content kept verbatim.
    public var extensions: [ExtensionElement]

    /// Creates an agency.
    public init(
        id: AgencyID, kind: Kind, clearance: Classification = .official, name: String,
        contact: String? = nil, extensions: [ExtensionElement] = []
    ) {
        self.id = id
        self.kind = kind
        self.clearance = clearance
        self.name = name
        self.contact = contact
        self.extensions = extensions
    }

    /// The sort of organisation an agency is.
    public enum Kind: String, CaseIterable, Sendable {
        /// A police force.
        case police
        /// A district, borough, county or unitary council.
        case localAuthority
        /// A housing association or council housing service.
        case housing
        /// Schools, colleges and education services.
        case education
        /// NHS bodies and public health.
        case health
        /// Fire and rescue service.
        case fire
        /// The office of the Police and Crime Commissioner.
        case policeAndCrimeCommissioner
        /// The Probation Service.
        case probation
        /// Charities and community groups.
        case voluntary
        /// Local businesses and their associations.
        case business
        /// Anything else.
        case other
    }
}
