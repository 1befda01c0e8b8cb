import ArgumentParser
import PlanStorage

/// A file named on the command line, kept as the bytes the shell passed.
///
/// Swift decodes the command line as UTF-8, replacing bytes that are not UTF-8 with U+FFFD, so
/// a file name in another encoding could not be opened from the decoded text. The bytes are
/// found again in the process's raw arguments, so any name the system allows works.
/// `-` stands for standard input (or standard output, for `-o`).
struct FileArgument: ExpressibleByArgument, CustomStringConvertible, Sendable {
    /// The path's bytes.
    var path: PathName
    /// The name as decoded, for messages.
    var description: String

    /// Whether this is `-`: standard input, or standard output for `-o`.
    var isStandardStream: Bool { description == "-" }

    /// The name as messages give it: `<stdin>` for `-`.
    var displayName: String { isStandardStream ? "<stdin>" : description }

    /// A file argument from its decoded text.
    init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        description = argument
        path = Self.rawBytes(of: argument).map { PathName(bytes: $0) } ?? PathName(argument)
    }

    /// The raw bytes of the command-line word that decodes to `text`, or of the value of an
    /// `--option=value` word whose value does.
    private static func rawBytes(of text: String) -> [UInt8]? {
        guard text.unicodeScalars.contains("\u{FFFD}") else { return nil }
        for index in 1..<Int(CommandLine.argc) {
            guard let word = CommandLine.unsafeArgv[index] else { continue }
            var bytes: [UInt8] = []
            var cursor = word
            while cursor.pointee != 0 {
                bytes.append(UInt8(bitPattern: cursor.pointee))
                cursor += 1
            }
            if String(decoding: bytes, as: UTF8.self) == text { return bytes }
            if bytes.starts(with: Array("--".utf8)), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                let value = Array(bytes[(equals + 1)...])
                if String(decoding: value, as: UTF8.self) == text { return value }
            }
        }
        return nil
    }
}
