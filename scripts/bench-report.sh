#!/usr/bin/env bash
# Benchmark: a status report of a 100,000-task plan stays a board paper.
#   scripts/bench-report.sh [TASKS] [AS-OF] [RUNS]     (defaults: 100000 tasks, 2027-06-01, 5 runs)
# Makes a plan with scripts/make-large-plan.py, makes its Clear and Hold stages active (so
# thousands of tasks are overdue and every list must be capped), then with a release build:
# - `chb-report-bench` times, in one process, reading and validating the plan (the reference)
#   and then building the status report and rendering each format, RUNS times each, and prints
#   the fastest and median of each with the median as a ratio of reading;
# - `chb status --format html` writes the page once under /usr/bin/time for its size and peak
#   memory, and the other formats for their sizes.
# Fails (exit 1) unless the HTML is under 2 MB and the fastest "status html after reading"
# (building the report plus rendering the page) is under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-100000}
asof=${2:-2027-06-01}
runs=${3:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
swift build -c release --product chb >/dev/null
swift build -c release --product chb-report-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
python3 scripts/make-large-plan.py "$tasks" "$work/raw.xml"
sed -e 's|<phase kind="clear" status="notStarted" plannedStart="\([0-9-]*\)"|<phase kind="clear" status="active" started="\1" plannedStart="\1"|' \
    -e 's|<phase kind="hold" status="notStarted" plannedStart="\([0-9-]*\)"|<phase kind="hold" status="active" started="\1" plannedStart="\1"|' \
    "$work/raw.xml" > "$work/plan.xml"
"$bin/chb" validate "$work/plan.xml" >/dev/null
"$bin/chb-report-bench" "$work/plan.xml" "$asof" "$runs" | tee "$work/bench.txt"
peak=$( { /usr/bin/time -f '%M' "$bin/chb" status "$work/plan.xml" --as-of "$asof" --format html -o "$work/status.html"; } 2>&1 | tail -1)
for f in text markdown csv json; do "$bin/chb" status "$work/plan.xml" --as-of "$asof" --format "$f" -o "$work/status.$f"; done
python3 - "$peak" "$work" <<'PY'
import os, re, sys
peak, work = int(sys.argv[1]), sys.argv[2]
bench = open(f"{work}/bench.txt").read()
render = float(re.search(r"status html after reading\s+fastest\s+([0-9.]+) s", bench).group(1))
size = os.path.getsize(f"{work}/status.html")
print(f"chb status --format html: {size / 1e6:.2f} MB of HTML, peak memory {peak / 1024:.0f} MB")
for f in ["text", "markdown", "csv", "json"]:
    print(f"  {f}: {os.path.getsize(f'{work}/status.{f}') / 1e6:.2f} MB")
ok = size < 2_000_000 and render < 1.0
print(f"within bounds (HTML < 2 MB, rendering after reading {render:.2f} s < 1 s)" if ok else "OUT OF BOUNDS")
sys.exit(0 if ok else 1)
PY
