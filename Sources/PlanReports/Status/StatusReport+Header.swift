public import PlanCore

extension StatusReport {
    /// What a report for an earlier date could not rebuild (see ``Header/asItStood``).
    public struct AsItStood: Hashable, Sendable {
        /// Events after the date that record no changes (another tool's, an import's, an older
        /// chb's), so what they changed cannot be rebuilt: it shows as it is now.
        public var laterEdits: Int
        /// Tasks whose status on the date was inferred from their dates (completed or blocked
        /// after it, by an event that records no changes), not rebuilt from history.
        public var inferredTasks: Int

        /// Creates the record.
        package init(laterEdits: Int, inferredTasks: Int) {
            self.laterEdits = laterEdits
            self.inferredTasks = inferredTasks
        }
    }

    /// Who runs the operation, where, under what marking: the top (and bottom) of a report.
    public struct Header: Hashable, Sendable {
        /// The plan's id.
        public var planID: PlanID
        /// The operation's title.
        public var title: String
        /// The area's name.
        public var area: String
        /// The area's description, if any.
        public var areaDescription: String?
        /// The coded localities grouped by scheme, e.g. `ONS-LSOA E01099201, E01099202; ward Saltings`.
        public var localities: String?
        /// The lead agency's id.
        public var leadAgency: AgencyID
        /// The lead agency's name.
        public var leadAgencyName: String
        /// The lead responsible officer.
        public var responsibleOfficer: String
        /// The partnership board the plan reports to.
        public var board: String?
        /// How often the board reviews the plan, in days.
        public var reviewCadenceDays: Int?
        /// The plan's revision.
        public var revision: Int
        /// The date the report is for.
        public var asOf: CalendarDate
        /// The report's marking: the plan's classification, or higher when something the
        /// report shows is marked higher (a task, measure or risk marked above its plan must
        /// not be shown under the lower marking).
        public var classification: Classification
        /// The information sharing agreement that covers the plan, if one is recorded.
        public var informationSharingAgreement: String?
        /// When the plan is a partner view: who it was cut for and from which revision.
        public var partnerView: PartnerView?
        /// For a date before the plan's latest records: the report is built from the plan as
        /// it stood at the end of that day, rebuilt from its history, and this says what could
        /// not be taken back; `nil` when the plan is reported as it is.
        public var asItStood: AsItStood?

        /// Creates a header.
        package init(
            planID: PlanID, title: String, area: String, areaDescription: String? = nil,
            localities: String? = nil, leadAgency: AgencyID, leadAgencyName: String,
            responsibleOfficer: String, board: String? = nil, reviewCadenceDays: Int? = nil,
            revision: Int, asOf: CalendarDate, classification: Classification,
            informationSharingAgreement: String? = nil,
            partnerView: PartnerView? = nil
        ) {
            self.planID = planID
            self.title = title
            self.area = area
            self.areaDescription = areaDescription
            self.localities = localities
            self.leadAgency = leadAgency
            self.leadAgencyName = leadAgencyName
            self.responsibleOfficer = responsibleOfficer
            self.board = board
            self.reviewCadenceDays = reviewCadenceDays
            self.revision = revision
            self.asOf = asOf
            self.classification = classification
            self.informationSharingAgreement = informationSharingAgreement
            self.partnerView = partnerView
        }

        /// The marking line shown at the top and bottom of every format:
        /// `OFFICIAL-SENSITIVE · Information sharing agreement SMC-ISA-2025-044`.
        public var marking: String {
            classification.rawValue + " · " + sharingAgreementText
        }

        /// `Information sharing agreement SMC-ISA-2025-044`, or a note that none is recorded.
        public var sharingAgreementText: String {
            if let isa = informationSharingAgreement { return "Information sharing agreement \(isa)" }
            return "No information sharing agreement recorded"
        }
    }

    /// The partner a plan view was cut for, and the full plan's revision it came from.
    public struct PartnerView: Hashable, Sendable {
        /// The agency the view is for.
        public var agency: AgencyID
        /// The full plan's revision the view was cut from.
        public var sourceRevision: Int

        /// Creates a partner view note.
        package init(agency: AgencyID, sourceRevision: Int) {
            self.agency = agency
            self.sourceRevision = sourceRevision
        }
    }

    /// What a report is limited to.
    public struct Scope: Hashable, Sendable {
        /// Only this stage, when set.
        public var stage: StageKind?
        /// Only the tasks this agency leads or supports, when set.
        public var agency: AgencyID?
        /// The name of ``agency``.
        public var agencyName: String?

        /// Creates a scope.
        package init(stage: StageKind? = nil, agency: AgencyID? = nil, agencyName: String? = nil) {
            self.stage = stage
            self.agency = agency
            self.agencyName = agencyName
        }

        /// Whether the report covers the whole plan.
        public var isWholePlan: Bool { stage == nil && agency == nil }

        /// The scope for people, or `nil` for the whole plan: `Hold stage only; tasks that
        /// Saltings Housing Trust (sht) leads or supports`.
        public var summary: String? {
            var parts: [String] = []
            if let stage { parts.append("\(stage.title) stage only") }
            if let agency {
                let who = agencyName.map { "\($0) (\(agency))" } ?? agency.rawValue
                parts.append("tasks that \(who) leads or supports")
            }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }

        /// What stays whole-plan in a limited report, or `nil` for the whole plan.
        public var caveat: String? {
            guard !isWholePlan else { return nil }
            return "Stage RAG and reasons cover each stage's full work, and the overall status the whole plan."
        }
    }
}
