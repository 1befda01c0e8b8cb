import Foundation
import Testing

/// Runs the built `chb` executable, as a user would.
enum ChbProcess {
    /// The result of one run.
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// The repository root: the folder holding Package.swift above this file.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// Where `chb` may be: `$CHB_BINARY`, beside the test bundle (the build's products folder),
    /// then the repository's `.build/debug`.
    static let candidates: [URL] = {
        var list: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["CHB_BINARY"] { list.append(URL(fileURLWithPath: explicit)) }
        var products = Bundle.main.bundleURL
        if products.pathExtension == "xctest" { products.deleteLastPathComponent() }
        list.append(products.appendingPathComponent("chb"))
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        list.append(executable.deletingLastPathComponent().appendingPathComponent("chb"))
        list.append(repositoryRoot.appendingPathComponent(".build/debug/chb"))
        return list
    }()

    /// The `chb` executable, or `nil` when none of the candidates exists.
    static let binary: URL? = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The executable, or a test failure saying where it was looked for.
    static func requireBinary() throws -> URL {
        try #require(binary != nil, "chb executable not found; run `swift build` first. Looked in: \(candidates.map(\.path).joined(separator: ", "))")
        return binary!
    }

    /// Starts `chb` with arguments; the clock is fixed unless `now` is nil.
    static func start(_ arguments: [String], now: String? = "2026-12-01T09:00:00Z", in directory: URL? = nil) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = try requireBinary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CHB_NOW"] = now
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, so a chatty command never blocks on a full pipe.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("chb-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("chb-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Waits for a started process and collects its output.
    static func finish(_ started: (Process, URL, URL)) -> Result {
        let (process, out, err) = started
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Result(status: process.terminationStatus, stdout: read(out), stderr: read(err))
    }

    /// Runs `chb` to completion.
    @discardableResult
    static func run(_ arguments: String..., now: String? = "2026-12-01T09:00:00Z") throws -> Result {
        finish(try start(arguments, now: now))
    }

    /// Runs `chb` to completion.
    @discardableResult
    static func run(_ arguments: [String], now: String? = "2026-12-01T09:00:00Z") throws -> Result {
        finish(try start(arguments, now: now))
    }
}

/// A temporary folder with copies of example plans, removed when the test ends.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chb-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Copies `plans/NAME` into the folder and returns the copy's path.
    func copy(plan name: String) throws -> String {
        let source = ChbProcess.repositoryRoot.appendingPathComponent("plans/\(name)")
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: target)
        return target.path
    }

    /// Writes a file into the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let target = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: target)
        return target.path
    }
}

/// The bytes of a file.
func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

/// The revision attribute of a plan file.
func revision(_ path: String) throws -> Int {
    let text = String(decoding: try bytes(path), as: UTF8.self)
    guard let range = text.range(of: #"revision="(\d+)""#, options: .regularExpression) else { return -1 }
    return Int(text[range].dropFirst(10).dropLast()) ?? -1
}
