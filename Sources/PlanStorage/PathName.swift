#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file name as the system sees it: bytes, not necessarily UTF-8.
///
/// Linux allows any bytes but `/` and NUL in a name; a name that is not valid UTF-8 must still
/// be opened, locked and replaced, so every path in this module is carried as bytes and only
/// turned into text for messages.
public struct PathName: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    /// A path from its bytes.
    public init(bytes: some Sequence<UInt8>) { self.bytes = Array(bytes) }

    /// A path from text, encoded as UTF-8.
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// A path from a string literal.
    public init(stringLiteral text: String) { self.init(text) }

    /// The path as text for messages (bytes that are not UTF-8 show as U+FFFD).
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// The folder holding the file: everything before the last `/`, `.` when there is none.
    public var folder: PathName {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == 0 ? "/" : PathName(bytes: bytes[..<slash])
    }

    /// The last component: everything after the last `/`.
    public var lastComponent: [UInt8] {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return bytes }
        return Array(bytes[(slash + 1)...])
    }

    /// A file beside this one, named `prefix`, this file's name, then `suffix`.
    func sibling(prefix: String, suffix: [UInt8] = []) -> PathName {
        var name = folder.bytes
        name.append(UInt8(ascii: "/"))
        name += Array(prefix.utf8) + lastComponent + suffix
        return PathName(bytes: name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    @discardableResult
    func withCString<R, E: Error>(_ body: (UnsafePointer<CChar>) throws(E) -> R) throws(E) -> R {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try terminated.withUnsafeBufferPointer { buffer throws(E) in try body(buffer.baseAddress!) }
    }

    /// The path with every symbolic link resolved (`realpath(3)`).
    ///
    /// - Throws: ``Errno`` when the path or a link on it leads nowhere.
    func resolved() throws(Errno) -> PathName {
        guard let result = withCString({ realpath($0, nil) }) else { throw Errno.current }
        defer { free(result) }
        return PathName(bytes: UnsafeBufferPointer(start: result, count: strlen(result)).map { UInt8(bitPattern: $0) })
    }
}
