#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about a file: its kind, identity, permissions and links.
public struct FileStatus: Hashable, Sendable {
    /// The kinds of file a path can name.
    public enum Kind: String, Hashable, Sendable {
        case regularFile = "a regular file"
        case directory = "a directory"
        case symbolicLink = "a symbolic link"
        case characterDevice = "a character device"
        case blockDevice = "a block device"
        case fifo = "a FIFO"
        case socket = "a socket"
        case unknown = "a special file"
    }

    /// The file's kind.
    public var kind: Kind
    /// The device holding the file.
    public var device: UInt64
    /// The file's inode on its device.
    public var inode: UInt64
    /// The permission bits, including set-id and sticky bits (`st_mode & 07777`).
    public var permissions: UInt32
    /// The owner's user id.
    public var owner: UInt32
    /// The group id.
    public var group: UInt32
    /// How many names (hard links) the file has.
    public var linkCount: Int

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        default: kind = .unknown
        }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        permissions = UInt32(info.st_mode & 0o7777)
        owner = UInt32(info.st_uid)
        group = UInt32(info.st_gid)
        linkCount = Int(info.st_nlink)
    }

    /// The status of the file `path` names, following symbolic links (`stat(2)`).
    ///
    /// - Throws: ``Errno``, e.g. `noSuchFileOrDirectory`.
    public init(of path: PathName) throws(Errno) {
        var info = stat()
        try path.withCString { name throws(Errno) in try valueOrErrno { stat(name, &info) } }
        self.init(info)
    }

    /// The status of `path` itself, not following a final symbolic link (`lstat(2)`).
    ///
    /// - Throws: ``Errno``, e.g. `noSuchFileOrDirectory`.
    public init(ofLink path: PathName) throws(Errno) {
        var info = stat()
        try path.withCString { name throws(Errno) in try valueOrErrno { lstat(name, &info) } }
        self.init(info)
    }

    /// The status of an open descriptor (`fstat(2)`).
    init(descriptor: Int32) throws(Errno) {
        var info = stat()
        try valueOrErrno { fstat(descriptor, &info) }
        self.init(info)
    }

    /// Whether two statuses describe the same file (same device and inode).
    public func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }

    /// The permission bits as `ls` and `chmod` write them, e.g. `0644`.
    public var octalPermissions: String {
        let digits = String(permissions, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
