internal import CLibXML2

/// Process-wide libxml2 set-up, done once before any parse, validation or write.
///
/// - Initialises the parser and the schema type tables (2.9.14 initialises the latter lazily
///   and not thread-safely).
/// - Installs an external entity loader that refuses every URL. This is process-wide and is
///   the only thing that stops local-file and network fetches through entities, XInclude and
///   the XSD parser's `xs:include`/`xs:import` (`XML_PARSE_NONET` covers only http/ftp).
/// - Silences the generic error channels so that no stray message reaches stderr; chb
///   collects errors per reader through structured handlers instead.
enum LibXML {
    /// Runs the set-up the first time it is read; Swift runs `static let` initialisers once.
    static let ready: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        xmlSetExternalEntityLoader { _, _, _ in nil }
        xmlThrDefSetStructuredErrorFunc(nil) { _, _ in }
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }()

    /// The parser options chb always uses: no network, no messages on stderr, line numbers
    /// past 65535, no DTD loading, no entity substitution, no XInclude, no recovery, no
    /// lifted limits.
    ///
    /// Not `XML_PARSE_NOCDATA`: it clears the SAX `cdataBlock` callback so that CDATA arrives
    /// as characters, but the schema validator's SAX plug (2.9.14, `xmlSchemaSAXPlug`) always
    /// installs its own `cdataBlock`, which then forwards to the cleared one, and the CDATA
    /// text never reaches the reader. CDATA sections come through as CDATA nodes instead,
    /// which ``XMLPullReader`` reports as text.
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    /// Copies a libxml2 string into Swift, or `nil` for a null pointer.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
