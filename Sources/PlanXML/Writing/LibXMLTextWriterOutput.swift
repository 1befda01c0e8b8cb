internal import CLibXML2
import PlanCore

/// A scoped libxml2 `xmlTextWriter` writing into memory with two-space indentation.
///
/// This was chb's writer until ``XMLOutput`` replaced it (issue 12: one call into libxml2 per
/// element, attribute and text, each with a C string made for it, made `chb export` 6× slower
/// in CPU than `xmllint --format`). It stays as the reference the differential tests hold
/// ``XMLOutput`` to, byte for byte: the new writer reproduces this one's layout.
///
/// libxml2's writer escapes `& < > "` but checks neither names nor characters, so every name
/// and value is checked here first and a bad one throws ``PlanWriteError`` instead of
/// producing a document that would not parse.
final class LibXMLTextWriterOutput: XMLMarkupWriter {
    private let writer: xmlTextWriterPtr
    private var path: [String] = []

    /// Runs `body` with a fresh writer and returns the finished document's bytes.
    static func document(_ body: (LibXMLTextWriterOutput) throws(PlanWriteError) -> Void) throws(PlanWriteError) -> [UInt8] {
        _ = LibXML.ready
        guard let buffer = xmlBufferCreate() else { throw PlanWriteError("libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { throw PlanWriteError("libxml2 could not create a writer") }
        let output = LibXMLTextWriterOutput(writer: writer)
        do {
            defer { xmlFreeTextWriter(writer) }
            try output.check(xmlTextWriterSetIndent(writer, 1), "set indentation")
            try output.check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
            try output.check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
            try body(output)
            try output.check(xmlTextWriterEndDocument(writer), "end the document")
        }
        // Freeing the writer flushes it into the buffer.
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private init(writer: xmlTextWriterPtr) { self.writer = writer }

    private func check(_ result: Int32, _ what: String) throws(PlanWriteError) {
        if result < 0 { throw PlanWriteError("libxml2 failed to \(what) at \(location)") }
    }

    private var location: String { path.isEmpty ? "the document" : path.joined(separator: "/") }

    private func checkName(_ name: String) throws(PlanWriteError) {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ String($0).isNCName }) else {
            throw PlanWriteError("'\(name)' is not a valid XML name (in \(location))")
        }
    }

    private func checkCharacters(_ value: String, _ what: String) throws(PlanWriteError) {
        if let bad = value.unicodeScalars.first(where: { !$0.isXMLCharacter }) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw PlanWriteError("\(what) in \(location) contains the character U+\(code), which XML cannot hold")
        }
    }

    /// Opens an element.
    func start(_ name: String) throws(PlanWriteError) {
        try checkName(name)
        path.append(name)
        try check(xmlTextWriterStartElement(writer, name), "start '\(name)'")
    }

    /// Closes the innermost open element (self-closing it when empty).
    func end() throws(PlanWriteError) {
        try check(xmlTextWriterEndElement(writer), "end '\(path.last ?? "")'")
        path.removeLast()
    }

    /// Writes an attribute on the element just opened.
    func attribute(_ name: String, _ value: String) throws(PlanWriteError) {
        try checkName(name)
        try checkCharacters(value, "attribute '\(name)'")
        try check(xmlTextWriterWriteAttribute(writer, name, value), "write attribute '\(name)'")
    }

    /// Writes character data into the open element.
    func text(_ value: String) throws(PlanWriteError) {
        try checkCharacters(value, "text")
        try check(xmlTextWriterWriteString(writer, value), "write text")
    }

    /// Turns indentation off or on; used around mixed content, where added white space
    /// would change the text.
    func setIndent(_ on: Bool) throws(PlanWriteError) {
        try check(xmlTextWriterSetIndent(writer, on ? 1 : 0), "set indentation")
    }
}
