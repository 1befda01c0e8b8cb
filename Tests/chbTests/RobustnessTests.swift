import Foundation
import TestSupport
import Testing

/// Inputs that once crashed chb, lost data or misreported success: each now gets a clear
/// refusal and leaves every file as it was.
@Suite("Robustness of the chb commands")
struct RobustnessTests {
    let folder: TemporaryFolder
    let plan: String

    init() throws {
        folder = try TemporaryFolder()
        plan = try folder.copyPlan("heron-hold.xml")
    }

    func refused(_ arguments: [String], status: Int32 = 1, saying text: String) throws {
        let before = plan.fileBytes
        let result = try chb(arguments)
        #expect(result.status == status, "\(arguments): \(result)")
        #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)")
        #expect(plan.fileBytes == before, "\(arguments) changed the plan")
    }

    @Test("values that would overflow date arithmetic are refused, not a crash")
    func hugeNumbers() throws {
        try refused(["task", "add", plan, "t-huge", "--stage", "hold", "--title", "Huge lag", "--lead", "smc", "--duration", "3",
                     "--depends-on", "t-h-cctv:fs+9223372036854775800", "--agency", "smc"],
                    saying: "has a lag of 9223372036854775800 days on 't-h-cctv'; the limit is ±36600")
        try refused(["task", "edit", plan, "t-h-hub", "--duration", "9223372036854775807", "--clear-dates", "--agency", "smc"],
                    saying: "lasts 9223372036854775807 days; the limit is 36600")
        var xml = try String(contentsOfFile: plan, encoding: .utf8)
        let planRevision = try #require(xml.range(of: "revision=\"\(try revision(plan))\""))
        xml.replaceSubrange(planRevision, with: "revision=\"9223372036854775807\"")
        let big = folder.path("big.xml")
        try xml.write(toFile: big, atomically: true, encoding: .utf8)
        let result = try chb(["validate", big])
        #expect(result.status == 1)
        #expect(result.stderr.contains("plan revision 9223372036854775807 is above the limit of 1000000000"))
    }

    @Test("a decimal libxml2 could not read back is refused, so the plan stays readable")
    func tooManyDigits() throws {
        let result = try chb(["measure", "record", plan, "m-h-feel-safe", "--date", "2026-11-30",
                              "--value", "0.0000000000000000000000000001", "--agency", "smc"])
        #expect(result.status == 64, "\(result)")
        #expect(try chb(["validate", plan]).status == 0)
    }

    @Test("a done task's progress cannot be set below 100")
    func progressOfDoneTask() throws {
        try refused(["task", "edit", plan, "t-h-nrm", "--progress", "5", "--agency", "smc"],
                    saying: "task 't-h-nrm' is done but its progress is 5, not 100")
    }

    @Test("export --for writes nothing when refused, and never over the plan itself")
    func exportOrder() throws {
        try refused(["export", plan, "--for", "smcc", "-o", plan], saying: "-o \(plan) is the plan \(plan) itself; nothing was written")
        let view = folder.path("view.xml")
        try refused(["export", plan, "--for", "smcc", "--agency", "ghost", "-o", view],
                    saying: "exporting agency 'ghost' is not an agency of this plan")
        #expect(!FileManager.default.fileExists(atPath: view))
    }

    @Test("a change through a symbolic link changes the file it points to")
    func symbolicLink() throws {
        let link = folder.path("link.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let result = try chb(["task", "note", link, "t-h-hub", "--text", "through the link", "--agency", "smc"])
        #expect(result.status == 0, "\(result)")
        let attributes = try FileManager.default.attributesOfItem(atPath: link)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("through the link</note>"))
    }

    @Test("output that cannot be written is an error, not a crash or a success")
    func unwritableOutput() throws {
        for arguments in [["export", plan], ["show", plan], ["status", plan, "--as-of", "2026-11-30"]] {
            let process = Process()
            process.executableURL = try ChbProcess.requireBinary()
            process.arguments = arguments
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(arguments): \(stderr)")
            #expect(stderr.contains("could not write the output: No space left on device"), "\(arguments): \(stderr)")
        }
    }

    @Test("an unreadable CHB_NOW is a usage error, not a silent fallback to the real clock")
    func badFixedClock() throws {
        let result = try chb(["show", plan], now: "2026-02-30T10:00:00Z")
        #expect(result.status == 64)
        #expect(result.stderr.contains("CHB_NOW is '2026-02-30T10:00:00Z'"))
    }
}
