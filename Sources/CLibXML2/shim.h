// The libxml2 headers chb uses, behind one module.
//
// Debian 12's libxml2 is built with ICU, and <libxml/encoding.h> then pulls in the system
// ICU headers, whose `UErrorCode` clashes with Foundation's bundled ICU in any Swift module
// that imports both ("'UErrorCode' has different definitions in different modules").
// chb never uses libxml2's ICU converters, so hide them: include xmlversion.h first, switch
// the feature macro off, then include the rest. The one visible effect is that Swift sees
// `xmlCharEncodingHandler` without its two trailing `uconv` fields; never touch that struct.
#ifndef CHB_CLIBXML2_SHIM_H
#define CHB_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/tree.h>

#endif
