#!/usr/bin/env bash
# Replays the README's exchange loop: Operation Heron's coordinator sends three partners their
# views; the council updates its view with chb, the school with the HTML update page, the
# housing trust in MS Project (MSPDI); the coordinator merges all three and reports. Runs on a
# copy of plans/heron-hold.xml with the clock fixed by CHB_NOW. Prints the transcript like
# docs/workflow-walkthrough.sh: "$ command" lines with their output (stderr merged), "[exit N]"
# after a command that exits non-zero, and "--- text" lines where the prose goes.
#
# Two steps happen outside chb, so the script stands in for them without printing a command:
# the school's browser (Save update on the page; the page itself is driven in real Chromium by
# scripts/partner_page_check.py in the test suite) and the housing trust's MS Project (editing
# and saving the MSPDI file; MPXJ's own writer is tested in MSPDIMergeCommandTests).
# Usage: docs/exchange-loop.sh [EMPTY-WORK-FOLDER]   (chb from $CHB_BINARY or .build/debug)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
CHB_BINARY="${CHB_BINARY:-$root/.build/debug/chb}"
work="${1:-$(mktemp -d)}"
cd "$work" || exit 2
mkdir -p plans && cp "$root/plans/heron-hold.xml" plans/
chb() { "$CHB_BINARY" "$@"; }
step() {
  printf '$ %s\n' "$1"
  eval "$1" 2>&1
  local status=$?
  if [ "$status" -ne 0 ]; then printf '[exit %d]\n' "$status"; fi
  return 0
}
say() { printf -- '--- %s\n' "$1"; }

say "The coordinator takes a copy of the plan and sends each partner its view in the form it can use."
step 'cp plans/heron-hold.xml heron.xml'
step 'export CHB_NOW=2026-11-30T10:00:00Z'
step 'chb export heron.xml --for smcc -o smcc-view.xml'
step 'chb export heron.xml --for edu --to html -o edu-update.html'
step 'chb export heron.xml --for sht --to mspdi -o sht-view.mspdi.xml'

say "The council updates its view with chb's task verbs. Nothing is recorded in the view; a task it does not lead is refused."
step 'export CHB_NOW=2026-12-01T09:00:00Z'
step 'chb task done smcc-view.xml t-h-return-interviews --agency smcc --date 2026-11-27'
step 'chb task note smcc-view.xml t-h-return-interviews --agency smcc --text "All 14 return home interviews held."'
step 'chb task edit smcc-view.xml t-h-hub --agency smcc --due 2027-04-30'
step 'chb task start smcc-view.xml t-h-funding --agency smcc'

# The school's browser: the page's Save update writes the embedded view with the school's
# changes. Stand-in: the view the page embeds, with the same changes made by chb.
python3 - <<'PY'
text = open("edu-update.html", encoding="utf-8").read()
start = text.index('<script type="application/xml" id="view">') + len('<script type="application/xml" id="view">')
xml = text[start:text.index("</script>", start)]
for escaped, plain in (("<\\!", "<!"), ("<\\/", "</"), ("<\\\\", "<\\")):
    xml = xml.replace(escaped, plain)
# The page names the download PLANID-AGENCY-rREVISION-update.xml, REVISION the view's own.
import re
revision = re.search(r'<plan [^>]* revision="([0-9]+)"', xml).group(1)
open("op-heron-edu-r%s-update.xml" % revision, "w", encoding="utf-8").write(xml)
open("edu-update-name.txt", "w", encoding="utf-8").write("op-heron-edu-r%s-update.xml" % revision)
PY
edu_update="$(cat edu-update-name.txt)" && rm edu-update-name.txt
CHB_NOW=2026-12-01T14:00:00Z chb task edit "$edu_update" t-h-school-sessions --agency edu --start 2027-01-04 --due 2027-01-29 >/dev/null
CHB_NOW=2026-12-01T14:00:00Z chb task note "$edu_update" t-h-school-sessions --agency edu --text "Moved to the spring term at the heads' request." >/dev/null

# The housing trust's MS Project: door entry 100 % complete, finished on 27 November, and a
# task of its own added; saved as sht-saved.xml.
python3 - <<'PY'
xml = open("sht-view.mspdi.xml", encoding="utf-8").read()
marker = xml.index("<Value>t-h-door-entry</Value>")
row = xml.rindex("<Task>", 0, marker)
old = "<PercentComplete>65</PercentComplete>"
at = xml.index(old, row, marker)
xml = xml[:at] + "<PercentComplete>100</PercentComplete>\n      <ActualFinish>2026-11-27T17:00:00</ActualFinish>" + xml[at + len(old):]
extra = """  <Task>
      <UID>8</UID>
      <ID>8</ID>
      <Name>Re-issue fobs to Anchor House residents</Name>
      <OutlineLevel>2</OutlineLevel>
      <Start>2026-12-07T08:00:00</Start>
      <Finish>2026-12-11T17:00:00</Finish>
    </Task>
  </Tasks>"""
xml = xml.replace("</Tasks>", extra, 1)
open("sht-saved.xml", "w", encoding="utf-8").write(xml)
PY

say "The school's saved update and the housing trust's saved MS Project file come back. The coordinator merges all three."
step 'export CHB_NOW=2026-12-03T09:00:00Z'
step "chb validate $edu_update"
step 'chb merge heron.xml sht-saved.xml --agency sht'
step 'chb merge heron.xml smcc-view.xml --agency smcc --actor "Missing Children Coordinator"'
step "chb merge heron.xml $edu_update --agency edu"

say "The history shows every merged change; the status report shows the merged state."
step 'chb log heron.xml --since 2026-12-03'
step 'chb status heron.xml --as-of 2026-12-03 --format markdown -o heron-status.md'
step "sed -n '17,19p' heron-status.md"

say "Views overlap, so the council's view shows the school's sessions as they were; merged again now, its copy is stale and skipped."
step 'chb merge heron.xml smcc-view.xml --agency smcc --dry-run'
