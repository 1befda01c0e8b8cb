import PlanCore

/// What the plan and MSPDI writers need from an XML writer: elements, attributes and text in
/// document order, indented by two spaces.
protocol XMLMarkupWriter: AnyObject {
    /// Opens an element.
    func start(_ name: String) throws(PlanWriteError)
    /// Closes the innermost open element (self-closing it when empty).
    func end() throws(PlanWriteError)
    /// Writes an attribute on the element just opened.
    func attribute(_ name: String, _ value: String) throws(PlanWriteError)
    /// Writes character data into the open element.
    func text(_ value: String) throws(PlanWriteError)
    /// Turns indentation off or on; used around mixed content, where added white space
    /// would change the text.
    func setIndent(_ on: Bool) throws(PlanWriteError)
}

extension XMLMarkupWriter {
    /// Writes an attribute when the value is present.
    func attribute(_ name: String, _ value: (some CustomStringConvertible)?) throws(PlanWriteError) {
        if let value { try attribute(name, value.description) }
    }

    /// Writes `<name>value</name>`.
    func element(_ name: String, text value: String) throws(PlanWriteError) {
        try start(name)
        try text(value)
        try end()
    }

    /// Writes `<name>value</name>` when the value is present.
    func element(_ name: String, text value: String?) throws(PlanWriteError) {
        if let value { try element(name, text: value) }
    }
}

/// An XML writer that appends straight into one growing byte buffer.
///
/// It writes exactly the bytes libxml2's `xmlTextWriter` wrote for chb (the
/// ``LibXMLTextWriterOutput`` it replaced, which the differential tests compare it with): the
/// declaration `<?xml version="1.0" encoding="UTF-8"?>`, two-space indentation, empty elements
/// self-closed, text escaped as `xmlEncodeSpecialChars` does (`& < > "` and CR) and attribute
/// values as `xmlBufAttrSerializeTxtContent` does (those and tab and LF). Turning indentation
/// off and on again mid-document (mixed content) behaves as libxml2's does.
///
/// Like libxml2's writer it would write anything, so every name and value is checked first and
/// a bad one throws ``PlanWriteError`` instead of producing a document that would not parse.
/// Names and values that are plain ASCII are checked byte by byte as they are copied.
///
/// Its state is only ever touched from its own methods, one call at a time, so the stored
/// properties opt out of run-time exclusivity checks (measured at 4.5% of `chb export`).
final class XMLOutput: XMLMarkupWriter {
    /// The document so far.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// The open elements, innermost last.
    @exclusivity(unchecked) private var path: [String] = []
    /// Whether the innermost element's start tag is still open (`<name` written, `>` not yet).
    @exclusivity(unchecked) private var startTagOpen = false
    @exclusivity(unchecked) private var indent = true
    /// libxml2's `doindent`: whether an end tag goes on its own indented line.
    @exclusivity(unchecked) private var indentEndTag = true

    /// Runs `body` with a fresh writer and returns the finished document's bytes.
    ///
    /// - Parameter capacity: Bytes to reserve up front (an estimate of the output's size), so
    ///   that a large document is not copied as the buffer grows.
    static func document(capacity: Int = 1 << 16, _ body: (XMLOutput) throws(PlanWriteError) -> Void) throws(PlanWriteError) -> [UInt8] {
        let output = XMLOutput()
        output.bytes.reserveCapacity(capacity)
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        try body(output)
        while !output.path.isEmpty { try output.end() }
        if !output.indent { output.bytes.append(UInt8(ascii: "\n")) }
        return output.bytes
    }

    private init() {}

    private var location: String { path.isEmpty ? "the document" : path.joined(separator: "/") }

    private func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private func appendIndent(levels: Int) {
        for _ in 0..<max(levels, 0) { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Ends a start tag left open, before content.
    private func closeStartTag() {
        guard startTagOpen else { return }
        bytes.append(UInt8(ascii: ">"))
        startTagOpen = false
    }

    /// Appends a name after checking it is an NCName or `prefix:NCName`.
    private func appendName(_ name: String) throws(PlanWriteError) {
        var name = name
        let ascii = name.withUTF8 { utf8 -> Bool in
            guard Self.isASCIIName(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if ascii { return }
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ String($0).isNCName }) else {
            throw PlanWriteError("'\(name)' is not a valid XML name (in \(location))")
        }
        bytes.append(contentsOf: name.utf8)
    }

    /// Whether the bytes are an ASCII NCName or `prefix:NCName` (the common case, decided
    /// without decoding); `false` sends the name to the full check.
    private static func isASCIIName(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var atStart = true, colons = 0
        for byte in utf8 {
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            if atStart {
                guard letter else { return false }
                atStart = false
            } else if byte == UInt8(ascii: ":") {
                colons += 1
                guard colons == 1 else { return false }
                atStart = true
            } else if !(letter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) {
                return false
            }
        }
        return !atStart
    }

    /// Appends a value escaped for an attribute (`inAttribute`) or for text, after checking
    /// every character is one XML can hold.
    private func appendEscaped(_ value: String, inAttribute: Bool, _ what: @autoclosure () -> String) throws(PlanWriteError) {
        var value = value
        let clean = value.withUTF8 { utf8 -> Bool in
            // Check first, so that nothing is written for a value that is refused. Control
            // characters other than tab, LF and CR are refused; non-ASCII is decoded below,
            // since only a few scalars (U+FFFE, U+FFFF) are not XML characters.
            for byte in utf8 where byte >= 0x80 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) {
                return false
            }
            escape(utf8, inAttribute: inAttribute)
            return true
        }
        if clean { return }
        if let bad = value.unicodeScalars.first(where: { !$0.isXMLCharacter }) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw PlanWriteError("\(what()) in \(location) contains the character U+\(code), which XML cannot hold")
        }
        value.withUTF8 { escape($0, inAttribute: inAttribute) }
    }

    private func escape(_ utf8: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        var runStart = 0
        func flush(_ end: Int) {
            if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        for (i, byte) in utf8.enumerated() {
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0x0D: replacement = "&#13;"
            case 0x0A where inAttribute: replacement = "&#10;"
            case 0x09 where inAttribute: replacement = "&#9;"
            default: continue
            }
            flush(i)
            append(replacement)
            runStart = i + 1
        }
        flush(utf8.count)
    }

    func start(_ name: String) throws(PlanWriteError) {
        if startTagOpen {
            closeStartTag()
            if indent { bytes.append(UInt8(ascii: "\n")) }
        }
        if indent { appendIndent(levels: path.count) }
        bytes.append(UInt8(ascii: "<"))
        try appendName(name)
        path.append(name)
        startTagOpen = true
    }

    func end() throws(PlanWriteError) {
        guard let name = path.last else { throw PlanWriteError("libxml2 failed to end '' at the document") }
        if startTagOpen {
            if indent { indentEndTag = true }
            append("/>")
            startTagOpen = false
        } else {
            if indent && indentEndTag { appendIndent(levels: path.count - 1) }
            indentEndTag = true
            append("</")
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
        if indent { bytes.append(UInt8(ascii: "\n")) }
        path.removeLast()
    }

    func attribute(_ name: String, _ value: String) throws(PlanWriteError) {
        guard startTagOpen else { throw PlanWriteError("libxml2 failed to write attribute '\(name)' at \(location)") }
        let mark = bytes.count
        bytes.append(0x20)
        do {
            try appendName(name)
            append("=\"")
            try appendEscaped(value, inAttribute: true, "attribute '\(name)'")
        } catch {
            bytes.removeSubrange(mark...)
            throw error
        }
        bytes.append(UInt8(ascii: "\""))
    }

    func text(_ value: String) throws(PlanWriteError) {
        closeStartTag()
        if indent { indentEndTag = false }
        try appendEscaped(value, inAttribute: false, "text")
    }

    func setIndent(_ on: Bool) throws(PlanWriteError) {
        indent = on
        indentEndTag = true
    }
}
