import PlanCore

/// A task edit's confirmation: each changed field as `name old → new`, so the person at the
/// command line sees what was replaced (`supports sht, vol → sht, vol, edu`), not only which
/// fields changed.
enum TaskEditSummary {
    /// The changes from `before` to `after`, in the order ``PlanTask/fieldsChanged(from:)``
    /// names them.
    static func changes(from before: PlanTask, to after: PlanTask) -> [String] {
        after.fieldsChanged(from: before).map { field in
            func values(_ old: String?, _ new: String?) -> String { "\(field) \(old ?? "none") → \(new ?? "none")" }
            func text(_ value: String?) -> String? { value.map(quoted) }
            func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ", ") }
            switch field {
            case "lead": return values(before.lead.rawValue, after.lead.rawValue)
            case "strand": return values(before.strand?.rawValue, after.strand?.rawValue)
            case "priority": return values(before.priority.rawValue, after.priority.rawValue)
            case "classification": return values(before.classification?.rawValue, after.classification?.rawValue)
            case "start": return values(before.start?.description, after.start?.description)
            case "due": return values(before.due?.description, after.due?.description)
            case "duration": return values(before.durationDays.map(String.init), after.durationDays.map(String.init))
            case "progress": return values(before.progress.map(String.init), after.progress.map(String.init))
            case "title": return values(text(before.title), text(after.title))
            case "description": return values(text(before.description), text(after.description))
            case "owner": return values(text(before.owner), text(after.owner))
            case "supports": return values(list(before.supports.map(\.rawValue)), list(after.supports.map(\.rawValue)))
            case "dependencies": return values(list(before.dependencies.map(written)), list(after.dependencies.map(written)))
            default: return field
            }
        }
    }

    /// Text in single quotes, shortened to 40 characters with "…".
    static func quoted(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        return "'" + (flat.count > 40 ? flat.prefix(39) + "…" : flat) + "'"
    }

    /// A dependency as `--depends-on` takes it: `t-a`, `t-b:ss+2`.
    static func written(_ dependency: Dependency) -> String {
        let kind = switch dependency.type {
        case .finishToStart: dependency.lagDays == 0 ? "" : ":fs"
        case .startToStart: ":ss"
        case .finishToFinish: ":ff"
        }
        let lag = dependency.lagDays == 0 ? "" : (dependency.lagDays > 0 ? "+" : "") + String(dependency.lagDays)
        return dependency.task.rawValue + kind + lag
    }
}
