public import Foundation
import Testing

/// Runs the built `chb` executable, as a user would, with the clock fixed through `CHB_NOW`.
public enum ChbProcess {
    /// The result of one run.
    public typealias Result = ChildProcess.Result

    /// The one default "now" of every run: `CHB_NOW` unless a test passes another instant.
    public static let defaultNow = "2026-11-30T10:00:00Z"

    /// The repository root (see ``Repository/root``).
    public static var repositoryRoot: URL { Repository.root }

    /// Where `chb` may be: `$CHB_BINARY`, beside the test bundle (the build's products folder),
    /// beside the test runner, then the repository's `.build/debug`.
    public static let candidates: [URL] = {
        var list: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["CHB_BINARY"] { list.append(URL(fileURLWithPath: explicit)) }
        var products = Bundle.main.bundleURL
        if products.pathExtension == "xctest" { products.deleteLastPathComponent() }
        list.append(products.appendingPathComponent("chb"))
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        list.append(executable.deletingLastPathComponent().appendingPathComponent("chb"))
        list.append(Repository.url(".build/debug/chb"))
        return list
    }()

    /// The `chb` executable, or `nil` when none of the candidates exists.
    public static let binary: URL? = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The executable, or a test failure saying where it was looked for.
    public static func requireBinary() throws -> URL {
        try #require(binary, "chb executable not found; run `swift build` first. Looked in: \(candidates.map(\.path).joined(separator: ", "))")
    }

    /// Starts `chb` with arguments.
    /// - Parameters:
    ///   - now: the fixed clock (`CHB_NOW`), or `nil` for the real one.
    ///   - directory: the working directory, or this process's when `nil`.
    ///   - environment: further changes to the environment (`nil` removes a variable).
    ///   - stdin: what `chb` reads on standard input (empty when `nil`).
    public static func start(
        _ arguments: [String], now: String? = defaultNow, in directory: URL? = nil,
        environment: [String: String?] = [:], stdin: Data? = nil
    ) throws -> ChildProcess.Running {
        var changes = environment
        changes["CHB_NOW"] = .some(now)
        return try ChildProcess.start(try requireBinary(), arguments, environment: changes, in: directory, stdin: stdin)
    }

    /// Waits for a started `chb` and collects its output.
    public static func finish(_ running: ChildProcess.Running) -> Result { running.finish() }

    /// Runs `chb` to completion; see ``start(_:now:in:environment:stdin:)``.
    @discardableResult
    public static func run(
        _ arguments: [String], now: String? = defaultNow, in directory: URL? = nil,
        environment: [String: String?] = [:], stdin: Data? = nil
    ) throws -> Result {
        try start(arguments, now: now, in: directory, environment: environment, stdin: stdin).finish()
    }

    /// Runs `chb` to completion; see ``start(_:now:in:environment:stdin:)``.
    @discardableResult
    public static func run(_ arguments: String..., now: String? = defaultNow) throws -> Result {
        try run(arguments, now: now)
    }
}

/// Runs `chb` with the clock fixed at ``ChbProcess/defaultNow`` unless told otherwise.
public func chb(_ arguments: [String], now: String = ChbProcess.defaultNow, in directory: URL? = nil) throws -> ChbProcess.Result {
    try ChbProcess.run(arguments, now: now, in: directory)
}

/// A temporary folder for one test, with copies of example plans; removed when released.
public final class Scratch: @unchecked Sendable {
    /// The folder.
    public let folder: URL

    /// The folder's URL.
    public var url: URL { folder }

    /// A fresh, empty folder under the system's temporary directory.
    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chb-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A path inside the folder.
    public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Copies `plans/NAME` into the folder and returns the copy's path.
    public func copyPlan(_ name: String) throws -> String { try copy(plan: name) }

    /// Copies `plans/NAME` into the folder and returns the copy's path.
    public func copy(plan name: String) throws -> String {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Repository.plan(name), to: target)
        return target.path
    }

    /// Writes a file into the folder and returns its path.
    public func write(_ name: String, _ text: String) throws -> String {
        let target = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: target)
        return target.path
    }
}

/// The temporary folder the drafting, exchange and MSPDI tests use.
public typealias TemporaryFolder = Scratch

/// The bytes of a file.
public func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

/// The revision attribute of a plan file, or -1 when it has none.
public func revision(_ path: String) throws -> Int {
    let text = String(decoding: try bytes(path), as: UTF8.self)
    guard let range = text.range(of: #"revision="(\d+)""#, options: .regularExpression) else { return -1 }
    return Int(text[range].dropFirst(10).dropLast()) ?? -1
}

extension String {
    /// The bytes of the file at this path, for byte-for-byte comparisons.
    public var fileBytes: Data? { FileManager.default.contents(atPath: self) }
}
