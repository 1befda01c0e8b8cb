#!/usr/bin/env bash
# Replays the walk-through of README.md ("Walk-through: Operation Kestrel from Clear to Build",
# checked by Tests/chbTests/WalkthroughTests.swift): Operation Kestrel run from Clear to Build
# entirely through chb, on a copy of plans/kestrel-clear.xml, with the clock fixed by
# CHB_NOW at each step. Prints the transcript: "$ command" lines with their output (stderr
# merged), "[exit N]" after a refused command, and "--- text" lines where the prose goes.
# Usage: docs/workflow-walkthrough.sh [EMPTY-WORK-FOLDER]   (chb from $CHB_BINARY or .build/debug)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
CHB_BINARY="${CHB_BINARY:-$root/.build/debug/chb}"
work="${1:-$(mktemp -d)}"
cd "$work" || exit 2
chb() { "$CHB_BINARY" "$@"; }
step() {
  printf '$ %s\n' "$1"
  eval "$1" 2>&1
  local status=$?
  if [ "$status" -ne 0 ]; then printf '[exit %d]\n' "$status"; fi
  return 0
}
say() { printf -- '--- %s\n' "$1"; }

say "Take a copy of the example plan: Clear is under way, Hold and Build have not started."
printf '$ cp plans/kestrel-clear.xml kestrel.xml\n'
cp "$root/plans/kestrel-clear.xml" kestrel.xml
step 'export CHB_NOW=2026-12-01T09:00:00Z'
step 'chb show kestrel.xml'

say "Clear cannot complete yet, and chb says exactly why. Nothing is written when a command is refused."
step 'chb stage complete kestrel.xml clear --agency nwp'
step 'chb task start kestrel.xml t-k-strike-day --agency nwp'

say "The warrants are granted. Strike day may now start; a task that still waits on another may not."
step 'export CHB_NOW=2026-12-04T16:00:00Z'
step 'chb task done kestrel.xml t-k-warrant-apps --agency nwp --reason "all six warrants granted"'
step 'export CHB_NOW=2026-12-09T05:00:00Z'
step 'chb task start kestrel.xml t-k-strike-day --agency nwp --actor "Detective Superintendent"'
step 'chb task done kestrel.xml t-k-strike-day --agency nwp --reason "11 arrests, 6 addresses searched"'
step 'for t in t-k-arrest-interview t-k-cash-seizure t-k-deal-line-kill; do chb task start kestrel.xml $t --agency nwp; done'
step 'chb task start kestrel.xml t-k-closure-orders --agency hbc'

say "Housing blocks the mapping for a week; blocking needs a reason and records the day."
step 'export CHB_NOW=2026-12-10T10:00:00Z'
step 'chb task block kestrel.xml t-k-cuckoo-mapping --agency bmh --reason "two tenants refuse contact; injunction sought"'
step 'export CHB_NOW=2026-12-17T10:00:00Z'
step 'chb task unblock kestrel.xml t-k-cuckoo-mapping --agency bmh --reason "injunction granted"'
step 'chb task done kestrel.xml t-k-cuckoo-mapping --agency bmh'
step 'chb task note kestrel.xml t-k-cuckoo-mapping --agency bmh --text "All nine tenancies visited; four confirmed cuckooed."'
step 'chb measure record kestrel.xml m-k-cuckooed --agency bmh --date 2026-12-17 --value 4 --source bmh'

say "The rest of Clear's work starts and finishes as it happens. A loop is just several commands; each records its own event."
step 'export CHB_NOW=2026-12-18T16:00:00Z'
step 'chb task start kestrel.xml t-k-adult-safeguard --agency nhs'
step 'chb task start kestrel.xml t-k-closure-orders --agency hbc'
step 'chb task done kestrel.xml t-k-exploitation-screen --agency sch --date 2026-12-18'
step 'chb task cancel kestrel.xml t-k-weapons-sweep --agency nwp --reason "stairwells and bin stores searched on strike day"'
step 'export CHB_NOW=2027-01-29T17:00:00Z'
step 'chb task done kestrel.xml t-k-arrest-interview --agency nwp --date 2026-12-12 --reason "three principals charged and remanded"'
step 'for t in t-k-cash-seizure t-k-deal-line-kill; do chb task done kestrel.xml $t --agency nwp; done'
step 'chb task done kestrel.xml t-k-adult-safeguard --agency nhs'
step 'chb task done kestrel.xml t-k-closure-orders --agency hbc --date 2027-01-22'
step 'chb task done kestrel.xml t-k-nrm-referrals --agency hbc'
step 'chb task done kestrel.xml t-k-fire-checks --agency fire --date 2027-01-15'
step 'chb task start kestrel.xml t-k-ioms --agency prob'
step 'chb measure record kestrel.xml m-k-deal-line-msgs --agency nwp --date 2027-01-29 --value 0 --source nwp'

say "Hold may start once Clear is active, so the two overlap. The board decides, and the decision is part of the history."
step 'export CHB_NOW=2027-02-01T09:00:00Z'
step 'chb decision kestrel.xml --agency nwp --actor "Chair, Hallowby CSP" --text "Hold starts 1 February alongside the end of Clear."'
step 'chb stage start kestrel.xml hold --agency nwp'
step 'for t in t-k-hold-patrol t-k-displacement-watch; do chb task start kestrel.xml $t --agency nwp; done'
step 'chb task start kestrel.xml t-k-tenancy-audit --agency bmh'

say "Clear's exit criteria are met with the partners' evidence, the last tasks close, and Clear completes. Only the plan's lead agency marks a criterion met, as only it runs the stages and records the board's decisions; a partner that tries is refused."
step 'export CHB_NOW=2027-02-24T15:00:00Z'
step 'chb task done kestrel.xml t-k-ioms --agency prob --date 2027-02-19'
step 'chb criterion met kestrel.xml c-k-deal-line --agency nwp --evidence "no activity on the Ricky line since 2 January"'
step 'chb criterion met kestrel.xml c-k-principals --agency nwp --evidence "three principals charged and remanded, 12 December"'
step 'chb criterion met kestrel.xml c-k-cuckoo --agency bmh --evidence "February vulnerability review: no address cuckooed"'
step 'chb criterion met kestrel.xml c-k-cuckoo --agency nwp --evidence "February vulnerability review: no address cuckooed"'
step 'chb criterion met kestrel.xml c-k-safeguard --agency nwp --evidence "NRM referral and safeguarding plan for all seven children"'
step 'chb task start kestrel.xml t-k-exit-review --agency nwp'
step 'chb task done kestrel.xml t-k-exit-review --agency nwp --reason "board agreed Clear is complete"'
step 'chb stage complete kestrel.xml clear --agency nwp --actor "Detective Superintendent"'
step 'chb schedule kestrel.xml --as-of 2027-02-24 | tail -2'

say "Hold runs through 2027. Build may start once Hold is active."
step 'export CHB_NOW=2027-03-31T16:00:00Z'
step 'chb task done kestrel.xml t-k-tenancy-audit --agency bmh'
step 'for t in t-k-pspo t-k-cctv-upgrade; do chb task start kestrel.xml $t --agency hbc; done'
step 'chb task start kestrel.xml t-k-target-harden --agency bmh'
step 'chb task start kestrel.xml t-k-youth-diversion --agency odyt'
step 'chb task start kestrel.xml t-k-recovery-pathway --agency nhs'
step 'export CHB_NOW=2027-06-01T09:00:00Z'
step 'for t in t-k-pspo t-k-cctv-upgrade; do chb task done kestrel.xml $t --agency hbc; done'
step 'chb task done kestrel.xml t-k-target-harden --agency bmh --date 2027-05-28'
step 'chb criterion met kestrel.xml c-k-cctv-live --agency nwp --evidence "four cameras and door entry live, monitored from the control room"'
step 'chb stage start kestrel.xml build --agency nwp'
step 'for t in t-k-community-hub t-k-employability t-k-env-improvement; do chb task start kestrel.xml $t --agency hbc; done'
step 'chb task start kestrel.xml t-k-fire-arson --agency fire'
step 'chb task start kestrel.xml t-k-confidence-survey --agency pcc'

say "At the end of September the antisocial behaviour criterion has two months of its three. The board completes Hold anyway: the override records the gate and the reason, and the plan stays valid with warnings."
step 'export CHB_NOW=2027-09-29T16:00:00Z'
step 'chb measure record kestrel.xml m-k-asb --agency hbc --date 2027-08-31 --value 27 --source hbc'
step 'for t in t-k-hold-patrol t-k-displacement-watch; do chb task done kestrel.xml $t --agency nwp; done'
step 'chb task done kestrel.xml t-k-youth-diversion --agency odyt'
step 'chb task done kestrel.xml t-k-recovery-pathway --agency nhs'
step 'chb criterion met kestrel.xml c-k-no-new-line --agency nwp --evidence "no new line identified since strike day"'
step 'chb task start kestrel.xml t-k-hold-review --agency nwp'
step 'chb task done kestrel.xml t-k-hold-review --agency nwp'
step 'chb stage complete kestrel.xml hold --agency nwp'
step 'chb stage complete kestrel.xml hold --agency nwp --actor "Chair, Hallowby CSP" --override "ASB below 30 in July and August and falling; September figure to be confirmed in Build"'
step 'chb validate kestrel.xml'
step 'export CHB_NOW=2027-10-08T10:00:00Z'
step 'chb criterion met kestrel.xml c-k-asb-down --agency nwp --evidence "24, 27 and 22 incidents in July, August and September"'
step 'chb validate kestrel.xml'

say "Build: the community hub opens, residents organise, and the plan is handed over."
step 'export CHB_NOW=2027-10-29T16:00:00Z'
step 'chb task start kestrel.xml t-k-residents-assoc --agency odyt'
step 'chb task start kestrel.xml t-k-school-programme --agency sch'
step 'for t in t-k-community-hub t-k-env-improvement; do chb task done kestrel.xml $t --agency hbc; done'
step 'chb task done kestrel.xml t-k-fire-arson --agency fire --date 2027-08-27'
step 'export CHB_NOW=2028-03-24T15:00:00Z'
step 'chb task done kestrel.xml t-k-residents-assoc --agency odyt --date 2027-12-17'
step 'chb task done kestrel.xml t-k-confidence-survey --agency pcc --date 2028-02-25'
step 'chb measure record kestrel.xml m-k-feel-safe --agency pcc --date 2028-02-25 --value 63 --source pcc'
step 'chb task done kestrel.xml t-k-employability --agency hbc'
step 'chb task done kestrel.xml t-k-school-programme --agency sch'
step 'chb criterion met kestrel.xml c-k-feel-safe --agency nwp --evidence "wave 3 survey: 63% feel safe after dark"'
step 'chb criterion met kestrel.xml c-k-hub-running --agency nwp --evidence "hub open five days a week, 14 resident volunteers"'
step 'chb task start kestrel.xml t-k-build-handover --agency hbc'
step 'chb task done kestrel.xml t-k-build-handover --agency hbc'
step 'chb criterion met kestrel.xml c-k-handover --agency nwp --evidence "sustainment plan adopted by the neighbourhood partnership"'
step 'chb stage complete kestrel.xml build --agency nwp --actor "Chair, Hallowby CSP"'

say "Every step is in the history, one event and one revision each."
step 'chb show kestrel.xml'
step 'chb log kestrel.xml --subject hold'
step 'chb log kestrel.xml --subject build --format json'
step 'chb validate kestrel.xml'
