// libxmlsec1 (OpenSSL engine) and the OpenSSL calls chb's signing needs, behind one module.
//
// SwiftPM keeps only the -I flags of `pkg-config --cflags xmlsec1-openssl` and drops its -D
// flags, so the macros the library was built with are defined here. They are not optional:
// - XMLSEC_NO_SIZE_T: Debian's libxmlsec1 1.2.37 is built with it, making xmlSecSize an
//   `unsigned int`; without it the headers say `size_t`, every struct after the first
//   xmlSecSize field is laid out differently from the library's, and chb builds and then
//   crashes (or reads garbage) at run time;
// - XMLSEC_CRYPTO_OPENSSL and XMLSEC_NO_CRYPTO_DYNAMIC_LOADING: the OpenSSL engine is linked
//   directly (no dlopen of a crypto engine chosen at run time);
// - XMLSEC_NO_GOST, XMLSEC_NO_GOST2012: as built.
// The headers include libxml2's, so ICU is switched off as in CLibXML2/shim.h (Debian's
// libxml2 is built with ICU, whose `UErrorCode` clashes with Foundation's bundled ICU).
#ifndef CHB_CXMLSEC_SHIM_H
#define CHB_CXMLSEC_SHIM_H

#define XMLSEC_CRYPTO_OPENSSL 1
#define XMLSEC_NO_SIZE_T 1
#define XMLSEC_NO_CRYPTO_DYNAMIC_LOADING 1
#define XMLSEC_NO_GOST 1
#define XMLSEC_NO_GOST2012 1
#define XMLSEC_OPENSSL3_ENGINES 1

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/keys.h>
#include <xmlsec/keyinfo.h>
#include <xmlsec/keysdata.h>
#include <xmlsec/io.h>
#include <xmlsec/errors.h>
#include <xmlsec/crypto.h>
#include <xmlsec/openssl/app.h>
#include <xmlsec/openssl/crypto.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

/// The size of xmlSecSize as the headers see it; chb checks at start-up that it is 4 (the
/// library's), so a shim without XMLSEC_NO_SIZE_T fails loudly instead of corrupting memory.
static inline int chb_xmlsec_size_bytes(void) { return (int)sizeof(xmlSecSize); }

/// libxml2's `xmlFree` is a global function pointer; this is a plain function to call.
static inline void chb_xml_free(void *pointer) { xmlFree(pointer); }

/// `XN_FLAG_RFC2253` (a macro of macros) with UTF-8 kept as it is, in the order written (CN first).
static inline unsigned long chb_name_flags_rfc2253(void) { return XN_FLAG_RFC2253 & ~XN_FLAG_DN_REV & ~ASN1_STRFLGS_ESC_MSB; }

/// `BIO_get_mem_data` is a macro; this is the function Swift can call.
static inline long chb_bio_mem_data(BIO *bio, char **data) { return BIO_get_mem_data(bio, data); }

#endif
