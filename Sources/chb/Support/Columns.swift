/// Aligns rows of cells in columns separated by two spaces, for terminal tables.
struct Columns {
    var rows: [[String]] = []
    /// Columns (by index) aligned to the right, e.g. numbers.
    var rightAligned: Set<Int> = []

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The rows as lines, trailing spaces trimmed.
    var lines: [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (c, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[c] - cell.count)
                line += (c > 0 ? "  " : "") + (rightAligned.contains(c) ? padding + cell : cell + padding)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
