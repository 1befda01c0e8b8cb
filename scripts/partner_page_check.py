#!/usr/bin/env python3
"""Drive a partner update page (chb export --for A --to html) in headless Chromium.

Usage: partner_page_check.py PAGE.html DOWNLOAD_DIR

Opens the page from file://, checks that no forbidden status move is offered, then makes the
edits a partner would: progresses one task it leads, blocks another with a reason, marks a
third done and adds a note, and presses Save update. It then opens the page afresh, opens the
saved update with "Open a saved update", and checks the form shows the same values. Before
that, at a desktop width and at 390 px, it checks the layout and the date controls (issue 20):
task ids never break across lines, each date control shows its date in words, nothing
scrolls sideways, the marking bars never cover a focused control (WCAG 2.2, 2.4.11) and a
real click reaches Save update; an emptied or five-digit-year date is refused with the
reason next to the control; a wrong file is described without "null". It prints
one JSON object: what it changed, the saved file, the page's network requests and any
problems found. Exit status 0 when it ran (problems are in the JSON), 2 when it could not.

Needs Selenium (pip install selenium) and Debian's chromium and chromium-driver.
"""
import json
import os
import pathlib
import shutil
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import ElementClickInterceptedException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

# The moves the plan format's task workflow allows from each status (the select's values are
# target statuses; the current status is always there as "no change").
ALLOWED = {
    "planned": {"planned", "inProgress", "blocked", "cancelled"},
    "inProgress": {"inProgress", "done", "blocked", "cancelled"},
    "blocked": {"blocked", "inProgress", "cancelled"},
    "done": {"done", "inProgress"},
    "cancelled": {"cancelled"},
}


def browser(download_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--no-default-browser-check", "--host-resolver-rules=MAP * ~NOTFOUND",
                 "--window-size=1280,2000"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(download_dir),
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
        # A person is asked once whether the page may download several files; allow it here.
        "profile.default_content_setting_values.automatic_downloads": 1,
    })
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    # Headless Chrome saves downloads only when told where.
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(download_dir)})
    return driver


def requests_made(driver, page_url):
    """URLs the page asked for, beyond loading itself and its own blob: download."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            # data: (the date picker's own icon) and blob: (the saved file) never reach a network.
            if url != page_url and not url.startswith(("blob:", "data:")):
                urls.append(url)
    return urls


def control(driver, task, field):
    """A task's control, scrolled to the middle of the window (clear of the sticky marking)."""
    element = driver.find_element(By.NAME, f"{task}.{field}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    return element


def press_save(driver):
    button = driver.find_element(By.ID, "save-update")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()


def set_value(driver, element, value):
    """Sets an input's value as a user would, firing input and change events."""
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value)


def type_text(element, text):
    element.clear()
    element.send_keys(text)


def form_values(driver, task):
    return {field: control(driver, task, field).get_attribute("value")
            for field in ["status", "progress", "start", "due", "blockedReason", "completedOn"]}


WIDTHS = [(1280, 900), (390, 844)]

LAYOUT_JS = r"""
const problems = [];
const vw = document.documentElement.clientWidth;
const scroller = document.querySelector(".scroller") || document.scrollingElement;
if (document.documentElement.scrollWidth > vw + 1) problems.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " px in " + vw);
if (scroller.scrollWidth > scroller.clientWidth + 1) problems.push("the content scrolls sideways: " + scroller.scrollWidth + " px in " + scroller.clientWidth);
for (const el of document.querySelectorAll("main *")) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== "fixed") { problems.push("wider than the screen: " + el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " to " + Math.round(r.right) + " px"); break; }
}
for (const code of document.querySelectorAll("main code")) {
  if (code.getClientRects().length > 1) problems.push("the id " + code.textContent + " breaks across lines");
}
const wordsPattern = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$|^No date set$/;
for (const input of document.querySelectorAll("fieldset[data-task] input[type=date]")) {
  if (!input.offsetParent) continue;
  const shown = document.getElementById(input.id + "-words");
  if (!shown || !shown.offsetParent) { problems.push(input.name + " has no date in words beside it"); continue; }
  if (!wordsPattern.test(shown.textContent.trim())) problems.push(input.name + " shows " + JSON.stringify(shown.textContent));
}
const bars = Array.from(document.querySelectorAll(".marking")).map((b) => b.getBoundingClientRect());
const controls = document.querySelectorAll("main input, main select, main textarea, main button, main a[href]");
for (const el of controls) {
  if (!el.offsetParent) continue;
  el.focus();
  if (document.activeElement !== el) continue;
  // The part of the control in view: what scrolls may clip it, which no bar can cover.
  const box = el.getBoundingClientRect(), view = scroller.getBoundingClientRect();
  const r = { top: Math.max(box.top, view.top), bottom: Math.min(box.bottom, view.bottom), left: box.left, width: box.width, height: box.height };
  if (r.bottom <= r.top) { problems.push("the focused " + (el.name || el.id || el.tagName) + " is out of view"); continue; }
  for (const b of bars) {
    if (r.bottom > b.top + 0.5 && r.top < b.bottom - 0.5) { problems.push("a marking bar covers the focused " + (el.name || el.id || el.tagName)); break; }
  }
  const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 0), vw - 1), y = (r.top + r.bottom) / 2;
  const hit = document.elementFromPoint(x, y);
  if (hit && hit !== el && !el.contains(hit) && hit.closest(".marking")) problems.push("the marking is on top of " + (el.name || el.id));
}
document.activeElement.blur();
return problems;
"""


def layout_checks(driver, page_url, work):
    """The layout and the date controls at each width; the page is reloaded after each."""
    problems = []
    for width, height in WIDTHS:
        driver.set_window_size(width, height)
        driver.get(page_url)
        problems += [f"at {width} px: {p}" for p in driver.execute_script(LAYOUT_JS)]

        editors = driver.find_elements(By.CSS_SELECTOR, "fieldset[data-task]")
        dated = next((f.get_attribute("data-task") for f in editors
                      if driver.find_element(By.NAME, f.get_attribute("data-task") + ".due").get_attribute("value")), None)
        if dated is None:
            problems.append(f"at {width} px: no task with a due date to try")
            continue
        due = driver.find_element(By.NAME, f"{dated}.due")
        had = due.get_attribute("value")
        for typed, why in [("", "cannot be removed"), ("42027-09-14", "not a date the plan can hold")]:
            set_value(driver, due, typed)
            # A real click, with the button at the very top of what scrolls: never intercepted.
            button = driver.find_element(By.ID, "save-update")
            driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", button)
            try:
                button.click()
            except ElementClickInterceptedException as error:
                problems.append(f"at {width} px: clicking Save update was intercepted: {error.msg.splitlines()[0]}")
                driver.execute_script("arguments[0].click();", button)
            message = driver.find_element(By.ID, "save-status").text
            beside = driver.find_elements(By.ID, due.get_attribute("id") + "-error")
            if "Not saved" not in message:
                problems.append(f"at {width} px: a due date of {typed!r} was not refused: {message!r}")
            if not beside or not beside[0].is_displayed() or why not in beside[0].text:
                problems.append(f"at {width} px: no reason next to the due date for {typed!r}: {beside[0].text if beside else None!r}")
            time.sleep(0.3)
            if [f for f in work.glob("*") if f.is_file()]:
                problems.append(f"at {width} px: a due date of {typed!r} was saved")
                for f in work.glob("*"):
                    f.unlink()
        set_value(driver, due, had)

        # A wrong file is described without "null".
        for name, text in [("full.xml", '<plan xmlns="urn:x-chb:plan:1" id="op-other"/>'),
                           ("anon.xml", '<plan xmlns="urn:x-chb:plan:1" for="x"/>')]:
            wrong = work.parent / name
            wrong.write_text(text, encoding="utf-8")
            driver.find_element(By.ID, "open-update").send_keys(str(wrong))
            WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "save-status").text.startswith(("Opened", "Could not")))
            said = driver.find_element(By.ID, "save-status").text
            if "null" in said or not said.startswith("Could not"):
                problems.append(f"at {width} px: opening {name} said {said!r}")
    driver.set_window_size(1280, 2000)
    return problems


def main():
    page = pathlib.Path(sys.argv[1]).resolve()
    downloads = pathlib.Path(sys.argv[2]).resolve()
    downloads.mkdir(parents=True, exist_ok=True)
    page_url = page.as_uri()
    problems, result = [], {}
    driver = browser(downloads)
    try:
        problems += layout_checks(driver, page_url, downloads)
        driver.get(page_url)
        wait = WebDriverWait(driver, 20)
        editors = driver.find_elements(By.CSS_SELECTOR, "fieldset[data-task]")
        tasks = []
        for fieldset in editors:
            task, status = fieldset.get_attribute("data-task"), fieldset.get_attribute("data-status")
            offered = [o.get_attribute("value") for o in Select(control(driver, task, "status")).options]
            tasks.append((task, status, offered))
            forbidden = set(offered) - ALLOWED[status]
            if forbidden:
                problems.append(f"{task} ({status}) offers forbidden moves {sorted(forbidden)}")
        result["editable"] = [t for t, _, _ in tasks]
        if driver.find_elements(By.CSS_SELECTOR, "select[name$='.status'][disabled]"):
            problems.append("a status control is disabled instead of offering only allowed moves")

        # Pick three different tasks: one to mark done, one to block, one to progress.
        done = next((t for t, s, o in tasks if "done" in o and s != "done"), None)
        block = next((t for t, s, o in tasks if "blocked" in o and s != "blocked" and t != done), None)
        rest = [t for t, s, o in tasks if t not in (done, block)]
        progress = next((t for t, s, o in tasks if t in rest and s in ("planned", "inProgress", "blocked")), rest[0] if rest else None)
        if not (done and block and progress):
            problems.append(f"not enough editable tasks to exercise: done={done} block={block} progress={progress}")
            print(json.dumps({"problems": problems, **result}))
            return 0

        # Block a task with a reason; first check a block without one is refused.
        Select(control(driver, block, "status")).select_by_value("blocked")
        press_save(driver)
        message = driver.find_element(By.ID, "save-status").text
        if "Not saved" not in message or list(downloads.iterdir()):
            problems.append(f"blocking without a reason was not refused: {message!r}")
        reason = "Waiting for the contractor's revised quote, expected next week"
        type_text(control(driver, block, "blockedReason"), reason)

        Select(control(driver, done, "status")).select_by_value("done")
        completed_on = control(driver, done, "completedOn").get_attribute("value")
        if control(driver, done, "progress").get_attribute("value") != "100":
            problems.append("marking done did not set progress to 100")

        shown = control(driver, progress, "progress").get_attribute("value")
        before = int(shown or "0")
        new_progress = str(before + 10 if before < 90 else 50)
        set_value(driver, control(driver, progress, "progress"), new_progress)
        note = "Site visit done; residents' meeting on Thursday & a follow-up <letter> sent."
        type_text(control(driver, progress, "note"), note)

        expected = {t: form_values(driver, t) for t in (done, block, progress)}
        press_save(driver)
        saved = None
        for _ in range(100):
            files = [f for f in downloads.iterdir() if not f.name.endswith(".crdownload")]
            if files:
                saved = files[0]
                break
            time.sleep(0.1)
        if saved is None:
            problems.append("Save update did not download a file")
            print(json.dumps({"problems": problems, **result}))
            return 0
        time.sleep(0.3)
        status_text = driver.find_element(By.ID, "save-status").text
        if not status_text.startswith("Saved "):
            problems.append(f"no save message: {status_text!r}")
        if driver.find_element(By.ID, "save-status").get_attribute("aria-live") != "polite":
            problems.append("the save message is not announced (aria-live)")
        result.update({
            "saved": str(saved), "savedName": saved.name,
            "changes": {"done": {"task": done, "completedOn": completed_on},
                        "blocked": {"task": block, "reason": reason},
                        "progress": {"task": progress, "from": shown or None, "to": new_progress},
                        "note": {"task": progress, "text": note}},
        })
        result["requests"] = requests_made(driver, page_url)

        # Keep the saved file apart, so a second save cannot collide with its name.
        kept = downloads.parent / (downloads.name + "-first")
        kept.mkdir(exist_ok=True)
        saved = saved.rename(kept / saved.name)
        result["saved"] = str(saved)

        # Open the page afresh and continue from the saved update.
        driver.get(page_url)
        driver.find_element(By.ID, "open-update").send_keys(str(saved))
        wait.until(lambda d: d.find_element(By.ID, "save-status").text.startswith(("Opened", "Could not")))
        opened = driver.find_element(By.ID, "save-status").text
        if not opened.startswith("Opened"):
            problems.append(f"reopening failed: {opened!r}")
        for task, values in expected.items():
            shown = form_values(driver, task)
            if shown != values:
                problems.append(f"{task} reopened as {shown}, saved as {values}")
        added = driver.find_element(By.CSS_SELECTOR, f"fieldset[data-task='{progress}'] .added-notes").text
        if note not in added:
            problems.append(f"the saved note is not listed after reopening: {added!r}")
        # Saving again from the reopened update keeps the work and adds nothing twice.
        press_save(driver)
        again = None
        for _ in range(100):
            files = [f for f in downloads.iterdir() if f != saved and not f.name.endswith(".crdownload")]
            if files:
                again = files[0]
                break
            time.sleep(0.1)
        time.sleep(0.3)
        if again is None:
            problems.append("saving the reopened update did not download a file: "
                            + driver.find_element(By.ID, "save-status").text)
        else:
            first, second = saved.read_text(encoding="utf-8"), again.read_text(encoding="utf-8")
            escaped = note.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if second.count(escaped) != 1 or second != first:
                problems.append("saving the reopened update changed it (or repeated the note)")
        result["requests"] += requests_made(driver, page_url)
        severe = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        if severe:
            problems.append(f"console errors: {severe}")
    finally:
        driver.quit()
    result["problems"] = problems
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # noqa: BLE001 - report any failure to the calling test
        print(json.dumps({"problems": [f"the browser run failed: {type(error).__name__}: {error}"]}))
        sys.exit(2)
