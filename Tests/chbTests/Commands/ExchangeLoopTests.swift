import Foundation
import Testing
import TestSupport

/// The README's exchange loop (issue 9, "Done when"): replayed by `docs/exchange-loop.sh`, and
/// every block it prints must be in the README as written.
@Suite("README exchange loop")
struct ExchangeLoopTests {
    @Test("docs/exchange-loop.sh replays exactly the transcript the README's exchange loop shows")
    func replay() throws {
        let scratch = try Scratch()
        let script = ChbProcess.repositoryRoot.appendingPathComponent("docs/exchange-loop.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, scratch.folder.path]
        var environment = ProcessInfo.processInfo.environment
        environment["CHB_BINARY"] = try ChbProcess.requireBinary().path
        environment.removeValue(forKey: "CHB_NOW")
        process.environment = environment
        let output = scratch.folder.appendingPathComponent("transcript.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let transcript = try String(contentsOf: output, encoding: .utf8)
        let readme = try String(contentsOf: ChbProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = []
        var current = ""
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix("--- ") {
                if !current.isEmpty { blocks.append(current) }
                current = ""
            } else {
                current += line + "\n"
            }
        }
        if !current.isEmpty { blocks.append(current) }
        #expect(blocks.count == 5)
        for block in blocks {
            #expect(readme.contains("```console\n" + block + "```\n"), "the README's exchange loop lacks this block:\n\(block)")
        }
        // The three partners' work is in the plan, and the plan is valid on the day of the merge.
        let plan = scratch.folder.appendingPathComponent("heron.xml").path
        #expect(try ChbProcess.run("validate", plan, now: "2026-12-03T09:00:00Z").stdout == "\(plan): valid\n")
        let xml = String(decoding: try bytes(plan), as: UTF8.self)
        #expect(xml.contains("<task id=\"t-h-door-entry\" lead=\"sht\" status=\"done\""))
        #expect(xml.contains("<task id=\"t-h-return-interviews\" lead=\"smcc\" status=\"done\""))
        #expect(xml.contains("<task id=\"t-h-school-sessions\" lead=\"edu\" status=\"planned\" strand=\"prevent\" classification=\"OFFICIAL\" start=\"2027-01-04\" due=\"2027-01-29\">"))
        #expect(!xml.contains("Re-issue fobs"))
    }
}
