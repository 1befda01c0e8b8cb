internal import CLibXML2
import Foundation
import PlanCore

/// One attribute of a start tag.
struct XMLAttribute {
    var localName: String
    var namespace: String
    var qualifiedName: String
    var value: String

    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"
    var isNamespaceDeclaration: Bool { namespace == Self.xmlnsNamespace }
}

/// A start tag as the decoder sees it.
struct StartTag {
    var localName: String
    var namespace: String
    var qualifiedName: String
    var attributes: [XMLAttribute]
    var isEmpty: Bool
    var location: SourceLocation
    /// Its place among the document's start tags (0 for the root), which tells elements apart.
    var index: Int

    /// The value of an attribute with no namespace.
    subscript(name: String) -> String? {
        attributes.first { $0.localName == name && $0.namespace.isEmpty }?.value
    }
}

/// What the reader found next.
enum XMLEvent {
    case start(StartTag)
    case text(String)
    case end
    case finished
}

/// A pull parser over libxml2's `xmlTextReader`, validating against the plan schema as it goes.
///
/// Owns its reader and frees it exactly once; it exists only inside ``withReader(_:file:scan:schema:_:)``,
/// which keeps the input bytes alive for as long as libxml2 reads them without copying.
final class XMLPullReader {
    private let reader: xmlTextReaderPtr
    private let sink: ErrorSink
    private let sinkPointer: UnsafeMutableRawPointer
    private var startTagIndex = 0
    /// Set once libxml2 reports a fatal error or the caller stops reading.
    private(set) var stopped = false

    static let xincludeNamespaces: Set<String> = [
        "http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude",
    ]

    /// Runs `body` with a reader over `bytes`; the reader is freed when `body` returns.
    static func withReader<R>(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, scan: InputScan, schema: CompiledSchema?,
        _ body: (XMLPullReader) -> R
    ) throws(PlanReadError) -> R {
        _ = LibXML.ready
        let sink = ErrorSink(file: file, scan: scan)
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let sinkPointer = unmanaged.toOpaque()
        let reader = routingErrors(to: sinkPointer) {
            bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlReaderForMemory(chars.baseAddress, Int32(chars.count), file, "UTF-8", LibXML.parseOptions)
            }
        }
        guard let reader else { throw PlanReadError(internal: "libxml2 could not create a reader") }
        defer { xmlFreeTextReader(reader) }
        // Without a schema (formats chb does not own, such as MSPDI) the reader only checks
        // well-formedness; the safety rules are the same.
        if let schema, routingErrors(to: sinkPointer, { xmlTextReaderSetSchema(reader, schema.pointer) }) != 0 {
            throw PlanReadError(internal: "libxml2 could not attach the plan schema to the reader")
        }
        // `body` is synchronous, so it runs on this thread from start to end: the handler is
        // set once around all of it rather than around each of the million reads.
        return routingErrors(to: sinkPointer) { body(XMLPullReader(reader: reader, sink: sink, sinkPointer: sinkPointer)) }
    }

    /// Runs one libxml2 call with its structured errors going to the sink at `sink`.
    ///
    /// The reader's own handler (`xmlTextReaderSetStructuredErrorHandler`) cannot be used with
    /// a schema in 2.9.14: `xmlTextReaderSetSchema` plugs the validator into the parser's SAX
    /// handler and replaces the context's `userData` with the plug, so parser errors reach the
    /// reader's relay with the plug where it expects the parser context. The errors were lost
    /// (set before the schema) or crashed the process (set after it). With no reader handler,
    /// parser and schema errors both go to the thread's structured error function, which is
    /// set here around a synchronous call (so a task hopping threads between calls does not
    /// matter) and restored to the silent default afterwards.
    private static func routingErrors<R>(to sink: UnsafeMutableRawPointer, _ call: () -> R) -> R {
        xmlSetStructuredErrorFunc(sink) { arg, error in
            guard let arg, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(arg).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil) { _, _ in } }
        return call()
    }

    private init(reader: xmlTextReaderPtr, sink: ErrorSink, sinkPointer: UnsafeMutableRawPointer) {
        self.reader = reader
        self.sink = sink
        self.sinkPointer = sinkPointer
    }

    /// Everything libxml2 and the reader reported, in the order reported, capped and with
    /// repeats counted (see ``DiagnosticList``).
    var diagnostics: DiagnosticList { sink.list }

    /// Whether libxml2 found the document valid against the schema so far.
    var isValid: Bool { xmlTextReaderIsValid(reader) == 1 }

    /// Records a problem found by the reader's user.
    func report(_ diagnostic: PlanDiagnostic) { sink.list.append(diagnostic) }

    /// Stops reading: later calls to ``next()`` return `.finished`.
    func stop() { stopped = true }

    /// Reads to the end of the document so that every schema error gets reported.
    func drain() {
        while case let event = next(), !(event.isFinished) {}
    }

    /// The document's root element: the first start tag, or `nil` when there is none.
    func rootElement() -> StartTag? {
        while true {
            switch next() {
            case .start(let tag): return tag
            case .text: continue
            case .end, .finished: return nil
            }
        }
    }

    /// The next start tag, text run or end tag; comments and processing instructions are skipped.
    func next() -> XMLEvent {
        while !stopped {
            let status = xmlTextReaderRead(reader)
            guard status == 1 else {
                if status < 0, !sink.list.containsErrors {
                    sink.list.append(PlanDiagnostic(.error, .malformed, "the document could not be parsed",
                        at: SourceLocation(file: sink.file, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 0)))
                }
                stopped = true
                break
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                return .start(startTag())
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(LibXML.string(xmlTextReaderConstValue(reader)) ?? "")
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                // The pre-scan refuses DOCTYPEs; this is the backstop.
                report(PlanDiagnostic(.error, .doctypeRefused, "a DOCTYPE is not allowed in a plan", at: currentLocation()))
                stopped = true
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                report(PlanDiagnostic(.error, .doctypeRefused, "entity references are not allowed in a plan", at: currentLocation()))
                stopped = true
            default:
                continue
            }
        }
        return .finished
    }

    private func currentLocation() -> SourceLocation {
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        return SourceLocation(file: sink.file, line: line, column: sink.scan.firstColumn(onLine: line) ?? 0)
    }

    private func startTag() -> StartTag {
        let index = startTagIndex
        let position = index < sink.scan.startTags.count ? sink.scan.startTags[index] : nil
        startTagIndex += 1
        let location = position.map { SourceLocation(file: sink.file, line: Int($0.line), column: Int($0.column)) }
            ?? currentLocation()
        let (localName, qualifiedName) = names()
        var tag = StartTag(
            localName: localName,
            namespace: Self.namespace(xmlTextReaderConstNamespaceUri(reader)),
            qualifiedName: qualifiedName,
            attributes: [],
            isEmpty: xmlTextReaderIsEmptyElement(reader) == 1,
            location: location,
            index: index)
        if xmlTextReaderMoveToFirstAttribute(reader) == 1 {
            repeat {
                let (localName, qualifiedName) = names()
                tag.attributes.append(XMLAttribute(
                    localName: localName,
                    namespace: Self.namespace(xmlTextReaderConstNamespaceUri(reader)),
                    qualifiedName: qualifiedName,
                    value: LibXML.string(xmlTextReaderConstValue(reader)) ?? ""))
            } while xmlTextReaderMoveToNextAttribute(reader) == 1
            xmlTextReaderMoveToElement(reader)
        }
        if tag.namespace == PlanNamespace.uri {
            let xsi = "http://www.w3.org/2001/XMLSchema-instance"
            for attribute in tag.attributes where !attribute.namespace.isEmpty && !attribute.isNamespaceDeclaration {
                let allowed = attribute.namespace == xsi && attribute.localName == "schemaLocation" && tag.localName == "plan"
                if !allowed {
                    sink.list.append(PlanDiagnostic(.error, .schema,
                        "attribute '\(attribute.qualifiedName)' is not allowed on '\(tag.localName)'", at: location), element: index)
                }
            }
        }
        if Self.xincludeNamespaces.contains(tag.namespace) {
            // libxml2 parses and validates ahead of the node it returns, so the schema's
            // complaint about this element may already be recorded. Put the refusal before
            // anything on its line or later, so that it is the error's code wherever the
            // XInclude appears.
            sink.list.insert(PlanDiagnostic(.error, .xincludeRefused,
                "XInclude ('\(tag.qualifiedName)') is not allowed in a plan and is never processed", at: location),
                beforeFirst: { ($0.location?.line ?? .max) >= location.line })
        }
        return tag
    }
}

extension XMLPullReader {
    /// The current node's local and qualified names, made into one Swift string when they are
    /// the same (no prefix: libxml2 then returns the same interned pointer for both).
    fileprivate func names() -> (local: String, qualified: String) {
        let local = xmlTextReaderConstLocalName(reader)
        let qualified = xmlTextReaderConstName(reader)
        let localName = LibXML.string(local) ?? ""
        return (localName, qualified == local ? localName : LibXML.string(qualified) ?? "")
    }

    /// A namespace URI as a Swift string; chb's own, on nearly every element, is compared in
    /// place and shared rather than copied (it is too long for Swift's inline strings).
    fileprivate static func namespace(_ uri: UnsafePointer<xmlChar>?) -> String {
        guard let uri else { return "" }
        let own: StaticString = "urn:x-chb:plan:1"
        let matches = own.withUTF8Buffer { ownBytes -> Bool in
            // Stops at the first difference, so never reads past a shorter string's NUL.
            for (i, byte) in ownBytes.enumerated() where uri[i] != byte { return false }
            return uri[ownBytes.count] == 0
        }
        if matches { return PlanNamespace.uri }
        return LibXML.string(uri) ?? ""
    }
}

extension XMLEvent {
    var isFinished: Bool { if case .finished = self { true } else { false } }
}

/// Collects libxml2's structured errors for one reader.
///
/// Bounded whatever the input: the errors go into a ``DiagnosticList``, where an error libxml2
/// repeats for one element (once per `&amp;`, character reference, comment or CDATA piece of
/// text where only elements may be) is counted on its first report. The work per error is
/// constant: a repeated message is compared, not tidied again.
final class ErrorSink {
    let file: String
    let scan: InputScan
    var list = DiagnosticList()
    /// libxml2's last message, as it gave it and tidied.
    private var lastRaw: [UInt8] = []
    private var lastTidied = ""
    /// The element of the last error, where the next one most likely is too.
    private var lastElement: Int?

    init(file: String, scan: InputScan) {
        self.file = file
        self.scan = scan
    }

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let isSchema = error.domain == Int32(XML_FROM_SCHEMASV.rawValue)
        let message = tidied(error.message)
        let line = Int(error.line)
        var column = Int(error.int2)
        // Where the parser stood: every piece of one run of text lies between the same two
        // start tags, so the count of start tags before it names the element it is in.
        let element = line > 0 ? scan.startTagsBefore(line: line, column: column, near: lastElement) : nil
        lastElement = element
        let code: PlanDiagnostic.Code = isSchema ? .schema : .malformed
        if let element, list.countRepeat(.error, code, message, element: element) { return }
        if isSchema || column == 0 { column = scan.firstColumn(onLine: line) ?? 0 }
        list.append(PlanDiagnostic(.error, code, message,
            at: line > 0 ? SourceLocation(file: file, line: line, column: column) : nil), element: element)
    }

    /// libxml2's message made readable, reusing the last result when the message repeats.
    private func tidied(_ raw: UnsafeMutablePointer<CChar>?) -> String {
        guard let raw else { return "unknown libxml2 error" }
        let count = strlen(raw)
        let same = count == lastRaw.count && (count == 0 || lastRaw.withUnsafeBytes { memcmp($0.baseAddress!, raw, count) == 0 })
        if !same {
            lastRaw = Array(UnsafeRawBufferPointer(start: raw, count: count))
            lastTidied = Self.tidy(String(decoding: lastRaw, as: UTF8.self))
        }
        return lastTidied
    }

    /// Makes libxml2's messages read as one line without the namespace noise.
    static func tidy(_ message: String) -> String {
        var text = message.replacingOccurrences(of: "{\(PlanNamespace.uri)}", with: "")
        text = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        if text.hasSuffix(".") { text.removeLast() }
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}

/// The chb plan namespace.
public enum PlanNamespace {
    /// `urn:x-chb:plan:1`, the namespace of every element of a version 1 plan.
    public static let uri = "urn:x-chb:plan:1"
}
