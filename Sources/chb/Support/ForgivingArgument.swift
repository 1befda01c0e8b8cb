public import ArgumentParser
public import PlanCore
public import PlanReports

/// An enumeration read from the command line forgivingly: any case of letters, with or without
/// `-`, `_` or spaces (`inprogress`, `in-progress`, `IN_PROGRESS` are `inProgress`;
/// `official-sensitive` is `OFFICIAL-SENSITIVE`), and the obvious short names in ``aliases``
/// (`pcc`, `md`). Help and error messages still list the canonical names.
public protocol ForgivingArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// Other names for cases, keyed by their folded form (see ``fold(_:)``).
    static var aliases: [String: Self] { get }
}

extension ForgivingArgument {
    public static var aliases: [String: Self] { [:] }

    public init?(argument: String) {
        let key = fold(argument)
        guard let match = Self.allCases.first(where: { fold($0.rawValue) == key }) ?? Self.aliases[key] else { return nil }
        self = match
    }
}

/// A name folded for comparison: lower case, without `-`, `_` and spaces.
func fold(_ name: String) -> String {
    String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
}

extension StageKind: ForgivingArgument {}
extension Classification: ForgivingArgument {
    public static var aliases: [String: Classification] { ["sensitive": .officialSensitive, "os": .officialSensitive] }
}
extension Agency.Kind: ForgivingArgument {
    public static var aliases: [String: Agency.Kind] {
        ["pcc": .policeAndCrimeCommissioner, "opcc": .policeAndCrimeCommissioner, "council": .localAuthority, "la": .localAuthority,
         "nhs": .health, "vcs": .voluntary, "charity": .voluntary]
    }
}
extension PlanTask.Strand: ForgivingArgument {}
extension PlanTask.Priority: ForgivingArgument {
    public static var aliases: [String: PlanTask.Priority] { ["med": .medium, "hi": .high, "lo": .low] }
}
extension PlanTask.Status: ForgivingArgument {
    public static var aliases: [String: PlanTask.Status] { ["started": .inProgress, "canceled": .cancelled, "complete": .done] }
}
extension Measure.Direction: ForgivingArgument {
    public static var aliases: [String: Measure.Direction] { ["up": .increase, "down": .decrease] }
}
extension Risk.Status: ForgivingArgument {}
extension ReportFormat: ForgivingArgument {
    public static var aliases: [String: ReportFormat] { ["md": .markdown, "txt": .text, "htm": .html] }
}
extension ListingFormat: ForgivingArgument {}
extension TaskListing.Format: ForgivingArgument {}
extension TaskDetail.Format: ForgivingArgument {}

/// Why a command-line value is not a date, for the usage error: `2027-02-30: February 2027 has
/// 28 days`, `01/03/2027: dates are YYYY-MM-DD`.
enum DateArgument {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Why `text` is not a `YYYY-MM-DD` date, or `nil` when it is one.
    static func problem(_ text: String) -> String? {
        if CalendarDate(text) != nil { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return "\(text): dates are YYYY-MM-DD"
        }
        guard parts[0].count == 4 else { return "\(text): dates are YYYY-MM-DD, with a four-digit year" }
        guard (1...12).contains(month) else { return "\(text): there is no month \(month)" }
        let days = (CalendarDate(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1)?.dayNumber ?? 0)
            - (CalendarDate(year: year, month: month, day: 1)?.dayNumber ?? 0)
        guard (1...days).contains(day) else { return "\(text): \(months[month - 1]) \(year) has \(days) days" }
        return "\(text): dates are YYYY-MM-DD, such as \(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The usage message with its first line saying why, when the error is a date option's value
    /// that could not be read: `Error: --due 2027-02-30: February 2027 has 28 days`.
    static func explained(_ message: String) -> String? {
        guard let first = message.split(separator: "\n", maxSplits: 1).first,
              let open = first.firstRange(of: "Error: The value '"), let close = first[open.upperBound...].firstRange(of: "' is invalid for '--")
        else { return nil }
        let value = String(first[open.upperBound..<close.lowerBound])
        let option = first[close.upperBound...].prefix { $0 != " " && $0 != "'" }
        guard dateOptions.contains(String(option)), let problem = problem(value) else { return nil }
        return "Error: --\(option) \(problem)" + message.dropFirst(first.count)
    }

    /// The options that take a date.
    static let dateOptions: Set<String> = ["start", "due", "date", "as-of", "since", "started", "completed", "next-review", "end"]
}

/// `value` with leading zeros to `width` digits.
private func padded(_ value: Int, _ width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
