/// An aligned plain-text table whose cells may carry a style (ANSI colour) that does not count
/// towards the column widths.
struct ColumnTable {
    enum Alignment { case left, right }

    /// One cell: the text to show and how to wrap it once padded.
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var style: (@Sendable (String) -> String)?

        init(_ text: String, style: (@Sendable (String) -> String)? = nil) {
            // One line per row: line breaks and tabs inside a value would break the columns.
            self.text = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
            self.style = style
        }

        init(stringLiteral value: String) { self.init(value) }
    }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[Cell]] = []

    init(_ headers: [String], right: Set<Int> = []) {
        self.headers = headers
        alignments = headers.indices.map { right.contains($0) ? .right : .left }
    }

    mutating func add(_ row: [Cell]) { rows.append(row) }

    /// The lines, indented, columns two spaces apart, header styled with `headerStyle`,
    /// trailing spaces trimmed.
    func lines(indent: String = "", headerStyle: (String) -> String = { $0 }) -> [String] {
        let widths = headers.indices.map { c in ([headers[c].count] + rows.map { $0[c].text.count }).max() ?? 0 }
        func line(_ cells: [Cell], header: Bool) -> String {
            var parts: [String] = []
            for (c, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[c] - cell.text.count)
                let last = c == cells.count - 1
                var text = alignments[c] == .left ? cell.text + (last ? "" : pad) : pad + cell.text
                if header {
                    text = headerStyle(text)
                } else if let style = cell.style {
                    // Style only the text, not the padding, so colour never bleeds into the gap.
                    text = alignments[c] == .left ? style(cell.text) + (last ? "" : pad) : pad + style(cell.text)
                }
                parts.append(text)
            }
            var joined = indent + parts.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            return joined
        }
        return [line(headers.map { Cell($0) }, header: true)] + rows.map { line($0, header: false) }
    }
}
