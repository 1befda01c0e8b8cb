extension PartnerUpdatePage {
    /// The page's style sheet: readable on screen down to a 390 px phone without sideways
    /// scrolling, the marking always in view (on screen, bars above and below the one part that
    /// scrolls, so they never cover a focused control; fixed at the top and bottom of every
    /// printed A4 page), visible focus, task ids never broken across lines.
    static let css = """
        :root { --ink: \(Palette.ink); --muted: \(Palette.muted); --wash: \(Palette.wash); --line: \(Palette.rule); --blue: \(Palette.blue); --red: \(Palette.red); --focus: \(Palette.focus); }
        * { box-sizing: border-box; }
        html, body { height: 100%; }
        body { margin: 0; display: flex; flex-direction: column; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: \(Palette.paper); }
        .marking { flex: none; background: var(--ink); color: \(Palette.paper); text-align: center; padding: 6px 12px; font-size: 15px; letter-spacing: 0.02em; }
        .scroller { flex: 1 1 auto; min-height: 0; overflow: auto; scroll-padding: 12px 0; }
        .page-header, main { max-width: 960px; margin: 0 auto; padding: 0 16px; }
        .eyebrow, .muted, .hint, .role { color: var(--muted); }
        h1 { font-size: 28px; margin: 12px 0 4px; }
        h2 { font-size: 22px; margin: 28px 0 4px; border-bottom: 2px solid var(--ink); }
        h3, legend { font-size: 18px; font-weight: 700; }
        h4 { font-size: 15px; margin: 8px 0 2px; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; white-space: nowrap; }
        h1, h2, h3, legend, dd, li, p { overflow-wrap: break-word; }
        .state { font-size: 16px; font-weight: 400; color: var(--muted); }
        .help { background: var(--wash); padding: 4px 16px 8px; margin: 12px 0; border-left: 6px solid var(--blue); }
        .help h2 { border: 0; font-size: 19px; margin-top: 8px; }
        .toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 16px 0; }
        button { font: inherit; font-weight: 700; background: \(Palette.green); color: \(Palette.paper); border: 0; border-bottom: 3px solid \(Palette.buttonEdge); padding: 8px 16px; cursor: pointer; }
        .open { display: inline-flex; flex-wrap: wrap; gap: 8px; align-items: center; max-width: 100%; }
        .message { flex-basis: 100%; margin: 0; min-height: 1.4em; font-weight: 700; }
        .message.error { color: var(--red); }
        .task { border: 1px solid var(--line); margin: 16px 0; padding: 8px 16px 12px; min-width: 0; }
        legend { max-width: 100%; }
        .task.editable { border-left: 6px solid var(--blue); }
        .task.readonly { background: var(--wash); }
        .task h3 { margin: 4px 0; }
        .your { display: inline-block; background: var(--blue); color: \(Palette.paper); font-size: 13px; padding: 1px 6px; margin-right: 4px; vertical-align: middle; }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(260px, 100%), 1fr)); gap: 2px 16px; margin: 8px 0; }
        .facts div { display: flex; flex-wrap: wrap; gap: 0 6px; min-width: 0; }
        .late { color: var(--red); }
        .facts dt { font-weight: 700; }
        .facts dt::after { content: ":"; }
        .facts dd { margin: 0; }
        .status { font-weight: 700; }
        .status-blocked { color: var(--red); }
        .field { margin: 10px 0; }
        .field label { display: block; font-weight: 700; }
        .row { display: flex; flex-wrap: wrap; gap: 0 24px; }
        .hint { margin: 2px 0 0; font-size: 14px; }
        .required { font-weight: 400; }
        input, select, textarea { font: inherit; border: 2px solid var(--ink); padding: 4px 6px; background: \(Palette.paper); color: var(--ink); max-width: 100%; }
        .date-words { margin: 2px 0 0; font-size: 14px; }
        .field-error { margin: 2px 0 0; font-size: 14px; font-weight: 700; color: var(--red); }
        textarea { width: 100%; }
        [aria-invalid="true"] { border-color: var(--red); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--ink); }
        [hidden] { display: none !important; }
        .notes { margin: 2px 0; padding-left: 20px; }
        .your-tasks ul { padding-left: 20px; margin: 4px 0; }
        .your-tasks a { color: var(--blue); font-weight: 700; }
        @page { size: A4; margin: 10mm 0; }
        @media print {
          html, body { height: auto; }
          body { display: block; max-width: none; margin: 0; padding: 12mm 14mm; -webkit-box-decoration-break: clone;
            box-decoration-break: clone; }
          .scroller { overflow: visible; }
          .marking { position: fixed; left: 14mm; right: 14mm; padding: 1mm 2mm; font-size: 10pt;
            print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          .marking-top { top: 0; }
          .marking-bottom { bottom: 0; }
          .toolbar, .help, .your-tasks, noscript { display: none; }
          .task { break-inside: avoid; }
          input, select, textarea { border-width: 1px; }
        }

        """

    /// The page's script: reads the embedded view, applies the form to it, downloads the
    /// update, and opens a saved update to carry on. It makes no request of any kind.
    static let script = #"""
        "use strict";
        (function () {
          const NS = "urn:x-chb:plan:1";
          const TASK_ATTRIBUTES = ["id", "lead", "status", "strand", "priority", "classification", "start", "due",
            "durationDays", "progress", "completedOn", "blockedSince"];
          const TASK_CHILDREN = ["title", "description", "support", "owner", "dependsOn", "blockedReason", "note", "extensions"];
          const main = document.getElementById("partner-update");
          const editors = Array.from(document.querySelectorAll("fieldset[data-task]"));
          const message = document.getElementById("save-status");
          const opener = document.getElementById("open-update");

          function parse(text) {
            const doc = new DOMParser().parseFromString(text, "application/xml");
            if (doc.getElementsByTagName("parsererror").length) throw new Error("it is not a well-formed XML file");
            return doc;
          }
          const original = parse(document.getElementById("view").textContent.replace(/<\\([!\/\\])/g, "<$1"));
          const root = original.documentElement;
          const plan = { id: root.getAttribute("id"), agency: root.getAttribute("for"), source: root.getAttribute("sourceRevision") };
          let base = original;

          const say = (text, isError) => { message.textContent = text; message.className = isError ? "message error" : "message"; };
          const pad = (n) => String(n).padStart(2, "0");
          const today = () => { const d = new Date(); return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); };
          const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
          const dayNumber = (date) => Date.parse(date + "T00:00:00Z") / 86400000;
          const clean = (text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").trim();
          const control = (id, field) => document.getElementsByName(id + "." + field)[0];
          const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
          const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
          // A day the plan format can hold: YYYY-MM-DD, years 0001 to 9999, a real day.
          function isDate(text) {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
            if (!m || m[1] === "0000") return false;
            const d = new Date(0);
            d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
            return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
          }
          // A date in the page's own words: "Friday 20 November 2026", as beside each date control.
          function words(text) {
            if (!isDate(text)) return text ? "Not a date the plan can hold" : "No date set";
            const [y, m, day] = text.split("-").map(Number), d = new Date(0);
            d.setUTCFullYear(y, m - 1, day);
            return WEEKDAYS[d.getUTCDay()] + " " + day + " " + MONTHS[m - 1] + " " + y;
          }
          const labelOf = (el) => (document.querySelector('label[for="' + el.id + '"]') || { textContent: "date" }).textContent.trim().toLowerCase();
          // Why a date control's value cannot be saved, or "": a date the view had is changed,
          // never removed, and every date is one the format allows.
          function dateProblem(el) {
            const text = el.value.trim(), had = el.dataset.had || "";
            if (!text && had) return "the " + labelOf(el) + " cannot be removed once set: choose another date (it was " + words(had) + ").";
            if (!text) return el.validity && el.validity.badInput ? "the " + labelOf(el) + " is not complete: finish it or clear it." : "";
            if (!isDate(text)) return "the " + labelOf(el) + " " + text + " is not a date the plan can hold (YYYY-MM-DD, years 0001 to 9999).";
            return "";
          }
          // Says next to a control why it cannot be saved (or clears it).
          function mark(el, text) {
            const note = document.getElementById(el.id + "-error");
            if (text) el.setAttribute("aria-invalid", "true"); else el.removeAttribute("aria-invalid");
            if (note) { note.textContent = text ? text.charAt(0).toUpperCase() + text.slice(1) : ""; note.hidden = !text; }
          }
          function showDate(el) {
            const shown = document.getElementById(el.id + "-words");
            if (shown) shown.textContent = words(el.value.trim());
          }
          const value = (id, field) => clean(control(id, field).value);
          const taskIn = (doc, id) => Array.from(doc.getElementsByTagNameNS(NS, "task")).find((t) => t.getAttribute("id") === id);
          const children = (el, name) => Array.from(el.children).filter((c) => c.namespaceURI === NS && c.localName === name);

          // Shows what goes with the chosen status: the blocked reason, the day it was done.
          function refresh(fieldset) {
            const id = fieldset.dataset.task, status = control(id, "status").value;
            fieldset.querySelector(".when-blocked").hidden = status !== "blocked";
            fieldset.querySelector(".when-done").hidden = status !== "done";
            if (status === "done" && fieldset.dataset.status !== "done") {
              if (!control(id, "completedOn").value) { control(id, "completedOn").value = today(); showDate(control(id, "completedOn")); }
              control(id, "progress").value = "100";
            }
          }

          // The problems that stop a save, each with the control to fix.
          function problems() {
            const found = [];
            for (const fieldset of editors) {
              const id = fieldset.dataset.task, status = value(id, "status"), was = fieldset.dataset.status;
              const start = value(id, "start"), due = value(id, "due"), progress = value(id, "progress");
              const need = (field, text) => found.push({ control: control(id, field), text: id + ": " + text });
              if (status === "blocked" && !value(id, "blockedReason")) need("blockedReason", "say why the task is blocked.");
              if (status === "done" && !isDate(value(id, "completedOn"))) need("completedOn", "give the day it was done.");
              for (const field of ["start", "due"]) {
                const why = dateProblem(control(id, field));
                if (why) need(field, why);
              }
              if (status === "done" && value(id, "completedOn") > today()) need("completedOn", "the day it was done cannot be in the future.");
              const explained = value(id, "note") || addedNotes(fieldset).length > 0;
              if (status !== was && (status === "cancelled" || was === "done") && !explained) need("note", "say why in a note.");
              if (progress && !/^(100|[1-9]?\d)$/.test(progress)) need("progress", "progress is a whole number from 0 to 100.");
              if (isDate(start) && isDate(due) && due < start) need("due", "the due date is before the start date.");
            }
            return found;
          }

          function setAttribute(el, name, text) { if (text) el.setAttribute(name, text); else el.removeAttribute(name); }

          // Puts the task's attributes in the order the plan format writes them.
          function orderAttributes(task) {
            const rank = (name) => { const i = TASK_ATTRIBUTES.indexOf(name); return i < 0 ? TASK_ATTRIBUTES.length : i; };
            const own = Array.from(task.attributes).filter((a) => !a.namespaceURI).map((a) => [a.name, a.value]);
            own.sort((a, b) => rank(a[0]) - rank(b[0]));
            own.forEach(([name]) => task.removeAttribute(name));
            own.forEach(([name, text]) => task.setAttribute(name, text));
          }

          // Inserts a child where the schema puts it, indented like its siblings.
          function insertChild(task, el) {
            const rank = (name) => TASK_CHILDREN.indexOf(name);
            const next = Array.from(task.children).find((c) => c.namespaceURI === NS && rank(c.localName) > rank(el.localName));
            const first = task.firstElementChild.previousSibling;
            const indent = first && first.nodeType === Node.TEXT_NODE ? first.data : "";
            const doc = task.ownerDocument;
            if (next) {
              task.insertBefore(el, next);
              task.insertBefore(doc.createTextNode(indent), next);
            } else {
              const closing = task.lastChild;
              task.insertBefore(doc.createTextNode(indent), closing);
              task.insertBefore(el, closing);
            }
          }

          function removeChild(el) {
            const before = el.previousSibling;
            if (before && before.nodeType === Node.TEXT_NODE) before.remove();
            el.remove();
          }

          // Applies one task's form to the document; nothing else in it changes.
          function apply(doc, fieldset) {
            const id = fieldset.dataset.task, task = taskIn(doc, id);
            if (!task) return;
            const was = task.getAttribute("status"), status = value(id, "status");
            task.setAttribute("status", status);
            children(task, "blockedReason").forEach(removeChild);
            if (status === "blocked") {
              const reason = doc.createElementNS(NS, "blockedReason");
              reason.textContent = value(id, "blockedReason");
              insertChild(task, reason);
              if (was !== "blocked" || !task.hasAttribute("blockedSince")) task.setAttribute("blockedSince", today());
            } else {
              task.removeAttribute("blockedSince");
            }
            setAttribute(task, "completedOn", status === "done" ? value(id, "completedOn") : "");
            setAttribute(task, "progress", status === "done" && was !== "done" ? "100" : value(id, "progress"));
            const start = value(id, "start"), due = value(id, "due"), days = task.getAttribute("durationDays");
            setAttribute(task, "start", start);
            setAttribute(task, "due", due);
            // With both dates given, a length that no longer fits them follows them.
            if (days !== null && start && due && !(days === "0" && start === due)) {
              task.setAttribute("durationDays", String(dayNumber(due) - dayNumber(start) + 1));
            }
            const text = value(id, "note");
            if (text) {
              const note = doc.createElementNS(NS, "note");
              note.setAttribute("at", now());
              note.setAttribute("agency", plan.agency);
              note.textContent = text;
              insertChild(task, note);
            }
            orderAttributes(task);
          }

          // The notes the current update adds to a task (after the view's own).
          function addedNotes(fieldset) {
            const task = taskIn(base, fieldset.dataset.task);
            return task ? children(task, "note").slice(Number(fieldset.dataset.notes)) : [];
          }

          function showNotes(fieldset) {
            const list = fieldset.querySelector(".added-notes"), added = addedNotes(fieldset);
            list.replaceChildren(...added.map((note) => {
              const item = document.createElement("li");
              item.textContent = note.getAttribute("at") + ", " + note.getAttribute("agency") + ": " + note.textContent;
              return item;
            }));
            fieldset.querySelector(".added").hidden = added.length === 0;
          }

          const serialize = (doc) => '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc.documentElement) + "\n";

          function save() {
            document.querySelectorAll("[aria-invalid]").forEach((el) => mark(el, ""));
            const found = problems();
            if (found.length) {
              found.forEach((p) => mark(p.control, p.text.slice(p.text.indexOf(": ") + 2)));
              say("Not saved. " + found.map((p) => p.text).join(" "), true);
              found[0].control.focus();
              return;
            }
            const doc = base.cloneNode(true);
            editors.forEach((fieldset) => apply(doc, fieldset));
            const link = document.createElement("a");
            link.href = URL.createObjectURL(new Blob([serialize(doc)], { type: "application/xml" }));
            link.download = main.dataset.file;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(link.href), 10000);
            base = doc;
            editors.forEach((fieldset) => { control(fieldset.dataset.task, "note").value = ""; showNotes(fieldset); });
            say("Saved " + main.dataset.file + " to your downloads. Send it to the coordinator; to change it later, open it here with Open a saved update.");
          }

          // Sets a task's form from a saved update.
          function load(fieldset) {
            const id = fieldset.dataset.task, task = taskIn(base, id);
            if (!task) return;
            const select = control(id, "status"), status = task.getAttribute("status");
            if (Array.from(select.options).some((o) => o.value === status)) select.value = status;
            const reason = children(task, "blockedReason")[0];
            control(id, "blockedReason").value = reason ? reason.textContent : "";
            control(id, "completedOn").value = task.getAttribute("completedOn") || "";
            showDate(control(id, "completedOn"));
            for (const field of ["progress", "start", "due"]) control(id, field).value = task.getAttribute(field) || "";
            for (const field of ["start", "due"]) { mark(control(id, field), ""); showDate(control(id, field)); }
            control(id, "note").value = "";
            refresh(fieldset);
            showNotes(fieldset);
          }

          async function open() {
            const file = opener.files[0];
            if (!file) return;
            try {
              const doc = parse(await file.text()), r = doc.documentElement;
              if (r.namespaceURI !== NS || r.localName !== "plan") throw new Error("it is not a chb plan");
              // Says what the file is without ever printing "null" for what it lacks.
              const id = r.getAttribute("id"), agency = r.getAttribute("for"), source = r.getAttribute("sourceRevision");
              const wanted = "an update of plan " + plan.id + " for " + plan.agency;
              if (agency === null) throw new Error("it is a full plan" + (id ? " (" + id + ")" : "") + ", not a partner's update; choose " + wanted);
              if (id !== plan.id || agency !== plan.agency) {
                throw new Error("it is an update of plan " + (id || "with no id") + " for " + agency + ", not " + wanted);
              }
              if (source !== plan.source) {
                throw new Error(source === null ? "it does not say which revision it was cut from; this page is from revision " + plan.source
                  : "it was cut from revision " + source + ", this page from revision " + plan.source);
              }
              base = doc;
              editors.forEach(load);
              say("Opened " + file.name + ". Carry on, then Save update again.");
            } catch (error) {
              say("Could not open " + file.name + ": " + error.message + ".", true);
            }
          }

          editors.forEach((fieldset) => {
            control(fieldset.dataset.task, "status").addEventListener("change", () => refresh(fieldset));
            control(fieldset.dataset.task, "completedOn").max = today();
            for (const field of ["start", "due"]) {
              const el = control(fieldset.dataset.task, field);
              el.addEventListener("input", () => { showDate(el); mark(el, dateProblem(el)); });
              el.addEventListener("change", () => { showDate(el); mark(el, dateProblem(el)); });
            }
            const done = control(fieldset.dataset.task, "completedOn");
            done.addEventListener("input", () => showDate(done));
            done.addEventListener("change", () => showDate(done));
            refresh(fieldset);
          });
          document.querySelectorAll("[data-save]").forEach((button) => button.addEventListener("click", save));
          // A focused control is brought wholly into view, never left half out of it.
          main.addEventListener("focusin", (event) => event.target.scrollIntoView({ block: "nearest" }));
          opener.addEventListener("change", open);
        })();

        """#
}
