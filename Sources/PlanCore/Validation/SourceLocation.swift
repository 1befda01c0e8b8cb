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

/// A place in a plan's structure, named by position so that duplicates stay distinct.
public enum PlanElement: Hashable, Sendable {
    /// The `plan` element.
    case plan
    /// The `area` element.
    case area
    /// The `governance` element.
    case governance
    /// The agency at this index.
    case agency(Int)
    /// The stage at this index of `stages`.
    case stage(Int)
    /// An objective: stage index, objective index.
    case objective(Int, Int)
    /// A criterion: stage index, criterion index.
    case criterion(Int, Int)
    /// A task: stage index, task index.
    case task(Int, Int)
    /// A dependency: stage index, task index, dependency index.
    case dependency(Int, Int, Int)
    /// A note: stage index, task index, note index.
    case note(Int, Int, Int)
    /// The measure at this index.
    case measure(Int)
    /// An observation: measure index, observation index.
    case observation(Int, Int)
    /// The risk at this index.
    case risk(Int)
    /// The history event at this index.
    case event(Int)
}

/// Source locations of a plan's elements, recorded by a reader while decoding.
///
/// Kept apart from ``Plan`` so that plans compare equal whatever file they came from.
public struct SourceMap: Hashable, Sendable {
    /// The file the plan was read from, if known.
    public var file: String?
    private var positions: [PlanElement: SourceLocation] = [:]

    /// Creates an empty map for a file.
    public init(file: String? = nil) { self.file = file }

    /// Records where an element starts.
    public mutating func record(_ element: PlanElement, line: Int, column: Int) {
        positions[element] = SourceLocation(line: line, column: column)
    }

    /// The location of an element, if it was recorded.
    public subscript(element: PlanElement) -> SourceLocation? {
        guard var location = positions[element] else { return nil }
        location.file = file
        return location
    }
}
