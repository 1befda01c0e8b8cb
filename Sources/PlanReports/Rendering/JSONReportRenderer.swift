import PlanCore

/// Renders a report as JSON in the `chb-status-report/1` shape (documented in the README).
///
/// Keys are written in a fixed, hand-chosen order and every key is always present (`null`
/// when there is no value), so the same report always gives the same bytes and consumers
/// can rely on the shape. Dates are `YYYY-MM-DD`, instants `YYYY-MM-DDThh:mm:ssZ`, measure
/// values exact decimal numbers, enumerations their camelCase names.
struct JSONReportRenderer {
    let report: StatusReport

    /// The value of the `format` key.
    static let formatName = "chb-status-report/1"

    func render() -> String { document.text() + "\n" }

    /// What changed since the last board: every item, none capped.
    func changes(_ c: StatusReport.Changes) -> JSONValue {
        func item(_ i: StatusReport.Item) -> JSONValue {
            .object([("date", date(i.date)), ("id", .string(i.id)), ("text", .string(i.text)),
                     ("stage", .optional(i.stage) { .string($0.rawValue) }), ("detail", .optional(i.detail, JSONValue.string))]
                    + (i.change.map { [("field", JSONValue.string($0.field)), ("from", .optional($0.from, JSONValue.string)),
                                       ("to", .optional($0.to, JSONValue.string))] } ?? []))
        }
        var members: [(String, JSONValue)] = [
            ("since", date(c.since)), ("basis", .string(c.basis)),
            ("stages", .array(c.stages.map { .object([("kind", .string($0.kind.rawValue)), ("before", .string($0.before.rawValue)),
                                                     ("now", .string($0.now.rawValue)), ("direction", .string($0.direction.rawValue))]) })),
        ]
        for list in c.lists { members.append((list.kind, .array(list.items.map(item)))) }
        members.append(("caveats", .array(c.caveats.map(JSONValue.string))))
        return .object(members)
    }

    var document: JSONValue {
        let h = report.header
        return .object([
            ("format", .string(Self.formatName)),
            ("asOf", date(h.asOf)),
            ("plan", .object([
                ("id", .string(h.planID.rawValue)),
                ("title", .string(h.title)),
                ("revision", .int(h.revision)),
                ("area", .string(h.area)),
                ("areaDescription", .optional(h.areaDescription, JSONValue.string)),
                ("localities", .optional(h.localities, JSONValue.string)),
                ("leadAgency", .object([("id", .string(h.leadAgency.rawValue)), ("name", .string(h.leadAgencyName))])),
                ("leadResponsibleOfficer", .string(h.responsibleOfficer)),
                ("board", .optional(h.board, JSONValue.string)),
                ("reviewCadenceDays", .optional(h.reviewCadenceDays, JSONValue.int)),
                ("partnerView", .optional(h.partnerView) { .object([("agency", .string($0.agency.rawValue)), ("sourceRevision", .int($0.sourceRevision))]) }),
                ("asItStood", .optional(h.asItStood) { .object([("laterEdits", .int($0.laterEdits)), ("inferredTasks", .int($0.inferredTasks))]) }),
            ])),
            ("marking", .object([
                ("classification", .string(h.classification.rawValue)),
                ("informationSharingAgreement", .optional(h.informationSharingAgreement, JSONValue.string)),
                ("text", .string(h.marking)),
            ])),
            ("scope", .object([
                ("stage", .optional(report.scope.stage) { .string($0.rawValue) }),
                ("agency", .optional(report.scope.agency) { .string($0.rawValue) }),
                ("summary", .optional(report.scope.summary, JSONValue.string)),
            ])),
            ("overall", .string(report.overall.rawValue)),
            ("summary", .object([
                ("openTasks", .int(report.tasks.count(where: \.status.isOpen))),
                ("overdueTasks", .int(report.overdueTasks.count)),
                ("blockedTasks", .int(report.blockedTasks.count)),
                ("dueSoonTasks", .int(report.dueSoonTasks.count)),
                ("dueSoonUntil", date(report.dueSoonUntil)),
                ("openCriticalTasks", .int(report.openCriticalTasks.count)),
            ])),
            ("keyPoints", .array(report.keyPoints.map { point in
                .object([("level", .optional(point.level) { .string($0.rawValue) }), ("text", .string(point.text)),
                         ("stage", .optional(point.stage) { .string($0.rawValue) }), ("subject", .optional(point.subject, JSONValue.string))])
            })),
            ("sinceLastBoard", .optional(report.changes, changes)),
            ("againstBaseline", .optional(report.baseline, BaselineSection.json)),
            ("stages", .array(report.stages.map(stage))),
            ("overdueTasks", ids(report.overdueTasks)),
            ("blockedTasks", ids(report.blockedTasks)),
            ("dueSoonTasks", ids(report.dueSoonTasks)),
            ("criticalPath", ids(report.criticalPath)),
            ("scheduleProblem", .optional(report.scheduleProblem, JSONValue.string)),
            ("unscheduledTasks", .array(report.unscheduledTasks.map {
                .object([("id", .string($0.id.rawValue)), ("reason", .string($0.reason))])
            })),
            ("tasks", .array(report.tasks.map(task))),
            ("agencies", .array(report.agencies.map(agency))),
            ("measures", .array(report.measures.map(measure))),
            ("risks", .array(report.risks.map(risk))),
            ("historyTotal", .int(report.historyTotal)),
            ("history", .array(report.history.map(event))),
        ])
    }

    private func date(_ date: CalendarDate) -> JSONValue { .string(date.description) }
    private func date(_ date: CalendarDate?) -> JSONValue { .optional(date) { .string($0.description) } }
    private func ids(_ tasks: [StatusReport.TaskLine]) -> JSONValue { .array(tasks.map { .string($0.id.rawValue) }) }

    private func stage(_ s: StatusReport.StageSection) -> JSONValue {
        .object([
            ("kind", .string(s.kind.rawValue)),
            ("state", .string(s.state.rawValue)),
            ("rag", .string(s.rag.rawValue)),
            ("reasons", .array(s.reasons.map { .string($0.text) })),
            ("reasonDetails", .array(s.reasons.map { .object([("level", .string($0.level.rawValue)), ("text", .string($0.text)), ("subject", .optional($0.subject, JSONValue.string))]) })),
            ("plannedStart", date(s.plannedStart)),
            ("plannedEnd", date(s.plannedEnd)),
            ("started", date(s.started)),
            ("completed", date(s.completed)),
            ("forecastEnd", date(s.forecastEnd)),
            ("startSlipDays", .optional(s.startSlipDays, JSONValue.int)),
            ("endSlipDays", .optional(s.endSlipDays, JSONValue.int)),
            ("nextReview", date(s.nextReview)),
            ("objectives", .array(s.objectives.map(JSONValue.string))),
            ("exitCriteria", .object([
                ("met", .int(s.criteriaMet)),
                ("total", .int(s.criteria.count)),
                ("items", .array(s.criteria.map { c in
                    .object([("id", .string(c.id.rawValue)), ("statement", .string(c.statement)), ("met", .bool(c.met)),
                             ("metOn", date(c.metOn)), ("evidence", .optional(c.evidence, JSONValue.string))])
                })),
            ])),
            ("taskCounts", .object(PlanTask.Status.allCases.map { ($0.rawValue, .int(s.counts[$0])) } + [("total", .int(s.counts.total))])),
            ("percentComplete", .optional(s.counts.percentComplete, JSONValue.int)),
        ])
    }

    private func task(_ t: StatusReport.TaskLine) -> JSONValue {
        .object([
            ("id", .string(t.id.rawValue)),
            ("title", .string(t.title)),
            ("stage", .string(t.stage.rawValue)),
            ("stageRag", .string(t.stageRAG.rawValue)),
            ("lead", .string(t.lead.rawValue)),
            ("supports", .array(t.supports.map { .string($0.rawValue) })),
            ("status", .string(t.status.rawValue)),
            ("priority", .string(t.priority.rawValue)),
            ("owner", .optional(t.owner, JSONValue.string)),
            ("classification", .string(t.classification.rawValue)),
            ("start", date(t.firstDay)),
            ("due", date(t.lastDay)),
            ("datesScheduled", .bool(t.datesScheduled)),
            ("milestone", .bool(t.isMilestone)),
            ("progress", .optional(t.progress, JSONValue.int)),
            ("completedOn", date(t.completedOn)),
            ("overdue", .bool(t.isOverdue)),
            ("daysOverdue", .optional(t.daysOverdue, JSONValue.int)),
            ("blockedSince", date(t.blockedSince)),
            ("daysBlocked", .optional(t.daysBlocked, JSONValue.int)),
            ("blockedReason", .optional(t.blockedReason, JSONValue.string)),
            ("critical", .bool(t.critical)),
            ("slackDays", .optional(t.slackDays, JSONValue.int)),
        ])
    }

    private func agency(_ a: StatusReport.AgencyLine) -> JSONValue {
        .object([
            ("id", .string(a.id.rawValue)),
            ("name", .string(a.name)),
            ("kind", .string(a.kind.rawValue)),
            ("leads", .int(a.leads)),
            ("supports", .int(a.supports)),
            ("open", .int(a.open)),
            ("overdue", .int(a.overdue)),
            ("blocked", .int(a.blocked)),
        ])
    }

    private func observation(_ o: Observation?) -> JSONValue {
        .optional(o) { o in
            .object([("date", date(o.date)), ("value", .number(o.value.description)),
                     ("source", .optional(o.source) { .string($0.rawValue) })])
        }
    }

    private func measure(_ m: StatusReport.MeasureLine) -> JSONValue {
        .object([
            ("id", .string(m.id.rawValue)),
            ("name", .string(m.name)),
            ("stage", .optional(m.stage) { .string($0.rawValue) }),
            ("unit", .string(m.unit)),
            ("direction", .string(m.direction.rawValue)),
            ("classification", .string(m.classification.rawValue)),
            ("baseline", .number(m.baseline.description)),
            ("target", .number(m.target.description)),
            ("latest", observation(m.latest)),
            ("previous", observation(m.previous)),
            ("trend", .string(m.trend.rawValue)),
            ("trendBasis", .string("baseline")),
            ("lastMove", .string(m.lastMove.rawValue)),
            ("percentToTarget", .optional(m.percentToTarget, JSONValue.int)),
            ("observations", .array(m.observations.map { observation($0) })),
        ])
    }

    private func risk(_ r: StatusReport.RiskLine) -> JSONValue {
        .object([
            ("id", .string(r.id.rawValue)),
            ("score", .int(r.score)),
            ("likelihood", .int(r.likelihood)),
            ("impact", .int(r.impact)),
            ("status", .string(r.status.rawValue)),
            ("owner", .string(r.owner.rawValue)),
            ("classification", .string(r.classification.rawValue)),
            ("description", .string(r.description)),
            ("mitigation", .optional(r.mitigation, JSONValue.string)),
        ])
    }

    private func event(_ e: StatusReport.HistoryLine) -> JSONValue {
        .object([
            ("at", .string(e.at.description)),
            ("agency", .string(e.agency.rawValue)),
            ("actor", .optional(e.actor, JSONValue.string)),
            ("kind", .string(e.kind.rawValue)),
            ("subject", .string(e.subject)),
            ("text", .string(e.text)),
        ])
    }
}
