import PlanCore

/// An aligned plain-text table: columns two spaces apart, each as wide as its widest cell,
/// trailing spaces trimmed, one line per row. Cells may carry a style (ANSI colour) that does
/// not count towards the column widths. Given a width, the widest columns give way first and
/// a cell too long for its column ends in "…" (or, in a column of ``wrap``, goes on in the
/// same column on the next lines), so every line fits; columns in ``keep`` (ids) are never cut.
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
    /// The columns never narrowed to fit a width (ids, which a reader looks up whole).
    var keep: Set<Int> = []
    /// The columns whose long cells wrap onto further lines instead of ending in "…".
    var wrap: Set<Int> = []

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
    /// - Parameter width: The most characters a line may have (indent included), if any.
    func lines(indent: String = "", width: Int? = nil, headerStyle: (String) -> String = { $0 }) -> [String] {
        let header = headers.map { $0.map { Cell($0) } }
        let all = (header.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = (0..<columns).map { c in all.map { c < $0.count ? $0[c].text.count : 0 }.max() ?? 0 }
        if let width {
            widths = Self.fit(widths, into: width - indent.count - 2 * max(columns - 1, 0),
                              least: (0..<columns).map { c in keep.contains(c) ? widths[c] : min(widths[c], max(headers.map { c < $0.count ? $0[c].count : 0 } ?? 0, 8)) })
        }
        // A row whose cells do not fit their columns: cut, or wrapped over several lines.
        func physical(_ cells: [Cell]) -> [[Cell]] {
            let parts = cells.enumerated().map { c, cell -> [Cell] in
                guard cell.text.count > widths[c] else { return [cell] }
                if wrap.contains(c) { return Self.chunks(cell.text, width: widths[c]).map { Cell($0, style: cell.style) } }
                return [Cell(String(cell.text.prefix(max(widths[c] - 1, 0))) + "…", style: cell.style)]
            }
            let height = parts.map(\.count).max() ?? 1
            return (0..<height).map { i in parts.map { i < $0.count ? $0[i] : Cell("") } }
        }
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
        return (header.map { physical($0).map { line($0, header: true) } } ?? []) + rows.flatMap { physical($0).map { line($0, header: false) } }
    }

    /// Column widths narrowed to fit `room` characters: the widest column gives way one
    /// character at a time, never below its `least`.
    static func fit(_ widths: [Int], into room: Int, least: [Int]) -> [Int] {
        var widths = widths
        var total = widths.reduce(0, +)
        while total > room {
            guard let widest = widths.indices.filter({ widths[$0] > least[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            // Down to the next widest at once (or as far as the room needs), not one by one.
            let next = widths.indices.filter { $0 != widest && widths[$0] > least[$0] }.map { widths[$0] }.max() ?? least[widest]
            let cut = min(max(widths[widest] - max(next, least[widest]), 1), total - room, widths[widest] - least[widest])
            widths[widest] -= cut
            total -= cut
        }
        return widths
    }

    /// Text cut into lines of at most `width` characters, at spaces where it can be. Linear
    /// in the text's length, however long a word (a title from a partner may be huge).
    static func chunks(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current: [Character] = []
        for word in text.split(separator: " ") {
            let characters = Array(word)
            if !current.isEmpty, current.count + 1 + characters.count <= width {
                current.append(" ")
                current += characters
                continue
            }
            if !current.isEmpty { lines.append(String(current)) }
            var start = 0
            while characters.count - start > width {
                lines.append(String(characters[start..<start + width]))
                start += width
            }
            current = Array(characters[start...])
        }
        lines.append(String(current))
        return lines
    }
}
