/// Diagnostics gathered with a bound: whatever the input, the list holds at most
/// ``limit`` errors and ``limit`` warnings (plus the first of any code not seen before), and
/// counts the rest.
///
/// A hostile file can make a checker report the same thing millions of times (character
/// content split into `&amp;` chunks gives libxml2's schema validator one error per chunk).
/// Every path that collects diagnostics from input collects them here, so memory stays
/// bounded and the work per diagnostic constant. Two rules keep the list readable:
/// - **Repeats**: a diagnostic reported again for the same element (``append(_:element:)``
///   with the same `element`, right after it) is counted on the first, never listed twice;
///   the list says how often, `(reported 10,000 times in this element)`.
/// - **Duplicates**: a diagnostic equal to one kept (same severity, code, message and
///   location) is not listed again.
///
/// ``diagnostics`` ends with one line per severity left out: `and 9,900 more errors not
/// shown (the first 100 are listed)`, with the code ``PlanDiagnostic/Code/moreDiagnostics``.
public struct DiagnosticList: Sendable {
    /// How many errors (and how many warnings) a list holds unless told otherwise.
    public static let standardLimit = 100

    /// The most errors, and the most warnings, listed.
    public let limit: Int
    private var kept: [PlanDiagnostic] = []
    /// For each kept diagnostic, how many times it was reported (1 unless repeated).
    private var reports: [Int] = []
    private var keptSet: Set<PlanDiagnostic> = []
    /// The codes reported so far, listed or not.
    private var seenCodes: Set<PlanDiagnostic.Code> = []
    private var keptErrors = 0
    private var keptWarnings = 0
    /// Left out, by severity and code (few codes exist, so this stays small).
    private var omitted: [Omission] = []
    /// The last diagnostic appended (kept or not) and its element, for counting repeats.
    private var last: (severity: PlanDiagnostic.Severity, code: PlanDiagnostic.Code, message: String, element: Int)?
    /// Whether the last diagnostic appended was kept (and is then `kept.last`).
    private var lastKept = false

    private struct Omission: Hashable, Sendable {
        var severity: PlanDiagnostic.Severity
        var code: PlanDiagnostic.Code
        var count: Int
    }

    /// Creates an empty list.
    /// - Parameter limit: The most errors, and the most warnings, to list (at least 1).
    public init(limit: Int = DiagnosticList.standardLimit) { self.limit = max(1, limit) }

    /// Creates a list of `diagnostics`, kept in order up to the limit.
    public init(_ diagnostics: some Sequence<PlanDiagnostic>, limit: Int = DiagnosticList.standardLimit) {
        self.init(limit: limit)
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// Whether nothing was reported.
    public var isEmpty: Bool { kept.isEmpty && omitted.isEmpty }

    /// Whether any error was reported, listed or not.
    public var containsErrors: Bool { keptErrors > 0 || omitted.contains { $0.severity == .error } }

    /// How many diagnostics of `severity` were reported, counting those left out but not repeats.
    public func count(_ severity: PlanDiagnostic.Severity) -> Int {
        (severity == .error ? keptErrors : keptWarnings) + omitted.filter { $0.severity == severity }.reduce(0) { $0 + $1.count }
    }

    /// Whether a diagnostic with `code` was reported, listed or not.
    public func contains(code: PlanDiagnostic.Code) -> Bool { seenCodes.contains(code) }

    /// Adds a diagnostic.
    ///
    /// - Parameters:
    ///   - diagnostic: What was found.
    ///   - element: Which element it is about (any number that tells elements apart, such as
    ///     the index of its start tag), when the caller knows: the same diagnostic for the same
    ///     element straight after it is a repeat, counted on the first.
    public mutating func append(_ diagnostic: PlanDiagnostic, element: Int? = nil) {
        if let element, countRepeat(diagnostic.severity, diagnostic.code, diagnostic.message, element: element) { return }
        last = element.map { (diagnostic.severity, diagnostic.code, diagnostic.message, $0) }
        lastKept = keep(diagnostic)
    }

    /// Counts a report as a repeat of the last diagnostic appended when it is one (the same
    /// severity, code and message, about the same element), without building a diagnostic:
    /// the cheap path for a reader told the same thing millions of times.
    /// - Returns: Whether it was a repeat (and is counted); otherwise, append it.
    public mutating func countRepeat(
        _ severity: PlanDiagnostic.Severity, _ code: PlanDiagnostic.Code, _ message: String, element: Int
    ) -> Bool {
        guard let last, last.element == element, last.severity == severity, last.code == code, last.message == message
        else { return false }
        if lastKept { reports[reports.count - 1] += 1 }
        return true
    }

    /// Adds a diagnostic before the first kept one `precedes` says it comes before (at the
    /// end when none), making room by leaving out the last kept one of its severity.
    public mutating func insert(_ diagnostic: PlanDiagnostic, beforeFirst precedes: (PlanDiagnostic) -> Bool) {
        last = nil
        lastKept = false
        guard !keptSet.contains(diagnostic) else { return }
        if keptCount(diagnostic.severity) >= limit, isSeen(diagnostic.code),
            let victim = kept.lastIndex(where: { $0.severity == diagnostic.severity }) {
            omit(kept[victim])
            keptSet.remove(kept[victim])
            kept.remove(at: victim)
            reports.remove(at: victim)
            adjust(diagnostic.severity, by: -1)
        }
        let index = kept.firstIndex(where: precedes) ?? kept.count
        seenCodes.insert(diagnostic.code)
        kept.insert(diagnostic, at: index)
        reports.insert(1, at: index)
        keptSet.insert(diagnostic)
        adjust(diagnostic.severity, by: 1)
    }

    /// Removes every diagnostic with `code`, listed or counted.
    public mutating func removeAll(code: PlanDiagnostic.Code) {
        var index = 0
        while index < kept.count {
            if kept[index].code == code {
                adjust(kept[index].severity, by: -1)
                keptSet.remove(kept[index])
                kept.remove(at: index)
                reports.remove(at: index)
            } else {
                index += 1
            }
        }
        omitted.removeAll { $0.code == code }
        seenCodes.remove(code)
        last = nil
        lastKept = false
    }

    /// The diagnostics listed, in the order added, each repeat count in its message, then one
    /// line per severity for those left out.
    public var diagnostics: [PlanDiagnostic] {
        var result = zip(kept, reports).map { diagnostic, times -> PlanDiagnostic in
            guard times > 1 else { return diagnostic }
            var repeated = diagnostic
            repeated.message += " (reported \(grouped(times)) times in this element)"
            return repeated
        }
        for severity in [PlanDiagnostic.Severity.error, .warning] {
            let left = omitted.filter { $0.severity == severity }.reduce(0) { $0 + $1.count }
            guard left > 0 else { continue }
            let noun = severity == .error ? "error" : "warning"
            let shown = keptCount(severity)
            result.append(PlanDiagnostic(severity, .moreDiagnostics,
                "and \(grouped(left)) more \(left == 1 ? noun : noun + "s") not shown (\(shown == 1 ? "the first is" : "the first \(grouped(shown)) are") listed)"))
        }
        return result
    }

    // MARK: Keeping and counting

    private mutating func keep(_ diagnostic: PlanDiagnostic) -> Bool {
        if keptSet.contains(diagnostic) { return false }
        // The first diagnostic of a code is always kept (the codes are a small fixed set), so
        // a rarer, more telling problem is never lost behind a flood of another kind.
        guard keptCount(diagnostic.severity) < limit || !isSeen(diagnostic.code) else {
            omit(diagnostic)
            return false
        }
        seenCodes.insert(diagnostic.code)
        kept.append(diagnostic)
        reports.append(1)
        keptSet.insert(diagnostic)
        adjust(diagnostic.severity, by: 1)
        return true
    }

    private func isSeen(_ code: PlanDiagnostic.Code) -> Bool { seenCodes.contains(code) }

    private mutating func omit(_ diagnostic: PlanDiagnostic) {
        if let index = omitted.firstIndex(where: { $0.severity == diagnostic.severity && $0.code == diagnostic.code }) {
            omitted[index].count += 1
        } else {
            omitted.append(Omission(severity: diagnostic.severity, code: diagnostic.code, count: 1))
        }
    }

    private func keptCount(_ severity: PlanDiagnostic.Severity) -> Int { severity == .error ? keptErrors : keptWarnings }

    private mutating func adjust(_ severity: PlanDiagnostic.Severity, by delta: Int) {
        if severity == .error { keptErrors += delta } else { keptWarnings += delta }
    }
}

extension PlanDiagnostic.Code {
    /// The line that ends a capped list: how many more diagnostics were found and not listed.
    public static let moreDiagnostics = Self(rawValue: "more-diagnostics")
}

/// A count with thousands separated by commas: `10,000`.
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (i, digit) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return value < 0 ? "-" + result : result
}
