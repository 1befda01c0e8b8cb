public import PlanCore

/// The page a partner agency updates its view in: one self-contained HTML file that works
/// offline from `file://`, with no install and no server.
///
/// The page shows the view's marking at all times (and on every printed page), the tasks the
/// partner leads as small forms, and the tasks it supports or depends on read-only, each with
/// its stage, dates, dependencies and blocked reason. It embeds the view's canonical XML
/// exactly as `chb export --for` writes it; **Save update** applies the form to that XML in the
/// browser and downloads `PLANID-AGENCY-rREVISION-update.xml`, which `chb merge` takes back.
///
/// Only the moves the task workflow allows from a task's current state are offered, and not
/// those a gate would stop (a stage not active, a finish-to-start predecessor not done, a
/// reopen in a complete stage): the page says why instead. A Content-Security-Policy forbids
/// every request and runs only the page's own script, named by its SHA-256 hash (no inline
/// script otherwise), and nothing in the page comes from outside the view.
///
/// Every control is named `TASKID.FIELD` (`status`, `progress`, `start`, `due`,
/// `blockedReason`, `completedOn`, `note`) and the save button is `#save-update`, so the page
/// can be driven by automation as well as by hand.
public struct PartnerUpdatePage: Sendable {
    /// The partner view the page is for.
    public let view: Plan
    /// The agency the view is for.
    public let agency: AgencyID
    /// The view's canonical XML, as `chb export --for` writes it.
    public let viewXML: String
    /// The day the page is made for: what it calls overdue and how long a task has been
    /// blocked, as the status report does; `nil` says neither.
    public let asOf: CalendarDate?
    /// The view's schedule as drawn, which dates a task without its own dates (marked as
    /// scheduled) and decides when a task without a `due` is overdue.
    let planned: Schedule?

    /// Creates the page of a partner view.
    /// - Parameters:
    ///   - view: A partner view (`Plan.partnerView(for:)`).
    ///   - viewXML: The same view in the canonical plan format, embedded in the page for the
    ///     browser to edit and save.
    ///   - asOf: The day the page is for: tasks overdue or blocked on it say for how long.
    /// - Throws: ``PartnerPageError`` when `view` is a full plan.
    public init(view: Plan, viewXML: String, asOf: CalendarDate? = nil) throws(PartnerPageError) {
        guard case .partner(let agency, _) = view.view else { throw .notAPartnerView(view.id) }
        self.view = view
        self.agency = agency
        self.viewXML = viewXML
        self.asOf = asOf
        self.planned = try? view.schedule()
    }

    /// What the date makes of an open task, as the status report says it: `10 days overdue`,
    /// `blocked for 42 days`, both, or nothing.
    func standing(_ task: PlanTask) -> [String] {
        guard let asOf, task.status.isOpen else { return [] }
        var words: [String] = []
        if let last = task.dueDay(in: planned), last < asOf { words.append("\(counted(last.days(to: asOf), "day")) overdue") }
        if task.status == .blocked, let since = task.blockedSince { words.append("blocked for \(counted(since.days(to: asOf), "day"))") }
        return words
    }

    /// The file name **Save update** downloads: `op-heron-smcc-r57-update.xml`.
    public var updateFileName: String { "\(view.id)-\(agency)-r\(view.revision)-update.xml" }

    /// The page, as UTF-8 HTML text ending in a newline.
    public func render() -> String {
        var html = PageBuilder(page: self)
        html.document()
        return html.lines.joined(separator: "\n") + "\n"
    }

    /// The status moves offered for a task the partner leads: the workflow's next states from
    /// its current one, less those a gate would stop, each with why it was left out.
    static func moves(for task: PlanTask, in stage: Stage, of view: Plan) -> (offered: [Move], withheld: [String]) {
        let waiting = task.dependencies.filter { $0.type == .finishToStart }
            .compactMap { view.task($0.task) }.filter { $0.status != .done }
        let waitingText = waiting.map { "\($0.id) is \(statusTitle($0.status).lowercased())" }.joined(separator: ", ")
        var offered: [Move] = [], withheld: [String] = []
        switch task.status {
        case .planned:
            guard stage.status == .active else {
                withheld.append("The \(stage.kind.title) stage is \(stage.status == .complete ? "complete" : "not started yet"), so this task cannot start, be blocked or be cancelled from here; you can still change its dates and add a note.")
                break
            }
            if waiting.isEmpty { offered.append(Move(target: .inProgress, label: "Start work (in progress)")) } else {
                withheld.append("Start is not offered until the tasks it waits for are done: \(waitingText).")
            }
            offered.append(Move(target: .blocked, label: "Blocked (give the reason)"))
            offered.append(Move(target: .cancelled, label: "Cancel the task (say why in a note)"))
        case .inProgress:
            offered.append(Move(target: .done, label: "Done"))
            offered.append(Move(target: .blocked, label: "Blocked (give the reason)"))
            offered.append(Move(target: .cancelled, label: "Cancel the task (say why in a note)"))
        case .blocked:
            if waiting.isEmpty { offered.append(Move(target: .inProgress, label: "Unblocked (back in progress)")) } else {
                withheld.append("Unblock is not offered until the tasks it waits for are done: \(waitingText).")
            }
            offered.append(Move(target: .cancelled, label: "Cancel the task (say why in a note)"))
        case .done:
            if stage.status == .complete {
                withheld.append("The \(stage.kind.title) stage is complete, so this task cannot be reopened here; ask the coordinator.")
            } else {
                offered.append(Move(target: .inProgress, label: "Reopen (back in progress; say why in a note)"))
            }
        case .cancelled:
            withheld.append("A cancelled task stays cancelled.")
        }
        return (offered, withheld)
    }

    /// One status move offered in a task's status list.
    struct Move: Equatable {
        var target: PlanTask.Status
        var label: String
    }

    /// A date in the page's own words, as its script writes them beside a date control:
    /// `Friday 20 November 2026`.
    public static func dateWords(_ date: CalendarDate) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        // 2001-01-01 was a Monday.
        let offset = CalendarDate(year: 2001, month: 1, day: 1).map { $0.days(to: date) } ?? 0
        return "\(weekdays[((offset % 7) + 7) % 7]) \(Wording.long(date))"
    }

    /// A status in words: `In progress`.
    static func statusTitle(_ status: PlanTask.Status) -> String {
        switch status {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .blocked: "Blocked"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }

    /// The view's XML made safe inside a `<script>` element, reversibly: a backslash goes in
    /// after every `<` followed by `!`, `/` or a backslash, so neither `</script` nor `<!--` can
    /// occur, and the page gets the exact text back by taking out the backslash of every `<\!`,
    /// `<\/` and `<\\` (the last only ever in a comment or CDATA section of an extension).
    static func scriptSafe(_ xml: String) -> String {
        var result = ""
        var afterOpen = false
        for character in xml {
            if afterOpen, character == "!" || character == "/" || character == "\\" { result.append("\\") }
            result.append(character)
            afterOpen = character == "<"
        }
        return result
    }
}

/// Writes the page's markup line by line.
private struct PageBuilder {
    let page: PartnerUpdatePage
    var lines: [String] = []

    private var view: Plan { page.view }

    private func e(_ text: String) -> String { HTML.escape(text) }

    private func date(_ date: CalendarDate?) -> String {
        guard let date else { return "not set" }
        return "<time datetime=\"\(date)\">\(Wording.documentDate(date))</time>"
    }

    private func agencyName(_ id: AgencyID) -> String {
        view.agency(id).map { "\(e($0.name)) (<code>\(e(id.rawValue))</code>)" } ?? "<code>\(e(id.rawValue))</code>"
    }

    private var markingHTML: String {
        let isa = view.governance.informationSharingAgreement.map { "Information sharing agreement \(e($0))" }
            ?? "No information sharing agreement recorded"
        return "<strong>\(e(view.classification.rawValue))</strong> · \(isa)"
    }

    mutating func document() {
        let partner = view.agency(page.agency)?.name ?? page.agency.rawValue
        lines += [
            "<!DOCTYPE html>",
            "<html lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src \(PartnerUpdatePage.scriptHashSource); form-action 'none'; base-uri 'none'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"generator\" content=\"chb export --to html\">",
            "<title>\(e(view.classification.rawValue)): \(e(view.title)), update for \(e(partner))</title>",
            "<style>\n\(PartnerUpdatePage.css)</style>",
            "</head>",
            "<body>",
            "<div class=\"marking marking-top\" role=\"note\" aria-label=\"Protective marking\">\(markingHTML)</div>",
            "<div class=\"scroller\">",
            "<header class=\"page-header\">",
            "<p class=\"eyebrow\">Partner update · plan <code>\(e(view.id.rawValue))</code> · revision \(view.revision)</p>",
            "<h1>\(e(view.title)): update for \(e(partner))</h1>",
            "<p>\(e(view.area.name)). Coordinated by \(agencyName(view.governance.leadAgency)); lead responsible officer: \(e(view.governance.leadResponsibleOfficer)).</p>",
            "</header>",
            "<main id=\"partner-update\" data-file=\"\(e(page.updateFileName))\">",
        ]
        help()
        yourTasks()
        toolbar()
        for stage in view.stages where !stage.tasks.isEmpty { stageSection(stage) }
        if view.allTasks.isEmpty { lines.append("<p>This view holds no task for \(e(partner)).</p>") }
        toolbar(bottom: true)
        lines += [
            "</main>",
            "</div>",
            "<div class=\"marking marking-bottom\" role=\"note\" aria-label=\"Protective marking\">\(markingHTML)</div>",
            "<script type=\"application/xml\" id=\"view\">\(PartnerUpdatePage.scriptSafe(page.viewXML))</script>",
            "<script>\(PartnerUpdatePage.scriptElementText)</script>",
            "</body>",
            "</html>",
        ]
    }

    private mutating func help() {
        let coordinator = view.agency(view.governance.leadAgency)?.name ?? view.governance.leadAgency.rawValue
        lines += [
            "<section class=\"help\" aria-labelledby=\"help-title\">",
            "<h2 id=\"help-title\">How to use this page</h2>",
            "<ol>",
            "<li>Change the tasks your agency leads below: their status, how far along they are, their dates, and add a note if there is news. Tasks you support or wait for are shown for information only.</li>",
            "<li>Press <strong>Save update</strong>. Your browser saves a file called <code>\(e(page.updateFileName))</code>. Nothing is sent anywhere: this page works without a network.</li>",
            "<li>Send that file to \(e(coordinator)) the way you normally share \(e(view.classification.rawValue)) documents. They merge it into the plan. The file this page saves is not signed (a browser holds no agency key): if your agency has a signing certificate pinned in the plan, sign the file with <code>chb sign</code> before sending it, or ask the coordinator how they want it returned.</li>",
            "<li>To carry on later, open this page again and choose <strong>Open a saved update</strong> with the file you saved.</li>",
            "</ol>",
            "<noscript><p class=\"message error\">Saving an update needs JavaScript, which is turned off in this browser. The tasks below can still be read and printed.</p></noscript>",
            "</section>",
        ]
    }

    /// A list of the tasks the partner leads, open ones first, each linking to its form.
    private mutating func yourTasks() {
        let led = view.stages.flatMap { stage in stage.tasks.filter { $0.lead == page.agency }.map { (stage, $0) } }
        guard !led.isEmpty else { return }
        let ordered = led.filter { $0.1.status.isOpen } + led.filter { !$0.1.status.isOpen }
        lines += [
            "<nav class=\"your-tasks\" aria-labelledby=\"your-tasks-title\">",
            "<h2 id=\"your-tasks-title\">Your tasks (\(led.count))</h2>",
            "<ul>",
        ]
        for (stage, task) in ordered {
            let days = task.reportedDays(in: page.planned)
            let due = days.last.map { ", \(days.scheduled ? "scheduled to finish" : "due") \(date($0))" } ?? ""
            let standing = page.standing(task).map { ", <strong class=\"late\">\($0)</strong>" }.joined()
            lines.append("<li><a href=\"#task-\(e(task.id.rawValue))\">\(e(task.title))</a> <span class=\"muted\">\(stage.kind.title) stage, \(PartnerUpdatePage.statusTitle(task.status).lowercased())\(due)</span>\(standing)</li>")
        }
        lines += ["</ul>", "</nav>"]
    }

    private mutating func toolbar(bottom: Bool = false) {
        if bottom {
            lines.append("<div class=\"toolbar\"><button type=\"button\" class=\"save-again\" data-save>Save update</button></div>")
            return
        }
        lines += [
            "<div class=\"toolbar\" role=\"group\" aria-label=\"Save or open an update\">",
            "<button type=\"button\" id=\"save-update\" data-save>Save update</button>",
            "<label class=\"open\">Open a saved update <input type=\"file\" id=\"open-update\" accept=\".xml,application/xml,text/xml\"></label>",
            "<p id=\"save-status\" class=\"message\" role=\"status\" aria-live=\"polite\"></p>",
            "</div>",
        ]
    }

    private mutating func stageSection(_ stage: Stage) {
        let state = switch stage.status {
        case .notStarted: "not started"
        case .active: "active"
        case .complete: "complete"
        }
        var facts = ["planned \(date(stage.plannedStart)) to \(date(stage.plannedEnd))"]
        if let started = stage.started { facts.append("started \(date(started))") }
        if let completed = stage.completed { facts.append("completed \(date(completed))") }
        if let review = stage.nextReview { facts.append("next review \(date(review))") }
        lines += [
            "<section class=\"stage\" aria-labelledby=\"stage-\(stage.kind.rawValue)\">",
            "<h2 id=\"stage-\(stage.kind.rawValue)\">\(stage.kind.title) stage <span class=\"state\">\(state)</span></h2>",
            "<p class=\"muted\">\(facts.joined(separator: "; ")).</p>",
        ]
        for task in stage.tasks {
            if task.lead == page.agency { editable(task, in: stage) } else { readOnly(task) }
        }
        lines.append("</section>")
    }

    /// The facts every task shows, editable or not.
    private func facts(_ task: PlanTask) -> [String] {
        var items: [(String, String)] = [
            ("Status", "<span class=\"status status-\(task.status.rawValue)\">\(PartnerUpdatePage.statusTitle(task.status))</span>"
                + (task.blockedSince.map { " since \(date($0))" } ?? "") + (task.completedOn.map { " on \(date($0))" } ?? "")
                + page.standing(task).map { ", <strong class=\"late\">\($0)</strong>" }.joined()),
            ("Led by", agencyName(task.lead)),
        ]
        if !task.supports.isEmpty { items.append(("Supported by", task.supports.map(agencyName).joined(separator: ", "))) }
        if let owner = task.owner { items.append(("Owner", e(owner))) }
        // A task without its own dates shows its scheduled ones, marked as such.
        let days = task.reportedDays(in: page.planned)
        var dates = days.scheduled ? "scheduled \(date(days.first)) to \(date(days.last))" : "\(date(task.start)) to \(date(task.due))"
        if task.durationDays == 0 { dates = "milestone on \(date(days.first ?? days.last))" + (days.scheduled ? " (scheduled)" : "") }
        else if let length = task.durationDays { dates += " (\(counted(length, "day")))" }
        items.append(("Dates", dates))
        if let progress = task.progress { items.append(("Progress", "\(progress)%")) }
        if !task.dependencies.isEmpty {
            items.append(("Depends on", task.dependencies.map { dependency in
                let other = view.task(dependency.task)
                let state = other.map { " (\(PartnerUpdatePage.statusTitle($0.status).lowercased()))" } ?? ""
                let kind = switch dependency.type {
                case .finishToStart: "finish to start"
                case .startToStart: "start to start"
                case .finishToFinish: "finish to finish"
                }
                let lag = dependency.lagDays == 0 ? "" : ", \(counted(dependency.lagDays, "day")) lag"
                return "<code>\(e(dependency.task.rawValue))</code>\(state), \(kind)\(lag)"
            }.joined(separator: "; ")))
        }
        if let reason = task.blockedReason { items.append(("Blocked because", e(reason))) }
        items.append(("Marking", e(view.effectiveClassification(task.classification).rawValue)))
        return ["<dl class=\"facts\">"] + items.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" } + ["</dl>"]
            + (task.description.map { ["<p class=\"description\">\(e($0))</p>"] } ?? [])
            + notes(task)
    }

    private func notes(_ task: PlanTask) -> [String] {
        guard !task.notes.isEmpty else { return [] }
        return ["<h4>Notes</h4>", "<ul class=\"notes\">"]
            + task.notes.map { "<li><time datetime=\"\($0.at)\">\(Wording.documentDate($0.at.date))</time>, \(agencyName($0.agency)): \(e($0.text))</li>" }
            + ["</ul>"]
    }

    private mutating func readOnly(_ task: PlanTask) {
        let role = task.supports.contains(page.agency) ? "You support this task" : "A task yours depends on"
        lines += [
            "<article class=\"task readonly\" aria-labelledby=\"title-\(e(task.id.rawValue))\">",
            "<h3 id=\"title-\(e(task.id.rawValue))\">\(e(task.title)) <code>\(e(task.id.rawValue))</code></h3>",
            "<p class=\"role\">\(role) (read only).</p>",
        ]
        lines += facts(task)
        lines.append("</article>")
    }

    private mutating func editable(_ task: PlanTask, in stage: Stage) {
        let id = e(task.id.rawValue)
        let (offered, withheld) = PartnerUpdatePage.moves(for: task, in: stage, of: view)
        func field(_ name: String) -> String { "\(id).\(name)" }
        func control(_ name: String) -> String { "c-\(id)-\(name)" }
        let current = PartnerUpdatePage.statusTitle(task.status)
        lines += [
            "<fieldset class=\"task editable\" id=\"task-\(id)\" data-task=\"\(id)\" data-status=\"\(task.status.rawValue)\" data-notes=\"\(task.notes.count)\">",
            "<legend><span class=\"your\">Your task</span> <span id=\"title-\(id)\">\(e(task.title))</span> <code>\(id)</code></legend>",
        ]
        lines += facts(task)
        // Status: the current one and the moves the workflow allows from it.
        lines.append("<div class=\"field\"><label for=\"\(control("status"))\">Status</label>")
        lines.append("<select id=\"\(control("status"))\" name=\"\(field("status"))\" aria-describedby=\"\(control("status"))-help\">")
        lines.append("<option value=\"\(task.status.rawValue)\" selected>No change (\(current.lowercased()))</option>")
        for move in offered { lines.append("<option value=\"\(move.target.rawValue)\">\(e(move.label))</option>") }
        lines.append("</select>")
        let help = offered.isEmpty ? "No status change is possible for this task here." : "Only the changes the plan's workflow allows from \(current.lowercased()) are listed."
        lines.append("<p class=\"hint\" id=\"\(control("status"))-help\">\(help)\(withheld.map { " " + e($0) }.joined())</p></div>")
        // What a status brings with it: the reason for blocking, the day it was done.
        lines += [
            "<div class=\"field when-blocked\"\(task.status == .blocked ? "" : " hidden")><label for=\"\(control("blockedReason"))\">Why is it blocked? <span class=\"required\">(required)</span></label>",
            "<textarea id=\"\(control("blockedReason"))\" name=\"\(field("blockedReason"))\" rows=\"2\" aria-describedby=\"\(control("blockedReason"))-help\">\(HTML.exact(task.blockedReason ?? ""))</textarea>",
            "<p class=\"hint\" id=\"\(control("blockedReason"))-help\">Say what is stopping the work and what would unblock it; the coordinator sees this.</p></div>",
            "<div class=\"field when-done\"\(task.status == .done ? "" : " hidden")><label for=\"\(control("completedOn"))\">Done on</label>",
            "<input type=\"date\" id=\"\(control("completedOn"))\" name=\"\(field("completedOn"))\" value=\"\(task.completedOn.map { "\($0)" } ?? "")\" aria-describedby=\"\(control("completedOn"))-words \(control("completedOn"))-help\">",
            "<p class=\"date-words\" id=\"\(control("completedOn"))-words\" aria-live=\"polite\">\(task.completedOn.map(PartnerUpdatePage.dateWords) ?? "No date set")</p>",
            "<p class=\"hint\" id=\"\(control("completedOn"))-help\">The day the work finished (today or earlier). Marking a task done sets its progress to 100%.</p></div>",
        ]
        // Progress and dates.
        lines += [
            "<div class=\"row\">",
            "<div class=\"field\"><label for=\"\(control("progress"))\">Progress (%)</label>",
            "<input type=\"number\" id=\"\(control("progress"))\" name=\"\(field("progress"))\" min=\"0\" max=\"100\" step=\"1\" inputmode=\"numeric\" value=\"\(task.progress.map(String.init) ?? "")\" aria-describedby=\"\(control("progress"))-help\">",
            "<p class=\"hint\" id=\"\(control("progress"))-help\">A whole number from 0 to 100.</p></div>",
        ]
        lines += dateField(control("start"), field("start"), "Start date", "The first day of the work.", task.start)
        lines += dateField(control("due"), field("due"), "Due date", "The last day of the work; not before the start date.", task.due)
        lines.append("</div>")
        // A new note, and the notes this update already adds.
        lines += [
            "<div class=\"field\"><label for=\"\(control("note"))\">Add a note</label>",
            "<textarea id=\"\(control("note"))\" name=\"\(field("note"))\" rows=\"2\" aria-describedby=\"\(control("note"))-help\"></textarea>",
            "<p class=\"hint\" id=\"\(control("note"))-help\">Optional news for the coordinator. Required when you cancel or reopen the task: say why.</p></div>",
            "<div class=\"added\" hidden><h4>Notes in this update</h4><ul class=\"notes added-notes\"></ul></div>",
            "</fieldset>",
        ]
    }

    /// A date control: the date in the page's own words beside it (`Friday 20 November 2026`,
    /// kept up to date by the script), and a place to say why a date cannot be saved. The
    /// date the view had is kept in `data-had`: a partner re-dates a task but never removes
    /// a date (the format's partner editing).
    private func dateField(_ id: String, _ name: String, _ label: String, _ hint: String, _ value: CalendarDate?) -> [String] {
        let had = value.map { "\($0)" } ?? ""
        return [
            "<div class=\"field\"><label for=\"\(id)\">\(label)</label>",
            "<input type=\"date\" id=\"\(id)\" name=\"\(name)\" value=\"\(had)\" data-had=\"\(had)\" min=\"0001-01-01\" max=\"9999-12-31\" "
                + "aria-describedby=\"\(id)-words \(id)-error \(id)-help\">",
            "<p class=\"date-words\" id=\"\(id)-words\" aria-live=\"polite\">\(value.map(PartnerUpdatePage.dateWords) ?? "No date set")</p>",
            "<p class=\"field-error\" id=\"\(id)-error\" hidden></p>",
            "<p class=\"hint\" id=\"\(id)-help\">\(hint)</p></div>",
        ]
    }
}
