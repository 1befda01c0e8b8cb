import PlanCore

/// The parts of an MSPDI file the importer uses, as text, before any interpretation.
struct MSPDIDocument {
    /// One element's simple children (first occurrence of each name wins), with where it was.
    struct Record {
        var fields: [String: String] = [:]
        /// Nested records of the names asked for (a task's `PredecessorLink`s).
        var nested: [String: [Record]] = [:]
        /// How many other complex children there were, by name (`Baseline`, `ExtendedAttribute`…).
        var skipped: [String: Int] = [:]
        var location: SourceLocation

        subscript(name: String) -> String? { fields[name] }

        /// The field as an integer (`"1"`, `" 42 "`, `"-65535"`); decimals are truncated.
        func integer(_ name: String) -> Int? {
            guard let text = fields[name].map(MSPDIFormat.trim), !text.isEmpty else { return nil }
            if let value = Int(text) { return value }
            return Double(text).flatMap { $0.isFinite && abs($0) < 1e15 ? Int($0) : nil }
        }

        /// The field as a number.
        func number(_ name: String) -> Double? {
            fields[name].map(MSPDIFormat.trim).flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
        }

        /// The field as a boolean (`1`/`0`, `true`/`false`).
        func flag(_ name: String) -> Bool? {
            switch fields[name].map(MSPDIFormat.trim)?.lowercased() {
            case "1", "true": true
            case "0", "false": false
            default: nil
            }
        }
    }

    /// The `Project` element's simple children.
    var project: Record
    var tasks: [Record] = []
    var resources: [Record] = []
    var assignments: [Record] = []
    var calendarCount = 0
}

/// Reads an MSPDI document from the pull reader's events into an ``MSPDIDocument``.
///
/// Only `Project`'s simple fields, `Tasks/Task` (with `PredecessorLink`s),
/// `Resources/Resource` and `Assignments/Assignment` are kept; everything else is skipped
/// (calendars are counted). libxml2 checks well-formedness on the same pass.
final class MSPDIParser {
    private let reader: XMLPullReader
    private let file: String
    /// Set when the document is not an MSPDI project at all.
    private(set) var fatal: PlanDiagnostic?

    init(reader: XMLPullReader, file: String) {
        self.reader = reader
        self.file = file
    }

    /// Parses the document, or returns `nil` when its root is not an MSPDI `Project`.
    func parse() -> MSPDIDocument? {
        let root = reader.rootElement()
        guard let root else {
            if !reader.diagnostics.containsErrors {
                fatal = PlanDiagnostic(.error, .notMSPDI, "the document has no root element",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            return nil
        }
        // Some tools write MSPDI without the namespace; MPXJ reads those too.
        guard root.localName == "Project", root.namespace == MSPDIFormat.namespace || root.namespace.isEmpty else {
            let ns = root.namespace.isEmpty ? "no namespace" : "namespace \(root.namespace)"
            fatal = PlanDiagnostic(.error, .notMSPDI,
                "the root element is '\(root.localName)' in \(ns); Microsoft Project XML is 'Project' in namespace \(MSPDIFormat.namespace)",
                at: root.location)
            return nil
        }
        var document = MSPDIDocument(project: MSPDIDocument.Record(location: root.location))
        children(of: root) { child in
            switch child.localName {
            case "Tasks":
                children(of: child) { task in
                    if task.localName == "Task" { document.tasks.append(record(task, nested: ["PredecessorLink", "ExtendedAttribute", "Baseline"])) } else { skip(task) }
                }
            case "Resources":
                children(of: child) { resource in
                    if resource.localName == "Resource" { document.resources.append(record(resource, nested: [])) } else { skip(resource) }
                }
            case "Assignments":
                children(of: child) { assignment in
                    if assignment.localName == "Assignment" { document.assignments.append(record(assignment, nested: [])) } else { skip(assignment) }
                }
            case "Calendars":
                children(of: child) { calendar in
                    if calendar.localName == "Calendar" { document.calendarCount += 1 }
                    skip(calendar)
                }
            default:
                let (text, complex) = simpleText(of: child)
                if !complex, document.project.fields[child.localName] == nil {
                    document.project.fields[child.localName] = text
                }
            }
        }
        return document
    }

    /// Calls `body` for each child element of `tag`, then consumes `tag`'s end.
    private func children(of tag: StartTag, _ body: (StartTag) -> Void) {
        guard !tag.isEmpty else { return }
        while true {
            switch reader.next() {
            case .start(let child): body(child)
            case .text: continue
            case .end, .finished: return
            }
        }
    }

    /// Skips the rest of an element whose start was just read.
    private func skip(_ tag: StartTag) { children(of: tag) { skip($0) } }

    /// The text of an element whose start was just read, and whether it had child elements
    /// (which are skipped).
    private func simpleText(of tag: StartTag) -> (String, complex: Bool) {
        guard !tag.isEmpty else { return ("", false) }
        var result = ""
        var complex = false
        while true {
            switch reader.next() {
            case .text(let text): result += text
            case .start(let child):
                complex = true
                skip(child)
            case .end, .finished: return (result, complex)
            }
        }
    }

    /// Reads an element's simple children into a record, and the children named in `nested`
    /// as records of their own.
    private func record(_ tag: StartTag, nested: Set<String>) -> MSPDIDocument.Record {
        var record = MSPDIDocument.Record(location: tag.location)
        children(of: tag) { child in
            if nested.contains(child.localName) {
                record.nested[child.localName, default: []].append(self.record(child, nested: []))
                return
            }
            let (text, complex) = simpleText(of: child)
            if complex {
                record.skipped[child.localName, default: 0] += 1
            } else if record.fields[child.localName] == nil {
                record.fields[child.localName] = text
            }
        }
        return record
    }
}
