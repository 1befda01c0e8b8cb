import Foundation
import Testing

@Suite("README walk-through")
struct WalkthroughTests {
    @Test("docs/workflow-walkthrough.sh replays exactly the transcript the README section shows")
    func replay() throws {
        let scratch = try Scratch()
        let script = ChbProcess.repositoryRoot.appendingPathComponent("docs/workflow-walkthrough.sh")
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
        // The transcript alternates "--- prose" lines and blocks of commands with their output;
        // each block must appear, as one code block, in the README section.
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
        #expect(blocks.count > 10)
        for block in blocks {
            #expect(readme.contains("```console\n" + block + "```\n"), "the README section lacks this block:\n\(block)")
        }
        // The run ends with every stage complete and a valid plan, validated on the day of its
        // last step (on an earlier day its dates of fact would lie in the future: warnings).
        let plan = scratch.folder.appendingPathComponent("kestrel.xml").path
        #expect(try ChbProcess.run("validate", plan, now: "2028-03-24T15:00:00Z").stdout == "\(plan): valid\n")
        #expect(String(decoding: try bytes(plan), as: UTF8.self).components(separatedBy: #"status="complete""#).count == 4)
    }
}
