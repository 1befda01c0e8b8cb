import PlanCore
import PlanXML
import Testing

/// libxml2 state is per thread or per reader; reading, validating and writing plans in
/// parallel must neither crash nor mix one document's errors into another's.
@Suite("Concurrent reading and writing")
struct ConcurrencyTests {
    /// A document whose only error is on line `200 + n` (or a valid one for even `n`).
    static func document(_ n: Int) -> (xml: String, errorLine: Int?) {
        var text = PlanText()
        text.history = (0..<(200 + n)).map { _ in
            #"<event at="2025-06-02T09:30:00Z" agency="a1" kind="edited" subject="p1">Edit</event>"#
        }.joined(separator: "\n    ")
        switch n % 4 {
        case 0: return (text.xml, nil)
        case 1: text.history += "\n    <bogus-\(n)/>"
        case 2: text.history += "\n    <event>unclosed-\(n)"
        default: text.history += "\n    <event at=\"2025-06-02T09:30:00Z\" agency=\"a1\" kind=\"edited\" subject=\"p1\">\u{0}</event>"
        }
        let xml = text.xml
        let marker = ["", "<bogus-\(n)", n % 4 == 2 ? "</history>" : "<event>unclosed", "\u{0}"][n % 4]
        return (xml, xml.line(of: marker))
    }

    @Test("Many documents read in parallel each get their own result and errors")
    func parallelReads() async {
        let jobs = 64
        let outcomes = await withTaskGroup(of: (Int, String?, Int?).self) { group in
            for n in 0..<jobs {
                group.addTask {
                    let (xml, _) = Self.document(n)
                    do throws(PlanReadError) {
                        let document = try PlanReader().read(Array(xml.utf8), file: "doc-\(n).xml")
                        _ = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
                        _ = try? PlanWriter().write(document.plan)
                        return (n, nil, document.plan.history.count)
                    } catch {
                        let first = error.diagnostics[0]
                        return (n, "\(first.location?.file ?? "") \(first.code) \(first.message)", first.location?.line)
                    }
                }
            }
            var results: [(Int, String?, Int?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(outcomes.count == jobs)
        for (n, error, number) in outcomes {
            let expected = Self.document(n)
            if let line = expected.errorLine {
                #expect(error?.hasPrefix("doc-\(n).xml ") == true, "document \(n): \(error ?? "read")")
                #expect(number == line, "document \(n): \(error ?? "read")")
                if n % 4 == 1 { #expect(error?.contains("bogus-\(n)") == true, "document \(n): \(error ?? "")") }
            } else {
                #expect(error == nil && number == 200 + n, "document \(n): \(error ?? "")")
            }
        }
    }
}
