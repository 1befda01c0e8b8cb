import Foundation
import TestSupport
import Testing

/// Issue 18 item 3: `export --for` whose `-o` cannot be written said "nothing was written" and
/// exited 1, yet the plan had gained an 'exported' event and a revision. The view is now
/// written first and the export recorded only once it exists.
@Suite("export --for to an output that cannot be written")
struct ExportOutputTests {
    /// Kinds of `-o` that cannot take a view.
    enum BadOutput: String, CaseIterable, CustomTestStringConvertible {
        case missingFolder, directory, fifo, device, readOnlyFile

        var testDescription: String { rawValue }

        /// Makes the output in `folder`; returns its path and what the message says.
        func make(in folder: TemporaryFolder) throws -> (path: String, saying: String) {
            switch self {
            case .missingFolder:
                return (folder.path("no-such-folder/view.xml"), "does not exist; nothing was written")
            case .directory:
                let path = folder.path("a-folder")
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                return (path, "it is a directory")
            case .fifo:
                let path = folder.path("a-fifo")
                #expect(mkfifo(path, 0o644) == 0)
                return (path, "it is a FIFO")
            case .device:
                return ("/dev/null", "it is a character device")
            case .readOnlyFile:
                let path = try folder.write("read-only.xml", "an older view\n")
                try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
                return (path, "read-only")
            }
        }
    }

    @Test("A refused output leaves the plan byte for byte as it was, in every format",
          arguments: BadOutput.allCases, ["chb", "mspdi", "html", "ics"])
    func refusedOutput(_ kind: BadOutput, format: String) throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        let (output, saying) = try kind.make(in: folder)
        let before = try #require(plan.fileBytes)
        let outputBefore = kind == .readOnlyFile ? output.fileBytes : nil
        let result = try chb(["export", plan, "--for", "smcc", "--to", format, "-o", output])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(saying), "\(result.stderr)")
        #expect(!result.stderr.contains("exported the view"), "\(result.stderr)")
        #expect(plan.fileBytes == before, "the plan changed: the refused export was recorded")
        if kind == .readOnlyFile { #expect(output.fileBytes == outputBefore) }
        if kind == .missingFolder { #expect(!FileManager.default.fileExists(atPath: output)) }
        // Nothing was left beside the plan either (no temporary or partial file).
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !$0.hasSuffix(".lock") }
        #expect(names.allSatisfy { ["heron-hold.xml", "a-folder", "a-fifo", "read-only.xml"].contains($0) }, "\(names)")
    }

    @Test("A view that is written is recorded, once, as the next revision")
    func writtenOutput() throws {
        let folder = try TemporaryFolder()
        let plan = try folder.copyPlan("heron-hold.xml")
        let before = try revision(plan)
        func exports() throws -> Int { try String(contentsOfFile: plan, encoding: .utf8).components(separatedBy: "kind=\"exported\"").count - 1 }
        let exportsBefore = try exports()
        let view = folder.path("view.xml")
        let result = try chb(["export", plan, "--for", "smcc", "-o", view])
        #expect(result.status == 0, "\(result)")
        #expect(try revision(plan) == before + 1)
        #expect(FileManager.default.fileExists(atPath: view))
        #expect(try exports() == exportsBefore + 1)
    }
}
