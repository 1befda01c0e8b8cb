import PlanCore

/// Constants and value conversions of Microsoft Project XML (MSPDI) shared by the reader and
/// the writer.
enum MSPDIFormat {
    /// The namespace of every MSPDI element.
    static let namespace = "http://schemas.microsoft.com/project"

    /// The working day chb writes: 08:00–12:00 and 13:00–17:00, 480 minutes.
    /// The FieldID of the task custom field Text1, which holds a partner view's chb task ids.
    static let taskIDField = 188_743_731
    /// The first word of a partner view's `Category`.
    static let viewKeyPrefix = "chb-view"

    /// A partner view's `Category`: `chb-view PLANID AGENCY REVISION`, the plan, the view's
    /// agency and the revision the view was cut from.
    static func viewKey(plan: PlanID, agency: AgencyID, sourceRevision: Int) -> String {
        "\(viewKeyPrefix) \(plan) \(agency) \(sourceRevision)"
    }

    static let minutesPerDay = 480
    /// The start of the working day, in minutes after midnight.
    static let dayStartMinutes = 8 * 60
    /// The end of the working day, in minutes after midnight.
    static let dayEndMinutes = 17 * 60
    /// The working times of chb's calendar, in minutes after midnight: 08:00–12:00, 13:00–17:00.
    static let workingTimes = [(from: dayStartMinutes, to: 12 * 60), (from: 13 * 60, to: dayEndMinutes)]
    /// Minutes in an elapsed (24-hour) day, the unit of elapsed lag formats.
    static let minutesPerElapsedDay = 24 * 60
    /// Days in a month of a duration (`P1M`), as MS Project's `DaysPerMonth` default and chb's export.
    static let daysPerMonth = 30

    /// `Priority` values: chb writes high, medium and low as 700, 500 and 300, and reads
    /// `high` and above as high, `low` and below as low, anything between as medium.
    enum Priority {
        static let high = 700
        static let medium = 500
        static let low = 300
    }

    /// The `ConstraintType` codes chb writes and reads.
    enum ConstraintType: Int {
        /// As soon as possible: no constraint.
        case asSoonAsPossible = 0
        /// Start no earlier than `ConstraintDate`.
        case startNoEarlierThan = 4
    }

    /// `Resource/Type` codes.
    enum ResourceType: Int {
        case material = 0
        case work = 1
        case cost = 2
    }

    /// The resource UID of MS Project's placeholder assignment, which a task with no resource
    /// gets: not a resource at all.
    static let placeholderResourceUID = -65535

    /// `PredecessorLink/Type` codes.
    enum LinkType: Int {
        case finishToFinish = 0
        case finishToStart = 1
        case startToFinish = 2
        case startToStart = 3

        /// The short name people know from MS Project: FF, FS, SF, SS.
        var abbreviation: String {
            switch self {
            case .finishToFinish: "FF"
            case .finishToStart: "FS"
            case .startToFinish: "SF"
            case .startToStart: "SS"
            }
        }
    }

    /// `LagFormat` (and `DurationFormat`) codes whose unit is elapsed time: em, eh, ed, ew,
    /// emo, and their estimated (`?`) forms. Their `LinkLag` counts 24-hour days.
    static let elapsedFormats: Set<Int> = [4, 6, 8, 10, 12, 36, 38, 40, 42, 44]
    /// `LagFormat` codes for a lag given as a percentage of the predecessor's duration.
    static let percentFormats: Set<Int> = [19, 20, 51, 52]
    /// `LagFormat` 7: days.
    static let daysFormat = 7

    /// `YYYY-MM-DDThh:mm:ss` with no time zone, as MSPDI writes dates.
    static func dateTime(_ date: CalendarDate, minutes: Int) -> String {
        "\(date)T\(two(minutes / 60)):\(two(minutes % 60)):00"
    }

    /// `hh:mm:ss` for a time of day.
    static func time(minutes: Int) -> String { "\(two(minutes / 60)):\(two(minutes % 60)):00" }

    /// An ISO 8601 duration in hours and minutes, as MSPDI writes them: `PT40H0M0S`.
    static func duration(minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        return "\(sign)PT\(abs(minutes) / 60)H\(abs(minutes) % 60)M0S"
    }

    /// Parses the date and time of an MSPDI date-time (`2003-01-07T08:00:00`, fractions and
    /// any zone ignored), or returns `nil` when it does not start with a valid date.
    static func parseDateTime(_ text: String) -> (date: CalendarDate, minutes: Int)? {
        let trimmed = trim(text)
        guard trimmed.utf8.count >= 10, let date = CalendarDate(trimmed.prefix(10)) else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.first == "T" else { return (date, 0) }
        return (date, parseTime(String(rest.dropFirst())) ?? 0)
    }

    /// Parses `hh:mm[:ss…]` into minutes after midnight.
    static func parseTime(_ text: String) -> Int? {
        let parts = trim(text).split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)),
            (0...24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    /// Parses an ISO 8601 duration (`PT40H0M0S`, `P2DT4H`, `-PT8H`) into minutes, counting a
    /// day (`D`) as `minutesPerDay`; `nil` when it is not one.
    static func parseDuration(_ text: String, minutesPerDay: Int) -> Double? {
        var rest = Substring(trim(text))
        var sign = 1.0
        if rest.first == "-" { sign = -1; rest = rest.dropFirst() }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total = 0.0
        var inTime = false
        var number = ""
        for character in rest {
            if character == "T" { inTime = true; continue }
            if character.isNumber || character == "." { number.append(character); continue }
            guard let value = Double(number) else { return nil }
            number = ""
            switch (character, inTime) {
            case ("Y", false): total += value * 365 * Double(minutesPerDay)
            case ("M", false): total += value * Double(daysPerMonth) * Double(minutesPerDay)
            case ("W", false): total += value * 7 * Double(minutesPerDay)
            case ("D", false): total += value * Double(minutesPerDay)
            case ("H", true): total += value * 60
            case ("M", true): total += value
            case ("S", true): total += value / 60
            default: return nil
            }
        }
        return number.isEmpty ? sign * total : nil
    }

    /// The text without leading and trailing white space and newlines.
    static func trim(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

