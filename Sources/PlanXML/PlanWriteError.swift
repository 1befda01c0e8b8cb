/// Why a plan could not be written.
public struct PlanWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file or the offending value.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
