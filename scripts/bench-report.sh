#!/usr/bin/env bash
# Benchmark: a status report of a 100,000-task plan stays a board paper.
#   scripts/bench-report.sh [TASKS] [AS-OF]     (defaults: 100000 tasks, 2027-06-01)
# Makes a plan with scripts/make-large-plan.py, makes its Clear and Hold stages active (so
# thousands of tasks are overdue and the lists must be capped), then with a release build:
# - times `chb validate` (reading: parse, schema, decode, validation), best of 3;
# - times `chb status --format html` (reading + building + rendering), best of 3;
# - reports rendering after reading (the difference), the HTML size and the peak memory,
#   and fails (exit 1) unless the HTML is under 2 MB and rendering under 1 s.
# Also writes every other format once and prints their sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-100000}
asof=${2:-2027-06-01}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
swift build -c release --product chb >/dev/null
chb=$(swift build -c release --show-bin-path)/chb
python3 scripts/make-large-plan.py "$tasks" "$work/raw.xml"
sed -e 's|<phase kind="clear" status="notStarted" plannedStart="\([0-9-]*\)"|<phase kind="clear" status="active" started="\1" plannedStart="\1"|' \
    -e 's|<phase kind="hold" status="notStarted" plannedStart="\([0-9-]*\)"|<phase kind="hold" status="active" started="\1" plannedStart="\1"|' \
    "$work/raw.xml" > "$work/plan.xml"
"$chb" validate "$work/plan.xml" >/dev/null
best() { # best of 3 wall-clock seconds of a command
  local best=999999
  for _ in 1 2 3; do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $e - $s))")
  done
  echo "$best"
}
t_read=$(best "$chb" validate "$work/plan.xml")
t_html=$(best "$chb" status "$work/plan.xml" --as-of "$asof" --format html -o "$work/status.html")
peak=$( { /usr/bin/time -f '%M' "$chb" status "$work/plan.xml" --as-of "$asof" --format html -o "$work/status.html"; } 2>&1 | tail -1)
for f in text markdown csv json; do "$chb" status "$work/plan.xml" --as-of "$asof" --format "$f" -o "$work/status.$f"; done
python3 - "$tasks" "$t_read" "$t_html" "$peak" "$work" <<'PY'
import os, sys
tasks, read, html, peak, work = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
size = os.path.getsize(f"{work}/status.html")
render = max(0.0, html - read)
print(f"{tasks} tasks: reading {read:.2f} s; status --format html {html:.2f} s; rendering after reading {render:.2f} s")
print(f"HTML {size / 1e6:.2f} MB; peak memory {peak / 1024:.0f} MB")
for f in ["text", "markdown", "csv", "json"]:
    print(f"  {f}: {os.path.getsize(f'{work}/status.{f}') / 1e6:.2f} MB")
ok = size < 2_000_000 and render < 1.0
print("within bounds (HTML < 2 MB, rendering < 1 s)" if ok else "OUT OF BOUNDS")
sys.exit(0 if ok else 1)
PY
