import PlanCore

extension PlanChangeError {
    /// What the person at the command line can do next, in terms of chb's flags and commands
    /// (e.g. "use --override REASON to proceed anyway"), or `nil` when the message says it all.
    ///
    /// PlanCore describes a refusal as data and in plain words; only the command-line tool knows
    /// its flags and commands, so the advice is added here, where the refusal is printed.
    var cliAdvice: String? {
        switch kind {
        case .gatesNotMet: "use --override REASON to proceed anyway"
        case .overrideWithoutReason: "--override REASON"
        case .reasonRequired, .replanReasonRequired: "give --reason TEXT"
        case .editChangesIdentity: "use the task workflow commands"
        case .invalidUpdate(.notAView): "only a view exported with 'chb export --for' can be merged"
        case .invalidUpdate(.notExported(_, let agency)): "merge only a view exported with 'chb export PLAN --for \(agency)', as the partner received it"
        case .viewNotEditable, .viewChangeRefused(.taskNotLed), .viewChangeRefused(.fieldsNotEditable), .viewChangeRefused(.override):
            "change the full plan, or return the view for 'chb merge PLAN VIEW --agency AGENCY'"
        case .viewChangeRefused(.otherAgency(_, let partner)): "give --agency \(partner)"
        case .classificationAbovePlan(_, let marking, _): "with 'chb plan mark PLAN \(marking.rawValue)'"
        default: nil
        }
    }

    /// The refusal as the command line prints it: the library's sentence, then any advice.
    ///
    /// Advice that completes a missing reason follows a colon ("an override needs a reason:
    /// --override REASON"); advice that says how to do what the sentence asks for finishes it
    /// ("…: raise the plan's marking first with 'chb plan mark PLAN OFFICIAL-SENSITIVE'"); any
    /// other follows a semicolon.
    var cliMessage: String {
        guard let advice = cliAdvice else { return description }
        switch kind {
        case .overrideWithoutReason, .reasonRequired, .replanReasonRequired: return "\(description): \(advice)"
        case .classificationAbovePlan: return "\(description) \(advice)"
        default: return "\(description); \(advice)"
        }
    }

    /// The refusal as the command line prints it for a change to `plan`: ``cliMessage`` with
    /// advice the plan's context allows, and the nearest id when an id was mistyped.
    ///
    /// A partner view takes no override, so a failed gate in a view is not answered with
    /// `--override` (which the view would then refuse) but with what the partner can do. An
    /// unknown task, criterion, measure, risk or agency id gets "did you mean 'x'?" when an id
    /// of that kind is near; an unknown task in a view that has none near may be one the view
    /// withholds, and the message says so.
    func cliMessage(in plan: Plan) -> String {
        if case .partner(let partner, _) = plan.view {
            switch kind {
            case .gatesNotMet:
                return "\(description); a partner view for '\(partner)' takes no override: wait until the gates are met, or ask the coordinator to override them in the full plan"
            case .overrideWithoutReason:
                return "a partner view takes no override: only the full plan's coordinator may override a gate"
            default: break
            }
        }
        let (id, known): (String?, [String]) = switch kind {
        case .unknownTask(let id): (id.rawValue, plan.taskIDs)
        case .unknownCriterion(let id): (id.rawValue, plan.criterionIDs)
        case .unknownMeasure(let id, let known): (id.rawValue, known.map(\.rawValue))
        case .unknownRisk(let id, let known): (id.rawValue, known.map(\.rawValue))
        case .unknownAgency(let id, _, let known): (id.rawValue, known.map(\.rawValue))
        default: (nil, [])
        }
        guard let id else { return cliMessage }
        if let near = CommandSuggestion.nearest(to: id, among: known) { return "\(cliMessage); did you mean '\(near)'?" }
        if case .unknownTask = kind, case .partner(let partner, _) = plan.view {
            return cliMessage + IDSuggestion.withheld(from: partner)
        }
        return cliMessage
    }
}
