import Foundation
import PlanCore
@testable import PlanXML
import Testing

/// The libxmlsec1 1.2.37 traps the issue lists, each shown on libxmlsec1's own check (the form
/// check bypassed), so that what chb relies on is the library's behaviour as configured here.
@Suite("Signatures: libxmlsec1's traps, as chb configures it")
struct XMLSecTrapTests {
    typealias S = SignedDocuments

    @Test("xmlSecDSigCtxVerify returns 0 for a document changed after signing: only the status tells")
    func returnValueIsNotTheVerdict() throws {
        let signed = S.text(try S.sign(S.updateBytes, with: S.partner))
        let changed = Array(signed.replacingOccurrences(of: "progress=\"20\"", with: "progress=\"90\"").utf8)
        let outcome = try XMLSecDocument.cryptography(of: changed, certificate: S.partner.certificate)
        #expect(outcome.result == 0)
        #expect(outcome.succeeded == false)
        #expect(outcome.referenceFailed)
        #expect(try XMLSecDocument.cryptography(of: Array(signed.utf8), certificate: S.partner.certificate).succeeded)
    }

    @Test("The headers agree with the library: xmlSecSize is 4 bytes, as Debian builds it (XMLSEC_NO_SIZE_T)")
    func sizeT() {
        #expect(XMLSec.failure == nil)
    }

    @Test("Reference URIs other than \"\" and transforms other than the spec's fail in libxmlsec1 too, with no fetch")
    func restrictedByLibrary() throws {
        let listener = try LoopbackListener()
        let signed = S.text(try S.sign(S.updateBytes, with: S.partner))
        let external = signed.replacingOccurrences(of: "<ds:Reference URI=\"\">", with: "<ds:Reference URI=\"\(listener.url("content"))\">")
        let xpath = signed.replacingOccurrences(of: "<ds:Transforms>", with: """
            <ds:Transforms><ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"><ds:XPath>not(ancestor-or-self::*[local-name()='task'])</ds:XPath></ds:Transform>
            """)
        for bytes in [external, xpath].map({ Array($0.utf8) }) {
            let outcome = try XMLSecDocument.cryptography(of: bytes, certificate: S.partner.certificate)
            #expect(outcome.succeeded == false)
            #expect(outcome.result < 0, "refused by configuration, not by a digest that happens to differ")
        }
        #expect(listener.acceptPendingConnections() == 0)
    }

    @Test("Manifests and RetrievalMethod URLs are never fetched, and KeyInfo never replaces the pinned key")
    func nothingFetched() throws {
        let listener = try LoopbackListener()
        let signed = S.text(try S.sign(S.updateBytes, with: S.partner))
        let start = signed.range(of: "<ds:KeyInfo>")!.lowerBound, end = signed.range(of: "</ds:KeyInfo>")!.upperBound
        let retrieval = signed.replacingCharacters(in: start..<end, with: """
            <ds:KeyInfo><ds:RetrievalMethod URI="\(listener.url("key"))" Type="http://www.w3.org/2000/09/xmldsig#X509Data"/></ds:KeyInfo>
            """)
        let manifest = signed.replacingOccurrences(of: "</ds:KeyInfo>", with: """
            </ds:KeyInfo><ds:Object><ds:Manifest><ds:Reference URI="\(listener.url("manifest"))"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:Manifest></ds:Object>
            """)
        // KeyInfo and Object are outside SignedInfo, so the signature itself still holds: it is
        // the form check that refuses them (HostileSignatureTests); the library fetches nothing.
        for bytes in [retrieval, manifest].map({ Array($0.utf8) }) {
            _ = try XMLSecDocument.cryptography(of: bytes, certificate: S.partner.certificate)
        }
        #expect(listener.acceptPendingConnections() == 0)
        // The key is the pinned certificate, whatever the document's KeyInfo says.
        let other = try XMLSecDocument.cryptography(of: Array(signed.utf8), certificate: S.lead.certificate)
        #expect(other.succeeded == false)
    }
}
