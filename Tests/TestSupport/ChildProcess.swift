public import Foundation

/// Runs another program for a test: the built `chb`, `xmllint`, `gzip`, Chromium, Python.
///
/// Output goes to temporary files rather than pipes, so a chatty child never blocks on a full
/// pipe and no reader threads are needed; standard input is a file too (empty unless given).
public enum ChildProcess {
    /// How a child ended and what it printed.
    public struct Result: CustomStringConvertible {
        /// The exit status, or the signal number when ``reason`` is `.uncaughtSignal`.
        public var status: Int32
        /// Whether the child exited or was killed by a signal.
        public var reason: Process.TerminationReason
        /// Standard output, as bytes.
        public var stdoutData: Data
        /// Standard error, as bytes.
        public var stderrData: Data

        /// Standard output, decoded as UTF-8.
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        /// Standard error, decoded as UTF-8.
        public var stderr: String { String(decoding: stderrData, as: UTF8.self) }

        public var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// A started child; ``finish()`` waits for it.
    public final class Running: @unchecked Sendable {
        /// The child process.
        public let process: Process
        private let stdoutFile: URL, stderrFile: URL, stdinFile: URL?

        init(process: Process, stdoutFile: URL, stderrFile: URL, stdinFile: URL?) {
            self.process = process
            self.stdoutFile = stdoutFile
            self.stderrFile = stderrFile
            self.stdinFile = stdinFile
        }

        /// Waits for the child to end and collects its output.
        public func finish() -> Result {
            process.waitUntilExit()
            defer {
                for file in [stdoutFile, stderrFile] + (stdinFile.map { [$0] } ?? []) {
                    try? FileManager.default.removeItem(at: file)
                }
            }
            let read = { (url: URL) in (try? Data(contentsOf: url)) ?? Data() }
            return Result(status: process.terminationStatus, reason: process.terminationReason,
                          stdoutData: read(stdoutFile), stderrData: read(stderrFile))
        }
    }

    /// Starts a program.
    /// - Parameters:
    ///   - executable: the program's path.
    ///   - arguments: its arguments.
    ///   - environment: changes to this process's environment: a value sets a variable, `nil`
    ///     removes it.
    ///   - directory: the working directory, or this process's when `nil`.
    ///   - stdin: what the child reads on standard input (empty when `nil`).
    ///   - timeout: seconds after which the child is terminated, or `nil` for no limit.
    public static func start(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:],
        in directory: URL? = nil, stdin: Data? = nil, timeout: Double? = nil
    ) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        if let directory { process.currentDirectoryURL = directory }
        let temporary = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let out = temporary.appendingPathComponent("chb-test-out-\(id)")
        let err = temporary.appendingPathComponent("chb-test-err-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        var input: URL?
        if let stdin {
            let file = temporary.appendingPathComponent("chb-test-in-\(id)")
            try stdin.write(to: file)
            process.standardInput = try FileHandle(forReadingFrom: file)
            input = file
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning, process.processIdentifier == pid { process.terminate() }
            }
        }
        return Running(process: process, stdoutFile: out, stderrFile: err, stdinFile: input)
    }

    /// Runs a program to completion; the parameters are those of ``start(_:_:environment:in:stdin:timeout:)``.
    @discardableResult
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String?] = [:],
        in directory: URL? = nil, stdin: Data? = nil, timeout: Double? = nil
    ) throws -> Result {
        try start(executable, arguments, environment: environment, in: directory, stdin: stdin, timeout: timeout).finish()
    }

    /// The full path of a program on `PATH`, or `nil`.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
