import PlanCore

extension Wording {
    /// How many items of each "since the last board" list text, Markdown and HTML show before
    /// "and N more" (CSV and JSON list them all): 5.
    static let changeLimit = 5

    /// `Since the last board, 5 Nov 2026`.
    static func changesTitle(_ c: StatusReport.Changes, asOf: CalendarDate, _ format: (CalendarDate) -> String) -> String {
        "Since the last board, \(format(c.since))"
    }

    /// `The 25 days after 5 Nov 2026, the last review in the board's 28-day cycle, to 30 Nov 2026.`
    static func changesWindow(_ c: StatusReport.Changes, asOf: CalendarDate, _ format: (CalendarDate) -> String) -> String {
        let basis = c.basis == "given" ? "the date given" : c.basis
        return "The \(counted(c.since.days(to: asOf), "day")) after \(format(c.since)) (\(basis)) to \(format(asOf))."
    }

    /// `Hold Amber → Red (worse)`.
    static func travel(_ t: StatusReport.Travel) -> String {
        "\(t.kind.title) " + move(t)
    }

    /// `Amber → Red (worse)`: the move without the stage's name.
    static func move(_ t: StatusReport.Travel) -> String {
        "\(t.before.title) → \(t.now.title) (\(t.direction.title))"
    }

    /// One item, date first, in words, its id apart:
    /// `19 Oct 2026: Install six CCTV cameras — Severnmouth City Council` and `t-h-cctv`.
    static func item(_ item: StatusReport.Item, _ format: (CalendarDate) -> String) -> (text: String, id: String) {
        (format(item.date) + ": " + item.text + (item.detail.map { " — \($0)" } ?? ""), item.id)
    }

    /// The non-empty lists, each with at most ``changeLimit`` items and how many more there are.
    static func changeLists(_ c: StatusReport.Changes) -> [(title: String, items: [StatusReport.Item], more: Int)] {
        c.lists.compactMap { list in
            guard !list.items.isEmpty else { return nil }
            let shown = Array(list.items.prefix(changeLimit))
            return ("\(list.title) (\(list.items.count))", shown, list.items.count - shown.count)
        }
    }

    /// `and 3 more`.
    static func more(_ n: Int) -> String { "and \(n) more" }
}
