/// A plain-text table with aligned columns, for terminals and text reports.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines, columns separated by two spaces, trailing spaces trimmed.
    var lines: [String] {
        let all = [headers] + rows
        let widths = headers.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (c, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[c] - cell.count)
                line += (c > 0 ? "  " : "") + (alignments[c] == .left ? cell + padding : padding + cell)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
