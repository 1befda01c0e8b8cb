internal import CLibXML2
internal import CXMLSec
import Foundation
import PlanCore

/// The one place libxmlsec1 sees a document: parse, check the signature's form, sign, verify.
///
/// Each libxml2 document and xmlsec context has one owner, freed by a `defer` beside its
/// creation; nodes belong to their document. No C type leaves this file. (Both C modules are
/// imported: their shims include the same libxml2 headers, and Swift sees the node types as
/// CLibXML2's.)
enum XMLSecDocument {
    static let excC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    static let enveloped = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
    static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
    static let ecdsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
    static let rsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    /// Canonicalisations accepted for `SignedInfo` (exclusive is what chb writes).
    static let signedInfoC14N = [excC14N, "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/2006/12/xml-c14n11"]

    // MARK: Parsing

    /// Parses a document with the reader's safe options, after the reader's pre-scan (no
    /// DOCTYPE, no entities, no network, no XInclude, bounded size); the caller frees it.
    static func parse(_ bytes: [UInt8]) throws(SignatureError) -> xmlDocPtr {
        try XMLSec.ready()
        let parsed: Result<xmlDocPtr, SignatureError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(PlanReadError) {
                _ = try InputScan(buffer, file: "document", limits: .standard)
            } catch {
                return .failure(SignatureError(.unreadableDocument, error.diagnostics.first?.message ?? "the document is not XML chb reads"))
            }
            guard let context = xmlNewParserCtxt() else { return .failure(SignatureError(.libraryFailure, "no memory to parse the document")) }
            defer { xmlFreeParserCtxt(context) }
            let document = buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), "document", nil, LibXML.parseOptions)
            }
            guard let document else { return .failure(SignatureError(.unreadableDocument, "the document is not well-formed XML")) }
            guard context.pointee.wellFormed != 0, document.pointee.intSubset == nil, xmlDocGetRootElement(document) != nil else {
                xmlFreeDoc(document)
                return .failure(SignatureError(.unreadableDocument, "the document is not well-formed XML without a DOCTYPE"))
            }
            return .success(document)
        }
        return try parsed.get()
    }

    // MARK: Nodes

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func name(_ node: xmlNodePtr) -> String { string(node.pointee.name) ?? "" }

    private static func namespace(_ node: xmlNodePtr) -> String { string(node.pointee.ns?.pointee.href) ?? "" }

    private static func isDSig(_ node: xmlNodePtr, _ local: String) -> Bool {
        name(node) == local && namespace(node) == XMLSignature.namespace
    }

    private static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The text of a node's text and CDATA children (no allocation by libxml2).
    private static func text(of node: xmlNodePtr) -> String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                result += string(current.pointee.content) ?? ""
            }
            child = current.pointee.next
        }
        return result
    }

    /// An attribute without namespace, or `nil` when absent.
    private static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if current.pointee.ns == nil, string(current.pointee.name) == wanted {
                var value = ""
                var child = current.pointee.children
                while let part = child {
                    value += string(part.pointee.content) ?? ""
                    child = part.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// Every element of the document named `local` in the XML-DSig namespace.
    private static func descendants(of root: xmlNodePtr, named local: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack = [root]
        while let node = stack.popLast() {
            if isDSig(node, local) { found.append(node) }
            stack.append(contentsOf: elements(of: node).reversed())
        }
        return found
    }

    private static func label(_ node: xmlNodePtr) -> String {
        let ns = namespace(node)
        return ns == XMLSignature.namespace ? "ds:\(name(node))" : ns.isEmpty ? name(node) : "\(name(node)) (namespace \(ns))"
    }

    // MARK: The signature's form

    /// What the form check found: the `Signature` node and the certificate it carries.
    struct Form {
        let signature: xmlNodePtr
        let certificate: SigningCertificate
    }

    /// Checks the signature's form; `nil` when the document has no signature.
    static func form(of document: xmlDocPtr) throws(SignatureError) -> Form? {
        guard let root = xmlDocGetRootElement(document) else {
            throw SignatureError(.unreadableDocument, "the document has no root element")
        }
        let signatures = descendants(of: root, named: "Signature")
        guard let signature = signatures.first else { return nil }
        guard signatures.count == 1 else {
            throw SignatureError(.multipleSignatures, "the document carries \(signatures.count) signatures; a chb document has at most one")
        }
        guard signature.pointee.parent == root else {
            let parent = signature.pointee.parent.map { label($0) } ?? "nothing"
            throw SignatureError(.signatureNotOnRoot,
                "the signature is inside '\(parent)', not a child of the root '\(name(root))': it does not sign this document (a signature wrapped in other content is refused)")
        }
        guard name(root) == "plan", namespace(root) == PlanNamespace.uri else {
            throw SignatureError(.unreadableDocument, "the root element is '\(label(root))', not a chb plan")
        }
        if let after = elements(of: root).last, after != signature {
            throw SignatureError(.signatureNotLast, "the signature is followed by '\(label(after))'; it must be the last child of 'plan'")
        }
        // The children of Signature: SignedInfo, SignatureValue, KeyInfo; no Object.
        let parts = elements(of: signature)
        if let object = parts.first(where: { isDSig($0, "Object") }) {
            let manifest = descendants(of: object, named: "Manifest").isEmpty ? "an Object" : "a Manifest"
            throw SignatureError(.manifestNotAllowed, "the signature holds \(manifest); chb accepts no Object or Manifest (their references are not part of the signed document)")
        }
        if !descendants(of: signature, named: "RetrievalMethod").isEmpty {
            throw SignatureError(.retrievalMethodNotAllowed, "the signature's KeyInfo holds a RetrievalMethod; chb never fetches a key from elsewhere: the signature must carry the signer's X.509 certificate")
        }
        guard parts.count >= 2, isDSig(parts[0], "SignedInfo"), isDSig(parts[1], "SignatureValue") else {
            throw SignatureError(.malformedSignature, "the signature's children are \(parts.map { label($0) }.joined(separator: ", ")); expected ds:SignedInfo, ds:SignatureValue, ds:KeyInfo")
        }
        guard parts.count == 3, isDSig(parts[2], "KeyInfo") else {
            throw SignatureError(.keyInfoNotAllowed, parts.count == 2
                ? "the signature has no KeyInfo; it must carry the signer's X.509 certificate"
                : "the signature's children are \(parts.map { label($0) }.joined(separator: ", ")); expected ds:SignedInfo, ds:SignatureValue, ds:KeyInfo")
        }
        let isEC = try checkSignedInfo(parts[0])
        let certificate = try checkKeyInfo(parts[2])
        guard certificate.isEC == isEC else {
            throw SignatureError(.algorithmNotAllowed, "the signature method is \(isEC ? "ECDSA" : "RSA") but the certificate's key is \(certificate.keyDescription)")
        }
        return Form(signature: signature, certificate: certificate)
    }

    /// Checks `SignedInfo`; returns whether the signature method is ECDSA.
    private static func checkSignedInfo(_ signedInfo: xmlNodePtr) throws(SignatureError) -> Bool {
        let parts = elements(of: signedInfo)
        guard parts.count >= 2, isDSig(parts[0], "CanonicalizationMethod"), isDSig(parts[1], "SignatureMethod") else {
            throw SignatureError(.malformedSignature, "SignedInfo's children are \(parts.map { label($0) }.joined(separator: ", ")); expected ds:CanonicalizationMethod, ds:SignatureMethod, ds:Reference")
        }
        let c14n = attribute(parts[0], "Algorithm") ?? ""
        guard signedInfoC14N.contains(c14n) else {
            throw SignatureError(.algorithmNotAllowed, "the canonicalisation '\(c14n)' is not accepted; use exclusive canonicalisation (\(excC14N))")
        }
        try checkOnlyInclusiveNamespaces(parts[0])
        let method = attribute(parts[1], "Algorithm") ?? ""
        guard method == ecdsaSHA256 || method == rsaSHA256 else {
            throw SignatureError(.algorithmNotAllowed, "the signature method '\(method)'\(method.lowercased().contains("sha1") ? " (SHA-1)" : "") is not accepted; chb accepts ECDSA-SHA256 (\(ecdsaSHA256)) or RSA-SHA256 (\(rsaSHA256))")
        }
        guard elements(of: parts[1]).isEmpty else {
            throw SignatureError(.algorithmNotAllowed, "the signature method has parameters (\(elements(of: parts[1]).map { label($0) }.joined(separator: ", "))); none are accepted")
        }
        let references = Array(parts.dropFirst(2))
        guard references.allSatisfy({ isDSig($0, "Reference") }) else {
            throw SignatureError(.malformedSignature, "SignedInfo holds \(references.filter { !isDSig($0, "Reference") }.map { label($0) }.joined(separator: ", ")) besides its references")
        }
        guard references.count == 1, let reference = references.first else {
            throw SignatureError(.referenceNotAllowed, "the signature has \(references.count) references; chb accepts exactly one, URI=\"\" (the whole document)")
        }
        try checkReference(reference)
        return method == ecdsaSHA256
    }

    private static func checkReference(_ reference: xmlNodePtr) throws(SignatureError) {
        guard let uri = attribute(reference, "URI") else {
            throw SignatureError(.referenceNotAllowed, "the Reference has no URI; chb accepts only URI=\"\" (the whole document)")
        }
        guard uri.isEmpty else {
            let what = uri.hasPrefix("#") ? "signs only the element with that id, not the whole document" : "points outside the document"
            throw SignatureError(.referenceNotAllowed, "Reference URI=\"\(uri)\" \(what); chb accepts only URI=\"\"")
        }
        let parts = elements(of: reference)
        guard parts.count == 3, isDSig(parts[0], "Transforms"), isDSig(parts[1], "DigestMethod"), isDSig(parts[2], "DigestValue") else {
            throw SignatureError(.malformedSignature, "the Reference's children are \(parts.map { label($0) }.joined(separator: ", ")); expected ds:Transforms, ds:DigestMethod, ds:DigestValue")
        }
        let transforms = elements(of: parts[0])
        for transform in transforms where !isDSig(transform, "Transform") {
            throw SignatureError(.malformedSignature, "Transforms holds '\(label(transform))'")
        }
        let algorithms = transforms.map { attribute($0, "Algorithm") ?? "" }
        if let other = algorithms.first(where: { $0 != enveloped && $0 != excC14N }) {
            let kind = other.contains("xpath") || other.contains("xmldsig-filter2") ? "an XPath transform, which can leave parts of the document unsigned"
                : other.contains("xslt") ? "an XSLT transform" : "a transform chb does not accept"
            throw SignatureError(.transformNotAllowed, "the Reference uses '\(other)', \(kind); chb accepts exactly enveloped-signature then exclusive canonicalisation")
        }
        guard algorithms == [enveloped, excC14N] else {
            throw SignatureError(.transformNotAllowed, "the Reference's transforms are \(algorithms.isEmpty ? "none" : algorithms.joined(separator: ", ")); chb accepts exactly enveloped-signature then exclusive canonicalisation")
        }
        guard elements(of: transforms[0]).isEmpty else {
            throw SignatureError(.transformNotAllowed, "the enveloped-signature transform has parameters; none are accepted")
        }
        try checkOnlyInclusiveNamespaces(transforms[1])
        let digest = attribute(parts[1], "Algorithm") ?? ""
        guard digest == sha256 else {
            throw SignatureError(.algorithmNotAllowed, "the digest '\(digest)'\(digest.lowercased().contains("sha1") ? " (SHA-1)" : "") is not accepted; chb requires SHA-256 (\(sha256))")
        }
    }

    /// Exclusive canonicalisation may name inclusive namespace prefixes; nothing else.
    private static func checkOnlyInclusiveNamespaces(_ node: xmlNodePtr) throws(SignatureError) {
        for child in elements(of: node) where !(name(child) == "InclusiveNamespaces" && namespace(child) == excC14N) {
            throw SignatureError(.transformNotAllowed, "'\(label(node))' has the parameter '\(label(child))', which chb does not accept")
        }
    }

    private static func checkKeyInfo(_ keyInfo: xmlNodePtr) throws(SignatureError) -> SigningCertificate {
        let parts = elements(of: keyInfo)
        if let keyValue = parts.first(where: { isDSig($0, "KeyValue") }) {
            throw SignatureError(.keyInfoNotAllowed, "the signature gives its key as '\(label(keyValue))'; chb accepts only the signer's X.509 certificate (X509Data/X509Certificate), which must be pinned")
        }
        guard parts.count == 1, isDSig(parts[0], "X509Data") else {
            throw SignatureError(.keyInfoNotAllowed, "KeyInfo holds \(parts.isEmpty ? "nothing" : parts.map { label($0) }.joined(separator: ", ")); chb accepts exactly one X509Data holding the signer's certificate")
        }
        let data = elements(of: parts[0])
        guard data.count == 1, isDSig(data[0], "X509Certificate") else {
            throw SignatureError(.keyInfoNotAllowed, "X509Data holds \(data.isEmpty ? "nothing" : data.map { label($0) }.joined(separator: ", ")); chb accepts exactly one X509Certificate (the signer's, no chain)")
        }
        guard let der = Data(base64Encoded: text(of: data[0]), options: .ignoreUnknownCharacters), !der.isEmpty else {
            throw SignatureError(.unreadableCertificate, "the X509Certificate is not base64")
        }
        do {
            return try OpenSSLCertificates.read(Array(der))
        } catch {
            throw SignatureError(.unreadableCertificate, "the signer's certificate cannot be read: \(error.message)")
        }
    }

    // MARK: Checking

    static func inspect(_ bytes: [UInt8]) throws(SignatureError) -> SigningCertificate? {
        let document = try parse(bytes)
        defer { xmlFreeDoc(document) }
        return try form(of: document)?.certificate
    }

    static func verify(_ bytes: [UInt8], anchors: [XMLSignature.Anchor], at instant: Instant) throws(SignatureError) -> XMLSignature.Check {
        let document = try parse(bytes)
        defer { xmlFreeDoc(document) }
        guard let form = try form(of: document) else { return .unsigned }
        let certificate = form.certificate
        guard certificate.hasAllowedKey else {
            throw SignatureError(.weakKey, "the signer's key is \(certificate.keyDescription); chb accepts P-256 or RSA of 2048 bits or more")
        }
        guard let anchor = anchors.first(where: { $0.fingerprint == certificate.fingerprint }) else {
            let agencies = Array(Set(anchors.compactMap(\.agency))).sorted().map { "'\($0)'" }
            let whom = agencies.isEmpty ? "the certificate given" : "a certificate pinned for \(agencies.joined(separator: " or ")) in the plan"
            throw SignatureError(.notPinned, "signed with the certificate \(certificate.fingerprint) (\(certificate.subject)), which is not \(whom)")
        }
        guard certificate.isValid(at: instant) else {
            let when = instant < certificate.notBefore ? "is not valid until \(certificate.notBefore)" : "expired on \(certificate.notAfter)"
            throw SignatureError(.certificateOutOfDate, "the signer's certificate \(certificate.fingerprint.short) \(when) (checked \(instant))")
        }
        try cryptography(form.signature, certificate: certificate).check()
        return .valid(XMLSignature.Signer(certificate: certificate, agency: anchor.agency))
    }

    /// libxmlsec1's check, restricted to what the form check allowed, with the certificate
    /// preset as the key; only the status "succeeded" is valid (`xmlSecDSigCtxVerify`
    /// returns 0 for a document whose digest does not match).
    /// What libxmlsec1 said of a signature: its return value, its status, and the references'.
    struct Cryptography {
        /// `xmlSecDSigCtxVerify`'s return value: 0 also for a document changed after signing.
        let result: Int32
        /// Whether the status is `xmlSecDSigStatusSucceeded`: the only valid outcome.
        let succeeded: Bool
        /// Whether a reference's digest failed.
        let referenceFailed: Bool
        /// How many references libxmlsec1 processed.
        let references: Int

        /// Throws unless the signature holds, saying why.
        func check() throws(SignatureError) {
            if result == 0, succeeded { return }
            if referenceFailed {
                throw SignatureError(.digestMismatch, "the document was changed after it was signed (its digest does not match the signature's)")
            }
            throw SignatureError(.signatureMismatch, result < 0 && references == 0
                ? "the signature could not be checked (its SignedInfo or SignatureValue is damaged)"
                : "the signature value does not match: it was not made with this certificate's key, or its SignedInfo was changed")
        }
    }

    /// libxmlsec1's check alone, without the form check (for tests of the library's own
    /// restrictions): the first XML-DSig `Signature` in the document, with `certificate` as key.
    static func cryptography(of bytes: [UInt8], certificate: SigningCertificate) throws(SignatureError) -> Cryptography {
        let document = try parse(bytes)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), let signature = descendants(of: root, named: "Signature").first else {
            throw SignatureError(.malformedSignature, "no signature")
        }
        return try cryptography(signature, certificate: certificate)
    }

    private static func cryptography(_ signature: xmlNodePtr, certificate: SigningCertificate) throws(SignatureError) -> Cryptography {
        guard let context = xmlSecDSigCtxCreate(nil) else { throw SignatureError(.libraryFailure, "no memory for the signature check") }
        defer { xmlSecDSigCtxDestroy(context) }
        context.pointee.flags = UInt32(XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS | XMLSEC_DSIG_FLAGS_STORE_SIGNEDINFO_REFERENCES)
        context.pointee.enabledReferenceUris = xmlSecTransformUriType(xmlSecTransformUriTypeEmpty)
        let referenceTransforms = [xmlSecTransformEnvelopedGetKlass(), xmlSecTransformExclC14NGetKlass(), xmlSecOpenSSLTransformSha256GetKlass()]
        let signatureTransforms = [xmlSecTransformExclC14NGetKlass(), xmlSecTransformInclC14NGetKlass(), xmlSecTransformInclC14N11GetKlass(),
                                   xmlSecOpenSSLTransformEcdsaSha256GetKlass(), xmlSecOpenSSLTransformRsaSha256GetKlass()]
        for transform in referenceTransforms where xmlSecDSigCtxEnableReferenceTransform(context, transform) < 0 {
            throw SignatureError(.libraryFailure, "the reference transforms could not be restricted")
        }
        for transform in signatureTransforms where xmlSecDSigCtxEnableSignatureTransform(context, transform) < 0 {
            throw SignatureError(.libraryFailure, "the signature transforms could not be restricted")
        }
        guard xmlSecPtrListAdd(&context.pointee.keyInfoReadCtx.enabledKeyData, UnsafeMutableRawPointer(mutating: xmlSecOpenSSLKeyDataX509GetKlass())) >= 0 else {
            throw SignatureError(.libraryFailure, "the key information could not be restricted to X.509")
        }
        let key = certificate.der.withUnsafeBufferPointer {
            xmlSecOpenSSLAppKeyLoadMemory($0.baseAddress, UInt32($0.count), xmlSecKeyDataFormatCertDer, nil, nil, nil)
        }
        guard let key else { throw SignatureError(.unreadableCertificate, "libxmlsec1 cannot take the key from the signer's certificate") }
        context.pointee.signKey = key // owned by the context from here on
        let result = xmlSecDSigCtxVerify(context, signature)
        var references: [xmlSecDSigStatus] = []
        for i in 0..<xmlSecPtrListGetSize(&context.pointee.signedInfoReferences) {
            if let item = xmlSecPtrListGetItem(&context.pointee.signedInfoReferences, i) {
                references.append(item.assumingMemoryBound(to: xmlSecDSigReferenceCtx.self).pointee.status)
            }
        }
        return Cryptography(
            result: result, succeeded: context.pointee.status == xmlSecDSigStatusSucceeded,
            referenceFailed: references.contains { $0 != xmlSecDSigStatusSucceeded }, references: references.count)
    }

    // MARK: Signing

    static func sign(
        _ bytes: [UInt8], keyPEM: [UInt8], certificate: SigningCertificate, at instant: Instant, profile: XMLSignature.Profile
    ) throws(SignatureError) -> [UInt8] {
        guard profile.allowWeakKey || certificate.hasAllowedKey else {
            throw SignatureError(.weakKey, "the key is \(certificate.keyDescription); chb signs with P-256 or RSA of 2048 bits or more")
        }
        guard certificate.isValid(at: instant) else {
            throw SignatureError(.certificateOutOfDate, "the certificate \(certificate.fingerprint.short) is valid from \(certificate.notBefore) to \(certificate.notAfter), not now (\(instant))")
        }
        _ = try OpenSSLCertificates.keyMatches(keyPEM, certificate: certificate)
        let document = try parse(bytes)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw SignatureError(.unreadableDocument, "the document has no root element") }
        // Re-signing replaces the signature (a document has at most one).
        let hadSignature = elements(of: root).contains { isDSig($0, "Signature") }
        for old in elements(of: root) where isDSig(old, "Signature") {
            if let next = old.pointee.next, next.pointee.type == XML_TEXT_NODE,
               (string(next.pointee.content) ?? "").allSatisfy(\.isWhitespace) {
                xmlUnlinkNode(next)
                xmlFreeNode(next)
            }
            xmlUnlinkNode(old)
            xmlFreeNode(old)
        }
        let digest = profile.sha1 ? xmlSecOpenSSLTransformSha1GetKlass() : xmlSecOpenSSLTransformSha256GetKlass()
        let method = certificate.isEC
            ? (profile.sha1 ? xmlSecOpenSSLTransformEcdsaSha1GetKlass() : xmlSecOpenSSLTransformEcdsaSha256GetKlass())
            : (profile.sha1 ? xmlSecOpenSSLTransformRsaSha1GetKlass() : xmlSecOpenSSLTransformRsaSha256GetKlass())
        guard let signature = xmlSecTmplSignatureCreateNsPref(document, xmlSecTransformExclC14NGetKlass(), method, nil, "ds") else {
            throw SignatureError(.libraryFailure, "the signature template could not be made")
        }
        guard xmlAddChild(root, signature) != nil else {
            xmlFreeNode(signature)
            throw SignatureError(.libraryFailure, "the signature could not be added to the document")
        }
        // The signature on a line of its own, as chb writes the root's other children.
        if let newline = xmlNewDocText(document, "\n"), xmlAddChild(root, newline) == nil { xmlFreeNode(newline) }
        guard let reference = xmlSecTmplSignatureAddReference(signature, digest, nil, "", nil),
              xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedGetKlass()) != nil,
              xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NGetKlass()) != nil,
              let keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nil),
              let x509 = xmlSecTmplKeyInfoAddX509Data(keyInfo),
              xmlSecTmplX509DataAddCertificate(x509) != nil else {
            throw SignatureError(.libraryFailure, "the signature template could not be filled in")
        }
        guard let context = xmlSecDSigCtxCreate(nil) else { throw SignatureError(.libraryFailure, "no memory for signing") }
        defer { xmlSecDSigCtxDestroy(context) }
        let key = keyPEM.withUnsafeBufferPointer {
            xmlSecOpenSSLAppKeyLoadMemory($0.baseAddress, UInt32($0.count), xmlSecKeyDataFormatPem, nil, nil, nil)
        }
        guard let key else { throw SignatureError(.unreadableKey, "libxmlsec1 cannot read the private key") }
        context.pointee.signKey = key // owned by the context from here on
        let added = certificate.der.withUnsafeBufferPointer {
            xmlSecOpenSSLAppKeyCertLoadMemory(key, $0.baseAddress, UInt32($0.count), xmlSecKeyDataFormatDer)
        }
        guard added >= 0 else { throw SignatureError(.unreadableCertificate, "libxmlsec1 cannot attach the certificate to the key") }
        guard xmlSecDSigCtxSign(context, signature) >= 0 else { throw SignatureError(.libraryFailure, "libxmlsec1 could not sign the document") }
        // Keep the document's own bytes: the signature goes in before the root's end tag, with
        // the same text around it as in the tree that was signed (so canonical forms agree).
        // Checked by verifying; libxml2's serialisation of the whole tree is the fallback.
        if !hadSignature, let spliced = splice(bytes, signature: signature, in: document, root: root),
           (try? verify(spliced, anchors: [XMLSignature.Anchor(fingerprint: certificate.fingerprint)], at: instant)) != nil {
            return spliced
        }
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &output, &size, "UTF-8")
        guard let output, size > 0 else { throw SignatureError(.libraryFailure, "the signed document could not be written") }
        defer { chb_xml_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    /// `bytes` with the serialised signature and a line break inserted before the root's end
    /// tag, or `nil` when that tag is not found with only white space after it.
    private static func splice(_ bytes: [UInt8], signature: xmlNodePtr, in document: xmlDocPtr, root: xmlNodePtr) -> [UInt8]? {
        guard let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        guard xmlNodeDump(buffer, document, signature, 0, 0) > 0, let content = xmlBufferContent(buffer) else { return nil }
        let serialised = Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        let prefix = string(root.pointee.ns?.pointee.prefix).map { $0 + ":" } ?? ""
        let endTag = Array("</\(prefix)\(name(root))".utf8)
        var end = bytes.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: ">") else { return nil }
        var start = end - 1
        while start > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start - 1]) { start -= 1 }
        start -= endTag.count
        guard start >= 0, Array(bytes[start..<start + endTag.count]) == endTag else { return nil }
        return Array(bytes[..<start]) + serialised + [0x0A] + Array(bytes[start...])
    }
}
