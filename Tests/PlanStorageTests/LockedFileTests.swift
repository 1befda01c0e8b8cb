import Foundation
@testable import PlanStorage
import Testing

@Suite("LockedFile")
struct LockedFileTests {
    let folder: Folder
    let plan: String

    init() throws {
        folder = try Folder()
        plan = try folder.write("plan.xml", "revision 1")
    }

    @Test("locks, reads and replaces; the lock is released and the mode kept")
    func editCycle() throws {
        chmod(plan, 0o640)
        let locked = try LockedFile(PathName(plan), wait: 1, limit: 100)
        #expect(locked.contents == Array("revision 1".utf8))
        #expect(locked.lockPath == PathName(folder.path(".plan.xml.lock")))
        try locked.replace(with: Array("revision 2".utf8))
        locked.release()
        #expect(folder.read("plan.xml") == "revision 2")
        #expect(try status(plan).permissions == 0o640)
        // The lock has the plan's read/write bits, so whoever may change the plan may lock it.
        #expect(try status(folder.path(".plan.xml.lock")).permissions == 0o640)
        // Released: the next one gets it at once.
        _ = try LockedFile(PathName(plan), wait: 0, limit: 100)
    }

    @Test("an edit through a symbolic link locks and replaces the file it names; the link stays")
    func throughLink() throws {
        let link = folder.path("link.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        let locked = try LockedFile(PathName(link), wait: 1, limit: 100)
        try locked.replace(with: Array("via link".utf8))
        #expect(folder.read("plan.xml") == "via link")
        #expect(try FileStatus(ofLink: PathName(link)).kind == .symbolicLink)
        #expect(FileManager.default.fileExists(atPath: folder.path(".plan.xml.lock")))
        #expect(!FileManager.default.fileExists(atPath: folder.path(".link.xml.lock")))
    }

    @Test("no lock file for a missing plan, a dangling link or a FIFO")
    func onlyExistingRegularFiles() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling.xml"), withDestinationPath: folder.path("gone.xml"))
        #expect(mkfifo(folder.path("fifo.xml"), 0o600) == 0)
        #expect(throws: StorageError.noSuchFile) {
            try LockedFile(PathName(folder.path("typo.xml")), wait: 0, limit: 100)
        }
        #expect(throws: StorageError.brokenSymbolicLink(.noSuchFileOrDirectory)) {
            try LockedFile(PathName(folder.path("dangling.xml")), wait: 0, limit: 100)
        }
        #expect(throws: StorageError.notRegularFile(.fifo)) { try LockedFile(PathName(folder.path("fifo.xml")), wait: 0, limit: 100) }
        #expect(try folder.names().filter { $0.hasSuffix(".lock") }.isEmpty)
    }

    @Test("a planted lock symbolic link or hard link is refused and never written through")
    func plantedLocks() throws {
        let victim = folder.path("victim")
        try FileManager.default.createSymbolicLink(atPath: folder.path(".plan.xml.lock"), withDestinationPath: victim)
        #expect(throws: StorageError.unsafeLock(PathName(folder.path(".plan.xml.lock")), .symbolicLink, linkCount: 1)) {
            try LockedFile(PathName(plan), wait: 0, limit: 100)
        }
        #expect(!FileManager.default.fileExists(atPath: victim))
        try FileManager.default.removeItem(atPath: folder.path(".plan.xml.lock"))
        let precious = try folder.write("precious", "do not touch")
        #expect(link(precious, folder.path(".plan.xml.lock")) == 0)
        #expect(throws: StorageError.unsafeLock(PathName(folder.path(".plan.xml.lock")), .regularFile, linkCount: 2)) {
            try LockedFile(PathName(plan), wait: 0, limit: 100)
        }
        #expect(folder.read("precious") == "do not touch")
    }

    @Test("a held lock: the wait is bounded and the holder named")
    func busy() throws {
        let holder = try LockedFile(PathName(plan), wait: 0, limit: 100)
        let started = Date()
        #expect(throws: StorageError.lockBusy(PathName(folder.path(".plan.xml.lock")), holder: getpid(), waited: 0.3)) {
            try LockedFile(PathName(plan), wait: 0.3, limit: 100)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 0.3 && waited < 5)
        holder.release()
        _ = try LockedFile(PathName(plan), wait: 0, limit: 100)
    }

    @Test("a file changed behind the lock's back is not replaced")
    func changedOnDisk() throws {
        let locked = try LockedFile(PathName(plan), wait: 0, limit: 100)
        try Data("someone else".utf8).write(to: URL(fileURLWithPath: plan))
        #expect(throws: StorageError.changedOnDisk) { try locked.replace(with: Array("mine".utf8)) }
        #expect(folder.read("plan.xml") == "someone else")
    }

    @Test("temporary files left by a killed save are removed by the next save; others are kept")
    func staleTemporaries() throws {
        try folder.write(".plan.xml.tmp-Ab12Cd", "half")
        try folder.write(".plan.xml.tmp-longer-name", "not ours")
        try folder.write(".other.xml.tmp-Ab12Cd", "another file's")
        let locked = try LockedFile(PathName(plan), wait: 0, limit: 100)
        try locked.replace(with: Array("saved".utf8))
        locked.release()
        #expect(try folder.names() == [".other.xml.tmp-Ab12Cd", ".plan.xml.lock", ".plan.xml.tmp-longer-name", "plan.xml"])
    }

    @Test("write-protected and multiply-linked plans are refused before any lock is taken")
    func refusedPlans() throws {
        chmod(plan, 0o444)
        #expect(throws: StorageError.writeProtected(permissions: "0444")) { try LockedFile(PathName(plan), wait: 0, limit: 100) }
        chmod(plan, 0o644)
        #expect(link(plan, folder.path("second.xml")) == 0)
        #expect(throws: StorageError.multipleLinks(2)) { try LockedFile(PathName(plan), wait: 0, limit: 100) }
        #expect(try folder.names().filter { $0.hasSuffix(".lock") }.isEmpty)
    }
}
