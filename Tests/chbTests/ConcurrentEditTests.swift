import Foundation
import TestSupport
import Testing

@Suite("Concurrent editing")
struct ConcurrentEditTests {
    @Test("20 concurrent notes: every one reported saved is in the file, and the revision counts them")
    func twentyNotes() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "heron-hold.xml")
        let initial = try revision(plan)
        let started = try (0..<20).map { i in
            try ChbProcess.start(["task", "note", plan, "t-h-warrants", "--agency", "smc", "--text", "concurrent note \(i)", "--wait", "120"], now: nil)
        }
        let results = started.map(ChbProcess.finish)
        let text = String(decoding: try bytes(plan), as: UTF8.self)
        var successes = 0
        for (i, result) in results.enumerated() {
            if result.status == 0 {
                successes += 1
                #expect(text.contains(">concurrent note \(i)</note>"), "note \(i) reported saved but is missing")
            } else {
                // A refusal must say why and must not have saved the note.
                #expect(result.stderr.contains("error:"), "\(result)")
                #expect(!text.contains(">concurrent note \(i)</note>"))
            }
        }
        #expect(try revision(plan) == initial + successes)
        // The lock makes the processes take turns, so none is refused.
        #expect(successes == 20)
        #expect(try ChbProcess.run("validate", plan).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
