internal import CXMLSec
import Foundation
import PlanCore

/// Certificates and keys through OpenSSL's C API: reading, describing and making them.
///
/// Every OpenSSL object has one owner here, freed by a `defer` next to its creation; only
/// Swift values leave this file.
enum OpenSSLCertificates {
    /// Reads a PEM or DER certificate.
    static func read(_ bytes: [UInt8]) throws(SignatureError) -> SigningCertificate {
        guard let x509 = parse(bytes) else {
            throw SignatureError(.unreadableCertificate, "not an X.509 certificate in PEM or DER form")
        }
        defer { X509_free(x509) }
        return try describe(x509)
    }

    /// A certificate from PEM or DER bytes; the caller frees it.
    static func parse(_ bytes: [UInt8]) -> OpaquePointer? {
        let isPEM = bytes.starts(with: Array("-----BEGIN".utf8)) || String(decoding: bytes.prefix(4096), as: UTF8.self).contains("-----BEGIN CERTIFICATE-----")
        if isPEM {
            return bytes.withUnsafeBytes { raw -> OpaquePointer? in
                guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return nil }
                defer { BIO_free(bio) }
                return PEM_read_bio_X509(bio, nil, { _, _, _, _ in 0 }, nil)
            }
        }
        return bytes.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
    }

    /// The Swift description of a certificate.
    static func describe(_ x509: OpaquePointer) throws(SignatureError) -> SigningCertificate {
        var derPointer: UnsafeMutablePointer<UInt8>?
        let length = i2d_X509(x509, &derPointer)
        guard length > 0, let derPointer else {
            throw SignatureError(.unreadableCertificate, "the certificate could not be encoded")
        }
        defer { CRYPTO_free(derPointer, #fileID, #line) }
        let der = Array(UnsafeBufferPointer(start: derPointer, count: Int(length)))
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var digestLength: UInt32 = 0
        guard X509_digest(x509, EVP_sha256(), &digest, &digestLength) == 1 else {
            throw SignatureError(.libraryFailure, "the certificate's SHA-256 fingerprint could not be computed")
        }
        guard let notBefore = instant(X509_get0_notBefore(x509)), let notAfter = instant(X509_get0_notAfter(x509)) else {
            throw SignatureError(.unreadableCertificate, "the certificate's validity dates could not be read")
        }
        let (description, allowed, isEC) = keyKind(X509_get0_pubkey(x509))
        return SigningCertificate(
            der: der, fingerprint: CertificateFingerprint(digest: Array(digest.prefix(Int(digestLength)))),
            subject: subject(of: x509), notBefore: notBefore, notAfter: notAfter,
            keyDescription: description, hasAllowedKey: allowed, isEC: isEC)
    }

    private static func subject(of x509: OpaquePointer) -> String {
        guard let bio = BIO_new(BIO_s_mem()) else { return "?" }
        defer { BIO_free(bio) }
        guard X509_NAME_print_ex(bio, X509_get_subject_name(x509), 0, chb_name_flags_rfc2253()) >= 0 else { return "?" }
        return String(decoding: contents(of: bio), as: UTF8.self)
    }

    private static func instant(_ time: UnsafePointer<ASN1_TIME>?) -> Instant? {
        guard let time else { return nil }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return nil }
        return Instant(secondsSinceEpoch: timegm(&parts))
    }

    /// What a public key is, and whether the spec allows it.
    static func keyKind(_ key: OpaquePointer?) -> (String, Bool, Bool) {
        guard let key else { return ("no key", false, false) }
        let bits = Int(EVP_PKEY_get_bits(key))
        switch EVP_PKEY_get_base_id(key) {
        case EVP_PKEY_EC:
            var name = [CChar](repeating: 0, count: 80)
            var length = 0
            guard EVP_PKEY_get_group_name(key, &name, name.count, &length) == 1 else { return ("EC", false, true) }
            let group = String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return group == "prime256v1" ? ("P-256", true, true) : ("EC \(group)", false, true)
        case EVP_PKEY_RSA: return ("RSA \(bits)", bits >= 2048, false)
        default: return ("a \(bits)-bit key of another kind", false, false)
        }
    }

    /// The bytes a memory BIO holds.
    static func contents(of bio: OpaquePointer) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        let count = chb_bio_mem_data(bio, &data)
        guard count > 0, let data else { return [] }
        return UnsafeRawBufferPointer(start: data, count: count).map { $0 }
    }

    /// Reads a private key (PEM, unencrypted); the caller frees it.
    static func privateKey(_ pem: [UInt8]) -> OpaquePointer? {
        pem.withUnsafeBytes { raw -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return nil }
            defer { BIO_free(bio) }
            // A callback that gives no passphrase: an encrypted key fails instead of prompting.
            return PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in 0 }, nil)
        }
    }

    /// Whether a private key belongs to a certificate.
    static func keyMatches(_ keyPEM: [UInt8], certificate: SigningCertificate) throws(SignatureError) -> String {
        guard let key = privateKey(keyPEM) else {
            throw SignatureError(.unreadableKey, "not an unencrypted private key in PEM form")
        }
        defer { EVP_PKEY_free(key) }
        guard let x509 = parse(certificate.der) else {
            throw SignatureError(.unreadableCertificate, "the certificate could not be read back")
        }
        defer { X509_free(x509) }
        guard X509_check_private_key(x509, key) == 1 else {
            ERR_clear_error()
            throw SignatureError(.unreadableKey, "the private key does not belong to the certificate (subject \(certificate.subject), fingerprint \(certificate.fingerprint))")
        }
        return keyKind(key).0
    }

    /// Makes a key pair and a self-signed certificate for an agency.
    static func generate(_ request: SigningKeyPair.Request) throws(SignatureError) -> SigningKeyPair {
        guard let context = EVP_PKEY_CTX_new_id(request.algorithm.isEC ? EVP_PKEY_EC : EVP_PKEY_RSA, nil) else {
            throw failure("the key generator could not be created")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_keygen_init(context) == 1 else { throw failure("the key generator could not be started") }
        switch request.algorithm {
        case .p256:
            guard EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context, NID_X9_62_prime256v1) == 1 else { throw failure("P-256 is not available") }
        case .rsa(let bits):
            guard EVP_PKEY_CTX_set_rsa_keygen_bits(context, Int32(bits)) == 1 else { throw failure("RSA of \(bits) bits is not available") }
        }
        var generated: OpaquePointer?
        guard EVP_PKEY_keygen(context, &generated) == 1, let key = generated else { throw failure("the key could not be generated") }
        defer { EVP_PKEY_free(key) }

        guard let x509 = X509_new() else { throw failure("the certificate could not be created") }
        defer { X509_free(x509) }
        guard X509_set_version(x509, 2) == 1 else { throw failure("the certificate version could not be set") }
        guard let serial = BN_new() else { throw failure("the serial number could not be created") }
        defer { BN_free(serial) }
        guard BN_rand(serial, 127, 0, 0) == 1, BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(x509)) != nil else {
            throw failure("the serial number could not be set")
        }
        let notAfter = request.notBefore.secondsSinceEpoch + request.days * 86_400
        guard ASN1_TIME_set(X509_getm_notBefore(x509), request.notBefore.secondsSinceEpoch) != nil,
              ASN1_TIME_set(X509_getm_notAfter(x509), notAfter) != nil else {
            throw failure("the validity dates could not be set")
        }
        guard let name = X509_get_subject_name(x509) else { throw failure("the subject could not be set") }
        for (field, value) in [("CN", request.commonName), ("O", request.organisation)] where !value.isEmpty {
            guard X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, value, -1, -1, 0) == 1 else {
                throw failure("the subject's \(field) could not be set to '\(value)'")
            }
        }
        guard X509_set_issuer_name(x509, name) == 1, X509_set_pubkey(x509, key) == 1 else {
            throw failure("the issuer or public key could not be set")
        }
        var v3 = X509V3_CTX()
        X509V3_set_ctx(&v3, x509, x509, nil, nil, 0)
        for (nid, value) in [(NID_basic_constraints, "critical,CA:FALSE"), (NID_key_usage, "critical,digitalSignature"),
                             (NID_subject_key_identifier, "hash")] {
            guard let ext = X509V3_EXT_conf_nid(nil, &v3, nid, value) else { throw failure("the extension '\(value)' could not be made") }
            defer { X509_EXTENSION_free(ext) }
            guard X509_add_ext(x509, ext, -1) == 1 else { throw failure("the extension '\(value)' could not be added") }
        }
        guard X509_sign(x509, key, EVP_sha256()) > 0 else { throw failure("the certificate could not be signed") }

        guard let keyBIO = BIO_new(BIO_s_mem()) else { throw failure("no memory for the key") }
        defer { BIO_free(keyBIO) }
        guard PEM_write_bio_PrivateKey(keyBIO, key, nil, nil, 0, nil, nil) == 1 else { throw failure("the key could not be written") }
        let certificate = try describe(x509)
        return SigningKeyPair(keyPEM: contents(of: keyBIO), certificate: certificate)
    }

    private static func failure(_ what: String) -> SignatureError {
        let code = ERR_get_error()
        ERR_clear_error()
        var text = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &text, text.count)
        let detail = code == 0 ? "" : " (OpenSSL: \(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))"
        return SignatureError(.libraryFailure, what + detail)
    }
}
