import Foundation
import TestSupport
import Testing

@Suite("chb log")
struct LogCommandTests {
    @Test("A decision written over several lines stays on one line of the text log, and whole in JSON")
    func multiLineText() throws {
        let scratch = try Scratch()
        let plan = try scratch.copy(plan: "kestrel-clear.xml")
        let decision = try ChbProcess.run("decision", plan, "--text", "Agreed:\nfund two more PCSOs.\tReview in March.", "--agency", "nwp",
            now: "2026-12-01T09:00:00Z")
        #expect(decision.status == 0, "\(decision)")
        let text = try ChbProcess.run("log", plan, "--since", "2026-12-01")
        #expect(text.stdout == """
            2026-12-01T09:00:00Z  nwp  decision  op-kestrel  Agreed: fund two more PCSOs. Review in March.
            1 of 31 events; revision 31

            """)
        let json = try ChbProcess.run("log", plan, "--since", "2026-12-01", "--format", "json")
        #expect(json.stdout.contains(#""text":"Agreed:\nfund two more PCSOs.\tReview in March."}]}"#))
    }
}
