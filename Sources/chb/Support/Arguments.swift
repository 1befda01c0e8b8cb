public import ArgumentParser
public import PlanCore

extension CalendarDate: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD` from the command line.
    public init?(argument: String) { self.init(argument) }
}


extension DecimalValue: ExpressibleByArgument {
    /// Parses a decimal number such as `41` or `29.5`.
    public init?(argument: String) { self.init(argument) }
}

/// Why `id` cannot be the id of a new `what` ("plan", "agency"), or `nil` when it can: the
/// stage names are reserved (the format's rule; `PlanValidator` reports them as `reserved-id`),
/// and chb creates only ids every XML tool accepts.
func newIDProblem(_ id: String, of what: String) -> String? {
    if StageKind(rawValue: id) != nil {
        return "'\(id)' is reserved for the stage of that name (clear, hold and build cannot be ids); choose another \(what) id"
    }
    if !id.isPortableID {
        return "'\(id)' is not a usable \(what) id: use letters, digits, '-', '_' or '.', starting with a letter or '_'"
    }
    return nil
}

/// Who is acting: every command that changes a plan takes these.
struct ActingOptions: ParsableArguments {
    @Option(help: "The id of the agency making the change (recorded in history).")
    var agency: String

    @Option(help: "The person or role acting (recorded in history).")
    var actor: String?

    @OptionGroup var waiting: WaitOption

    /// The change context at the current time.
    func context(date: CalendarDate? = nil) -> ChangeContext {
        ChangeContext(agency: AgencyID(agency), actor: actor, at: Clock.now, date: date)
    }
}

/// A dependency written `TASK`, `TASK:ss`, `TASK:ff`, `TASK:fs+3` or `TASK:ss-2`.
struct DependencyArgument: ExpressibleByArgument {
    var dependency: Dependency

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard let id = parts.first, !id.isEmpty else { return nil }
        var type = Dependency.Kind.finishToStart
        var lag = 0
        if parts.count == 2 {
            var spec = parts[1].lowercased()[...]
            let kinds: [String: Dependency.Kind] = ["fs": .finishToStart, "ss": .startToStart, "ff": .finishToFinish]
            guard spec.count >= 2, let kind = kinds[String(spec.prefix(2))] else { return nil }
            type = kind
            spec = spec.dropFirst(2)
            if !spec.isEmpty {
                guard let value = Int(spec) else { return nil }
                lag = value
            }
        }
        dependency = Dependency(on: TaskID(id), type: type, lagDays: lag)
    }
}
