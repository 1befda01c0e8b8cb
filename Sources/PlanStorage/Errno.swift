#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call's `errno`, as a typed error.
///
/// Modelled on swift-system's `Errno`: the C value is kept, the description is the C
/// library's (`strerror`), and the few values chb decides on have Swift names.
public struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
    /// The C `errno` value.
    public var rawValue: Int32

    /// Wraps a C `errno` value.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The calling thread's current `errno`.
    static var current: Errno { Errno(rawValue: errno) }

    /// The C library's description, e.g. "No such file or directory".
    public var description: String { String(cString: strerror(rawValue)) }

    /// The file does not exist. The corresponding C error is `ENOENT`.
    public static var noSuchFileOrDirectory: Errno { Errno(rawValue: ENOENT) }
    /// The file already exists. The corresponding C error is `EEXIST`.
    public static var fileExists: Errno { Errno(rawValue: EEXIST) }
    /// A signal interrupted the call. The corresponding C error is `EINTR`.
    public static var interrupted: Errno { Errno(rawValue: EINTR) }
    /// The operation would block. The corresponding C error is `EWOULDBLOCK`.
    public static var wouldBlock: Errno { Errno(rawValue: EWOULDBLOCK) }
    /// Too many symbolic links, or `O_NOFOLLOW` met one. The corresponding C error is `ELOOP`.
    public static var tooManySymbolicLinkLevels: Errno { Errno(rawValue: ELOOP) }
    /// Permission denied. The corresponding C error is `EACCES`.
    public static var permissionDenied: Errno { Errno(rawValue: EACCES) }
    /// The reader of a pipe has gone. The corresponding C error is `EPIPE`.
    public static var brokenPipe: Errno { Errno(rawValue: EPIPE) }
}
