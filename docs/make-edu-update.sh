#!/usr/bin/env bash
# docs/op-heron-edu-rN-update.xml: the school's returned update the README merges, made as the
# partner page makes it: the view of Heron exported for edu, dates moved and a note added.
set -euo pipefail
chb=${CHB:-.build/debug/chb}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp plans/heron-hold.xml "$tmp/heron.xml"
CHB_NOW=2026-11-30T10:00:00Z "$chb" export "$tmp/heron.xml" --for edu -o "$tmp/view.xml" 2>/dev/null >/dev/null
rev=$(sed -n 's/.*sourceRevision="\([0-9]*\)".*/\1/p' "$tmp/view.xml" | head -1)
CHB_NOW=2026-12-01T15:15:00Z "$chb" task edit "$tmp/view.xml" t-h-school-sessions --start 2027-01-04 --due 2027-01-29 --agency edu >/dev/null
CHB_NOW=2026-12-01T15:20:00Z "$chb" task note "$tmp/view.xml" t-h-school-sessions --agency edu \
  --text "Moved to the spring term: the autumn timetable was full after the Ofsted visit; all four schools have confirmed January dates." >/dev/null
rm -f docs/op-heron-edu-r*-update.xml
cp "$tmp/view.xml" "docs/op-heron-edu-r$rev-update.xml"
echo "docs/op-heron-edu-r$rev-update.xml"
