// The properties the fuzz targets in `Fuzz/` check, one function per target.
//
// This one file is compiled twice: into PlanReportsTests, where `FuzzRegressionTests` replays
// every saved fuzz finding through it on each `swift test`, and into the fuzz package through
// the symbolic link `Fuzz/Sources/FuzzOracles/FuzzOracles.swift`, where each libFuzzer target
// calls it and traps on a failure. Keep it free of Swift Testing and of anything the fuzz
// package cannot import (it sees PlanCore, PlanXML, PlanReports and Foundation only).
import Foundation
import PlanCore
import PlanReports
import PlanXML

/// A property of chb that did not hold for one input.
struct OracleFailure: Error, CustomStringConvertible {
    /// What did not hold, with the values that show it.
    var description: String

    init(_ description: String) { self.description = description }
}

/// The checks behind each fuzz target. Each takes the raw input bytes and either returns
/// (the input was refused cleanly, or accepted and every property held) or throws the first
/// property that failed. A Swift trap inside chb is a finding too: the fuzzer reports it, and
/// the replay test crashes on it.
enum FuzzOracles {
    /// The fuzz targets, by the name `scripts/fuzz` and the fixture folders use.
    static let targets = ["plan-reader", "mspdi-import", "merge", "reports"]

    /// The fixed moment every import and merge is stamped with, so a run is repeatable.
    static let now = Instant("2026-11-30T10:00:00Z")!

    /// Runs the named target's checks on one input.
    ///
    /// - Parameters:
    ///   - target: One of ``targets``.
    ///   - bytes: The input.
    ///   - examplePlans: The full plans an update is merged into (`merge` only).
    static func check(_ target: String, _ bytes: [UInt8], examplePlans: [Plan]) throws(OracleFailure) {
        switch target {
        case "plan-reader": try planReader(bytes)
        case "mspdi-import": try mspdiImport(bytes)
        case "merge": try merge(bytes, into: examplePlans)
        case "reports": try reports(bytes)
        default: throw OracleFailure("no fuzz target named '\(target)'")
        }
    }

    // MARK: plan-reader

    /// bytes → read → validate → write → read again: the same plan, the same diagnostics,
    /// and writing it again gives the same bytes. A refusal must say why.
    static func planReader(_ bytes: [UInt8]) throws(OracleFailure) {
        guard let document = try readPlan(bytes) else { return }
        let diagnostics = PlanValidator().validate(document.plan, sourceMap: document.sourceMap)
        let written = try write(document.plan, "the plan the reader accepted")
        let again: PlanDocument
        do {
            again = try PlanReader().read(written, file: "rewritten.xml")
        } catch {
            throw OracleFailure("the writer's output of an accepted plan does not read back: \(summary(error.diagnostics))")
        }
        guard again.plan == document.plan else {
            throw OracleFailure("the plan read back from the writer's output differs from the plan read: \(firstDifference(document.plan, again.plan))")
        }
        let diagnosticsAgain = PlanValidator().validate(again.plan, sourceMap: again.sourceMap)
        guard findings(diagnostics) == findings(diagnosticsAgain) else {
            throw OracleFailure("validation differs after the round trip: \(findings(diagnostics)) then \(findings(diagnosticsAgain))")
        }
        let rewritten = try write(again.plan, "the plan read back")
        guard rewritten == written else {
            throw OracleFailure("writing the plan read back gives different bytes (the writer's output is not a fixed point)")
        }
    }

    // MARK: mspdi-import

    /// An MS Project file chb accepts (reads, and validates, as `chb import` requires before
    /// it writes anything) gives a plan whose chb export reads back equal and valid, and whose
    /// MSPDI export imports again into a valid plan. A refusal must say why.
    static func mspdiImport(_ bytes: [UInt8]) throws(OracleFailure) {
        let reader = MSPDIReader(agency: "imp", agencyName: "Importing Agency", importedAt: now)
        let imported: MSPDIImport
        do {
            imported = try reader.read(bytes, file: "fuzz.xml")
        } catch {
            guard !error.diagnostics.isEmpty else { throw OracleFailure("the MSPDI reader refused the input without a diagnostic") }
            return
        }
        // `chb import` refuses, writing nothing, a plan that would not validate.
        guard !PlanValidator().validate(imported.plan).containsErrors else { return }
        let written = try write(imported.plan, "the imported plan")
        let again: PlanDocument
        do {
            again = try PlanReader().read(written, file: "imported.xml")
        } catch {
            throw OracleFailure("the plan written from an accepted import does not read back: \(summary(error.diagnostics))")
        }
        guard again.plan == imported.plan else {
            throw OracleFailure("the imported plan read back differs: \(firstDifference(imported.plan, again.plan))")
        }
        let errors = PlanValidator().validate(again.plan, sourceMap: again.sourceMap).filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw OracleFailure("the imported plan read back does not validate: \(summary(errors))")
        }
        let exported: [UInt8]
        do {
            exported = try MSPDIWriter().write(imported.plan)
        } catch {
            throw OracleFailure("a valid imported plan cannot be exported to MSPDI: \(error.message)")
        }
        let reimported: MSPDIImport
        do {
            reimported = try reader.read(exported, file: "exported.xml")
        } catch {
            throw OracleFailure("chb's own MSPDI export of a valid plan is refused on import: \(summary(error.diagnostics))")
        }
        let reimportErrors = PlanValidator().validate(reimported.plan).filter { $0.severity == .error }
        guard reimportErrors.isEmpty else {
            throw OracleFailure("chb's own MSPDI export of a valid plan imports into an invalid plan: \(summary(reimportErrors))")
        }
    }

    // MARK: merge

    /// The input, read as a partner's returned view, merged into each example plan as
    /// `chb merge` does: a refused merge leaves the plan unchanged; an accepted one changes
    /// the revision by exactly the history it adds, adds no validation error, reads back
    /// equal, and merging the same update again changes nothing.
    static func merge(_ bytes: [UInt8], into plans: [Plan]) throws(OracleFailure) {
        guard let document = try readPlan(bytes) else { return }
        let update = document.plan
        // `chb merge` refuses an update that does not validate before touching the plan.
        guard !PlanValidator().validate(update, sourceMap: document.sourceMap).containsErrors else { return }
        for original in plans {
            var agencies: [AgencyID] = []
            if case .partner(let partner, _) = update.view { agencies.append(partner) }
            if let first = original.agencies.first?.id, !agencies.contains(first) { agencies.append(first) }
            for agency in agencies {
                try mergeOnce(update, into: original, as: agency)
            }
        }
    }

    private static func mergeOnce(_ update: Plan, into original: Plan, as agency: AgencyID) throws(OracleFailure) {
        let context = ChangeContext(agency: agency, actor: "fuzz", at: now)
        var plan = original
        let report: MergeReport
        do {
            report = try plan.mergePartnerUpdate(update, by: context)
        } catch {
            guard plan == original else {
                throw OracleFailure("a refused merge into '\(original.id)' as '\(agency)' (\(error.message)) changed the plan")
            }
            return
        }
        let added = plan.history.count - original.history.count
        guard added >= 0, plan.history.prefix(original.history.count) == original.history[...] else {
            throw OracleFailure("merging into '\(original.id)' rewrote earlier history")
        }
        guard plan.revision == original.revision + added else {
            throw OracleFailure("merging into '\(original.id)' added \(added) history events but moved the revision \(original.revision) → \(plan.revision)")
        }
        if report.applied.isEmpty {
            guard plan == original else {
                throw OracleFailure("a merge into '\(original.id)' that applied nothing changed the plan")
            }
            return
        }
        let before = Set(PlanValidator().validate(original).filter { $0.severity == .error }.map(\.message))
        let after = PlanValidator().validate(plan).filter { $0.severity == .error && !before.contains($0.message) }
        guard after.isEmpty else {
            throw OracleFailure("a merge into '\(original.id)' made the plan invalid: \(summary(after))")
        }
        let written = try write(plan, "the merged plan")
        do {
            let again = try PlanReader().read(written, file: "merged.xml")
            guard again.plan == plan else {
                throw OracleFailure("the merged plan read back differs: \(firstDifference(plan, again.plan))")
            }
        } catch let failure as OracleFailure {
            throw failure
        } catch {
            throw OracleFailure("the merged plan does not read back: \(error)")
        }
        var twice = plan
        do {
            let second = try twice.mergePartnerUpdate(update, by: context)
            guard second.applied.isEmpty, twice == plan else {
                throw OracleFailure("merging the same update into '\(original.id)' again applied \(second.applied.count) more changes")
            }
        } catch let failure as OracleFailure {
            throw failure
        } catch {
            throw OracleFailure("merging the same update into '\(original.id)' again was refused: \(error)")
        }
    }

    // MARK: reports

    /// Every status format and the schedule of any plan `chb status` would accept render
    /// without a trap, JSON output is JSON, and every date in the schedule's JSON is
    /// `YYYY-MM-DD`.
    static func reports(_ bytes: [UInt8]) throws(OracleFailure) {
        guard let document = try readPlan(bytes) else { return }
        let plan = document.plan
        // `chb status` and `chb schedule` refuse a plan with errors.
        guard !PlanValidator().validate(plan, sourceMap: document.sourceMap).containsErrors else { return }
        var days: [CalendarDate] = [CalendarDate(year: 2026, month: 11, day: 30)!]
        let windows = plan.stages.compactMap(\.plannedWindow)
        if let first = windows.first, let last = windows.last { days += [first.lowerBound, last.upperBound] }
        for asOf in days {
            let scopes: [(StageKind?, AgencyID?)] = [(nil, nil), (plan.stages.first?.kind, plan.agencies.first?.id)]
            for (stage, agency) in scopes {
                let report: StatusReport
                do {
                    report = try StatusReport(plan: plan, asOf: asOf, stage: stage, agency: agency)
                } catch {
                    throw OracleFailure("no status report for a valid plan as of \(asOf): \(error.message)")
                }
                for format in ReportFormat.allCases {
                    let text = report.rendered(as: format, colour: format == .text)
                    if format == .json { try requireJSON(text, "status --format json as of \(asOf)") }
                }
            }
        }
        for asOf in [nil] + days.map(Optional.some) {
            guard let schedule = try? ScheduleReport(plan: plan, asOf: asOf) else { continue }
            _ = schedule.rendered(as: .text)
            let json = schedule.rendered(as: .json)
            try requireJSON(json, "schedule --format json")
            try requireDates(json, "schedule --format json")
        }
    }

    // MARK: helpers

    /// The plan the reader makes of the bytes, or `nil` when it refuses them with a reason.
    private static func readPlan(_ bytes: [UInt8]) throws(OracleFailure) -> PlanDocument? {
        do {
            return try PlanReader().read(bytes, file: "fuzz.xml")
        } catch {
            guard !error.diagnostics.isEmpty else { throw OracleFailure("the reader refused the input without a diagnostic") }
            return nil
        }
    }

    private static func write(_ plan: Plan, _ what: String) throws(OracleFailure) -> [UInt8] {
        do {
            return try PlanWriter().write(plan)
        } catch {
            throw OracleFailure("\(what) cannot be written: \(error.message)")
        }
    }

    /// What a diagnostic says, without where (locations move when a plan is rewritten).
    private static func findings(_ diagnostics: [PlanDiagnostic]) -> [String] {
        diagnostics.map { "\($0.severity) \($0.code.rawValue): \($0.message)" }
    }

    private static func summary(_ diagnostics: [PlanDiagnostic]) -> String {
        diagnostics.prefix(3).map(\.description).joined(separator: "; ")
    }

    /// The first top-level part of two plans that differs, for a readable failure.
    private static func firstDifference(_ a: Plan, _ b: Plan) -> String {
        let left = Mirror(reflecting: a).children, right = Mirror(reflecting: b).children
        for (l, r) in zip(left, right) where String(reflecting: l.value) != String(reflecting: r.value) {
            return "\(l.label ?? "?"): \(String(reflecting: l.value).prefix(300)) ≠ \(String(reflecting: r.value).prefix(300))"
        }
        return "an unprintable difference"
    }

    private static func requireJSON(_ text: String, _ what: String) throws(OracleFailure) {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil else {
            throw OracleFailure("\(what) is not JSON: \(text.prefix(300))")
        }
    }

    /// Every value of a key ending in `Start`, `Finish` or `Date` is `YYYY-MM-DD`.
    private static func requireDates(_ json: String, _ what: String) throws(OracleFailure) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return }
        var stack: [Any] = [object]
        while let next = stack.popLast() {
            if let dictionary = next as? [String: Any] {
                for (key, value) in dictionary {
                    if let text = value as? String, key.hasSuffix("Start") || key.hasSuffix("Finish") || key.hasSuffix("Date") || key == "start" || key == "finish" {
                        guard isDay(text) else { throw OracleFailure("\(what) has \(key) \"\(text)\", not YYYY-MM-DD") }
                    } else {
                        stack.append(value)
                    }
                }
            } else if let array = next as? [Any] {
                stack += array
            }
        }
    }

    private static func isDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    }
}
