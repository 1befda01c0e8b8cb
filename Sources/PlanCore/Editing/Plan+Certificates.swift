extension Plan {
    /// Pins a certificate for an agency: from now on chb accepts signatures made with it as
    /// the agency's (see "Signatures" in the plan format).
    ///
    /// Only the plan's lead agency pins or unpins certificates, in the full plan; one
    /// `edited` event records it.
    /// - Parameters:
    ///   - fingerprint: The certificate's SHA-256 fingerprint.
    ///   - id: The agency that signs with it.
    ///   - context: Who is acting, and when.
    /// - Throws: ``PlanChangeError`` when the plan is a view, the acting agency is not the
    ///   lead, the agency is unknown, the fingerprint is malformed or already pinned.
    public mutating func pinCertificate(
        _ fingerprint: CertificateFingerprint, for id: AgencyID, by context: ChangeContext
    ) throws(PlanChangeError) {
        try requireFullPlan()
        try requireCoordinator(context)
        try requireAgency(id)
        guard fingerprint.isWellFormed else {
            throw PlanChangeError(.certificate, "'\(fingerprint)' is not a SHA-256 fingerprint (64 hex digits)")
        }
        guard let a = agencies.firstIndex(where: { $0.id == id }) else { return }
        if agencies[a].certificates.contains(fingerprint) {
            throw PlanChangeError(.nothingToChange(.agency(id)))
        }
        agencies[a].certificates.append(fingerprint)
        record(.edited, about: .agency(id), "certificate \(fingerprint) pinned for agency '\(id)'", by: context)
    }

    /// Unpins a certificate of an agency: signatures made with it are refused from now on.
    ///
    /// - Parameters:
    ///   - fingerprint: The pinned certificate's SHA-256 fingerprint.
    ///   - id: The agency.
    ///   - context: Who is acting, and when.
    /// - Throws: ``PlanChangeError`` when the plan is a view, the acting agency is not the
    ///   lead, the agency is unknown, or the certificate is not pinned for it.
    public mutating func unpinCertificate(
        _ fingerprint: CertificateFingerprint, for id: AgencyID, by context: ChangeContext
    ) throws(PlanChangeError) {
        try requireFullPlan()
        try requireCoordinator(context)
        try requireAgency(id)
        guard let a = agencies.firstIndex(where: { $0.id == id }) else { return }
        guard let c = agencies[a].certificates.firstIndex(of: fingerprint) else {
            let pinned = agencies[a].certificates.map(\.rawValue)
            throw PlanChangeError(.certificate, "certificate \(fingerprint) is not pinned for agency '\(id)' "
                + (pinned.isEmpty ? "(it has none)" : "(pinned: \(pinned.joined(separator: ", ")))"))
        }
        agencies[a].certificates.remove(at: c)
        record(.edited, about: .agency(id), "certificate \(fingerprint) unpinned for agency '\(id)'", by: context)
    }

    /// The agencies whose signature a document of this plan may carry: the lead agency for
    /// the full plan, the lead or the view's `for` agency for a partner view.
    public var expectedSigners: [AgencyID] {
        switch view {
        case .full: [governance.leadAgency]
        case .partner(let agency, _): agency == governance.leadAgency ? [agency] : [governance.leadAgency, agency]
        }
    }
}
