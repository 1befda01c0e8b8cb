import Foundation
import PlanCore
import PlanReports
import PlanXML
import Testing

/// The partner update page's markup: the controls a partner may use and no other, the moves
/// the workflow allows, the embedded view, and nothing from outside the view.
@Suite("Partner update page")
struct PartnerPageTests {
    /// A view's page, rendered from the view and its canonical XML as `chb export` does.
    static func page(_ view: Plan) throws -> String {
        let xml = String(decoding: try PlanWriter().write(view), as: UTF8.self)
        return try PartnerUpdatePage(view: view, viewXML: xml).render()
    }

    /// The option values of a task's status list, in order.
    static func moves(_ html: String, _ task: String) -> [String]? {
        guard let start = html.range(of: "name=\"\(task).status\""),
              let end = html.range(of: "</select>", range: start.upperBound..<html.endIndex) else { return nil }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("Only the workflow's moves from each state are offered, less those a gate would stop")
    func offeredMoves() throws {
        let f = ReportFixture.self
        let hold = f.active(.hold, [
            f.task("t-progress", .inProgress, start: 0, due: 30, lead: "cou"),
            f.task("t-planned", .planned, start: 0, due: 30, lead: "cou"),
            f.task("t-waiting", .planned, start: 0, due: 30, dependsOn: [Dependency(on: "t-progress")], lead: "cou"),
            f.task("t-blocked", .blocked, start: 0, due: 30, lead: "cou"),
            f.task("t-blocked-waiting", .blocked, start: 0, due: 30, dependsOn: [Dependency(on: "t-planned")], lead: "cou"),
            f.task("t-done", .done, start: 0, due: 30, lead: "cou"),
            f.task("t-cancelled", .cancelled, start: 0, due: 30, lead: "cou"),
            f.task("t-police", .inProgress, start: 0, due: 30, lead: "pol", supports: ["cou"]),
        ])
        let clear = Stage(kind: .clear, status: .complete, plannedStart: f.day(-60), plannedEnd: f.day(-1), started: f.day(-60),
                          completed: f.day(-1), tasks: [f.task("t-old", .done, start: -60, due: -2, lead: "cou")])
        let build = Stage(kind: .build, plannedStart: f.day(60), plannedEnd: f.day(120), tasks: [f.task("t-later", .planned, start: 60, due: 90, lead: "cou")])
        var plan = f.plan(clear: clear, hold: hold, build: build)
        plan.agencies[1].clearance = .officialSensitive
        let html = try Self.page(try plan.partnerView(for: "cou"))

        #expect(Self.moves(html, "t-progress") == ["inProgress", "done", "blocked", "cancelled"])
        #expect(Self.moves(html, "t-planned") == ["planned", "inProgress", "blocked", "cancelled"])
        #expect(Self.moves(html, "t-waiting") == ["planned", "blocked", "cancelled"])
        #expect(html.contains("Start is not offered until the tasks it waits for are done: t-progress is in progress."))
        #expect(Self.moves(html, "t-blocked") == ["blocked", "inProgress", "cancelled"])
        #expect(Self.moves(html, "t-blocked-waiting") == ["blocked", "cancelled"])
        #expect(Self.moves(html, "t-done") == ["done", "inProgress"])
        #expect(Self.moves(html, "t-cancelled") == ["cancelled"])
        #expect(Self.moves(html, "t-old") == ["done"], "a task of a complete stage is not reopened from a view")
        #expect(Self.moves(html, "t-later") == ["planned"], "a task leaves planned only once its stage is active")
        #expect(Self.moves(html, "t-police") == nil, "a supported task is read-only")
    }

    @Test("Each task the partner leads has every named control with a label; no other task has any", arguments: TestPlans.names)
    func controls(_ name: String) throws {
        let plan = try TestPlans.load(name)
        for agency in plan.agencies {
            let view = try plan.partnerView(for: agency.id)
            let html = try Self.page(view)
            #expect(html.components(separatedBy: "id=\"save-update\"").count == 2)
            #expect(html.contains("<p id=\"save-status\" class=\"message\" role=\"status\" aria-live=\"polite\"></p>"))
            for task in view.allTasks {
                for field in ["status", "progress", "start", "due", "blockedReason", "completedOn", "note"] {
                    let control = "name=\"\(task.id).\(field)\""
                    if task.lead == agency.id {
                        #expect(html.components(separatedBy: control).count == 2, "\(name)/\(agency.id): \(task.id).\(field)")
                        #expect(html.contains("<label for=\"c-\(task.id)-\(field)\">"), "\(task.id).\(field) has no label")
                    } else {
                        #expect(!html.contains(control), "\(name)/\(agency.id): read-only \(task.id) has \(field)")
                    }
                }
            }
            #expect(html.components(separatedBy: "<fieldset").count - 1 == view.allTasks.count { $0.lead == agency.id })
        }
    }

    @Test("A partner's page and calendar hold no task, measure or risk its view does not", arguments: TestPlans.names)
    func nothingBeyondTheView(_ name: String) throws {
        let plan = try TestPlans.load(name)
        for agency in plan.agencies {
            let view = try plan.partnerView(for: agency.id)
            let html = try Self.page(view)
            let ics = PlanCalendar(plan: view).render()
            let held = Set(view.allTasks.map(\.id.rawValue) + view.measures.map(\.id.rawValue) + view.risks.map(\.id.rawValue))
            let all = plan.allTasks.map(\.id.rawValue) + plan.measures.map(\.id.rawValue) + plan.risks.map(\.id.rawValue)
            for id in all where !held.contains(id) {
                for form in ["\"\(id)\"", "\"\(id).", ">\(id)<", "title-\(id)\""] {
                    #expect(!html.contains(form), "\(name)/\(agency.id): the page holds \(id) (\(form))")
                }
                #expect(!ics.contains("UID:\(id)@"), "\(name)/\(agency.id): the calendar holds \(id)")
                #expect(!ics.contains("(\(id))\r\n") && !ics.contains("task \(id),"), "\(name)/\(agency.id): the calendar names \(id)")
            }
            // Titles of dropped tasks stay out too (where no kept task shares the title).
            let keptTitles = Set(view.allTasks.map(\.title))
            for task in plan.allTasks where !held.contains(task.id.rawValue) && !keptTitles.contains(task.title) {
                #expect(!html.contains(HTMLEscape.text(task.title)), "\(name)/\(agency.id): the page holds the title of \(task.id)")
            }
            #expect(html.contains(">\(view.classification.rawValue)</strong>"))
        }
    }

    @Test("The embedded view cannot end its script element, and comes back exactly")
    func scriptSafe() throws {
        let plan = try TestPlans.load("heron-hold")
        let view = try plan.partnerView(for: "sht")
        let tricky = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan><script xmlns=\"urn:x\">a</script><!-- c --><![CDATA[ <\\ </SCRIPT> ]]></plan>\n"
        let html = try PartnerUpdatePage(view: view, viewXML: tricky).render()
        let start = try #require(html.range(of: "<script type=\"application/xml\" id=\"view\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let embedded = String(html[start.upperBound..<end.lowerBound])
        #expect(!embedded.lowercased().contains("</script") && !embedded.contains("<!--"))
        // The page's own unescaping, in Swift: `<\` followed by `!`, `/` or `\` loses the backslash.
        let restored = embedded.replacingOccurrences(of: #"<\\([!/\\])"#, with: "<$1", options: .regularExpression)
        #expect(restored == tricky)
    }

    @Test("On its day, the page says a task is overdue or blocked for N days as the report does, and dates an undated task as scheduled")
    func standing() throws {
        let f = ReportFixture.self
        let hold = f.active(.hold, [
            f.task("t-late", .planned, start: 0, due: 20, lead: "cou"),
            f.task("t-stuck", .blocked, start: 0, due: 60, lead: "cou", blockedSince: 12),
            f.task("t-after", duration: 5, dependsOn: [Dependency(on: "t-late")], lead: "cou"),
        ])
        var plan = f.plan(hold: hold)
        plan.agencies[1].clearance = .officialSensitive
        let view = try plan.partnerView(for: "cou")
        let xml = String(decoding: try PlanWriter().write(view), as: UTF8.self)
        let html = try PartnerUpdatePage(view: view, viewXML: xml, asOf: f.day(30)).render()
        let report = try StatusReport(plan: view, asOf: f.day(30))
        #expect(report.task("t-late")?.daysOverdue == 10 && report.task("t-stuck")?.daysBlocked == 18)
        #expect(html.contains("<strong class=\"late\">10 days overdue</strong>"))
        #expect(html.contains("<strong class=\"late\">blocked for 18 days</strong>"))
        // t-after follows t-late (to day 20): scheduled days 21–25, so 5 days overdue.
        #expect(html.contains("scheduled <time datetime=\"\(f.day(21))\">"))
        #expect(html.contains("<strong class=\"late\">5 days overdue</strong>"))
        // Without a day, the page says neither.
        #expect(!(try Self.page(view)).contains("overdue"))
    }

    @Test("Each date control keeps the date it had, the years the format allows, its date in words and a place for why it cannot be saved")
    func dateControls() throws {
        let f = ReportFixture.self
        var plan = f.plan(hold: f.active(.hold, [f.task("t-a", .inProgress, start: 0, due: 20, lead: "cou")]))
        plan.agencies[1].clearance = .officialSensitive
        let view = try plan.partnerView(for: "cou")
        let html = try Self.page(view)
        let due = f.day(20)
        #expect(html.contains("name=\"t-a.due\" value=\"\(due)\" data-had=\"\(due)\" min=\"0001-01-01\" max=\"9999-12-31\""))
        #expect(html.contains("<p class=\"date-words\" id=\"c-t-a-due-words\" aria-live=\"polite\">\(PartnerUpdatePage.dateWords(due))</p>"))
        #expect(html.contains("<p class=\"field-error\" id=\"c-t-a-due-error\" hidden></p>"))
        #expect(PartnerUpdatePage.dateWords(try #require(CalendarDate("2026-11-20"))) == "Friday 20 November 2026")
        // The marking bars sit outside the one part that scrolls, so they never cover a control.
        #expect(html.contains("<div class=\"scroller\">") && !html.contains("position: sticky"))
        #expect(html.contains("code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; white-space: nowrap; }"))
    }

    @Test("A full plan gives no page")
    func fullPlanRefused() throws {
        let plan = try TestPlans.load("kestrel-clear")
        #expect(throws: PartnerPageError.notAPartnerView("op-kestrel")) { try PartnerUpdatePage(view: plan, viewXML: "") }
    }

    @Test("The page forbids every request and is self-contained", arguments: TestPlans.names)
    func noRequests(_ name: String) throws {
        let plan = try TestPlans.load(name)
        let html = try Self.page(try plan.partnerView(for: plan.agencies[1].id))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"))
        #expect(!html.contains("'unsafe-inline'; form-action") && !html.contains("script-src 'unsafe-inline'"))
        for forbidden in ["http://", "https://", "src=", "<link", "@import", "url(", "fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "\(name) holds \(forbidden)")
        }
    }
}

/// Issue 18 item 9: the page's CSP allowed `script-src 'unsafe-inline'`, so an escaping
/// mistake could have run text from the plan. It now allows only its one script, by hash.
@Suite("The update page's script hash")
struct PartnerPageScriptHashTests {
    /// The policy's `script-src` value and the text of every executable script element.
    static func scripts(_ html: String) throws -> (policy: String, scripts: [String]) {
        let policyStart = try #require(html.range(of: "script-src "))
        let policyEnd = try #require(html.range(of: ";", range: policyStart.upperBound..<html.endIndex))
        var scripts: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<script") {
            let tagEnd = try #require(rest.range(of: ">", range: open.upperBound..<rest.endIndex))
            let close = try #require(rest.range(of: "</script>", range: tagEnd.upperBound..<rest.endIndex))
            let attributes = rest[open.upperBound..<tagEnd.lowerBound]
            // A data block (a type other than JavaScript) is never run, so no policy covers it.
            if !attributes.contains("type=") { scripts.append(String(rest[tagEnd.upperBound..<close.lowerBound])) }
            rest = rest[close.upperBound...]
        }
        return (String(html[policyStart.upperBound..<policyEnd.lowerBound]), scripts)
    }

    @Test("The policy names the SHA-256 of the exact script the page holds, the same on every page", arguments: TestPlans.names)
    func hashMatches(_ name: String) throws {
        let plan = try TestPlans.load(name)
        let openssl = try #require(Tools.find("openssl"), "openssl is needed to hash the emitted script independently")
        var policies: Set<String> = []
        for agency in plan.agencies {
            let html = try PartnerPageTests.page(try plan.partnerView(for: agency.id))
            let (policy, scripts) = try Self.scripts(html)
            #expect(scripts.count == 1)
            let script = try #require(scripts.first)
            let run = try Tools.run(openssl, ["dgst", "-sha256", "-binary"], stdin: Data(script.utf8))
            #expect(policy == "'sha256-\(run.stdout.base64EncodedString())'", "\(name) for \(agency.id)")
            policies.insert(policy)
        }
        #expect(policies.count == 1, "one script, one hash: \(policies)")
    }

    @Test("The page's own SHA-256 agrees with openssl")
    func agreesWithOpenSSL() throws {
        let openssl = try #require(Tools.find("openssl"), "openssl is needed to check the page's SHA-256")
        for text in ["", "abc", String(repeating: "a", count: 1_000), "\n" + "é→🙂 script\n"] {
            let run = try Tools.run(openssl, ["dgst", "-sha256", "-binary"], stdin: Data(text.utf8))
            #expect(run.status == 0)
            #expect(SHA256Reference.base64(Array(text.utf8)) == run.stdout.base64EncodedString(), "\(text.prefix(20))")
        }
    }
}

/// The page's SHA-256 as the tests reach it.
enum SHA256Reference {
    static func base64(_ bytes: [UInt8]) -> String { PartnerUpdatePage.sha256Base64(bytes) }
}

/// Text escaped as the page escapes it.
enum HTMLEscape {
    static func text(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// The partner page printed by headless Chromium: the marking on every A4 page.
@Suite("Partner update page printed", .serialized,
       .enabled(if: Tools.chromium != nil && Tools.find("pdftotext") != nil, "SKIPPED: chromium or pdftotext (poppler-utils) is not installed"))
struct PartnerPagePrintTests {
    @Test("Printed to PDF, every page carries the marking at its top and bottom")
    func printed() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try TestPlans.load("heron-hold")
        let page = folder.appendingPathComponent("smcc.html"), pdf = folder.appendingPathComponent("smcc.pdf")
        try Data(try PartnerPageTests.page(try plan.partnerView(for: "smcc")).utf8).write(to: page)
        let run = try Tools.run(Tools.chromium!, ChromiumTests.flags(profile: folder.appendingPathComponent("profile"), netLog: folder.appendingPathComponent("net.json"))
            + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        #expect(run.status == 0)
        let text = try Tools.run(Tools.find("pdftotext")!, ["-layout", pdf.path, "-"])
        let pages = String(decoding: text.stdout, as: UTF8.self).split(separator: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count >= 3)
        let marking = "OFFICIAL-SENSITIVE · Information sharing agreement SMC-ISA-2025-044"
        for (number, body) in pages.enumerated() {
            let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines.first == marking, "page \(number + 1) top: \(lines.first ?? "")")
            #expect(lines.last == marking, "page \(number + 1) bottom: \(lines.last ?? "")")
        }
        #expect(try ChromiumTests.pageRequests(folder.appendingPathComponent("net.json")).isEmpty)
    }
}
