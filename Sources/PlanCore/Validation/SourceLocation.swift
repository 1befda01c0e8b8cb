/// Where in a source document something came from. Lines and columns are 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path or name as the user gave it, if known.
    public var file: String?
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as compilers print it.
    public var description: String {
        "\(file ?? "<input>"):\(line):\(max(column, 1))"
    }
}
