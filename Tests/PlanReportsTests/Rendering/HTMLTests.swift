import Foundation
import PlanCore
import PlanReports
import Testing

/// The HTML page: self-contained, accessible, printable; and opened in headless Chromium.
@Suite("HTML")
struct HTMLTests {
    @Test("The page is self-contained: no URL, script, stylesheet link, import or external source", arguments: TestPlans.names)
    func selfContained(_ name: String) throws {
        let html = try TestPlans.report(name).rendered(as: .html)
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "src=", "@font-face", "<iframe", "<object", "<embed"] {
            #expect(!html.lowercased().contains(forbidden), "\(name) contains \(forbidden)")
        }
        // Every url() is a reference to something in the page itself.
        for part in html.components(separatedBy: "url(").dropFirst() { #expect(part.hasPrefix("#"), "url(\(part.prefix(20))") }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
    }

    @Test("Tables have captions and scoped header cells; sections and SVGs are balanced", arguments: TestPlans.names)
    func accessibleStructure(_ name: String) throws {
        let html = try TestPlans.report(name).rendered(as: .html)
        func count(_ s: String) -> Int { html.components(separatedBy: s).count - 1 }
        #expect(count("<table") == count("</table>") && count("<table") >= 10)
        #expect(count("<caption>") == count("<table"))
        #expect(count("<th>") == 0 && count("<th ") == count("<th scope=\"col\"") + count("<th scope=\"row\""))
        #expect(count("<section") == count("</section>"))
        #expect(count("<svg") == count("</svg>"))
        #expect(html.contains("<svg class=\"timeline\" viewBox=") && html.contains("role=\"img\" aria-labelledby=\"timeline-title timeline-desc\""))
        #expect(html.contains("<title id=\"timeline-title\">") && html.contains("<desc id=\"timeline-desc\">"))
        // Every RAG badge says its status in words.
        for rag in RAG.allCases {
            for part in html.components(separatedBy: "class=\"rag rag-\(rag.rawValue)").dropFirst() {
                let closing = part.firstIndex(of: "<").map { part[..<$0] } ?? ""
                #expect(closing.hasSuffix(">\(rag.title)"), "badge without its word: \(part.prefix(40))")
            }
        }
    }

    @Test("Print rules: A4, the marking fixed at the top and bottom of every page, body padding repeated per page")
    func printRules() throws {
        let html = try TestPlans.report("heron-hold").rendered(as: .html)
        for rule in ["@page { size: A4;", "@media print", "position: fixed", ".marking-top { top: 0; }", ".marking-bottom { bottom: 0; }",
                     "box-decoration-break: clone", "print-color-adjust: exact", "counter(page)"] {
            #expect(html.contains(rule), "missing \(rule)")
        }
        let top = try #require(html.range(of: "<div class=\"marking marking-top\""))
        let bottom = try #require(html.range(of: "<div class=\"marking marking-bottom\""))
        #expect(html[..<top.lowerBound].components(separatedBy: "<body>").count == 2 && html[top.upperBound...].contains("<header"))
        #expect(html[bottom.upperBound...].hasSuffix("</div>\n</body>\n</html>\n"))
    }

    @Test("Heron's timeline: bars by status, milestones as diamonds, overdue tails, critical outlines and the report date")
    func timeline() throws {
        let html = try TestPlans.report("heron-hold").rendered(as: .html)
        let svg = String(html[html.range(of: "<svg class=\"timeline\"")!.lowerBound..<html.range(of: "</svg>")!.upperBound])
        #expect(svg.contains("<title>Install six redeployable CCTV cameras at Ropewalk and Saltings Parade (t-h-cctv), led by Severnmouth City Council. Blocked, 6 Jul 2026 to 30 Oct 2026, 40% done, overdue by 31 days, blocked 42 days since 19 Oct 2026</title>"))
        #expect(svg.components(separatedBy: "fill=\"url(#overdue-hatch)\"").count - 1 == 6)
        #expect(svg.components(separatedBy: "stroke=\"#0b0c0c\" stroke-width=\"2.5\"").count - 1 >= 3)
        #expect(svg.contains("<title>Build review and transition to business as usual (t-h-build-review), led by Severnmouth City Council. Planned, milestone on 29 Oct 2027, on the critical path</title><text x=\"14\""))
        // The finished Clear stage is one summary row; its tasks are drawn only when asked.
        #expect(svg.contains(">19 tasks, all finished</text>") && !svg.contains("(t-h-intel-dev)"))
        let all = try TestPlans.report("heron-hold").rendered(as: .html, showFinished: true)
        #expect(all.contains("(t-h-intel-dev)"))
        #expect(svg.contains("<path d=\"M"))
        #expect(svg.contains("<g class=\"asof\"><title>Report date 30 Nov 2026</title>"))
        for (status, fill) in [("Blocked", "#d4351c"), ("Done", "#00703c"), ("In progress", "#bbd4ea")] {
            #expect(svg.contains("fill=\"\(fill)\""), "\(status) bars")
        }
        #expect(svg.contains(">Hold stage</text>") && svg.contains(">Red</text>"))
    }

    @Test("Text and badge colours have at least 4.5:1 contrast")
    func contrast() throws {
        let html = try TestPlans.report("heron-hold").rendered(as: .html)
        var vars: [String: String] = [:]
        for part in html.components(separatedBy: "--").dropFirst() {
            let name = part.prefix { $0.isLetter }
            let rest = part.dropFirst(name.count)
            if rest.hasPrefix(": #") { vars[String(name)] = String(rest.dropFirst(2).prefix(7)) }
        }
        func colour(_ v: String) -> String { v.hasPrefix("var(--") ? vars[String(v.dropFirst(6).dropLast())]! : v }
        // (foreground, background) pairs as the style sheet declares them.
        let pairs = [("var(--ink)", "#ffffff"), ("var(--muted)", "#ffffff"), ("var(--muted)", "var(--wash)"), ("var(--ink)", "var(--wash)"),
                     ("#ffffff", "var(--red)"), ("var(--ink)", "var(--amber)"), ("#ffffff", "var(--green)"), ("#ffffff", "var(--blue)"),
                     ("var(--red)", "#ffffff"), ("var(--green)", "#ffffff"), ("var(--blue)", "#ffffff")]
        for (fg, bg) in pairs {
            let ratio = Self.contrast(colour(fg), colour(bg))
            #expect(ratio >= 4.5, "\(fg) on \(bg): \(ratio)")
        }
        for rule in [".rag-red { background: var(--red); color: #ffffff; }", ".rag-amber { background: var(--amber); color: var(--ink);",
                     ".rag-green { background: var(--green); color: #ffffff; }", ".rag-complete { background: var(--blue); color: #ffffff; }"] {
            #expect(html.contains(rule))
        }
    }

    /// The WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }
}

/// Heron's page opened in headless Chromium (Debian package `chromium`).
@Suite("HTML in headless Chromium", .serialized,
       .enabled(if: Tools.chromium != nil, "SKIPPED: chromium is not installed (apt-get install -y chromium); the browser checks did not run"))
struct ChromiumTests {
    /// Chromium's flags for a quiet, offline, throwaway run.
    static func flags(profile: URL, netLog: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)", "--log-net-log=\(netLog.path)"]
    }

    /// The URLs the page itself asked the network for (Chromium's own background requests
    /// have no initiating origin and are left out).
    static func pageRequests(_ netLog: URL) throws -> [String] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: netLog)) as? [String: Any])
        let constants = try #require(log["constants"] as? [String: Any])
        let types = try #require(constants["logEventTypes"] as? [String: Int])
        let start = try #require(types["URL_REQUEST_START_JOB"])
        return (log["events"] as? [[String: Any]] ?? []).compactMap { event in
            guard event["type"] as? Int == start, let params = event["params"] as? [String: Any],
                  let url = params["url"] as? String, params["initiator"] as? String != "not an origin" else { return nil }
            return url
        }
    }

    /// Opens a page and takes a 1280×2000 screenshot, returning the PNG and the page's requests.
    static func screenshot(_ html: String, in folder: URL, name: String) throws -> (png: Data, requests: [String]) {
        let page = folder.appendingPathComponent("\(name).html"), png = folder.appendingPathComponent("\(name).png")
        let netLog = folder.appendingPathComponent("\(name)-net.json")
        try Data(html.utf8).write(to: page)
        let run = try Tools.run(Tools.chromium!, flags(profile: folder.appendingPathComponent("\(name)-profile"), netLog: netLog)
            + ["--screenshot=\(png.path)", "--window-size=1280,2000", page.absoluteString])
        #expect(run.status == 0, "chromium failed: \(String(decoding: run.stderr.suffix(2000), as: UTF8.self))")
        return (try Data(contentsOf: png), try pageRequests(netLog))
    }

    @Test("Heron's report loads with no network request and renders a full, coloured page")
    func screenshot() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (png, requests) = try Self.screenshot(try TestPlans.report("heron-hold").rendered(as: .html), in: folder, name: "heron")
        #expect(requests.isEmpty, "the page made network requests: \(requests)")
        #expect(png.count > 20_000, "screenshot is only \(png.count) bytes")
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((width, height) == (1280, 2000))
        if let python = Tools.find("python3") {
            let run = try Tools.run(python, ["-c", Self.colourCounter], stdin: png)
            let result = String(decoding: run.stdout, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            #expect(run.status == 0 && result.count == 3, "\(String(decoding: run.stderr, as: UTF8.self))")
            if result.count == 3 {
                #expect(result[0] > 50, "only \(result[0]) colours: the page looks blank")
                #expect(result[1] == 1, "the red RAG badge colour #b10e1e is not on the page")
                #expect(result[2] == 1, "the green of done tasks #00703c is not on the page")
            }
        } else {
            print("NOTE: python3 not found; the screenshot's colours were not counted (size and dimensions were checked)")
        }
    }

    @Test("The request check catches a page that does fetch something (so a pass above means something)")
    func requestCheckWorks() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, requests) = try Self.screenshot("<!DOCTYPE html><html lang=\"en\"><body><img src=\"https://example.org/x.png\" alt=\"x\"></body></html>",
            in: folder, name: "control")
        #expect(requests == ["https://example.org/x.png"])
    }

    @Test("Printed to PDF, every A4 page carries the marking and sharing agreement at its top and bottom",
          .enabled(if: Tools.find("pdftotext") != nil, "SKIPPED: pdftotext (poppler-utils) is not installed"))
    func printed() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("heron.html"), pdf = folder.appendingPathComponent("heron.pdf")
        try Data(try TestPlans.report("heron-hold").rendered(as: .html).utf8).write(to: page)
        let run = try Tools.run(Tools.chromium!, Self.flags(profile: folder.appendingPathComponent("profile"), netLog: folder.appendingPathComponent("net.json"))
            + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        #expect(run.status == 0)
        let text = try Tools.run(Tools.find("pdftotext")!, ["-layout", pdf.path, "-"])
        let pages = String(decoding: text.stdout, as: UTF8.self).split(separator: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count >= 4)
        for (number, body) in pages.enumerated() {
            let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let marking = "OFFICIAL-SENSITIVE · Information sharing agreement SMC-ISA-2025-044"
            #expect(lines.first == marking, "page \(number + 1) top: \(lines.first ?? "")")
            #expect(lines.suffix(2).contains(marking), "page \(number + 1) bottom: \(lines.suffix(2))")
            #expect(lines.last?.hasPrefix("Page \(number + 1) of \(pages.count)") == true || lines.last == marking)
        }
        if let info = Tools.find("pdfinfo") {
            let out = String(decoding: try Tools.run(info, [pdf.path]).stdout, as: UTF8.self)
            #expect(out.contains("(A4)"), "not A4: \(out)")
        }
    }

    /// Decodes a PNG from stdin (8-bit RGB or RGBA) and prints: distinct colours, whether
    /// #b10e1e appears, whether #00703c appears.
    static let colourCounter = """
        import sys, zlib, struct
        data = sys.stdin.buffer.read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, idat, w, h, ctype = 8, b'', 0, 0, 0
        while pos < len(data):
            n, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + n]
            if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            if kind == b'IDAT': idat += body
            pos += 12 + n
        bpp = {2: 3, 6: 4}[ctype]
        raw, stride = zlib.decompress(idat), w * bpp
        prev, rows, i = bytearray(stride), [], 0
        for y in range(h):
            f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
            if f == 1:
                for x in range(bpp, stride): line[x] = (line[x] + line[x - bpp]) & 255
            elif f == 2:
                line = bytearray((a + b) & 255 for a, b in zip(line, prev))
            elif f == 3:
                for x in range(stride): line[x] = (line[x] + ((line[x - bpp] if x >= bpp else 0) + prev[x]) // 2) & 255
            elif f == 4:
                for x in range(stride):
                    a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            rows.append(bytes(line)); prev = line
        colours = set()
        for line in rows[::2]:
            colours.update(line[x:x + 3] for x in range(0, stride, bpp))
        print(len(colours), int(bytes([0xb1, 0x0e, 0x1e]) in colours), int(bytes([0x00, 0x70, 0x3c]) in colours))
        """
}
