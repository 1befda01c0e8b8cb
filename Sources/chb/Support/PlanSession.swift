import ArgumentParser
import Foundation
import PlanCore
import PlanXML

/// Loading a plan for reading, and the one safe way to change one.
enum PlanSession {
    /// Reads and validates a plan, printing diagnostics; exits 1 when it is invalid.
    static func load(_ path: String, allowWarnings: Bool = true) throws -> PlanDocument {
        let document: PlanDocument
        do {
            document = try PlanReader().read(contentsOf: path)
        } catch {
            Terminal.report(error.diagnostics, file: path)
            throw ExitCode.failure
        }
        let diagnostics = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
        if diagnostics.containsErrors {
            Terminal.report(diagnostics.filter { $0.severity == .error }, file: path)
            throw ExitCode.failure
        }
        return document
    }

    /// Changes a plan on disk: lock, read, validate, change, validate, save atomically, unlock.
    ///
    /// An exclusive `flock` on a lock file beside the plan is held from the read to the
    /// rename, so concurrent chb processes take turns and never lose an update. Just before
    /// the rename the file is compared with the bytes read; if something else changed it in
    /// the meantime the save is refused. A refused or failed change leaves the file
    /// byte-for-byte as it was.
    /// - Parameters:
    ///   - path: The plan file.
    ///   - change: Applies the change to the plan and returns the line to print on success.
    ///   - report: Where the success line goes (stderr when stdout carries data).
    ///   - save: When `false` (a dry run), everything happens except the save.
    /// A change that leaves the plan exactly as it was saves nothing.
    static func modify(
        _ path: String, report: Terminal.Stream = .standardOutput, save shouldSave: Bool = true,
        _ change: (inout Plan) throws -> String
    ) throws {
        // Work on the file a symbolic link points to: lock it and replace it, not the link.
        // Messages name the file as the user did.
        let target = PlanFile.resolvingSymbolicLinks(path)
        let lock = try FileLock(beside: target, reportingAs: path)
        defer { lock.release() }
        let original: [UInt8]
        do {
            original = try PlanFile.readBytes(at: target, limit: ReadLimits.standard.maximumInputBytes)
        } catch {
            Terminal.report(error.diagnostics, file: path)
            throw ExitCode.failure
        }
        let document: PlanDocument
        do {
            document = try PlanReader().read(original, file: path)
        } catch {
            Terminal.report(error.diagnostics, file: path)
            throw ExitCode.failure
        }
        let before = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
        if before.containsErrors {
            Terminal.error("\(path): error: the plan is invalid; fix these before changing it:")
            Terminal.report(before.filter { $0.severity == .error }, file: path)
            throw ExitCode.failure
        }
        var plan = document.plan
        let message: String
        do {
            message = try change(&plan)
        } catch let refusal as PlanChangeError {
            Terminal.error("\(path): error: \(refusal.cliMessage)")
            throw ExitCode.failure
        }
        let after = PlanValidator().validate(plan)
        if after.containsErrors {
            Terminal.error("\(path): error: the change would make the plan invalid; nothing was saved:")
            for diagnostic in after where diagnostic.severity == .error {
                Terminal.error("  \(diagnostic.message)")
            }
            throw ExitCode.failure
        }
        if shouldSave, plan != document.plan { try save(plan, to: target, reportingAs: path, expecting: original) }
        if !message.isEmpty { Terminal.say(message, to: report) }
    }

    /// Writes a plan over `path` if the file still holds `expected`.
    static func save(_ plan: Plan, to target: String, reportingAs path: String, expecting expected: [UInt8]) throws {
        let bytes: [UInt8]
        do {
            bytes = try PlanWriter().write(plan)
        } catch {
            Terminal.error("\(path): error: \(error.message)")
            throw ExitCode.failure
        }
        let current = try? PlanFile.readBytes(at: target, limit: ReadLimits.standard.maximumInputBytes)
        guard current == expected else {
            Terminal.error("\(path): error: the plan changed on disk while this command ran; nothing was saved (run the command again)")
            throw ExitCode.failure
        }
        do {
            try PlanFile.writeAtomically(bytes, to: target)
        } catch {
            Terminal.error("\(path): error: \(error.message)")
            throw ExitCode.failure
        }
    }

    /// Writes a new plan file, refusing to overwrite one.
    static func create(_ plan: Plan, at path: String) throws {
        do {
            try PlanFile.writeAtomically(try PlanWriter().write(plan), to: path, overwrite: false)
        } catch {
            Terminal.error("\(path): error: \(error.message)")
            throw ExitCode.failure
        }
    }
}

/// An exclusive advisory lock on `.NAME.lock` beside a plan, held until released.
struct FileLock {
    private let descriptor: Int32

    /// Takes the lock for the plan at `target`, naming it `path` in messages.
    init(beside target: String, reportingAs path: String) throws {
        let url = URL(fileURLWithPath: target)
        let lockPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            Terminal.error("\(path): error: cannot open the lock file \(lockPath): \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            Terminal.error("\(path): error: cannot lock the plan: \(String(cString: strerror(errno)))")
            close(descriptor)
            throw ExitCode.failure
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
