import Foundation
import Testing
import TestSupport

/// Runs a shell script with `$CHB` naming the built executable, for what `Process` cannot
/// pass directly: a umask, file names that are not UTF-8, redirections, another user.
enum Shell {
    /// Runs `/bin/sh -c script` in `directory`, with the clock fixed.
    static func run(_ script: String, in directory: URL, environment extra: [String: String] = [:]) throws -> ChbProcess.Result {
        var environment: [String: String?] = ["CHB": try ChbProcess.requireBinary().path, "CHB_NOW": ChbProcess.defaultNow]
        for (name, value) in extra { environment[name] = value }
        return try ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: environment, in: directory)
    }

    /// Why the tests cannot run chb as an unprivileged user here, or `nil` when they can.
    ///
    /// CI runs as root, where permission checks pass by privilege; the tests that are about an
    /// ordinary user's rights run chb through `setpriv` as uid/gid 65534 (nobody).
    static let unprivilegedSkipReason: String? = {
        guard getuid() == 0 else { return "SKIPPED: not running as root, so cannot switch to another user" }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            return "SKIPPED: setpriv (util-linux) is not installed"
        }
        guard let binary = ChbProcess.binary else { return "SKIPPED: chb is not built" }
        // Every folder above the executable must be searchable by others.
        var folder = binary.deletingLastPathComponent()
        while folder.path != "/" {
            let mode = ((try? FileManager.default.attributesOfItem(atPath: folder.path))?[.posixPermissions] as? Int) ?? 0
            if mode & 0o001 == 0 { return "SKIPPED: \(folder.path) is not searchable by other users, so nobody cannot run chb" }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// `setpriv` arguments that run a command as nobody (uid and gid 65534, no other groups).
    static let asNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups"
}
