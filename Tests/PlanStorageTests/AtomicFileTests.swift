import Foundation
@testable import PlanStorage
import Testing

/// A scratch folder for one test, removed afterwards.
final class Folder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("planstorage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: mode_t = 0o644) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, mode)
        return path
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}

func status(_ path: String) throws -> FileStatus { try FileStatus(of: PathName(path)) }

@Suite("AtomicFile")
struct AtomicFileTests {
    let folder: Folder
    init() throws { folder = try Folder() }

    @Test("write creates a file and replaces a regular one, leaving no temporary file")
    func createAndReplace() throws {
        let path = PathName(folder.path("out.txt"))
        try AtomicFile.write(Array("one".utf8), to: path)
        try AtomicFile.write(Array("two".utf8), to: path)
        #expect(folder.read("out.txt") == "two")
        #expect(try folder.names() == ["out.txt"])
    }

    @Test("write refuses the input, through a symbolic link too")
    func refusesInput() throws {
        let input = try folder.write("plan.xml", "plan")
        let link = folder.path("link.xml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        for output in [input, link] {
            #expect(throws: StorageError.isInput(PathName(input))) {
                try AtomicFile.write(Array("report".utf8), to: PathName(output), protecting: [PathName(input)])
            }
        }
        #expect(folder.read("plan.xml") == "plan")
    }

    @Test("write refuses what is not a regular file, and links that lead nowhere")
    func refusesSpecialFiles() throws {
        let fifo = folder.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let dangling = folder.path("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path("missing/file"))
        #expect(throws: StorageError.notRegularFile(.characterDevice)) { try AtomicFile.write([1], to: "/dev/null") }
        #expect(throws: StorageError.notRegularFile(.fifo)) { try AtomicFile.write([1], to: PathName(fifo)) }
        #expect(throws: StorageError.notRegularFile(.directory)) { try AtomicFile.write([1], to: PathName(folder.url.path)) }
        #expect(throws: StorageError.brokenSymbolicLink(.noSuchFileOrDirectory)) { try AtomicFile.write([1], to: PathName(dangling)) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing")))
    }

    @Test("a replaced file keeps its mode, owner and group",
          .enabled(if: getuid() == 0, "SKIPPED: needs root to give the file another owner"))
    func keepsIdentity() throws {
        let path = try folder.write("plan.xml", "old", mode: 0o640)
        #expect(chown(path, 65534, 65534) == 0)
        try AtomicFile.write(Array("new".utf8), to: PathName(path))
        let after = try status(path)
        #expect(after.permissions == 0o640 && after.owner == 65534 && after.group == 65534)
        #expect(folder.read("plan.xml") == "new")
    }

    @Test("write-protected and multiply-linked files are refused")
    func refusesProtectedAndLinked() throws {
        let protected = try folder.write("protected.xml", "keep", mode: 0o444)
        #expect(throws: StorageError.writeProtected(permissions: "0444")) { try AtomicFile.write([1], to: PathName(protected)) }
        let linked = try folder.write("linked.xml", "keep")
        #expect(link(linked, folder.path("second-name.xml")) == 0)
        #expect(throws: StorageError.multipleLinks(2)) { try AtomicFile.write([1], to: PathName(linked)) }
        #expect(folder.read("protected.xml") == "keep" && folder.read("linked.xml") == "keep")
    }

    @Test("create refuses anything already there, a dangling link included")
    func createNeverOverwrites() throws {
        try folder.write("exists.xml", "keep")
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling.xml"), withDestinationPath: folder.path("target.xml"))
        for name in ["exists.xml", "dangling.xml"] {
            #expect(throws: StorageError.alreadyExists) { try AtomicFile.create([1], at: PathName(folder.path(name))) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("target.xml")))
        try AtomicFile.create(Array("new".utf8), at: PathName(folder.path("new.xml")))
        #expect(folder.read("new.xml") == "new")
    }

    @Test("paths are bytes: a name that is not UTF-8 is created and replaced as given")
    func nonUTF8() throws {
        let name = Array(folder.url.path.utf8) + Array("/plan-".utf8) + [0xFF, 0xFE] + Array(".xml".utf8)
        let path = PathName(bytes: name)
        try AtomicFile.create(Array("one".utf8), at: path)
        try AtomicFile.write(Array("two".utf8), to: path)
        #expect(try FileReader.read(path, limit: 10) == Array("two".utf8))
        #expect(try FileStatus(of: path).kind == .regularFile)
        #expect(path.description.hasSuffix("plan-\u{FFFD}\u{FFFD}.xml"))
    }
}

@Suite("FileReader")
struct FileReaderTests {
    @Test("reads regular files within the limit; refuses larger ones and special files")
    func limits() throws {
        let folder = try Folder()
        let path = PathName(try folder.write("plan.xml", "12345"))
        #expect(try FileReader.read(path, limit: 5) == Array("12345".utf8))
        #expect(throws: StorageError.tooLarge(limit: 4)) { try FileReader.read(path, limit: 4) }
        #expect(throws: StorageError.notRegularFile(.regularFile)) { try FileReader.read("/dev/zero", limit: 4) }
        #expect(throws: StorageError.noSuchFile) {
            try FileReader.read(PathName(folder.path("missing")), limit: 4)
        }
    }

    @Test("head reads at most the first bytes of a regular file, and refuses special files")
    func head() throws {
        let folder = try Folder()
        let path = PathName(try folder.write("plan.xml", "0123456789"))
        #expect(try FileReader.head(of: path, count: 4) == Array("0123".utf8))
        #expect(try FileReader.head(of: path, count: 100) == Array("0123456789".utf8))
        #expect(try FileReader.head(of: PathName(try folder.write("empty.xml", "")), count: 4) == [])
        #expect(mkfifo(folder.path("fifo.xml"), 0o600) == 0)
        #expect(throws: StorageError.notRegularFile(.regularFile)) { try FileReader.head(of: PathName(folder.path("fifo.xml")), count: 4) }
        #expect(throws: StorageError.notRegularFile(.regularFile)) { try FileReader.head(of: "/dev/zero", count: 4) }
        #expect(throws: StorageError.noSuchFile) { try FileReader.head(of: PathName(folder.path("missing")), count: 4) }
    }

    @Test("messages: a missing file in words, sizes in MiB, a missing folder named")
    func messages() throws {
        #expect(StorageError.noSuchFile.message == "no such file")
        #expect(StorageError.tooLarge(limit: 64 << 20).message == "the file is larger than the limit of 64 MiB")
        #expect(StorageError.tooLarge(limit: 4).message == "the file is larger than the limit of 4 bytes")
        #expect(StorageError.tooLarge(limit: 1536).message == "the file is larger than the limit of 1536 bytes")
        let folder = try Folder()
        let output = PathName(folder.path("nodir/out.txt"))
        #expect(throws: StorageError.noSuchFolder(PathName(folder.path("nodir")))) { try AtomicFile.write(Array("x".utf8), to: output) }
        #expect(throws: StorageError.noSuchFolder(PathName(folder.path("nodir")))) { try AtomicFile.create(Array("x".utf8), at: output) }
        #expect(StorageError.noSuchFolder("nodir").message.hasPrefix("the folder nodir does not exist"))
    }
}

@Suite("valueOrErrno")
struct SystemCallTests {
    @Test("retries a call a signal interrupted, and throws other errors as Errno")
    func retriesInterrupts() throws {
        var calls = 0
        let value = try valueOrErrno { () -> Int32 in
            calls += 1
            if calls < 3 { errno = EINTR; return -1 }
            return 7
        }
        #expect(value == 7 && calls == 3)
        #expect(throws: Errno.noSuchFileOrDirectory) {
            try valueOrErrno { () -> Int32 in errno = ENOENT; return -1 }
        }
        #expect(Errno.noSuchFileOrDirectory.description == "No such file or directory")
    }
}
