internal import CLibXML2
import Foundation

/// The chb plan XSD, compiled once and shared read-only by every validation.
///
/// libxml2 allows one compiled `xmlSchema` to serve many validation contexts, one per thread.
/// The schema comes from the package's own resource bytes, never from a document's
/// `xsi:schemaLocation`, and is parsed with the refusing entity loader in place.
final class CompiledSchema: @unchecked Sendable {
    // @unchecked: the pointer is written once in init and only read afterwards; libxml2
    // documents compiled schemas as safe to share between validation contexts.
    let pointer: xmlSchemaPtr

    /// The schema for version 1 of the format, or a description of why it failed to compile.
    static let planV1: Result<CompiledSchema, PlanReadError> = {
        guard let url = Bundle.module.url(forResource: "chb-plan-1", withExtension: "xsd"),
            let data = try? Data(contentsOf: url)
        else {
            return .failure(PlanReadError(internal: "the bundled schema chb-plan-1.xsd is missing"))
        }
        do throws(PlanReadError) {
            return .success(try CompiledSchema(xsd: [UInt8](data)))
        } catch {
            return .failure(error)
        }
    }()

    /// The bytes of the bundled schema, as published in `schema/chb-plan-1.xsd`.
    static var planV1Source: [UInt8]? {
        Bundle.module.url(forResource: "chb-plan-1", withExtension: "xsd")
            .flatMap { try? Data(contentsOf: $0) }.map { [UInt8]($0) }
    }

    private init(xsd: [UInt8]) throws(PlanReadError) {
        _ = LibXML.ready
        let compiled: xmlSchemaPtr? = xsd.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, { _, _ in }, nil)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else { throw PlanReadError(internal: "the bundled schema chb-plan-1.xsd does not compile") }
        pointer = compiled
    }

    deinit { xmlSchemaFree(pointer) }
}
