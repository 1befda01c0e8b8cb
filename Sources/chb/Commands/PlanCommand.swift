import ArgumentParser
import PlanCore

/// `chb plan`: the plan's header (title, governance, area) and its marking.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Draft the plan's header: title, governance, area and marking.",
        subcommands: [Edit.self, Mark.self])

    /// A field of the header that can be cleared.
    enum ClearableField: String, CaseIterable, ExpressibleByArgument {
        case board, reviewCadence, isa, areaDescription, localities
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the plan's title, governance or area (the plan's lead agency only).",
            discussion: """
                Options given replace the values; --clear FIELD removes an optional one (board, \
                reviewCadence, isa, areaDescription, localities). One history event names every change.
                """)

        @Argument(help: "The plan file.") var file: FileArgument
        @Option(help: "The operation's title.") var title: String?
        @Option(help: "The lead agency's id (an agency of the plan).") var leadAgency: String?
        @Option(help: "The lead responsible officer (role and/or name).") var officer: String?
        @Option(help: "The board that oversees the operation.") var board: String?
        @Option(parsing: .unconditional, help: "Days between board reviews.") var reviewCadence: Int?
        @Option(help: "The information sharing agreement's reference.") var isa: String?
        @Option(help: "The area's name.") var area: String?
        @Option(help: "A description of the area.") var areaDescription: String?
        @Option(help: ArgumentHelp("Add a locality, SCHEME:CODE, e.g. ONS-LSOA:E01099201 (repeat for several).", valueName: "scheme:code"))
        var addLocality: [LocalityArgument] = []
        @Option(help: ArgumentHelp("Remove a locality, SCHEME:CODE (repeat for several).", valueName: "scheme:code"))
        var removeLocality: [LocalityArgument] = []
        @Option(help: "Clear an optional field: board, reviewCadence, isa, areaDescription or localities (repeat for several).")
        var clear: [ClearableField] = []
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                var missing: [LocalityArgument] = []
                let changed = try plan.editHeader(by: acting.context()) { header in
                    if let title { header.title = title }
                    if let leadAgency { header.governance.leadAgency = AgencyID(leadAgency) }
                    if let officer { header.governance.leadResponsibleOfficer = officer }
                    for field in clear {
                        switch field {
                        case .board: header.governance.board = nil
                        case .reviewCadence: header.governance.reviewCadenceDays = nil
                        case .isa: header.governance.informationSharingAgreement = nil
                        case .areaDescription: header.area.description = nil
                        case .localities: header.area.localities = []
                        }
                    }
                    if let board { header.governance.board = board }
                    if let reviewCadence { header.governance.reviewCadenceDays = reviewCadence }
                    if let isa { header.governance.informationSharingAgreement = isa }
                    if let area { header.area.name = area }
                    if let areaDescription { header.area.description = areaDescription }
                    for locality in removeLocality {
                        if header.area.localities.contains(locality.locality) {
                            header.area.localities.removeAll { $0 == locality.locality }
                        } else {
                            missing.append(locality)
                        }
                    }
                    for locality in addLocality where !header.area.localities.contains(locality.locality) {
                        header.area.localities.append(locality.locality)
                    }
                }
                if let first = missing.first {
                    throw PlanChangeError(.unknownLocality(first.locality, known: plan.area.localities))
                }
                return "edited the plan (\(changed.joined(separator: "; "))); revision \(plan.revision)"
            }
        }
    }

    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the plan's marking (the plan's lead agency only).",
            discussion: """
                Raising the marking is always allowed. Lowering it is refused while any task, \
                measure or risk is marked (or inherits) the higher marking: mark those down first \
                with their own edit commands.
                """)

        @Argument(help: "The plan file.") var file: FileArgument
        @Argument(help: "The new marking: OFFICIAL or OFFICIAL-SENSITIVE.") var classification: Classification
        @OptionGroup var acting: ActingOptions

        func run() throws {
            try PlanSession.modify(file, waiting: acting.waiting) { plan in
                try plan.setClassification(classification, by: acting.context())
                return "marked the plan \(classification.rawValue); revision \(plan.revision)"
            }
        }
    }
}

/// A locality written `SCHEME:CODE`.
struct LocalityArgument: ExpressibleByArgument {
    var locality: Locality

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isBlank, !parts[1].isBlank else { return nil }
        locality = Locality(code: parts[1], scheme: parts[0])
    }
}
