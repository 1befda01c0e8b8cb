#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a system call that returns -1 on failure, retrying it while a signal interrupts it.
///
/// The one place chb turns C's `-1`-and-`errno` convention into a typed error (swift-system's
/// `valueOrErrno(retryOnInterrupt:_:)` is the model). Every system call in this module goes
/// through it, so none can forget `EINTR`.
/// - Parameters:
///   - retryOnInterrupt: Whether to call again after `EINTR` (pass `false` for `close`,
///     whose descriptor is gone whatever it returns).
///   - call: The system call.
/// - Returns: The call's non-negative result.
/// - Throws: ``Errno`` with the call's `errno`.
@discardableResult
package func valueOrErrno<I: FixedWidthInteger>(retryOnInterrupt: Bool = true, _ call: () -> I) throws(Errno) -> I {
    while true {
        let result = call()
        if result != -1 { return result }
        let error = Errno.current
        if retryOnInterrupt, error == .interrupted { continue }
        throw error
    }
}

/// Writes every byte to a descriptor, continuing after short writes and interruptions.
///
/// - Throws: ``Errno`` from `write(2)`.
package func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Errno) {
    var offset = 0
    while offset < bytes.count {
        let written = try valueOrErrno {
            bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
        }
        offset += written
    }
}

/// Reads from a descriptor until end of file, refusing more than `limit` bytes.
///
/// - Returns: The bytes, or `nil` when there were more than `limit`.
/// - Throws: ``Errno`` from `read(2)`.
package func readAll(from descriptor: Int32, limit: Int) throws(Errno) -> [UInt8]? {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = try valueOrErrno {
            chunk.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress!, raw.count) }
        }
        if count == 0 { return result }
        result += chunk[..<count]
        if result.count > limit { return nil }
    }
}

/// Closes a descriptor once, ignoring the result: after `close` the descriptor is gone
/// whatever it returned, and retrying could close one another thread just opened.
package func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }

/// `open(2)` with a mode, under a name that does not clash with the static methods called `open`.
func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}
