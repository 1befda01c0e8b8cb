import Foundation
import Testing

/// Runs the built `chb` executable, as a user would.
struct ChbProcess {
    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `chb` binary built beside the test bundle.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: arg0).deletingLastPathComponent().appendingPathComponent("chb"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("chb"))
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/chb"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `chb` with arguments, a fixed clock and no colour, and waits for it.
    static func run(_ arguments: [String], now: String = "2026-11-30T10:00:00Z", in directory: URL? = nil) throws -> Result {
        let binary = try #require(executable, "the chb executable was not found next to the tests; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CHB_NOW"] = now
        environment["NO_COLOR"] = "1"
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chb-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Copies an example plan into the folder and returns its new path.
    func copyPlan(_ name: String) throws -> String {
        let target = path(name)
        try FileManager.default.copyItem(atPath: ChbProcess.repositoryRoot.appendingPathComponent("plans/\(name)").path, toPath: target)
        return target
    }
}

extension String {
    /// The file's bytes, for byte-for-byte comparisons.
    var fileBytes: Data? { FileManager.default.contents(atPath: self) }
}
