import PlanCore
import TestSupport

/// Generates random plans that are valid by every rule of the format (so the validator finds
/// no errors) and in canonical form (so that writing and reading give the same value back):
/// no classification equal to the plan's, declarations first on extension elements, no
/// blank text between extension elements, no adjacent or empty text runs.
struct RandomPlanGenerator {
    private var rng: SplitMix64
    private var serial = 0

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    // MARK: Primitives

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func maybe<T>(_ probability: Double = 0.5, _ make: (inout Self) -> T) -> T? {
        chance(probability) ? make(&self) : nil
    }
    mutating func some<T>(_ count: ClosedRange<Int>, _ make: (inout Self) -> T) -> [T] {
        (0..<int(count)).map { _ in make(&self) }
    }
    mutating func subset<T>(_ items: [T], _ probability: Double) -> [T] { items.filter { _ in chance(probability) } }

    /// A fresh id, unique in the plan: a prefix (some not ASCII), a serial number, a tail.
    mutating func id(_ prefix: String) -> String {
        serial += 1
        let start = chance(0.1) ? pick(["é", "Ω", "_", "Ж"]) : ""
        return start + prefix + String(serial) + pick(["", "", "-x", "_y", ".z", "-2b", "Q"])
    }

    static let textPieces = [
        "&", "<", ">", "\"", "'", "\r", "\r\n", "\n", "\t", " ", "  ", "é", "一", "😀", "👩‍👩‍👧", "]]>",
        "&amp;", "e\u{301}", "\u{A0}", "\u{2028}", "\u{85}", "word", "Saltmarsh Lane", "0", "-", "/",
        "\u{FFFD}", "\u{10FFFF}", "<!--", "?>", "&#13;", "Ω", "\u{7F}",
    ]

    /// Text that is not blank (it holds a letter) but may hold anything else XML can carry.
    mutating func text() -> String {
        var pieces = some(0...5) { $0.pick(Self.textPieces) }
        pieces.insert(pick(["x", "Note", "Café", "Bore da", "Z"]), at: int(0...pieces.count))
        return pieces.joined()
    }

    /// Any text, possibly blank or empty: attribute values of extensions.
    mutating func anyText() -> String {
        chance(0.2) ? pick(["", " ", "\t\n", "\r"]) : text()
    }

    /// A date in the range, or now and then one at the edges of the calendar (`extremes`).
    mutating func date(from: Int = CalendarDate(year: 1990, month: 1, day: 1)!.dayNumber,
        to: Int = CalendarDate(year: 2060, month: 12, day: 31)!.dayNumber, extremes: Bool = true) -> CalendarDate {
        if extremes, chance(0.02) { return pick([CalendarDate(year: 1, month: 1, day: 1)!, CalendarDate(year: 9999, month: 12, day: 31)!, CalendarDate(year: 2024, month: 2, day: 29)!]) }
        return CalendarDate(dayNumber: int(from...to))
    }

    mutating func instant() -> Instant {
        let first = CalendarDate(year: 1, month: 1, day: 1)!.dayNumber * 86_400
        let last = CalendarDate(year: 9999, month: 12, day: 31)!.dayNumber * 86_400 + 86_399
        return chance(0.9)
            ? Instant(secondsSinceEpoch: int(1_500_000_000...2_000_000_000))
            : Instant(secondsSinceEpoch: pick([first, last, int(first...last)]))
    }

    mutating func decimal() -> DecimalValue {
        let magnitude: Int64 = pick([9, 999, 99_999_999, 999_999_999_999_999_999])
        return DecimalValue(significand: Int64.random(in: -magnitude...magnitude, using: &rng), scale: int(0...8))
    }

    // MARK: Extensions

    static let namespaces = ["urn:x-ext:one", "urn:x-ext:two", "http://example.org/ns/3", "urn:x-northwold-police:ops:1"]
    static let localNames = ["caseRef", "item", "value", "note", "x", "Ω", "data-2", "_n"]

    /// A top-level extension element: it declares the namespace it is in.
    mutating func extensionElement() -> ExtensionElement {
        extensionElement(depth: 0, scope: [:], topLevel: true)
    }

    private mutating func extensionElement(depth: Int, scope outer: [String: String], topLevel: Bool) -> ExtensionElement {
        var scope = outer
        var declarations: [ExtensionElement.Attribute] = []
        let prefix: String
        if topLevel || scope.isEmpty || chance(0.3) {
            // Declare a prefix (or the default namespace) here.
            prefix = pick(["e", "f", "g", "", "nwp"])
            let namespace = (!topLevel && prefix.isEmpty && chance(0.2)) ? "" : pick(Self.namespaces)
            declarations.append(.init(name: prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)", value: namespace))
            scope[prefix] = namespace
            if chance(0.2) {
                let other = pick(["h", "k"])
                let otherNamespace = pick(Self.namespaces)
                declarations.append(.init(name: "xmlns:\(other)", value: otherNamespace))
                scope[other] = otherNamespace
            }
        } else {
            prefix = pick(scope.keys.sorted())
        }
        let namespace = scope[prefix] ?? ""
        let name = (prefix.isEmpty ? "" : "\(prefix):") + pick(Self.localNames)
        var attributes = declarations
        for local in subset(["a", "ref", "kind", "v"], 0.3) {
            attributes.append(.init(name: local, value: anyText()))
        }
        if let qualified = scope.keys.filter({ !$0.isEmpty && !(scope[$0] ?? "").isEmpty }).sorted().first, chance(0.3) {
            attributes.append(.init(name: "\(qualified):flag", value: anyText()))
        }
        if chance(0.1) { attributes.append(.init(name: "xml:lang", value: pick(["en", "cy", "gd"]))) }
        var children: [ExtensionElement.Child] = []
        switch depth >= 3 ? int(0...1) : int(0...3) {
        case 0:
            break
        case 1:
            children = [.text(chance(0.2) ? pick([" ", "  \t", "\n"]) : text())]
        case 2:
            children = some(1...3) { .element($0.extensionElement(depth: depth + 1, scope: scope, topLevel: false)) }
            if children.count > 1, chance(0.2) {
                // A no-break space between elements is text, not layout: this is mixed content.
                children.insert(.text("\u{A0}"), at: 1)
            }
        default:
            // Mixed content: text and elements alternate. The first text holds a letter; the
            // others may be only white space, which is content here too.
            var textNext = chance(0.5)
            var hasLetters = false
            for _ in 0..<int(2...5) {
                if textNext {
                    children.append(.text(hasLetters && chance(0.4) ? pick([" ", "\n  ", "\u{A0}", "\t"]) : text()))
                    hasLetters = true
                } else {
                    children.append(.element(extensionElement(depth: depth + 1, scope: scope, topLevel: false)))
                }
                textNext.toggle()
            }
        }
        return ExtensionElement(name: name, namespace: namespace, attributes: attributes, children: children)
    }

    mutating func extensions(_ probability: Double) -> [ExtensionElement] {
        chance(probability) ? some(1...2) { $0.extensionElement() } : []
    }

    // MARK: Plan

    /// A random valid plan.
    mutating func plan() -> Plan {
        let agencies: [Agency] = some(1...6) { g in
            Agency(id: AgencyID(g.id("a")), kind: g.pick(Agency.Kind.allCases), clearance: g.pick(Classification.allCases),
                name: g.text(), contact: g.maybe(0.4) { $0.text() }, extensions: g.extensions(0.2))
        }
        let agencyIDs = agencies.map(\.id)
        var plan = Plan(
            id: PlanID(id("plan")), revision: int(0...10_000), classification: pick(Classification.allCases),
            title: text(),
            area: Area(name: text(), description: maybe { $0.text() },
                localities: some(0...3) { Locality(code: $0.text(), scheme: $0.text()) }),
            governance: Governance(leadAgency: pick(agencyIDs), leadResponsibleOfficer: text(), board: maybe { $0.text() },
                reviewCadenceDays: maybe { $0.int(1...365) }, informationSharingAgreement: maybe { $0.text() }),
            agencies: agencies, stages: [])
        var earlierTasks: [TaskID] = []
        for kind in StageKind.allCases {
            plan.stages.append(stage(kind, agencies: agencyIDs, earlierTasks: &earlierTasks))
        }
        plan.measures = some(0...3) { g in
            Measure(id: MeasureID(g.id("m")), stage: g.maybe { $0.pick(StageKind.allCases) }, unit: g.text(),
                direction: g.pick(Measure.Direction.allCases), name: g.text(), baseline: g.decimal(), target: g.decimal(),
                observations: g.some(0...3) { Observation(date: $0.date(), value: $0.decimal(), source: $0.maybe { $0.pick(agencyIDs) }) })
        }
        plan.risks = some(0...3) { g in
            Risk(id: RiskID(g.id("r")), likelihood: g.int(1...5), impact: g.int(1...5), status: g.pick(Risk.Status.allCases),
                owner: g.pick(agencyIDs), description: g.text(), mitigation: g.maybe { $0.text() })
        }
        let planID = plan.id.rawValue
        plan.history = some(0...5) { g in
            var event = HistoryEvent(at: g.instant(), agency: g.pick(agencyIDs), kind: g.pick(HistoryEvent.Kind.allCases),
                subject: g.pick([planID, "clear", "hold", "build", g.id("gone")]), actor: g.maybe(0.3) { $0.text() }, text: g.text())
            // An edit's changes, with values of the field's type (awkward text included).
            if event.kind == .edited, g.maybe(0.7, { _ in true }) == true {
                let isStage = StageKind(rawValue: event.subject) != nil
                let field = isStage ? "nextReview" : event.subject == planID ? "board" : "title"
                let value: (inout Self) -> String = isStage ? { "2026-01-0\($0.int(1...4))" } : { $0.text() }
                let from = g.maybe(0.5, value)
                var to = g.maybe(0.5, value)
                if to == from { to = isStage ? "2026-02-01" : (from ?? "") + " changed" }
                event.changes = [HistoryChange(field: field, from: from, to: to)]
            }
            return event
        }
        plan.extensions = extensions(0.4)
        assignClassifications(&plan)
        return plan
    }

    private mutating func stage(_ kind: StageKind, agencies: [AgencyID], earlierTasks: inout [TaskID]) -> Stage {
        let status = pick(Stage.Status.allCases)
        let complete = status == .complete
        var stage = Stage(kind: kind, status: status)
        if chance(0.6) {
            let start = date(extremes: false)
            stage.plannedStart = start
            stage.plannedEnd = maybe(0.8) { $0.date(from: start.dayNumber, to: start.dayNumber + 400, extremes: false) }
        } else {
            stage.plannedEnd = maybe(0.3) { $0.date() }
        }
        stage.nextReview = maybe(0.3) { $0.date() }
        stage.started = status == .notStarted ? nil : maybe(0.8) { $0.date() }
        stage.completed = complete ? maybe(0.8) { $0.date() } : nil
        stage.objectives = some(0...3) { $0.text() }
        stage.exitCriteria = some(0...3) { g in
            let met = complete || g.chance(0.5)
            return ExitCriterion(id: CriterionID(g.id("c")), met: met, metOn: met ? g.date() : nil, statement: g.text(), evidence: g.maybe(0.3) { $0.text() })
        }
        stage.tasks = some(0...6) { g in
            let statuses: [PlanTask.Status] = complete ? [.done, .cancelled] : PlanTask.Status.allCases
            let task = g.task(status: g.pick(statuses), agencies: agencies, earlierTasks: earlierTasks)
            earlierTasks.append(task.id)
            return task
        }
        return stage
    }

    private mutating func task(status: PlanTask.Status, agencies: [AgencyID], earlierTasks: [TaskID]) -> PlanTask {
        let lead = pick(agencies)
        var task = PlanTask(id: TaskID(id("t")), lead: lead, status: status, title: text())
        task.strand = maybe { $0.pick(PlanTask.Strand.allCases) }
        task.priority = pick(PlanTask.Priority.allCases)
        let start = date(extremes: false)
        let length = pick([0, 0, 1, 2, 14, int(0...400)])
        switch int(0...7) {
        case 0: break
        case 1: task.start = start
        case 2: task.due = start
        case 3: task.start = start; task.due = start.adding(days: length)
        case 4: task.start = start; task.durationDays = length
        case 5: task.due = start; task.durationDays = length
        case 6: task.start = start; task.due = start.adding(days: max(length - 1, 0)); task.durationDays = max(length, 1)
        default: task.start = start; task.due = start; task.durationDays = pick([0, 1])
        }
        task.progress = maybe(0.4) { $0.int(0...100) }
        if status == .done {
            task.completedOn = date()
            if task.progress != nil { task.progress = 100 }
        }
        if status == .blocked {
            task.blockedSince = date()
            task.blockedReason = text()
        }
        task.description = maybe(0.4) { $0.text() }
        task.supports = subset(agencies.filter { $0 != lead }, 0.3)
        task.owner = maybe(0.3) { $0.text() }
        task.dependencies = subset(earlierTasks, 0.2).map { Dependency(on: $0, type: pick(Dependency.Kind.allCases), lagDays: pick([0, 0, int(-10...10)])) }
        task.notes = some(0...3) { Note(at: $0.instant(), agency: $0.pick(agencies), text: $0.text()) }
        task.extensions = extensions(0.2)
        return task
    }

    /// Gives tasks, measures and risks markings that are canonical (never equal to the plan's)
    /// and, in a partner view, within its agency's clearance with the view marked as the
    /// highest it holds.
    private mutating func assignClassifications(_ plan: inout Plan) {
        var marks: [Classification?] = []
        let count = plan.allTasks.count + plan.measures.count + plan.risks.count
        if chance(0.3), let agency = plan.agencies.randomElement(using: &rng) {
            plan.view = .partner(for: agency.id, sourceRevision: int(0...plan.revision))
            if agency.clearance == .official || chance(0.3) {
                plan.classification = .official
                marks = Array(repeating: nil, count: count)
            } else {
                plan.classification = .officialSensitive
                marks = (0..<count).map { _ in chance(0.5) ? nil : .official }
                if !marks.contains(where: { $0 == nil }) {
                    // Nothing would be OFFICIAL-SENSITIVE: the view must be marked OFFICIAL.
                    plan.classification = .official
                    marks = Array(repeating: nil, count: count)
                }
            }
        } else {
            let other: Classification = plan.classification == .official ? .officialSensitive : .official
            marks = (0..<count).map { _ in chance(0.3) ? other : nil }
        }
        var next = marks.makeIterator()
        for p in plan.stages.indices {
            for t in plan.stages[p].tasks.indices { plan.stages[p].tasks[t].classification = next.next()! }
        }
        for m in plan.measures.indices { plan.measures[m].classification = next.next()! }
        for r in plan.risks.indices { plan.risks[r].classification = next.next()! }
    }
}
