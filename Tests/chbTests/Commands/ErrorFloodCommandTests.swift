import Foundation
import TestSupport
import Testing

/// Issue 18 item 2 through the command line: a plan, or a returned view, whose element-only
/// content is split into thousands of pieces gets a short, capped error list from every
/// command that reads it, exit 1, and changes nothing.
@Suite("Error floods through the commands")
struct ErrorFloodCommandTests {
    let folder: TemporaryFolder
    let plan: String

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("kestrel-clear.xml")
    }

    /// `text` with `blocks` runs of 50 `&amp;`, each followed by a locality, after the area's
    /// last locality: one repeated error per run, one run per element.
    static func flooded(_ text: String, blocks: Int) throws -> String {
        let anchor = #"<locality code="HW7Z" scheme="postcode-district"/>"#
        let range = try #require(text.range(of: anchor))
        let block = String(repeating: "&amp;", count: 50) + "\n    <locality code=\"F\" scheme=\"ward\"/>"
        return text.replacingCharacters(in: range, with: anchor + String(repeating: block, count: blocks))
    }

    func expectCapped(_ result: ChbProcess.Result, file: String, blocks: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let repeated = lines.filter { $0.hasSuffix("(reported 50 times in this element)") }
        #expect(repeated.count == 100, "\(lines.prefix(3))", sourceLocation: sourceLocation)
        #expect(Set(lines).count == lines.count, "one line per distinct error", sourceLocation: sourceLocation)
        #expect(lines.contains("\(file): error: and \(blocks - 100) more errors not shown (the first 100 are listed)"),
                "\(lines.suffix(3))", sourceLocation: sourceLocation)
        #expect(lines.count <= 103, "\(lines.count) lines", sourceLocation: sourceLocation)
    }

    @Test("validate, status, export and schedule of a flooded plan list 100 errors and 'and M more'")
    func plainCommands() throws {
        let blocks = 1_000
        let flood = try folder.write("flood.xml", try Self.flooded(String(contentsOfFile: plan, encoding: .utf8), blocks: blocks))
        let before = flood.fileBytes
        for arguments in [["validate", flood], ["status", flood, "--as-of", "2026-11-30"], ["export", flood], ["schedule", flood],
                          ["task", "note", flood, "t-k-intel-profile", "--text", "x", "--agency", "nwp"]] {
            let result = try chb(arguments)
            expectCapped(result, file: flood, blocks: blocks)
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(flood.fileBytes == before)
        let json = try chb(["validate", "--format", "json", flood])
        #expect(json.status == 1)
        #expect(json.stdout.components(separatedBy: "\"code\" : \"schema\"").count - 1 == 100)
        #expect(json.stdout.contains("\"code\" : \"more-diagnostics\""))
    }

    @Test("merge of a flooded returned view lists 100 errors and 'and M more', and leaves the plan as it was")
    func merge() throws {
        let view = folder.path("view.xml")
        #expect(try chb(["export", plan, "--for", "bmh", "-o", view]).status == 0)
        let blocks = 600
        let flood = try folder.write("view-flood.xml", try Self.flooded(String(contentsOfFile: view, encoding: .utf8), blocks: blocks))
        let before = plan.fileBytes
        let result = try chb(["merge", plan, flood, "--agency", "bmh"])
        expectCapped(result, file: flood, blocks: blocks)
        #expect(plan.fileBytes == before)
    }
}
