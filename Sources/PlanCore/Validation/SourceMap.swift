/// Source locations of a plan's elements, recorded by a reader while decoding.
///
/// Kept apart from ``Plan`` so that plans compare equal whatever file they came from.
///
/// Stored compactly for plans of hundreds of thousands of elements: one sorted array of
/// packed keys (an element's kind and indices, ordered as they appear in a document) and one
/// of 32-bit line and column pairs, 24 bytes an element with no hashing. A reader records in
/// document order, so recording appends; a lookup, made only for a diagnostic, is a binary
/// search. Elements or positions too large to pack (never from a real file) are kept aside.
public struct SourceMap: Hashable, Sendable {
    /// The file the plan was read from, if known.
    public var file: String?
    private var keys: [Key] = []
    private var positions: [Position] = []
    private var unpacked: [PlanElement: SourceLocation] = [:]

    /// Creates an empty map for a file.
    public init(file: String? = nil) { self.file = file }

    /// Records where an element starts.
    public mutating func record(_ element: PlanElement, line: Int, column: Int) {
        guard let key = Key(element), let line = Int32(exactly: line), let column = Int32(exactly: column) else {
            remove(element)
            unpacked[element] = SourceLocation(line: line, column: column)
            return
        }
        if !unpacked.isEmpty { unpacked[element] = nil }
        let position = Position(line: line, column: column)
        if let last = keys.last, !(last < key) {
            let index = insertionIndex(of: key)
            if index < keys.count, keys[index] == key {
                positions[index] = position
            } else {
                keys.insert(key, at: index)
                positions.insert(position, at: index)
            }
        } else {
            keys.append(key)
            positions.append(position)
        }
    }

    /// The location of an element, if it was recorded.
    public subscript(element: PlanElement) -> SourceLocation? {
        var location: SourceLocation
        if let key = Key(element) {
            let index = insertionIndex(of: key)
            guard index < keys.count, keys[index] == key else { return unpacked[element].map { withFile($0) } }
            location = SourceLocation(line: Int(positions[index].line), column: Int(positions[index].column))
        } else {
            guard let found = unpacked[element] else { return nil }
            location = found
        }
        return withFile(location)
    }

    private func withFile(_ location: SourceLocation) -> SourceLocation {
        var location = location
        location.file = file
        return location
    }

    private mutating func remove(_ element: PlanElement) {
        guard let key = Key(element) else { return }
        let index = insertionIndex(of: key)
        if index < keys.count, keys[index] == key {
            keys.remove(at: index)
            positions.remove(at: index)
        }
    }

    /// The first index whose key is not below `key`.
    private func insertionIndex(of key: Key) -> Int {
        var (low, high) = (0, keys.count)
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private struct Position: Hashable, Sendable {
        var line: Int32
        var column: Int32
    }

    /// An element packed into two words that sort in document order: the first holds the
    /// section (4 bits) and the index within it; the second the kind of child (4 bits) and up
    /// to two 28-bit indices. Indices beyond 28 bits do not pack.
    private struct Key: Hashable, Comparable, Sendable {
        var high: UInt64
        var low: UInt64

        static let limit = 1 << 28

        init?(_ element: PlanElement) {
            func fits(_ values: Int...) -> Bool { values.allSatisfy { (0..<Self.limit).contains($0) } }
            func pack(_ section: UInt64, _ index: Int, _ kind: UInt64 = 0, _ a: Int = 0, _ b: Int = 0) -> (UInt64, UInt64) {
                (section << 60 | UInt64(index), kind << 60 | UInt64(a) << 30 | UInt64(b))
            }
            let packed: (UInt64, UInt64)
            switch element {
            case .plan: packed = pack(0, 0)
            case .area: packed = pack(1, 0)
            case .governance: packed = pack(2, 0)
            case .agency(let i): guard fits(i) else { return nil }; packed = pack(3, i)
            case .stage(let p): guard fits(p) else { return nil }; packed = pack(4, p)
            case .objective(let p, let o): guard fits(p, o) else { return nil }; packed = pack(4, p, 1, o)
            case .criterion(let p, let c): guard fits(p, c) else { return nil }; packed = pack(4, p, 2, c)
            // A task's supports, dependencies and notes sort after it and before the next task,
            // in the order the format puts them, so a document's elements are recorded in order.
            case .task(let p, let t): guard fits(p, t) else { return nil }; packed = pack(4, p, 3, t)
            case .support(let p, let t, let s): guard fits(p, t, s) else { return nil }; packed = pack(4, p, 3, t, 1 + s)
            case .dependency(let p, let t, let d): guard fits(p, t, d) else { return nil }; packed = pack(4, p, 3, t, 1 + Self.limit + d)
            case .note(let p, let t, let n): guard fits(p, t, n) else { return nil }; packed = pack(4, p, 3, t, 1 + 2 * Self.limit + n)
            case .measure(let m): guard fits(m) else { return nil }; packed = pack(5, m)
            case .observation(let m, let o): guard fits(m, o) else { return nil }; packed = pack(5, m, 1, o)
            case .risk(let r): guard fits(r) else { return nil }; packed = pack(6, r)
            // Baselines come after the risks and before the history.
            case .baseline(let b): guard fits(b) else { return nil }; packed = pack(6, Self.limit + b)
            case .event(let e): guard fits(e) else { return nil }; packed = pack(7, e)
            case .change(let e, let c): guard fits(e, c) else { return nil }; packed = pack(7, e, 1, c)
            }
            (high, low) = packed
        }

        static func < (a: Key, b: Key) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }
}
