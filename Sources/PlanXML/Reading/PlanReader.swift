import PlanCore
import Foundation

/// Reads chb plan documents safely from untrusted bytes.
///
/// Reading is one streaming pass of libxml2's `xmlTextReader` with XSD validation against the
/// bundled schema, after a linear pre-scan that refuses what must never reach the parser.
/// The reader never loads a DTD, substitutes an entity, follows an XInclude, opens another
/// file or touches the network, and reports every problem with its line and column.
public struct PlanReader: Sendable {
    /// The bounds enforced on input.
    public var limits: ReadLimits

    /// Creates a reader.
    public init(limits: ReadLimits = .standard) { self.limits = limits }

    /// Reads a plan from a file.
    ///
    /// The file's bytes are read by chb (libxml2 never opens the path, so gzip data is not
    /// transparently decompressed), and no more than the input limit plus one byte is read.
    /// - Parameter path: The file's path; also the name used in diagnostics.
    /// - Returns: The plan and its source map.
    /// - Throws: ``PlanReadError`` naming every problem with its location.
    public func read(contentsOf path: String) throws(PlanReadError) -> PlanDocument {
        try read(try PlanFile.readBytes(at: path, limit: limits.maximumInputBytes), file: path)
    }

    /// Reads a plan from bytes.
    ///
    /// - Parameters:
    ///   - bytes: The document, UTF-8.
    ///   - file: The name used in diagnostics.
    /// - Returns: The plan and its source map.
    /// - Throws: ``PlanReadError`` naming every problem with its location.
    public func read(_ bytes: [UInt8], file: String = "<input>") throws(PlanReadError) -> PlanDocument {
        let schema = try CompiledSchema.planV1.get()
        let outcome: Result<PlanDocument, PlanReadError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(PlanReadError) {
                let scan = try InputScan(buffer, file: file, limits: limits)
                return try XMLPullReader.withReader(buffer, file: file, scan: scan, schema: schema) { reader in
                    Self.decode(with: reader, file: file, scan: scan)
                }
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private static func decode(with reader: XMLPullReader, file: String, scan: InputScan) -> Result<PlanDocument, PlanReadError> {
        let decoder = PlanDecoder(reader: reader, file: file)
        let plan = decoder.decodeDocument()
        if let fatal = decoder.fatal { return .failure(PlanReadError(fatal)) }
        reader.drain()
        // libxml2's own diagnostics are the precise ones; the decoder's fill in after them.
        // Both are capped lists (`DiagnosticList`): a hostile file's millions of errors cost
        // neither memory nor a screenful each.
        var found = reader.diagnostics
        // libxml2 validates ahead of a well-formedness error it has not reached yet, so an
        // unclosed tag first shows up as schema errors about the elements it swallowed. When
        // the document is not XML, what the schema thinks of it is noise: report why it is not.
        if found.contains(code: .malformed) {
            found.removeAll(code: .schema)
            // libxml2 describes a cut-short file by whatever it met last ("extra content at
            // the end of the document", "attValue: ' expected"); say first what happened.
            if scan.openAtEnd > 0 {
                found.insert(PlanDiagnostic(.error, .malformed,
                    "the file ends inside the document, with \(scan.openAtEnd == 1 ? "1 element" : "\(scan.openAtEnd) elements") still open: it looks cut short or damaged (an interrupted copy or download?)",
                    at: SourceLocation(file: file, line: scan.end.line, column: scan.end.column)), beforeFirst: { _ in true })
            }
        }
        if found.isEmpty { found = decoder.problems }
        var diagnostics = found.diagnostics
        if diagnostics.isEmpty, !reader.isValid {
            diagnostics = [PlanDiagnostic(.error, .schema, "the document is not valid against the plan schema",
                at: SourceLocation(file: file, line: 1, column: 1))]
        }
        guard let plan, diagnostics.isEmpty else {
            return .failure(PlanReadError(diagnostics: diagnostics.isEmpty
                ? [PlanDiagnostic(.error, .malformed, "the document could not be read", at: SourceLocation(file: file, line: 1, column: 1))]
                : diagnostics))
        }
        return .success(PlanDocument(plan: plan, sourceMap: decoder.map, isSigned: decoder.isSigned))
    }
}
