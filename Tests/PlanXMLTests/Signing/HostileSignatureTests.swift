import Foundation
import PlanCore
@testable import PlanXML
import TestSupport
import Testing

/// Signatures built to fool a verifier that trusts libxmlsec1's defaults: each is refused with
/// its own reason, and none makes chb open a connection (a loopback listener counts them).
@Suite("Signatures: hostile signatures refused")
struct HostileSignatureTests {
    typealias S = SignedDocuments

    /// A hostile case: its name, how to build it from a listener, and the reason expected.
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let code: SignatureError.Code
        let build: @Sendable (LoopbackListener) throws -> [UInt8]
        var description: String { name }
    }

    /// The update, signed by edu's pinned P-256 key: the base most cases are cut from.
    static func signedUpdate() throws -> String { S.text(try S.sign(S.updateBytes, with: S.partner)) }

    static func replacing(_ old: String, with new: String, in text: String) -> [UInt8] {
        precondition(text.contains(old), "fixture base lacks \(old)")
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    static func keyInfo(of text: String) -> String {
        let start = text.range(of: "<ds:KeyInfo>")!.lowerBound
        let end = text.range(of: "</ds:KeyInfo>")!.upperBound
        return String(text[start..<end])
    }

    static let cases: [Case] = [
        Case(name: "a key given in KeyValue only", code: .keyInfoNotAllowed) { _ in
            let text = try signedUpdate()
            return replacing(keyInfo(of: text), with: """
                <ds:KeyInfo><ds:KeyValue><ds:RSAKeyValue><ds:Modulus>AQAB</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue></ds:KeyInfo>
                """, in: text)
        },
        Case(name: "a certificate not pinned", code: .notPinned) { _ in
            try S.sign(S.updateBytes, with: S.stranger)
        },
        Case(name: "an expired certificate", code: .certificateOutOfDate) { _ in
            try S.sign(S.updateBytes, with: S.expired, at: Instant("2020-06-01T00:00:00Z")!)
        },
        Case(name: "an XPath transform that leaves a task out", code: .transformNotAllowed) { _ in
            replacing("<ds:Transforms>", with: """
                <ds:Transforms><ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"><ds:XPath>not(ancestor-or-self::*[local-name()='task'])</ds:XPath></ds:Transform>
                """, in: try signedUpdate())
        },
        Case(name: "a Manifest pointing at a URL", code: .manifestNotAllowed) { listener in
            replacing("</ds:KeyInfo>", with: """
                </ds:KeyInfo><ds:Object><ds:Manifest><ds:Reference URI="\(listener.url("manifest"))"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:Manifest></ds:Object>
                """, in: try signedUpdate())
        },
        Case(name: "a RetrievalMethod pointing at a URL", code: .retrievalMethodNotAllowed) { listener in
            let text = try signedUpdate()
            return replacing(keyInfo(of: text), with: """
                <ds:KeyInfo><ds:RetrievalMethod URI="\(listener.url("key"))" Type="http://www.w3.org/2000/09/xmldsig#X509Data"/></ds:KeyInfo>
                """, in: text)
        },
        Case(name: "a reference to an external URL", code: .referenceNotAllowed) { listener in
            replacing("<ds:Reference URI=\"\">", with: "<ds:Reference URI=\"\(listener.url("content"))\">", in: try signedUpdate())
        },
        Case(name: "a #id reference", code: .referenceNotAllowed) { _ in
            replacing("<ds:Reference URI=\"\">", with: "<ds:Reference URI=\"#t-h-school-sessions\">", in: try signedUpdate())
        },
        Case(name: "a signature wrapped under another root", code: .signatureNotOnRoot) { _ in
            // The genuine signed update moved inside a forged one's extensions.
            let genuine = try signedUpdate()
            let body = String(genuine[genuine.range(of: "<plan ")!.lowerBound...])
            let forged = S.text(S.updateBytes).replacingOccurrences(of: "Detached youth work", with: "Nothing")
            return replacing("</plan>", with: "<extensions><x:wrapped xmlns:x=\"urn:x-evil\">\(body)</x:wrapped></extensions>\n</plan>", in: forged)
        },
        Case(name: "two signatures", code: .multipleSignatures) { _ in
            let text = try signedUpdate()
            let signature = S.signatureElement(of: text)
            return replacing(signature, with: signature + "\n" + signature, in: text)
        },
        Case(name: "a signature not last", code: .signatureNotLast) { _ in
            let text = try signedUpdate()
            let signature = S.signatureElement(of: text)
            let moved = text.replacingOccurrences(of: signature + "\n", with: "")
            return replacing("  <history", with: signature + "\n  <history", in: moved)
        },
        Case(name: "SHA-1 digest and signature method", code: .algorithmNotAllowed) { _ in
            try S.sign(S.updateBytes, with: S.partner, profile: .init(sha1: true))
        },
        Case(name: "an RSA-1024 key", code: .weakKey) { _ in
            try S.sign(S.updateBytes, with: S.weakRSA, profile: .init(allowWeakKey: true))
        },
        Case(name: "no KeyInfo", code: .keyInfoNotAllowed) { _ in
            let text = try signedUpdate()
            return replacing(keyInfo(of: text), with: "", in: text)
        },
        Case(name: "a certificate chain in X509Data", code: .keyInfoNotAllowed) { _ in
            replacing("</ds:X509Data>", with: "<ds:X509Certificate>\(Data(S.lead.certificate.der).base64EncodedString())</ds:X509Certificate></ds:X509Data>", in: try signedUpdate())
        },
    ]

    @Test("Each hostile signature is refused with its reason, and nothing is fetched", arguments: cases)
    func refused(_ hostile: Case) throws {
        let listener = try LoopbackListener()
        #expect(try listener.selfTest() == 1)
        let bytes = try hostile.build(listener)
        let error = S.refusal(bytes, ["edu"])
        #expect(error?.code == hostile.code, "\(hostile.name): \(error.map(\.message) ?? "accepted")")
        #expect(error?.message.isEmpty == false)
        // The form check alone refuses every case but those about trust and strength.
        if ![.notPinned, .certificateOutOfDate, .weakKey].contains(hostile.code) {
            #expect(throws: SignatureError.self) { try XMLSignature.inspect(bytes) }
        }
        #expect(listener.acceptPendingConnections() == 0, "\(hostile.name) made chb open a connection")
    }

    @Test("A DOCTYPE in a signed document is refused before parsing, with no fetch")
    func doctype() throws {
        let listener = try LoopbackListener()
        let text = try Self.signedUpdate()
        let bytes = Self.replacing("<plan ", with: "<!DOCTYPE plan SYSTEM \"\(listener.url("dtd"))\">\n<plan ", in: text)
        #expect(S.refusal(bytes)?.code == .unreadableDocument)
        #expect(listener.acceptPendingConnections() == 0)
    }

    @Test("The reasons read well: what was found and what chb accepts")
    func reasons() throws {
        let xpath = try Self.cases.first { $0.code == .transformNotAllowed }!.build(LoopbackListener())
        #expect(S.refusal(xpath, ["edu"])?.message.contains("XPath") == true)
        let sha1 = try S.sign(S.updateBytes, with: S.partner, profile: .init(sha1: true))
        #expect(S.refusal(sha1, ["edu"])?.message.contains("SHA-1") == true)
        let stranger = try S.sign(S.updateBytes, with: S.stranger)
        #expect(S.refusal(stranger, ["edu"])?.message.contains("not a certificate pinned for 'edu'") == true)
    }
}

@Suite("Signatures: damaged signatures never crash")
struct DamagedSignatureTests {
    typealias S = SignedDocuments

    /// Whether the damaged byte sits in a base64 text whose decoded bytes are unchanged: the
    /// last character before `=` padding carries bits that decoding drops (`…Q==` and `…Z==`
    /// both decode to the same bytes), so such a change does not touch what is signed or the
    /// certificate. Which keys give such an ending varies with the key made for the run.
    static func sameBase64(_ original: [UInt8], _ damaged: [UInt8], at position: Int) -> Bool {
        var from = position, to = position
        while from > 0, original[from - 1] != UInt8(ascii: ">") { from -= 1 }
        while to < original.count, original[to] != UInt8(ascii: "<") { to += 1 }
        // Only text between two tags made of base64's alphabet, white space and padding.
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n\r\t".utf8)
        guard from < to, original[from..<to].allSatisfy(alphabet.contains), damaged[from..<to].allSatisfy(alphabet.contains) else { return false }
        func decoded(_ bytes: [UInt8]) -> Data? {
            Data(base64Encoded: String(decoding: bytes[from..<to].filter { $0 > 32 }, as: UTF8.self))
        }
        guard let before = decoded(original), let after = decoded(damaged) else { return false }
        return before == after
    }

    @Test("Every byte of the Signature element damaged in turn gives a verdict, never a crash, and no false 'valid' from a structural change")
    func damaged() throws {
        let signed = try S.sign(S.updateBytes, with: S.partner)
        let text = S.text(signed)
        let start = text[..<text.range(of: "<ds:Signature")!.lowerBound].utf8.count
        let end = text[..<text.range(of: "</ds:Signature>")!.upperBound].utf8.count
        var generator = SplitMix64(seed: 22)
        let replacements: [UInt8] = Array("<>\"=/ a0Z#&".utf8)
        var outcomes: [String: Int] = [:]
        for position in start..<end where position % 3 == 0 {
            var damaged = signed
            let replacement = replacements[Int(generator.next() % UInt64(replacements.count))]
            guard damaged[position] != replacement else { continue }
            damaged[position] = replacement
            do {
                let check = try XMLSignature.verify(damaged, trusting: S.anchors(["edu"]), at: S.now)
                outcomes["\(check == .unsigned ? "unsigned" : "valid")", default: 0] += 1
                // Only a byte that does not count can leave it valid: white space between the
                // signature's own elements, or inside base64 (which ignores it).
                if case .valid = check {
                    #expect(replacement == UInt8(ascii: " ") || [UInt8(ascii: "\n"), UInt8(ascii: "=")].contains(signed[position])
                                || Self.sameBase64(signed, damaged, at: position),
                            "byte \(position) ('\(Character(UnicodeScalar(signed[position])))' → '\(Character(UnicodeScalar(replacement)))') left it valid")
                }
            } catch {
                outcomes[error.code.rawValue, default: 0] += 1
            }
        }
        #expect(outcomes.values.reduce(0, +) > 300)
        #expect(outcomes["unreadable-document", default: 0] > 0)
    }
}
