import Foundation
import Testing
import TestSupport

/// Issue 14, case by case: no file argument can make chb destroy a plan or widen its readers.
@Suite("Files and safety")
struct FileSafetyTests {
    let folder: Scratch
    let plan: String

    init() throws {
        folder = try Scratch()
        plan = try folder.copy(plan: "heron-hold.xml")
    }

    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private func owner(_ path: String) throws -> (Int, Int) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (try #require(attributes[.ownerAccountID] as? Int), try #require(attributes[.groupOwnerAccountID] as? Int))
    }

    private func note(_ file: String, _ extra: [String] = []) throws -> ChbProcess.Result {
        try chb(["task", "note", file, "t-h-hub", "--text", "a note", "--agency", "smc"] + extra)
    }

    // MARK: Outputs

    @Test("-o naming the plan, directly or through a link, is refused and the plan is unchanged",
          arguments: [["status", "--as-of", "2026-11-30"], ["export", "--to", "mspdi"], ["export"], ["export", "--for", "smcc"]])
    func outputIsThePlan(_ command: [String]) throws {
        let link = folder.path("link.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let before = plan.fileBytes
        for output in [plan, link] {
            let result = try chb([command[0], plan] + command.dropFirst() + ["-o", output])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("is the plan \(plan) itself; nothing was written"), "\(result)")
            #expect(plan.fileBytes == before)
        }
    }

    @Test("-o refuses devices, FIFOs, directories, dangling links and links to /proc; -o - is standard output")
    func outputsThatAreNotFiles() throws {
        let fifo = folder.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let toStdout = folder.path("stdout-link")
        try FileManager.default.createSymbolicLink(atPath: toStdout, withDestinationPath: "/proc/self/fd/1")
        let dangling = folder.path("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path("nowhere/x"))
        let toNull = folder.path("null-link")
        try FileManager.default.createSymbolicLink(atPath: toNull, withDestinationPath: "/dev/null")
        // Standard output is a pipe here, as in `chb status … -o /dev/stdout | less`.
        for output in ["/dev/null", "/dev/stdout", fifo, folder.path(""), toStdout, dangling, toNull] {
            let result = try Shell.run("\"$CHB\" status heron-hold.xml --as-of 2026-11-30 -o '\(output)' | cat", in: folder.url)
            #expect(result.stderr.contains("chb writes only regular files (use -o - for standard output)"), "\(output): \(result)")
            #expect(result.stdout.isEmpty, "\(output): \(result)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: toStdout) == "/proc/self/fd/1")
        #expect(!FileManager.default.fileExists(atPath: folder.path("nowhere")))
        let stdout = try chb(["export", plan, "-o", "-"])
        #expect(stdout.status == 0 && Data(stdout.stdout.utf8) == plan.fileBytes)
        #expect(!FileManager.default.fileExists(atPath: folder.path("-")))
    }

    @Test("an existing report is replaced through a link to it, keeping the link")
    func outputThroughLink() throws {
        let report = try folder.write("report.txt", "old")
        let link = folder.path("report-link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: report)
        let result = try chb(["status", plan, "--as-of", "2026-11-30", "-o", link])
        #expect(result.status == 0, "\(result)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("OVERALL STATUS"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == report)
    }

    @Test("a report, export or partner view never replaces a full plan, the same plan or another; nothing is recorded",
          arguments: [["status", "--as-of", "2026-11-30"], ["export", "--for", "sht"], ["export", "--to", "mspdi"],
                      ["export", "--to", "ics"], ["export", "--for", "sht", "--to", "html"], ["export", "--for", "sht", "--to", "mspdi"]])
    func reportNeverReplacesAPlan(_ command: [String]) throws {
        let other = try folder.copy(plan: "kestrel-clear.xml")
        let copy = folder.path("copy-of-heron.xml")
        try FileManager.default.copyItem(atPath: plan, toPath: copy)
        let before = plan.fileBytes
        for (victim, id) in [(other, "op-kestrel"), (copy, "op-heron")] {
            let held = victim.fileBytes
            let result = try chb([command[0], plan] + command.dropFirst() + ["-o", victim])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("\(victim): error: the file holds the chb plan '\(id)'; not replacing a plan with "), "\(result)")
            #expect(result.stderr.contains("nothing was written") && result.stdout.isEmpty, "\(result)")
            #expect(victim.fileBytes == held)
        }
        // A refused partner export records no 'exported' event.
        #expect(plan.fileBytes == before)
    }

    @Test("a portfolio report never replaces a plan either")
    func portfolioNeverReplacesAPlan() throws {
        let other = try folder.copy(plan: "kestrel-clear.xml")
        let held = other.fileBytes
        let result = try chb(["status", plan, try folder.copy(plan: "osprey-build.xml"), "--as-of", "2026-11-30", "-o", other])
        #expect(result.status == 1)
        #expect(result.stderr == "\(other): error: the file holds the chb plan 'op-kestrel'; not replacing a plan with a portfolio report, so nothing was written (write it to another file)\n", "\(result)")
        #expect(other.fileBytes == held)
    }

    @Test("export -o replaces a copy of the same plan, never another plan; a partner view never replaces the full plan")
    func exportReplacesOnlyTheSamePlan() throws {
        let copy = folder.path("copy.xml")
        try FileManager.default.copyItem(atPath: try folder.copy(plan: "kestrel-clear.xml"), toPath: copy)
        let other = copy.fileBytes
        let refused = try chb(["export", plan, "-o", copy])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(copy): error: the file holds the chb plan 'op-kestrel', not 'op-heron'; not replacing one plan with another, so nothing was written (write to another file, or remove that plan first if it is meant)\n", "\(refused)")
        #expect(copy.fileBytes == other)
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: plan, toPath: copy)
        #expect(try chb(["task", "note", plan, "t-h-hub", "--text", "newer", "--agency", "smc"]).status == 0)
        let same = try chb(["export", plan, "-o", copy])
        #expect(same.status == 0, "\(same)")
        #expect(copy.fileBytes == plan.fileBytes)
        // A partner view exported to a file, then exported again as a chb file over the full plan.
        let view = folder.path("view.xml")
        #expect(try chb(["export", plan, "--for", "sht", "-o", view]).status == 0)
        let full = copy.fileBytes
        let overPlan = try chb(["export", view, "-o", copy])
        #expect(overPlan.status == 1 && overPlan.stderr.contains("not replacing a plan with a partner view (for 'sht')"), "\(overPlan)")
        #expect(copy.fileBytes == full)
    }

    @Test("the daily workflow: an older partner view, a previous report or any other file is replaced")
    func replacesViewsAndReports() throws {
        let view = folder.path("sht-view.xml")
        for _ in 0..<2 {
            let result = try chb(["export", plan, "--for", "sht", "-o", view])
            #expect(result.status == 0, "\(result)")
        }
        let mspdi = folder.path("sht.mspdi.xml")
        for _ in 0..<2 { #expect(try chb(["export", plan, "--for", "sht", "--to", "mspdi", "-o", mspdi]).status == 0) }
        let report = folder.path("status.txt")
        for _ in 0..<2 { #expect(try chb(["status", plan, "--as-of", "2026-11-30", "-o", report]).status == 0) }
        #expect(try chb(["status", plan, "--as-of", "2026-11-30", "-o", view]).status == 0)
        #expect(try chb(["export", plan, "-o", report]).status == 0)
    }

    @Test("a plan is recognised from its first bytes, whatever its prolog or prefix; other files are not plans",
          arguments: [
            ("\u{FEFF}<?xml version='1.0'?>\n<!-- board copy -->\n<c:plan xmlns:c='urn:x-chb:plan:1' id='op-x' revision='3'>", "the chb plan 'op-x'"),
            ("<plan\n  id = \"op-y\"\n  xmlns = \"urn:x-chb:plan:1\" view=\"full\"/>", "the chb plan 'op-y'"),
            ("<plan xmlns='urn:x-chb:plan:1' id='op-z' title='" + String(repeating: "x", count: 40_000), "the chb plan 'op-z'"),
            ("<plan xmlns='urn:x-chb:plan:1' " + String(repeating: "a", count: 40_000), "a chb plan"),
            ("<plan xmlns='urn:x-chb:plan:1' id='op-v' view='partner' for='sht' sourceRevision='1'>", nil),
            ("<plan xmlns='urn:example:other' id='op-w'>", nil),
            ("<c:plan xmlns='urn:x-chb:plan:1' xmlns:c='urn:example:other' id='op-w'>", nil),
            ("<!DOCTYPE plan><plan xmlns='urn:x-chb:plan:1' id='op-d'>", nil),
            ("<plan xmlns='urn:x-chb:plan:1' id='op-e'", nil),
            ("OVERALL STATUS  Red", nil),
            ("", nil),
          ] as [(String, String?)])
    func recognisesPlans(_ text: String, _ held: String?) throws {
        let output = try folder.write("output.xml", text)
        let result = try chb(["status", plan, "--as-of", "2026-11-30", "-o", output])
        if let held {
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("\(output): error: the file holds \(held); not replacing a plan with a status report"), "\(result)")
            #expect(output.fileBytes == Data(text.utf8))
        } else {
            #expect(result.status == 0, "\(result)")
            #expect(try String(contentsOfFile: output, encoding: .utf8).contains("OVERALL STATUS"))
        }
    }

    // MARK: Permissions and identity

    @Test("new files get the process umask", arguments: [("077", 0o600), ("022", 0o644), ("002", 0o664)])
    func umask(_ mask: String, _ expected: Int) throws {
        let script = """
            umask \(mask)
            "$CHB" status heron-hold.xml --as-of 2026-11-30 -o report.txt &&
            "$CHB" export heron-hold.xml --for smcc -o view.xml 2>/dev/null &&
            "$CHB" export heron-hold.xml --to mspdi -o project.xml &&
            "$CHB" new new.xml --id op-new --title New --area Here --lead-agency smc --lead-agency-name 'Southmoor' >/dev/null
            """
        let result = try Shell.run(script, in: folder.url)
        #expect(result.status == 0, "\(result)")
        for name in ["report.txt", "view.xml", "project.xml", "new.xml"] {
            #expect(try mode(folder.path(name)) == expected, "\(name) under umask \(mask)")
        }
    }

    @Test("a replaced plan keeps its mode, owner and group (root edits someone else's plan)",
          .enabled(if: getuid() == 0, "SKIPPED: needs root to give the plan another owner"))
    func keepsIdentity() throws {
        #expect(chown(plan, 65534, 65534) == 0)
        #expect(chmod(plan, 0o640) == 0)
        let result = try note(plan)
        #expect(result.status == 0, "\(result)")
        #expect(try owner(plan) == (65534, 65534))
        #expect(try mode(plan) == 0o640)
    }

    @Test("a plan nobody may write (0444) is refused, root included")
    func writeProtected() throws {
        #expect(chmod(plan, 0o444) == 0)
        let before = plan.fileBytes
        let result = try note(plan)
        #expect(result.status == 1)
        #expect(result.stderr.contains("read-only for everyone (mode 0444)"), "\(result)")
        #expect(plan.fileBytes == before)
        #expect(try mode(plan) == 0o444)
    }

    @Test("an ordinary user: a plan they may not write is refused; their own plan is edited and stays theirs",
          .enabled(if: Shell.unprivilegedSkipReason == nil, Comment(rawValue: Shell.unprivilegedSkipReason ?? "")))
    func unprivilegedUser() throws {
        #expect(chmod(folder.path(""), 0o777) == 0)
        // Root's plan, readable by all, in a folder anyone may write: the rename would work,
        // but the plan is not the user's to change.
        let before = plan.fileBytes
        let refused = try Shell.run("\(Shell.asNobody) \"$CHB\" task note heron-hold.xml t-h-hub --text x --agency smc", in: folder.url)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("you may not write this file (mode 0644)"), "\(refused)")
        #expect(plan.fileBytes == before)
        // The user's own plan.
        #expect(chown(plan, 65534, 65534) == 0)
        #expect(chmod(plan, 0o600) == 0)
        let edited = try Shell.run("\(Shell.asNobody) \"$CHB\" task note heron-hold.xml t-h-hub --text x --agency smc", in: folder.url)
        #expect(edited.status == 0, "\(edited)")
        #expect(try owner(plan) == (65534, 65534))
        #expect(try mode(plan) == 0o600)
        // Their own plan made read-only is refused too.
        #expect(chmod(plan, 0o400) == 0)
        let readOnly = try Shell.run("\(Shell.asNobody) \"$CHB\" task note heron-hold.xml t-h-hub --text y --agency smc", in: folder.url)
        #expect(readOnly.status == 1 && readOnly.stderr.contains("mode 0400"), "\(readOnly)")
        // A group the user is not in cannot be kept: the edit is refused, not the readers changed.
        #expect(chmod(plan, 0o660) == 0)
        #expect(chown(plan, 65534, 0) == 0)
        let group = try Shell.run("\(Shell.asNobody) \"$CHB\" task note heron-hold.xml t-h-hub --text z --agency smc", in: folder.url)
        #expect(group.status == 1 && group.stderr.contains("cannot give the new file the owner and group"), "\(group)")
        #expect(try owner(plan) == (65534, 0))
    }

    @Test("a plan with a second hard link is refused, so the names never drift apart")
    func hardLinks() throws {
        let other = folder.path("other-name.xml")
        #expect(link(plan, other) == 0)
        let before = plan.fileBytes
        let result = try note(plan)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the file has 2 hard links"), "\(result)")
        #expect(plan.fileBytes == before && other.fileBytes == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path(".heron-hold.xml.lock")))
        #expect(unlink(other) == 0)
        #expect(try note(plan).status == 0)
    }

    // MARK: Locks

    @Test("no lock file for a plan that does not exist, a dangling link or a FIFO")
    func lockOnlyOnRegularFiles() throws {
        let dangling = folder.path("dangling.xml")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path("gone.xml"))
        let fifo = folder.path("fifo.xml")
        #expect(mkfifo(fifo, 0o600) == 0)
        for target in [folder.path("typo.xml"), dangling, fifo, "/dev/null"] {
            let result = try note(target)
            #expect(result.status == 1, "\(target): \(result)")
        }
        let locks = try FileManager.default.contentsOfDirectory(atPath: folder.path("")).filter { $0.hasSuffix(".lock") }
        #expect(locks.isEmpty, "\(locks)")
        #expect(!FileManager.default.fileExists(atPath: "/dev/.null.lock"))
    }

    @Test("a planted lock symbolic link is refused, never followed")
    func plantedLockLink() throws {
        let victim = folder.path("victim")
        try FileManager.default.createSymbolicLink(atPath: folder.path(".heron-hold.xml.lock"), withDestinationPath: victim)
        let before = plan.fileBytes
        let result = try note(plan)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a symbolic link, not a regular file; not using it"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: victim))
        #expect(plan.fileBytes == before)
    }

    @Test("a lock held by another process: bounded wait, and a message naming the lock and the holder")
    func lockHeld() throws {
        let lockPath = folder.path(".heron-hold.xml.lock")
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        let before = plan.fileBytes
        let started = Date()
        let result = try note(plan, ["--wait", "0.5"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr.contains("process \(getpid()) holds the lock \(lockPath); gave up after waiting 0.5 s"), "\(result)")
        #expect(elapsed >= 0.5 && elapsed < 10, "waited \(elapsed) s")
        #expect(plan.fileBytes == before)
        flock(descriptor, LOCK_UN)
        #expect(try note(plan, ["--wait", "0"]).status == 0)
    }

    @Test("file names that are not UTF-8 are read, locked and replaced byte for byte")
    func nonUTF8Name() throws {
        let script = """
            name=$(printf 'plan-\\377\\376.xml')
            cp heron-hold.xml "$name" &&
            "$CHB" task note "$name" t-h-hub --text 'through a Latin-1 name' --agency smc &&
            "$CHB" validate "$name" &&
            grep -c 'through a Latin-1 name' "$name" &&
            test -f ".$name.lock" &&
            "$CHB" status heron-hold.xml --as-of 2026-11-30 --output="$(printf 'report-\\377.txt')" &&
            test -f "$(printf 'report-\\377.txt')"
            """
        let result = try Shell.run(script, in: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("added a note to t-h-hub"))
    }

    @Test("names with spaces, emoji, right-to-left marks and newlines are plans like any other")
    func oddNames() throws {
        for name in ["a plan with spaces.xml", "heron \u{1F985}.xml", "\u{200F}rtl\u{200F}.xml", "line\nbreak.xml"] {
            let path = folder.path(name)
            try FileManager.default.copyItem(atPath: plan, toPath: path)
            let result = try note(path)
            #expect(result.status == 0, "\(name): \(result)")
            #expect(String(decoding: try bytes(path), as: UTF8.self).contains(">a note</note>"), "\(name)")
            #expect(FileManager.default.fileExists(atPath: folder.path(".\(name).lock")), "\(name)")
        }
    }

    @Test("an ordinary user's plan in a folder they may not write is refused and left as it was",
          .enabled(if: Shell.unprivilegedSkipReason == nil, Comment(rawValue: Shell.unprivilegedSkipReason ?? "")))
    func readOnlyFolder() throws {
        #expect(chown(plan, 65534, 65534) == 0)
        #expect(chmod(folder.path(""), 0o755) == 0)
        let before = plan.fileBytes
        let result = try Shell.run("\(Shell.asNobody) \"$CHB\" task note heron-hold.xml t-h-hub --text x --agency smc", in: folder.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("Permission denied"), "\(result)")
        #expect(plan.fileBytes == before)
    }

    @Test("temporary files left by a killed save are removed by the next save of that plan")
    func staleTemporaries() throws {
        let stale = try folder.write(".heron-hold.xml.tmp-Ab12Cd", "half a plan")
        let unrelated = try folder.write(".heron-hold.xml.tmp-keep-this-one", "not ours")
        let otherPlan = try folder.write(".other.xml.tmp-Ab12Cd", "another plan's")
        #expect(try note(plan).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: unrelated))
        #expect(FileManager.default.fileExists(atPath: otherPlan))
    }
}
