import PlanCore
import Testing

@Suite("Pinning agencies' signing certificates")
struct CertificatePinningTests {
    static let first = CertificateFingerprint(rawValue: String(repeating: "ab", count: 32))
    static let second = CertificateFingerprint(rawValue: String(repeating: "0f", count: 32))

    @Test("The lead pins and unpins, one edited event and one revision each")
    func pinAndUnpin() throws {
        var plan = Fixture.plan()
        try plan.pinCertificate(Self.first, for: "cou", by: Fixture.context())
        try plan.pinCertificate(Self.second, for: "cou", by: Fixture.context())
        #expect(plan.agency("cou")?.certificates == [Self.first, Self.second])
        #expect(plan.revision == 3)
        #expect(plan.history.last?.kind == .edited && plan.history.last?.subject == "cou")
        #expect(plan.history.last?.text == "certificate \(Self.second) pinned for agency 'cou'")
        try plan.unpinCertificate(Self.first, for: "cou", by: Fixture.context())
        #expect(plan.agency("cou")?.certificates == [Self.second])
        #expect(PlanValidator().validate(plan).filter { $0.severity == .error }.isEmpty)
    }

    @Test("Refused: not the lead, an unknown agency, twice, malformed, not pinned")
    func refusals() throws {
        var plan = Fixture.plan()
        #expect(throws: PlanChangeError.self) { try plan.pinCertificate(Self.first, for: "cou", by: Fixture.context(agency: "cou")) }
        #expect(throws: PlanChangeError.self) { try plan.pinCertificate(Self.first, for: "nobody", by: Fixture.context()) }
        #expect(throws: PlanChangeError.self) { try plan.pinCertificate(CertificateFingerprint(rawValue: "AB"), for: "cou", by: Fixture.context()) }
        #expect(throws: PlanChangeError.self) { try plan.unpinCertificate(Self.first, for: "cou", by: Fixture.context()) }
        try plan.pinCertificate(Self.first, for: "cou", by: Fixture.context())
        #expect(throws: PlanChangeError.self) { try plan.pinCertificate(Self.first, for: "cou", by: Fixture.context()) }
        #expect(plan.revision == 2)
    }

    @Test("The validator refuses a fingerprint that is not 64 lower-case hex digits, or pinned twice")
    func validation() {
        var plan = Fixture.plan()
        plan.agencies[1].certificates = [CertificateFingerprint(rawValue: String(repeating: "AB", count: 32)), Self.first, Self.first]
        let codes = PlanValidator().validate(plan).filter { $0.severity == .error }.map(\.code)
        #expect(codes == [.certificate, .certificate])
    }

    @Test("Fingerprints typed with colons and capitals are read; others are not")
    func parsing() {
        let typed = String(repeating: "AB:", count: 31) + "AB"
        #expect(CertificateFingerprint(parsing: typed) == CertificateFingerprint(rawValue: String(repeating: "ab", count: 32)))
        #expect(CertificateFingerprint(parsing: "abc") == nil)
        #expect(CertificateFingerprint(digest: [0x00, 0xff]).rawValue == "00ff")
    }

    @Test("A full plan is signed by its lead; a partner view by the lead or its agency")
    func expectedSigners() throws {
        let plan = Fixture.plan()
        #expect(plan.expectedSigners == ["pol"])
        var view = plan
        view.view = .partner(for: "cou", sourceRevision: 1)
        #expect(view.expectedSigners == ["pol", "cou"])
    }
}
