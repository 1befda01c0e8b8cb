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
            conflict (the full plan changed that task after the view was cut). Merging the same \
            update twice changes nothing the second time.
            Exit status: 0 all applied, 2 some refused or in conflict (the rest applied and saved), \
            1 the update is invalid (nothing applied).
            """)

    @Argument(help: "The full plan file.")
    var file: FileArgument

    @Argument(help: "The partner's returned view (- for standard input).")
    var update: FileArgument

    @Option(help: "The partner agency the update comes from (the view's 'for').")
    var agency: String

    @Option(help: "The person or role merging (recorded in history).")
    var actor: String?

    @Flag(help: "Report what would happen without saving.")
    var dryRun = false

    @OptionGroup var waiting: WaitOption

    func run() throws {
        let incoming: Plan
        do {
            incoming = try PlanSession.load(update).plan
        } catch {
            throw error.followed(by: Diagnostic(file: update.displayName, message: "the update is invalid; nothing was applied"))
        }
        var report: MergeReport?
        try PlanSession.modify(file, waiting: waiting, save: !dryRun) { plan in
            let before = plan.revision
            let result = try plan.mergePartnerUpdate(incoming, by: ChangeContext(agency: AgencyID(agency), actor: actor, at: Clock.now))
            report = result
            var lines = result.items.map(\.description)
            let counts = "\(result.applied.count) applied, \(result.refused.count) refused, \(result.conflicts.count) in conflict"
            if result.items.isEmpty {
                lines.append("nothing to merge: the update matches the plan")
            } else if dryRun {
                lines.append("dry run: \(counts); nothing saved (revision would go \(before) → \(plan.revision))")
            } else {
                lines.append("merged \(agency)'s update of revision \(result.sourceRevision): \(counts); revision \(before) → \(plan.revision)")
            }
            return lines.joined(separator: "\n")
        }
        if let report, !report.isClean { throw ExitCode(2) }
    }
}
