/// Non-working days read from an iCalendar (ICS, RFC 5545) file: how councils and schools
/// publish term dates and how bank holidays are distributed.
///
/// Each `VEVENT` with an all-day `DTSTART` (`DTSTART;VALUE=DATE:20250825`, or a date-time,
/// whose day is taken) becomes a ``WorkCalendar/Closure`` named by its `SUMMARY`, ending the
/// day before its `DTEND` (exclusive in ICS), or on its start day when it has none. Lines are
/// unfolded (a line starting with a space or tab continues the one before); `\,`, `\;`, `\n`
/// and `\\` in text are unescaped. An event that repeats (`RRULE`), has no usable start, or
/// ends before it starts is skipped and listed in ``problems``, never guessed at. Nothing is
/// fetched: the text is all there is.
public struct ICSClosures: Hashable, Sendable {
    /// The closures, in file order.
    public var closures: [WorkCalendar.Closure]
    /// What was skipped, in words, with the event's line.
    public var problems: [String]

    /// Reads closures from ICS text.
    public init(text: String) {
        var lines: [(number: Int, text: String)] = []
        var number = 0
        // "\r\n" is one Character in Swift: split on either ending.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].text += line.dropFirst()
            } else {
                lines.append((number, line))
            }
        }
        var closures: [WorkCalendar.Closure] = []
        var problems: [String] = []
        var event: [String: String]?
        var eventLine = 0
        for (number, line) in lines {
            let upper = line.uppercased()
            if upper == "BEGIN:VEVENT" {
                event = [:]
                eventLine = number
                continue
            }
            if upper == "END:VEVENT" {
                if let fields = event {
                    switch Self.closure(fields) {
                    case .success(let closure): closures.append(closure)
                    case .failure(let problem): problems.append("line \(eventLine): \(problem.text)")
                    }
                }
                event = nil
                continue
            }
            guard event != nil, let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].split(separator: ";", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
            if event?[name] == nil { event?[name] = String(line[line.index(after: colon)...]) }
        }
        self.closures = closures
        self.problems = problems
    }

    struct Problem: Error { var text: String }

    static func closure(_ fields: [String: String]) -> Result<WorkCalendar.Closure, Problem> {
        let summary = unescape(fields["SUMMARY"] ?? "").trimmingSpaces
        let label = summary.isEmpty ? "an event" : "'\(summary)'"
        if fields["RRULE"] != nil { return .failure(Problem(text: "\(label) repeats (RRULE), which is not read: list each date")) }
        guard let start = fields["DTSTART"].flatMap(date) else { return .failure(Problem(text: "\(label) has no start date")) }
        var last = start
        if let end = fields["DTEND"] {
            guard let endDate = date(end) else { return .failure(Problem(text: "\(label) has an end that is not a date")) }
            // DTEND is exclusive for all-day events; a timed event ends on its own day.
            last = end.count == 8 ? endDate.adding(days: -1) : endDate
            guard last >= start else { return .failure(Problem(text: "\(label) ends before it starts")) }
        }
        return .success(WorkCalendar.Closure(from: start, to: last, name: summary.isEmpty ? "closed" : summary))
    }

    /// `20250825` or `20250825T090000Z`: the date part.
    static func date(_ value: String) -> CalendarDate? {
        let digits = value.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isASCII), let y = Int(digits.prefix(4)),
              let m = Int(digits.dropFirst(4).prefix(2)), let d = Int(digits.suffix(2)) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
