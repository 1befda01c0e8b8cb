import ArgumentParser
import PlanCore
import PlanReports
import PlanXML

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a plan in the canonical chb format or as Microsoft Project XML, or a partner agency's view of it.",
        discussion: """
            The same plan always gives the same bytes; exporting a file chb wrote gives it back unchanged. \
            With --for, writes only what that agency may see (by role and clearance) and records an \
            'exported' event in the full plan. --to mspdi writes Microsoft Project XML (MSPDI) for \
            MS Project, ProjectLibre and tools using MPXJ (with --for, the partner's view). --to html (only \
            with --for) writes the partner's update page: one offline HTML file the partner edits in a \
            browser and saves as an update for 'chb merge'. --to ics writes an iCalendar file of task \
            windows, milestones, stage reviews and planned stage ends (with --for, from the partner's view).
            """)

    @Argument(help: "The plan file (- for standard input, except with --for).")
    var file: FileArgument

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for stdout) instead of stdout.")
    var output: FileArgument?

    @Option(help: "The format to write: chb (the plan format), mspdi (Microsoft Project XML), html (a partner's update page; needs --for) or ics (iCalendar).")
    var to: ExportFormat = .chb

    @Option(name: .customLong("for"), help: "Export the partner view for this agency id.")
    var partner: String?

    @Option(help: "With --for: the agency exporting (default: the plan's lead agency).")
    var agency: String?

    @Option(help: "With --for: the person or role exporting.")
    var actor: String?

    @OptionGroup var waiting: WaitOption

    @OptionGroup var signing: ExportSigningOptions

    /// `--format` is `chb status`'s word; taken only to point at `--to`.
    @Option(name: .customLong("format"), help: .hidden)
    var mistakenFormat: String?

    func validate() throws {
        if let mistakenFormat {
            throw ValidationError("export chooses its format with --to (chb, mspdi, html or ics), not --format: try --to \(mistakenFormat)")
        }
        if signing.isSigning, to != .chb {
            throw ValidationError("--sign signs chb documents only; an export --to \(to.rawValue) cannot carry a signature")
        }
        if to == .html, partner == nil {
            throw ValidationError("--to html writes a partner's update page, made only from a partner's view: add --for AGENCY")
        }
    }

    func run() throws {
        guard let partner else {
            try PlanSession.refuseOutput(output, overwriting: [file])
            let plan = try PlanSession.load(file).plan
            try PlanSession.write(signing.sign(render(plan), file: file.displayName), to: output, protecting: [file], content: OutputContent(plan, as: to))
            return
        }
        // A view never replaces a full plan: refused before the 'exported' event is recorded.
        let what: String = switch to {
        case .chb: "the partner view for '\(partner)'"
        case .mspdi: "the partner view for '\(partner)' as MSPDI"
        case .html: "the update page for '\(partner)'"
        case .ics: "the calendar for '\(partner)'"
        }
        let content = OutputContent.report(what)
        try PlanSession.refuseOutput(output, overwriting: [file], with: content)
        // The view is cut and the export recorded under the plan's lock; the view is written
        // (atomically) once the changed plan is checked, and only then is the plan saved. So
        // an output that cannot be written (no such folder, a directory, FIFO, device or
        // read-only file) leaves the plan byte for byte as it was, and a view never leaves
        // without its 'exported' event.
        var bytes: [UInt8] = []
        var summary = ""
        let destination = output.flatMap { $0.isStandardStream ? nil : $0.description }
        var withheld: [String] = []
        let writeView = { () throws(Failure) in
            try PlanSession.write(bytes, to: output, protecting: [file], content: content)
        }
        // Should the save fail after the view is out, say so: the disclosure is not recorded.
        let unrecorded = {
            "the view was written to \(destination ?? "standard output"), but its export could not be recorded in the plan; "
                + (destination == nil ? "treat it as not sent" : "delete that file") + ", then export again"
        }
        try PlanSession.modify(file, waiting: waiting, report: .standardError, beforeSave: writeView, ifSaveFails: unrecorded) { plan in
            try plan.requireAgency(AgencyID(partner), as: .viewed)
            let view = try plan.partnerView(for: AgencyID(partner))
            withheld = WithheldWarnings.lines(plan, file: file.displayName, agency: AgencyID(partner))
            do throws(PlanWriteError) {
                bytes = try to.write(view)
            } catch {
                throw PlanChangeError(.unwritable, error.message)
            }
            bytes = try signing.sign(bytes, file: "the view for '\(partner)'")
            let context = ChangeContext(agency: AgencyID(agency ?? plan.governance.leadAgency.rawValue), actor: actor, at: Clock.now)
            try plan.recordExport(of: view, by: context)
            let tasks = view.allTasks.count, marking = view.classification.rawValue
            // The view is of the revision it was cut from; the export itself is the next one.
            let source = view.view.sourceRevision ?? plan.revision - 1
            summary = "exported the view of revision \(source) for '\(partner)' (\(tasks) tasks, \(marking)) to \(destination ?? "stdout"); the export is recorded as revision \(plan.revision)"
            return ""
        }
        for line in withheld { Terminal.error(line) }
        Terminal.say(summary, to: destination == nil ? .standardError : .standardOutput)
    }

    private func render(_ plan: Plan) throws(Failure) -> [UInt8] {
        do {
            return try to.write(plan)
        } catch {
            throw Failure(file.displayName, error.message)
        }
    }
}

/// The formats `chb export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    /// The canonical chb plan format.
    case chb
    /// Microsoft Project XML (MSPDI).
    case mspdi
    /// A partner's offline update page (a partner view only).
    case html
    /// An iCalendar (RFC 5545) file of the plan's dates.
    case ics

    /// Writes a plan in this format.
    func write(_ plan: Plan) throws(PlanWriteError) -> [UInt8] {
        switch self {
        case .chb: return try PlanWriter().write(plan)
        case .mspdi: return try MSPDIWriter().write(plan)
        case .ics: return Array(PlanCalendar(plan: plan).render().utf8)
        case .html:
            let xml = String(decoding: try PlanWriter().write(plan), as: UTF8.self)
            do throws(PartnerPageError) {
                return Array(try PartnerUpdatePage(view: plan, viewXML: xml, asOf: Clock.today).render().utf8)
            } catch {
                throw PlanWriteError(error.message)
            }
        }
    }
}
