public import PlanCore

/// One report across several operations, for a force's serious and organised crime board:
/// each operation's overall and stage RAG with its top reasons, its open, overdue and blocked
/// task counts and its next review, under the marking of the most sensitive plan included.
///
/// Every figure comes from the operation's own ``StatusReport`` on the same date, so a
/// portfolio never says anything an operation's report does not. A plan that could not be
/// read is listed with why (see ``Input/unreadable(source:message:)``); the others still report.
///
/// ```swift
/// let portfolio = PortfolioReport(asOf: date, inputs: [.plan(source: "heron.xml", plan), .unreadable(source: "x.xml", message: "…")])
/// print(portfolio.rendered(as: .markdown))
/// ```
public struct PortfolioReport: Hashable, Sendable {
    /// The date every operation's status is for.
    public var asOf: CalendarDate
    /// The date of the last board the changes are since, when given.
    public var since: CalendarDate?
    /// The operations that could be read, worst overall status first (ties in input order).
    public var operations: [Operation]
    /// The plans that could not be read, in input order.
    public var failures: [Failure]

    /// How many reasons each operation shows: 3.
    public static let reasonLimit = 3

    /// One plan given to a portfolio: a plan read from a source, or a source that could not be read.
    public enum Input: Sendable {
        /// A plan read from `source` (a file name, shown to say where each operation came from).
        case plan(source: String, Plan)
        /// A source that could not be read, and why (a sentence or a diagnostic line).
        case unreadable(source: String, message: String)
    }

    /// A plan that could not be read.
    public struct Failure: Hashable, Sendable {
        /// Where it came from.
        public var source: String
        /// Why it could not be read.
        public var message: String

        /// Creates a failure.
        package init(source: String, message: String) {
            self.source = source
            self.message = message
        }
    }

    /// One operation's line of the portfolio.
    public struct Operation: Hashable, Sendable {
        /// Where the plan came from.
        public var source: String
        /// The plan's identity, governance and marking.
        public var header: StatusReport.Header
        /// The plan's overall status: its worst stage's.
        public var overall: RAG
        /// Each stage's kind, state and RAG, clear, hold, build.
        public var stages: [StageRAG]
        /// The key points that count (red first, then amber), at most ``PortfolioReport/reasonLimit``.
        public var reasons: [(level: RAG, text: String)]
        /// The same key points with their dates as the text format writes them.
        public var textReasons: [(level: RAG, text: String)]
        /// How many red or amber key points there are in all.
        public var reasonTotal: Int
        /// Open tasks.
        public var open: Int
        /// Overdue tasks.
        public var overdue: Int
        /// Blocked tasks.
        public var blocked: Int
        /// The earliest next review of an active stage, and which stage.
        public var nextReview: (stage: StageKind, date: CalendarDate)?
        /// What changed since the date the portfolio was given with `since`: each stage's
        /// direction of travel and the changes; `nil` without one.
        public var changes: StatusReport.Changes?
        /// The operation's rows of the table of changes (`--format csv --table changes`).
        var changeRecords: [[String]] = []

        /// Builds an operation's line from its status report.
        package init(source: String, report: StatusReport) {
            self.source = source
            header = report.header
            changes = report.changes
            overall = report.overall
            stages = report.stages.map { StageRAG(kind: $0.kind, state: $0.state, rag: $0.rag) }
            func reasons(_ date: (CalendarDate) -> String) -> [(level: RAG, text: String)] {
                let counted = Wording.keyPoints(report, date).compactMap { point -> (level: RAG, text: String)? in
                    guard let level = point.level, level == .red || level == .amber else { return nil }
                    return (level, point.text)
                }
                return counted.filter { $0.level == .red } + counted.filter { $0.level == .amber }
            }
            let ordered = reasons(Wording.documentDate)
            self.reasons = Array(ordered.prefix(PortfolioReport.reasonLimit))
            textReasons = Array(reasons(Wording.textDate).prefix(PortfolioReport.reasonLimit))
            reasonTotal = ordered.count
            open = report.tasks.count(where: \.status.isOpen)
            overdue = report.overdueTasks.count
            blocked = report.blockedTasks.count
            nextReview = report.stages.filter { $0.state == .active }
                .compactMap { s in s.nextReview.map { (stage: s.kind, date: $0) } }
                .min { $0.date < $1.date }
            changeRecords = ChangesCSVRenderer(report: report).records()
        }

        /// The changes that matter most, at most `limit`: tasks blocked, newly overdue,
        /// unblocked, started and done, criteria met, then the rest, each `kind: text`.
        public func topChanges(_ limit: Int = PortfolioReport.reasonLimit) -> [String] {
            guard let changes else { return [] }
            let order = ["newlyBlocked", "newlyOverdue", "unblocked", "started", "done", "criteriaMet", "observations", "decisions"]
            let lists = changes.lists.sorted { (order.firstIndex(of: $0.kind) ?? 99) < (order.firstIndex(of: $1.kind) ?? 99) }
            return Array(lists.flatMap { list in list.items.map { "\(list.title.lowercased()): \($0.text)" } }.prefix(limit))
        }

        /// `Clear Green → Amber (worse) · Hold …`: each stage's direction of travel since the date.
        public var travel: String? {
            changes.map { $0.stages.map { "\($0.kind.title) " + Wording.move($0) }.joined(separator: " · ") }
        }

        public static func == (a: Self, b: Self) -> Bool {
            a.source == b.source && a.header == b.header && a.overall == b.overall && a.stages == b.stages
                && a.reasons.map(\.level) == b.reasons.map(\.level) && a.reasons.map(\.text) == b.reasons.map(\.text)
                && a.reasonTotal == b.reasonTotal && a.open == b.open && a.overdue == b.overdue && a.blocked == b.blocked
                && a.nextReview?.stage == b.nextReview?.stage && a.nextReview?.date == b.nextReview?.date
                && a.changes == b.changes
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(header)
            hasher.combine(overall)
        }
    }

    /// A stage's kind, workflow state and status on the date.
    public struct StageRAG: Hashable, Sendable {
        /// Which stage.
        public var kind: StageKind
        /// Where it is in its workflow.
        public var state: Stage.Status
        /// Its status on the date.
        public var rag: RAG
    }

    /// Builds the portfolio: each plan's status report on `asOf`, reduced to its line.
    ///
    /// - Parameters:
    ///   - asOf: The date every status is for; nothing is read from a clock.
    ///   - inputs: The plans, and the sources that could not be read, in the order given.
    ///   - since: The date of the last board, for each operation's direction of travel and
    ///     changes since it (`nil`: none shown); it must be before `asOf`.
    public init(asOf: CalendarDate, since: CalendarDate? = nil, inputs: [Input]) {
        self.asOf = asOf
        self.since = since
        var operations: [(Int, Operation)] = []
        var failures: [Failure] = []
        for (index, input) in inputs.enumerated() {
            switch input {
            case .plan(let source, let plan):
                do throws(StatusReportError) {
                    var operation = Operation(source: source, report: try StatusReport(plan: plan, asOf: asOf, since: since))
                    if since == nil { operation.changes = nil; operation.changeRecords = [] }
                    operations.append((index, operation))
                } catch {
                    failures.append(Failure(source: source, message: error.message))
                }
            case .unreadable(let source, let message):
                failures.append(Failure(source: source, message: message))
            }
        }
        self.operations = operations.sorted { ($1.1.overall, $0.0) < ($0.1.overall, $1.0) }.map(\.1)
        self.failures = failures
    }

    /// The marking of the most sensitive plan included (OFFICIAL when none could be read).
    public var classification: Classification {
        operations.map(\.header.classification).max() ?? .official
    }

    /// The information sharing agreements of the plans included, each once, in order.
    public var sharingAgreements: [String] {
        var seen: Set<String> = []
        return operations.compactMap(\.header.informationSharingAgreement).filter { seen.insert($0).inserted }
    }

    /// The marking line at the top and bottom of every format:
    /// `OFFICIAL-SENSITIVE · Information sharing agreements SMC-ISA-2025-044, …`.
    public var marking: String {
        let isas = sharingAgreements
        let agreements = switch isas.count {
        case 0: "No information sharing agreement recorded"
        case 1: "Information sharing agreement \(isas[0])"
        default: "Information sharing agreements \(isas.joined(separator: ", "))"
        }
        return classification.rawValue + " · " + agreements
    }

    /// Whether any plan could not be read (the CLI exits 1).
    public var hasFailures: Bool { !failures.isEmpty }

    /// How many operations are at each status, worst first, for the headline:
    /// `1 Red · 1 Amber · 1 Green`.
    public var tally: String {
        let parts = RAG.allCases.sorted { $0 > $1 }.compactMap { rag -> String? in
            let n = operations.filter { $0.overall == rag }.count
            return n == 0 ? nil : "\(n) \(rag.title)"
        }
        var text = parts.isEmpty ? "No operations" : parts.joined(separator: " · ")
        if !failures.isEmpty { text += " · \(counted(failures.count, "plan")) could not be read" }
        return text
    }

    /// The table of changes across the operations (`--format csv --table changes`): a `plan`
    /// column (the plan's id) then the columns of a status report's table of changes, each
    /// operation's rows in the portfolio's order. Empty but for the header without `since`.
    public func changesCSV() -> String {
        CSVReportRenderer.document([["plan"] + ChangesCSVRenderer.columns]
            + operations.flatMap { op in op.changeRecords.map { [op.header.planID.rawValue] + $0 } })
    }

    /// The portfolio in a format (the same formats as a status report).
    ///
    /// - Parameters:
    ///   - format: The format to write.
    ///   - colour: For text only: mark up RAG with ANSI colour.
    public func rendered(as format: ReportFormat, colour: Bool = false) -> String {
        switch format {
        case .text: PortfolioRenderer(portfolio: self).text(colour: colour)
        case .markdown: PortfolioRenderer(portfolio: self).markdown()
        case .html: PortfolioRenderer(portfolio: self).html()
        case .csv: PortfolioRenderer(portfolio: self).csv()
        case .json: PortfolioRenderer(portfolio: self).json()
        }
    }
}
