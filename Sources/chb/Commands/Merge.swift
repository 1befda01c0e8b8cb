import ArgumentParser
import PlanCore
import PlanXML

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge a partner agency's returned view back into the full plan.",
        discussion: """
            Applies the partner's changes to the tasks it leads (status through the workflow rules, \
            progress, dates, notes, blocked reason), one history event per applied change, and lists \
            every change refused (a task it does not lead, a transition the workflow forbids) or in \
            conflict (the partner changed a field that the full plan also changed after the view was \
            cut). A value the view shows as it was when cut, where the plan changed it since, is not \
            the partner's change: it is skipped (stale; --dry-run lists it), so views that overlap may \
            be merged in any order. Merging the same update twice changes nothing the second time.
            The update may also be the MSPDI file of 'chb export --for AGENCY --to mspdi' as MS Project \
            or ProjectLibre saved it (detected from its root element): % complete, actual start and \
            finish, start and finish dates and added notes are merged as a returned view's; tasks added \
            or deleted there, and anything else unmapped, are listed as 'unmapped' and not applied (exit 2).
            Exit status: 0 all applied, 2 some refused or in conflict (the rest applied and saved), \
            1 the update is invalid (nothing applied). Without --agency the view's own agency is \
            used (and named). The update must be a view the plan exported to that agency ('chb export \
            --for'), and may change only the tasks that view held: anything else in it is refused.
            """)

    @Argument(help: "The full plan file.")
    var file: FileArgument

    @Argument(help: "The partner's returned view, or the MSPDI file it saved from MS Project or ProjectLibre (- for standard input).")
    var update: FileArgument

    @Option(help: "The partner agency the update comes from (default: the view's 'for', which must match).")
    var agency: String?

    @Option(help: "The person or role merging (recorded in history).")
    var actor: String?

    @Flag(help: "Report what would happen without saving.")
    var dryRun = false

    @OptionGroup var waiting: WaitOption

    func run() throws {
        let name = update.displayName
        let bytes = try PlanSession.bytes(of: update)
        let isMSPDI = MSPDIPartnerReturn.isMSPDI(bytes)
        var incoming: Plan?
        if !isMSPDI {
            do {
                incoming = try PlanSession.load(bytes, file: name).plan
            } catch {
                throw error.followed(by: Diagnostic(file: name, message: "the update is invalid; nothing was applied"))
            }
        }
        // Without --agency, the agency the view says it is for (and say so).
        let partner: String
        if let agency {
            partner = agency
        } else {
            var named: AgencyID?
            if let incoming {
                if case .partner(let agency, _) = incoming.view { named = agency }
            } else {
                do throws(PlanReadError) {
                    named = try MSPDIPartnerReturn.agency(in: bytes, file: name)
                } catch {
                    throw Failure(error.diagnostics.lines(file: name)
                        + [Diagnostic(file: name, message: "the update is invalid; nothing was applied")])
                }
            }
            guard let named else {
                throw Failure(name, "the update names no partner agency; give --agency AGENCY")
            }
            partner = named.rawValue
            Terminal.say("merging as '\(partner)', the agency the view is for (give --agency to check it)", to: .standardError)
        }
        let context = ChangeContext(agency: AgencyID(partner), actor: actor, at: Clock.now)
        var clean = true
        try PlanSession.modify(file, waiting: waiting, save: !dryRun) { plan in
            let before = plan.revision
            // Signed exchange: refuses the whole update unless it is signed as the agency's pins require.
            let signer = try SignatureReport.checkUpdate(bytes, isMSPDI: isMSPDI, from: context.agency, in: plan, file: name)
            var notMapped: [String] = []
            let view: Plan
            if let incoming {
                view = incoming
            } else {
                // An MSPDI file saved by MS Project or ProjectLibre: read as the view it updates.
                do throws(PlanReadError) {
                    let returned = try MSPDIPartnerReturn(agency: context.agency, at: context.at).read(bytes, file: name, against: plan)
                    view = returned.view
                    notMapped = returned.unmapped
                } catch {
                    throw Failure(error.diagnostics.lines(file: name)
                        + [Diagnostic(file: name, message: "the update is invalid; nothing was applied")])
                }
            }
            let result = try plan.mergePartnerUpdate(view, signedBy: signer.fingerprint, by: context)
            clean = result.isClean && notMapped.isEmpty
            // Stale values (the view's copy of what the plan changed since) are not changes:
            // skipped silently, and listed only by a dry run, which applies nothing.
            let items = result.items.map { item in
                dryRun && item.outcome == .applied ? "would apply " + item.description.dropFirst(9) : item.description
            }
            var lines = items + (dryRun ? result.stale.map(\.description) : []) + notMapped.map { "unmapped \($0)" }
            let applied = dryRun ? "would apply" : "applied"
            var counts = "\(result.applied.count) \(applied), \(result.refused.count) refused, \(result.conflicts.count) in conflict"
            if isMSPDI { counts += ", \(notMapped.count) not mapped" }
            if dryRun, !result.stale.isEmpty { counts += ", \(result.stale.count) stale" }
            if result.items.isEmpty, notMapped.isEmpty {
                lines.append(result.stale.isEmpty
                    ? "nothing to merge: the update matches the plan"
                    : "nothing to merge: the update matches the plan but for \(counted(result.stale.count, "value")) the plan changed since revision \(result.sourceRevision) (stale, skipped)")
            } else if dryRun {
                lines.append("dry run: \(counts); nothing saved (revision would go \(before) → \(plan.revision))")
            } else {
                lines.append("merged \(partner)'s update of revision \(result.sourceRevision): \(counts); revision \(before) → \(plan.revision)")
            }
            if !result.conflicts.isEmpty {
                lines.append("next: the plan changed \(result.conflicts.count == 1 ? "that task" : "those tasks") since the view was cut; export a fresh view (chb export PLAN --for \(partner)) and ask '\(partner)' to make \(result.conflicts.count == 1 ? "that change" : "those changes") again there, or make \(result.conflicts.count == 1 ? "it" : "them") in the full plan")
            }
            return (lines + [signer.reportLine]).joined(separator: "\n")
        }
        if !clean { throw ExitCode(2) }
    }
}
