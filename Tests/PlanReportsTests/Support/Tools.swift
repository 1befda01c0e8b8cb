import Foundation
import TestSupport

/// Finding and running external programs the tests use when they are installed.
enum Tools {
    /// The full path of a program on `PATH`, or `nil`.
    static func find(_ name: String) -> String? { ChildProcess.find(name)?.path }

    /// Headless Chromium (Debian's `chromium`, or another build of it on `PATH`).
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(find).first

    /// What a program printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs a program to completion with stdin closed, killing it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil, timeout: Double = 120) throws -> Run {
        let result = try ChildProcess.run(URL(fileURLWithPath: executable), arguments, stdin: stdin ?? Data(), timeout: timeout)
        return Run(status: result.status, stdout: result.stdoutData, stderr: result.stderrData)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chb-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
