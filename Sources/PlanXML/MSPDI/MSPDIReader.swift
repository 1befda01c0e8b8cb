public import PlanCore

/// Imports Microsoft Project XML (MSPDI) files, as MS Project and ProjectLibre save them,
/// into new chb plans.
///
/// The bytes go through the same safety rules as ``PlanReader`` (the linear pre-scan that
/// refuses DOCTYPEs, gzip data and oversized input, then libxml2's `xmlTextReader` with no
/// DTD, entity, XInclude or network access) but are not validated against an XSD.
///
/// Mapping:
/// - Leaf tasks become tasks with id `t-<UID>`: name, first and last day (the date parts of
///   `Start` and `Finish`; a `Finish` at or before the project's default start time on a
///   later day than `Start` means the work ended the day before), priority, notes as the
///   description, `Milestone` as a 0-day task on its start day. `PercentComplete` 100 makes a
///   done task (`completedOn` the `ActualFinish` day, else the finish day), more than 0 an
///   in-progress task with that progress; an inactive task (`Active` 0) is cancelled.
/// - Links: FS, SS and FF become `finishToStart`, `startToStart` and `finishToFinish`; lag
///   (tenths of minutes) becomes whole days by the project's `MinutesPerDay` (24 hours for
///   elapsed formats), rounded to the nearest day. SF links, links to summary tasks or other
///   projects, and links that would close a cycle are dropped and listed.
/// - Work resources become agencies of kind `other` with ids `a-<name>`; the resource that
///   matches the importing agency (by name or id) takes that agency's id, and the importing
///   agency is added when none does. The first assignment of a task names its lead, the rest
///   its supporting agencies; placeholder assignments (resource UID -65535) are skipped; a
///   task with no assignment is led by the importing agency.
/// - Level-1 summary tasks named like Clear, Hold or Build ("Stage 1: Clear", "HOLD", "Build
///   stage") choose the stage of the tasks under them and give the stage its planned window;
///   other tasks go to Clear with a warning. Deeper summaries are flattened.
///
/// A partner's file is untrusted: every number is checked before it is converted or added to
/// a date. A `PercentComplete` outside 0–100, a `Duration` longer than
/// ``PlanValidator/maximumDays`` or ending after 9999-12-31, and a `LinkLag` beyond
/// ±``PlanValidator/maximumDays`` days become ``MSPDIUnmappedItem``s with their element's
/// line, never a trap or a date outside the years 0001–9999. The new plan is validated,
/// written in the chb format and read back in memory before it is returned, so an accepted
/// import is a plan every command can open.
public struct MSPDIReader: Sendable {
    /// The agency doing the import: recorded in history, and lead of unassigned tasks.
    public var agency: AgencyID
    /// The importing agency's name, should it have to be added.
    public var agencyName: String?
    /// When the import happens (the library has no clock).
    public var importedAt: Instant
    /// The new plan's id; by default `op-` and the project title as a name.
    public var planID: PlanID?
    /// The new plan's marking; a file whose `Subject` says OFFICIAL-SENSITIVE is never marked lower.
    public var classification: Classification
    /// The person or role importing, for the history event.
    public var actor: String?
    /// The bounds enforced on input.
    public var limits: ReadLimits

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - agency: The importing agency's id (a portable name such as `nwp`).
    ///   - agencyName: Its name, used if it must be added as an agency.
    ///   - importedAt: The time of the import, for the history event.
    ///   - planID: The new plan's id.
    ///   - classification: The new plan's marking, `OFFICIAL` unless given.
    ///   - actor: The person or role importing.
    ///   - limits: The bounds enforced on input.
    public init(
        agency: AgencyID, agencyName: String? = nil, importedAt: Instant, planID: PlanID? = nil,
        classification: Classification = .official, actor: String? = nil, limits: ReadLimits = .standard
    ) {
        self.agency = agency
        self.agencyName = agencyName
        self.importedAt = importedAt
        self.planID = planID
        self.classification = classification
        self.actor = actor
        self.limits = limits
    }

    /// Imports an MSPDI file.
    ///
    /// - Parameter path: The file's path; also the name used in diagnostics and history.
    /// - Returns: The plan, what could not be mapped, and warnings.
    /// - Throws: ``PlanReadError`` when the file cannot be read, is refused by the safety
    ///   rules, is not well-formed, or is not MSPDI.
    public func read(contentsOf path: String) throws(PlanReadError) -> MSPDIImport {
        try read(try PlanFile.readBytes(at: path, limit: limits.maximumInputBytes), file: path)
    }

    /// Imports MSPDI bytes.
    ///
    /// - Parameters:
    ///   - bytes: The document, UTF-8.
    ///   - file: The name used in diagnostics and history.
    /// - Returns: The plan, what could not be mapped, and warnings.
    /// - Throws: ``PlanReadError`` when the input is refused by the safety rules, is not
    ///   well-formed, or is not MSPDI (code `not-mspdi`), or when the plan it gives would be
    ///   invalid or would not read back as it is.
    public func read(_ bytes: [UInt8], file: String = "<input>") throws(PlanReadError) -> MSPDIImport {
        var mapping = MSPDIMapping(document: try Self.document(bytes, file: file, limits: limits), options: self, file: file)
        return try mapping.run()
    }

    /// Parses MSPDI bytes under the safety rules, without mapping them.
    static func document(_ bytes: [UInt8], file: String, limits: ReadLimits) throws(PlanReadError) -> MSPDIDocument {
        let outcome: Result<MSPDIDocument, PlanReadError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(PlanReadError) {
                let scan = try InputScan(buffer, file: file, limits: limits)
                return try XMLPullReader.withReader(buffer, file: file, scan: scan, schema: nil) { reader in
                    let parser = MSPDIParser(reader: reader, file: file)
                    let document = parser.parse()
                    if let fatal = parser.fatal { return .failure(PlanReadError(fatal)) }
                    reader.drain()
                    let errors = reader.diagnostics.diagnostics.filter { $0.severity == .error }
                    guard let document, errors.isEmpty else {
                        return .failure(PlanReadError(diagnostics: errors.isEmpty
                            ? [PlanDiagnostic(.error, .malformed, "the document could not be read", at: SourceLocation(file: file, line: 1, column: 1))]
                            : errors))
                    }
                    return .success(document)
                }
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}

extension PlanDiagnostic.Code {
    /// The document is not Microsoft Project XML (MSPDI).
    public static let notMSPDI = Self(rawValue: "not-mspdi")
    /// Warning: tasks outside a Clear, Hold or Build summary were put in stage Clear.
    public static let mspdiUnstaged = Self(rawValue: "mspdi-unstaged")
    /// Warning: something a chb plan requires is not in the MSPDI file and was filled in.
    public static let mspdiFilledIn = Self(rawValue: "mspdi-filled-in")
    /// A stage's state worked out from its tasks on import (MS Project has no stage status).
    public static let mspdiStageInferred = Self(rawValue: "mspdi-stage-inferred")
}
