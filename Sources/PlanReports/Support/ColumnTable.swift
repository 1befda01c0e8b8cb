import PlanCore

/// An aligned plain-text table: columns two spaces apart, each as wide as its widest cell,
/// trailing spaces trimmed, one line per row. Cells may carry a style (ANSI colour) that does
/// not count towards the column widths.
struct ColumnTable {
    /// One cell: the text to show and how to wrap it once padded.
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var style: (@Sendable (String) -> String)?

        /// A cell; its text goes through the display rule (``Swift/String/displayText``):
        /// line breaks and tabs become spaces and control characters are shown by code, so a
        /// value can never break the columns or the terminal.
        init(_ text: String, style: (@Sendable (String) -> String)? = nil) {
            self.text = text.displayText
            self.style = style
        }

        init(stringLiteral value: String) { self.init(value) }
    }

    /// The header row, or `nil` for a table of rows only.
    var headers: [String]?
    /// The columns (by index, from 0) aligned to the right, e.g. numbers.
    var rightAligned: Set<Int>
    /// The rows added so far; a row may have fewer cells than others.
    var rows: [[Cell]] = []

    /// A table with a header row.
    init(_ headers: [String], right: Set<Int> = []) {
        self.headers = headers
        rightAligned = right
    }

    /// A table with no header row.
    init(right: Set<Int> = []) {
        headers = nil
        rightAligned = right
    }

    mutating func add(_ row: [Cell]) { rows.append(row) }

    /// The lines: the header (styled with `headerStyle`, if there is one) then the rows, each
    /// after `indent`, with trailing spaces trimmed.
    func lines(indent: String = "", headerStyle: (String) -> String = { $0 }) -> [String] {
        let header = headers.map { $0.map { Cell($0) } }
        let all = (header.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in all.map { c < $0.count ? $0[c].text.count : 0 }.max() ?? 0 }
        func line(_ cells: [Cell], header: Bool) -> String {
            var parts: [String] = []
            for (c, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[c] - cell.text.count)
                let last = c == cells.count - 1
                let right = rightAligned.contains(c)
                var text = right ? pad + cell.text : cell.text + (last ? "" : pad)
                if header {
                    text = headerStyle(text)
                } else if let style = cell.style {
                    // Style only the text, not the padding, so colour never bleeds into the gap.
                    text = right ? pad + style(cell.text) : style(cell.text) + (last ? "" : pad)
                }
                parts.append(text)
            }
            var joined = indent + parts.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            return joined
        }
        return (header.map { [line($0, header: true)] } ?? []) + rows.map { line($0, header: false) }
    }
}
