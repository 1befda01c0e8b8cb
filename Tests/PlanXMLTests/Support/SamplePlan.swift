import PlanCore

/// Plans built in code, for writer tests.
enum SamplePlan {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func instant(_ text: String) -> Instant { Instant(text)! }

    /// A valid plan with every text field (elements and attributes alike) set to `text`.
    static func everyText(_ text: String) -> Plan {
        let extensionElement = ExtensionElement(
            name: "x:data", namespace: "urn:x-test",
            attributes: [.init(name: "xmlns:x", value: "urn:x-test"), .init(name: "label", value: text)],
            children: [.text(text)])
        return Plan(
            id: "p1", revision: 7, classification: .officialSensitive, title: text,
            area: Area(name: text, description: text, localities: [Locality(code: text, scheme: text)]),
            governance: Governance(leadAgency: "a1", leadResponsibleOfficer: text, board: text,
                reviewCadenceDays: 14, informationSharingAgreement: text),
            agencies: [
                Agency(id: "a1", kind: .police, clearance: .officialSensitive, name: text, contact: text, extensions: [extensionElement]),
                Agency(id: "a2", kind: .voluntary, name: text),
            ],
            stages: [
                Stage(kind: .clear, status: .complete, plannedStart: date("2025-06-02"), plannedEnd: date("2025-07-31"),
                    started: date("2025-06-02"), completed: date("2025-07-30"), objectives: [text, text],
                    exitCriteria: [ExitCriterion(id: "c1", met: true, metOn: date("2025-07-29"), statement: text, evidence: text)],
                    tasks: [PlanTask(id: "t1", lead: "a1", status: .done, start: date("2025-06-02"), due: date("2025-06-13"),
                        completedOn: date("2025-06-12"), title: text, description: text, supports: ["a2"], owner: text,
                        notes: [Note(at: instant("2025-06-05T10:00:00Z"), agency: "a2", text: text)], extensions: [extensionElement])]),
                Stage(kind: .hold, status: .active, plannedStart: date("2025-07-14"), plannedEnd: date("2025-10-31"),
                    started: date("2025-07-21"), objectives: [text],
                    tasks: [PlanTask(id: "t2", lead: "a2", status: .blocked, classification: .official, start: date("2025-08-01"),
                        blockedSince: date("2025-08-18"), title: text, dependencies: [Dependency(on: "t1")], blockedReason: text)]),
                Stage(kind: .build),
            ],
            measures: [Measure(id: "m1", stage: .hold, unit: text, direction: .decrease, name: text,
                baseline: DecimalValue(41), target: DecimalValue("29.5")!,
                observations: [Observation(date: date("2025-07-31"), value: DecimalValue(36), source: "a2")])],
            risks: [Risk(id: "r1", likelihood: 4, impact: 3, owner: "a1", description: text, mitigation: text)],
            history: [HistoryEvent(at: instant("2025-05-28T10:00:00Z"), agency: "a1", kind: .created, subject: "p1", actor: text, text: text)],
            extensions: [extensionElement])
    }
}
