/// A moment in UTC to the second, written `2025-06-02T09:30:00Z`.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int

    /// Creates the instant the given number of seconds after 1970-01-01T00:00:00Z.
    public init(secondsSinceEpoch: Int) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// Creates the instant at a time of day on a date, in UTC.
    public init?(date: CalendarDate, hour: Int, minute: Int, second: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second)
        else { return nil }
        secondsSinceEpoch = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Parses exactly `YYYY-MM-DDThh:mm:ssZ`; fractions and offsets are `nil`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let date = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)),
            let h = CalendarDate.number(bytes[11..<13]), let m = CalendarDate.number(bytes[14..<16]),
            let s = CalendarDate.number(bytes[17..<19])
        else { return nil }
        self.init(date: date, hour: h, minute: m, second: s)
    }

    /// The UTC calendar day of this instant.
    public var date: CalendarDate {
        CalendarDate(dayNumber: secondsSinceEpoch >= 0
            ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400)
    }

    /// The instant as `YYYY-MM-DDThh:mm:ssZ`.
    public var description: String {
        let seconds = secondsSinceEpoch - date.dayNumber * 86_400
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return "\(date)T\(CalendarDate.pad(h, 2)):\(CalendarDate.pad(m, 2)):\(CalendarDate.pad(s, 2))Z"
    }

    /// Orders instants chronologically.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}
