import Foundation
import PlanCore
import PlanXML
import Testing

/// A plan cut short (an interrupted copy, download or save by another tool) is called that,
/// first, at the point where it ends, whatever libxml2 met last.
@Suite("Cut-short files")
struct TruncatedInputTests {
    static let whole = Array(try! Data(contentsOf: TestFiles.examplePlan("heron-hold.xml")))

    static func read(_ bytes: [UInt8]) -> [PlanDiagnostic] {
        do {
            _ = try PlanReader().read(bytes, file: "cut.xml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("Cut anywhere inside the document, the first error says the file ends early, at its end", arguments: [0.1, 0.25, 0.5, 0.75, 0.9, 0.99])
    func cutShort(_ fraction: Double) throws {
        // Cut inside text, inside a tag, inside an attribute value: wherever the fraction lands.
        for shift in 0..<7 {
            let bytes = Array(Self.whole.prefix(Int(Double(Self.whole.count) * fraction) + shift * 13))
            let first = try #require(Self.read(bytes).first, "\(fraction) +\(shift)")
            #expect(first.code == .malformed)
            #expect(first.message.hasPrefix("the file ends inside the document, with "), "\(first.message)")
            #expect(first.message.contains("cut short or damaged"))
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            #expect(first.location?.line == lines, "the location is the end of the file")
        }
    }

    @Test("Cut right after an inner end tag, the file is still called cut short")
    func cutAfterAnEndTag() throws {
        let text = String(decoding: Self.whole, as: UTF8.self)
        let end = try #require(text.range(of: "</task>", options: .backwards))
        let first = try #require(Self.read(Array((text[..<end.upperBound] + "\n").utf8)).first)
        #expect(first.message.hasPrefix("the file ends inside the document, with 4 elements still open"))
    }

    @Test("A stray unclosed element in a file that ends properly is described as libxml2 sees it, not as cut short")
    func unclosedInside() throws {
        var text = String(decoding: Self.whole, as: UTF8.self)
        let end = try #require(text.range(of: "</task>"))
        text.removeSubrange(end)
        let diagnostics = Self.read(Array(text.utf8))
        #expect(!diagnostics.isEmpty)
        #expect(!diagnostics.contains { $0.message.contains("cut short") })
        #expect(diagnostics.first?.message.contains("mismatch") == true)
    }
}
