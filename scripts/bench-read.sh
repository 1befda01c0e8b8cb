#!/usr/bin/env bash
# Benchmark: reading a large plan (parse + XSD + decode + semantic validation) with chb,
# against xmllint (same libxml2) streaming and validating the same file in the same run.
#   scripts/bench-read.sh [TASKS]      (default 100000 tasks, about 30 MB)
# Prints seconds for each and the ratios. Uses a release build of chb.
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-100000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
swift build -c release --product chb >/dev/null
chb=$(swift build -c release --show-bin-path)/chb
python3 scripts/make-large-plan.py "$tasks" "$work/plan.xml"
size=$(stat -c %s "$work/plan.xml")
best() { # best of 3 wall-clock seconds of a command
  local best=999999
  for _ in 1 2 3; do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $e - $s))")
  done
  echo "$best"
}
t_wf=$(best xmllint --noout --stream "$work/plan.xml")
t_xs=$(best xmllint --noout --stream --schema schema/chb-plan-1.xsd "$work/plan.xml")
t_chb=$(best "$chb" validate "$work/plan.xml")
t_exp=$(best "$chb" export "$work/plan.xml" -o "$work/out.xml")
cmp "$work/plan.xml" "$work/out.xml" && echo "round trip: identical bytes"
python3 - "$tasks" "$size" "$t_wf" "$t_xs" "$t_chb" "$t_exp" <<'PY'
import sys
tasks, size = int(sys.argv[1]), int(sys.argv[2])
wf, xs, chb, exp = map(float, sys.argv[3:])
mb = size / 1e6
print(f"plan: {tasks} tasks, {mb:.1f} MB")
print(f"xmllint --stream (well-formed only)      {wf:7.2f} s  {mb/wf:6.1f} MB/s")
print(f"xmllint --stream --schema (reference)    {xs:7.2f} s  {mb/xs:6.1f} MB/s")
print(f"chb validate (scan+XSD+decode+rules)     {chb:7.2f} s  {mb/chb:6.1f} MB/s  = {chb/xs:.2f} x the reference")
print(f"chb export (validate + write)            {exp:7.2f} s  {mb/exp:6.1f} MB/s  = {exp/xs:.2f} x the reference")
PY
