internal import CXMLSec

/// Process-wide libxmlsec1 set-up, done once before any signing or verifying.
///
/// - Checks that the headers agree with the library (the `xmlSecSize` trap of the shim, and
///   the ABI version);
/// - initialises xmlsec and its OpenSSL engine;
/// - removes every xmlsec input callback, so that nothing xmlsec does can open a file or a
///   URL (a `Reference`, `RetrievalMethod` or `Manifest` pointing elsewhere finds no way in);
/// - puts back chb's refusing external entity loader (xmlsec installs one of its own);
/// - silences xmlsec's error printing: chb words its own reasons.
enum XMLSec {
    /// `nil` when ready, or why signatures cannot be handled in this process.
    static let failure: SignatureError? = {
        _ = LibXML.ready
        guard chb_xmlsec_size_bytes() == 4 else {
            return SignatureError(.libraryFailure, "the CXMLSec shim does not match libxmlsec1 (xmlSecSize is \(chb_xmlsec_size_bytes()) bytes, the library's is 4)")
        }
        guard xmlSecInit() >= 0 else { return SignatureError(.libraryFailure, "libxmlsec1 could not be initialised") }
        guard xmlSecCheckVersionExt(1, 2, 37, xmlSecCheckVersionABICompatible) == 1 else {
            return SignatureError(.libraryFailure, "the installed libxmlsec1 is not ABI compatible with 1.2.37, which chb was built for")
        }
        guard xmlSecOpenSSLAppInit(nil) >= 0, xmlSecOpenSSLInit() >= 0 else {
            return SignatureError(.libraryFailure, "libxmlsec1's OpenSSL engine could not be initialised")
        }
        xmlSecIOCleanupCallbacks()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        xmlSecErrorsSetCallback { _, _, _, _, _, _, _ in }
        return nil
    }()

    /// Throws unless xmlsec is ready.
    static func ready() throws(SignatureError) {
        if let failure { throw failure }
    }
}
