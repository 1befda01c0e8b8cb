#!/usr/bin/env bash
# op-kestrel: rebuilt from chb commands, so every event in its history is chb's own, with typed changes.
# Run from the repository root after `swift build`: plans/make/NAME.sh [OUT] (default: the plan
# in plans/). Each command runs at its own CHB_NOW, so the history is the story of the operation.
set -euo pipefail
chb=${CHB:-.build/debug/chb}
out=${1:-plans/kestrel-clear.xml}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
rm -f "$out"
at() { now=$1; }
c() { CHB_NOW=$now "$chb" "$@" >/dev/null || { echo "$0: failed at $now: chb $*" >&2; exit 1; }; }

at 2026-09-28T10:15:00Z
c new "$out" --id op-kestrel --title 'Operation Kestrel: Brackenmoor and Cinder Lane' --area 'Brackenmoor Estate and Cinder Lane, East Hallowby' --lead-agency nwp --lead-agency-name 'Northwold Police' --lead-agency-kind police --officer 'Detective Superintendent, Serious and Organised Crime, Northwold Police' --classification OFFICIAL-SENSITIVE --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:01:00Z
c plan edit "$out" --board 'Hallowby Community Safety Partnership – Clear, Hold, Build Board' --review-cadence 14 --isa NWP-ISA-2026-031 --area-description 'A 1960s deck-access estate of 640 homes and the Cinder Lane shopping parade, supplied by the Cinder Lane group through the "Ricky" deal line.' --add-locality ONS-LSOA:E01099123 --add-locality ONS-LSOA:E01099124 --add-locality ONS-LSOA:E01099127 --add-locality 'ward:Hallowby East' --add-locality postcode-district:HW7Z --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:02:00Z
c agency edit "$out" nwp --contact 'Operation Kestrel SOC desk, Hallowby Police Station' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:03:00Z
c agency add "$out" hbc --name 'Hallowby Borough Council' --kind localAuthority --clearance OFFICIAL-SENSITIVE --contact 'Community Safety Manager' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:04:00Z
c agency add "$out" bmh --name 'Brackenmoor Homes' --kind housing --contact 'Tenancy Enforcement Lead' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:05:00Z
c agency add "$out" sch --name 'Hallowby East Schools Partnership' --kind education --contact 'Designated Safeguarding Lead, Cinder Lane Academy' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:06:00Z
c agency add "$out" nhs --name 'Northwold Health and Care NHS Trust – Substance Misuse Service' --kind health --contact 'Team Leader, Substance Misuse Outreach' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:07:00Z
c agency add "$out" fire --name 'Northwold Fire and Rescue Service' --kind fire --contact 'Station Manager, Hallowby Fire Station' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:08:00Z
c agency add "$out" pcc --name 'Office of the Northwold Police and Crime Commissioner' --kind policeAndCrimeCommissioner --contact 'Commissioning Manager' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:09:00Z
c agency add "$out" prob --name 'Probation Service – Northwold Delivery Unit' --kind probation --clearance OFFICIAL-SENSITIVE --contact 'Senior Probation Officer, Integrated Offender Management' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:10:00Z
c agency add "$out" odyt --name 'Open Door Youth Trust' --kind voluntary --contact 'Outreach Coordinator' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:11:00Z
c stage plan "$out" clear --start 2026-10-05 --end 2027-02-26 --next-review 2026-12-08 --reason 'dates agreed when the plan was drafted' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:12:00Z
c objective add "$out" --stage clear --text 'Dismantle the Cinder Lane group and its "Ricky" deal line supplying crack cocaine and heroin across the estate.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:13:00Z
c objective add "$out" --stage clear --text 'Close the cuckooed addresses and safeguard the children and adults exploited by the group.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:14:00Z
c objective add "$out" --stage clear --text 'Take weapons and criminal cash out of the estate.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:15:00Z
c criterion add "$out" c-k-deal-line --stage clear --statement 'The "Ricky" deal line has been inactive for 28 consecutive days.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:16:00Z
c criterion add "$out" c-k-principals --stage clear --statement 'The three principal nominals are charged and remanded, or otherwise disrupted.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:17:00Z
c criterion add "$out" c-k-cuckoo --stage clear --statement 'No address on the estate is assessed as cuckooed at the monthly vulnerability review.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:18:00Z
c criterion add "$out" c-k-safeguard --stage clear --statement 'Every child identified as exploited by the group has an NRM referral and a safeguarding plan.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:19:00Z
c stage plan "$out" hold --start 2027-02-01 --end 2027-09-30 --reason 'dates agreed when the plan was drafted' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:20:00Z
c objective add "$out" --stage hold --text 'Stop any other group moving into the space left by the Cinder Lane group.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:21:00Z
c objective add "$out" --stage hold --text 'Make the blocks and the underpass harder places to deal from.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:22:00Z
c criterion add "$out" c-k-no-new-line --stage hold --statement 'No new deal line is identified on the estate for six consecutive months.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:23:00Z
c criterion add "$out" c-k-asb-down --stage hold --statement 'Antisocial behaviour is below 30 incidents a month for three consecutive months.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:24:00Z
c criterion add "$out" c-k-cctv-live --stage hold --statement 'The new CCTV and door-entry systems are live and monitored.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:25:00Z
c stage plan "$out" build --start 2027-06-01 --end 2028-03-31 --reason 'dates agreed when the plan was drafted' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:26:00Z
c objective add "$out" --stage build --text 'Give young people on the estate routes into education, training and work.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:27:00Z
c objective add "$out" --stage build --text 'Build residents'"'"' confidence and their own capacity to keep the estate safe.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:28:00Z
c criterion add "$out" c-k-feel-safe --stage build --statement 'At least 60% of residents say they feel safe after dark.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:29:00Z
c criterion add "$out" c-k-hub-running --stage build --statement 'The community hub is open five days a week with resident volunteers.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:30:00Z
c criterion add "$out" c-k-handover --stage build --statement 'The plan is handed over to the Hallowby East neighbourhood partnership with a sustainment plan.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:31:00Z
c measure add "$out" m-k-drug-calls --name 'Drug-related calls for service' --unit 'calls per month' --direction decrease --baseline 64 --target 30 --stage clear --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:32:00Z
c measure add "$out" m-k-deal-line-msgs --name 'Bulk marketing messages on the "Ricky" deal line' --unit 'messages per week' --direction decrease --baseline 11 --target 0 --stage clear --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:33:00Z
c measure add "$out" m-k-cuckooed --name 'Addresses assessed as cuckooed or at high risk' --unit addresses --direction decrease --baseline 9 --target 0 --stage clear --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:34:00Z
c measure add "$out" m-k-asb --name 'Antisocial behaviour incidents reported to the council and police' --unit 'incidents per month' --direction decrease --baseline 48 --target 25 --stage hold --classification OFFICIAL --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:35:00Z
c measure add "$out" m-k-feel-safe --name 'Residents who feel safe walking on the estate after dark' --unit '% of residents' --direction increase --baseline 41 --target 60 --stage build --classification OFFICIAL --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:36:00Z
c risk add "$out" r-k-compromise --description 'Operational compromise before strike day through leaks on estate social media or from partner briefings.' --likelihood 2 --impact 5 --owner nwp --mitigation 'Strike-day details held by SOCU East only; partner briefings limited to OFFICIAL content; need-to-know list reviewed weekly.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:37:00Z
c risk add "$out" r-k-displacement --description 'Dealing displaced to Tanner'"'"'s Row or the neighbouring Ashcombe ward after strike day.' --likelihood 4 --impact 4 --owner nwp --mitigation 'Displacement monitoring task from strike day; Ashcombe neighbourhood team briefed; joint tasking with the adjoining district.' --classification OFFICIAL --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:38:00Z
c risk add "$out" r-k-retaliation --description 'Intimidation of or retaliation against tenants who report, including those living next to closure-order flats.' --likelihood 3 --impact 4 --owner bmh --mitigation 'Witness support referrals; management moves available at 48 hours'"'"' notice; welfare checks after strike day.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:39:00Z
c risk add "$out" r-k-reexploitation --description 'Children safeguarded in Clear are re-exploited by a successor group.' --likelihood 3 --impact 5 --owner hbc --mitigation 'Safeguarding plans reviewed monthly at the exploitation panel; youth diversion places reserved; return home interviews for every missing episode.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T14:40:00Z
c risk add "$out" r-k-funding --description 'Funding for Build-stage youth and employment work is not confirmed beyond March 2027.' --likelihood 2 --impact 3 --owner pcc --mitigation 'PCC'"'"'s office to bid into the 2027–28 community safety fund by January 2027.' --classification OFFICIAL --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-09-30T16:00:00Z
c measure record "$out" m-k-asb --date 2026-09-30 --value 48 --source hbc --agency hbc
at 2026-10-02T11:21:00Z
c task add "$out" t-k-intel-profile --stage clear --title 'Produce the OCG intelligence profile and nominal matrix' --lead nwp --start 2026-10-05 --due 2026-10-23 --strand pursue --priority high --owner 'Detective Inspector, SOCU East' --description 'Profile the Cinder Lane group: principals, runners, stash and cuckooed addresses, vehicles and the "Ricky" deal line.' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:22:00Z
c task add "$out" t-k-deal-line-analysis --stage clear --title 'Analyse communications data for the "Ricky" deal line' --lead nwp --start 2026-10-12 --due 2026-10-30 --strand pursue --priority high --owner 'Detective Sergeant, SOCU East Intelligence' --depends-on t-k-intel-profile:ss+5 --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:23:00Z
c task add "$out" t-k-cctv-review --stage clear --title 'Review CCTV coverage and evidential footage retention on the estate' --lead hbc --support nwp --start 2026-10-12 --due 2026-10-30 --strand prepare --owner 'CCTV Control Room Manager, Hallowby Borough Council' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:24:00Z
c task add "$out" t-k-partner-briefing --stage clear --title 'Partner briefing and first multi-agency tasking meeting' --lead nwp --support hbc --support bmh --support sch --support nhs --support fire --support pcc --support prob --support odyt --start 2026-10-14 --duration 0 --strand prepare --classification OFFICIAL --owner 'Chief Inspector, Hallowby Neighbourhood Policing' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:25:00Z
c task add "$out" t-k-cuckoo-mapping --stage clear --title 'Map suspected cuckooed tenancies in Gorse Court and Heather Court' --lead bmh --support nwp --support hbc --start 2026-10-19 --due 2026-12-11 --strand protect --priority high --owner 'Tenancy Enforcement Lead, Brackenmoor Homes' --depends-on t-k-partner-briefing --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:26:00Z
c task add "$out" t-k-comms-plan --stage clear --title 'Community communications plan for strike day' --lead nwp --support hbc --support pcc --start 2026-10-26 --due 2026-11-13 --strand prepare --classification OFFICIAL --owner 'Corporate Communications Officer, Northwold Police' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:27:00Z
c task add "$out" t-k-nrm-referrals --stage clear --title 'NRM referrals and safeguarding strategy meetings for exploited children' --lead hbc --support nwp --support sch --support odyt --start 2026-10-26 --due 2027-01-29 --strand protect --priority high --owner 'Service Manager, Child Exploitation Team' --description 'Children'"'"'s Services to convene strategy meetings for each child identified in the intelligence profile and submit National Referral Mechanism referrals.' --depends-on t-k-intel-profile:ss+14 --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:28:00Z
c task add "$out" t-k-warrant-apps --stage clear --title 'Prepare Misuse of Drugs Act section 23 warrant applications for six addresses' --lead nwp --start 2026-11-02 --due 2026-12-04 --strand pursue --priority high --owner 'Detective Inspector, SOCU East' --depends-on t-k-deal-line-analysis --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:29:00Z
c task add "$out" t-k-exploitation-screen --stage clear --title 'Screen pupils flagged for exploitation risk with designated safeguarding leads' --lead sch --support hbc --start 2026-11-02 --due 2026-12-18 --strand prevent --owner 'Designated Safeguarding Lead, Cinder Lane Academy' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:30:00Z
c task add "$out" t-k-fire-checks --stage clear --title 'Safe and well visits to vulnerable tenants in Gorse Court and Heather Court' --lead fire --support bmh --start 2026-11-09 --due 2027-01-15 --strand protect --classification OFFICIAL --owner 'Station Manager, Hallowby Fire Station' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:31:00Z
c task add "$out" t-k-weapons-sweep --stage clear --title 'Weapons sweeps of stairwells, bin stores and green space' --lead nwp --support hbc --start 2026-12-01 --duration 18 --strand pursue --owner 'Sergeant, Hallowby East Neighbourhood Team' --depends-on t-k-intel-profile --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:32:00Z
c task add "$out" t-k-strike-day --stage clear --title 'Strike day: simultaneous warrants and arrests' --lead nwp --support hbc --support bmh --support fire --start 2026-12-09 --duration 0 --strand pursue --priority high --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-k-warrant-apps:fs+2 --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:33:00Z
c task add "$out" t-k-arrest-interview --stage clear --title 'Custody, interview and charging advice for the principal nominals' --lead nwp --start 2026-12-09 --duration 4 --strand pursue --priority high --owner 'Detective Inspector, SOCU East' --depends-on t-k-strike-day:ss --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:34:00Z
c task add "$out" t-k-cash-seizure --stage clear --title 'Financial investigation: cash seizures and account freezing orders' --lead nwp --start 2026-12-09 --due 2027-01-29 --strand pursue --owner 'Financial Investigator, Economic Crime Unit' --depends-on t-k-strike-day:ss --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:35:00Z
c task add "$out" t-k-deal-line-kill --stage clear --title 'Apply for a drug dealing telecommunications restriction order on the deal line' --lead nwp --start 2026-12-10 --due 2027-01-08 --strand pursue --priority high --owner 'Detective Inspector, SOCU East' --depends-on t-k-strike-day --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:36:00Z
c task add "$out" t-k-adult-safeguard --stage clear --title 'Welfare visits and treatment offers for adults in cuckooed addresses' --lead nhs --support bmh --support hbc --start 2026-12-10 --due 2027-01-29 --strand protect --owner 'Team Leader, Substance Misuse Outreach' --depends-on t-k-strike-day --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:37:00Z
c task add "$out" t-k-closure-orders --stage clear --title 'Closure orders on cuckooed flats' --lead hbc --support nwp --support bmh --start 2026-12-14 --due 2027-01-22 --strand protect --priority high --owner 'Community Safety Manager, Hallowby Borough Council' --description 'Apply to Hallowby Magistrates'"'"' Court for closure orders on the addresses confirmed as cuckooed after strike day.' --depends-on t-k-strike-day --depends-on t-k-cuckoo-mapping --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:38:00Z
c task add "$out" t-k-ioms --stage clear --title 'Licence conditions and IOM management for released associates' --lead prob --support nwp --due 2027-02-19 --duration 47 --strand pursue --owner 'Senior Probation Officer, Integrated Offender Management' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:39:00Z
c task add "$out" t-k-exit-review --stage clear --title 'Clear exit review at the CHB board' --lead nwp --start 2027-02-24 --duration 0 --strand prepare --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-k-closure-orders --depends-on t-k-deal-line-kill --depends-on t-k-nrm-referrals --depends-on t-k-ioms --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:40:00Z
c task add "$out" t-k-hold-patrol --stage hold --title 'Hotspot patrol plan for Brackenmoor and Cinder Lane' --lead nwp --start 2027-02-01 --due 2027-07-30 --strand pursue --priority high --owner 'Inspector, Hallowby East Neighbourhood Team' --depends-on t-k-strike-day --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:41:00Z
c task add "$out" t-k-displacement-watch --stage hold --title 'Monitor displacement and rival deal-line activity' --lead nwp --start 2027-02-01 --due 2027-09-17 --strand pursue --priority high --owner 'Detective Inspector, SOCU East' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:42:00Z
c task add "$out" t-k-tenancy-audit --stage hold --title 'Tenancy audit and vulnerable tenant flagging' --lead bmh --support hbc --start 2027-02-01 --due 2027-03-31 --strand protect --owner 'Neighbourhood Services Manager, Brackenmoor Homes' --depends-on t-k-closure-orders --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:43:00Z
c task add "$out" t-k-pspo --stage hold --title 'Consult on a Public Spaces Protection Order for the Cinder Lane underpass' --lead hbc --start 2027-02-08 --due 2027-04-30 --strand protect --classification OFFICIAL --owner 'Community Safety Manager, Hallowby Borough Council' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:44:00Z
c task add "$out" t-k-cctv-upgrade --stage hold --title 'Install four redeployable CCTV cameras at Gorse Court and the underpass' --lead hbc --support nwp --start 2027-02-15 --due 2027-04-09 --strand protect --classification OFFICIAL --owner 'CCTV Control Room Manager, Hallowby Borough Council' --depends-on t-k-cctv-review --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:45:00Z
c task add "$out" t-k-target-harden --stage hold --title 'Target hardening: door entry systems and fob audit for Gorse Court and Heather Court' --lead bmh --support fire --start 2027-02-15 --due 2027-05-28 --strand protect --classification OFFICIAL --owner 'Asset Manager, Brackenmoor Homes' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:46:00Z
c task add "$out" t-k-youth-diversion --stage hold --title 'Detached youth work and diversion sessions on Friday and Saturday evenings' --lead odyt --support sch --support pcc --start 2027-03-01 --due 2027-09-24 --strand prevent --classification OFFICIAL --owner 'Outreach Coordinator, Open Door Youth Trust' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:47:00Z
c task add "$out" t-k-recovery-pathway --stage hold --title 'Drug treatment recovery pathway with outreach at the estate' --lead nhs --start 2027-03-01 --due 2027-08-27 --strand prevent --classification OFFICIAL --owner 'Team Leader, Substance Misuse Outreach' --depends-on t-k-adult-safeguard --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:48:00Z
c task add "$out" t-k-hold-review --stage hold --title 'Hold exit review at the CHB board' --lead nwp --start 2027-09-27 --duration 0 --strand prepare --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-k-displacement-watch --depends-on t-k-tenancy-audit --depends-on t-k-youth-diversion:ff --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:49:00Z
c task add "$out" t-k-community-hub --stage build --title 'Open a community hub in the former Cinder Lane housing office' --lead hbc --support bmh --support odyt --support nhs --start 2027-06-01 --due 2027-10-29 --strand prevent --classification OFFICIAL --owner 'Head of Communities, Hallowby Borough Council' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:50:00Z
c task add "$out" t-k-fire-arson --stage build --title 'Arson reduction: fly-tipping clearance and bin store fire safety' --lead fire --support bmh --start 2027-06-01 --due 2027-08-27 --strand protect --classification OFFICIAL --owner 'Station Manager, Hallowby Fire Station' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:51:00Z
c task add "$out" t-k-confidence-survey --stage build --title 'Community confidence survey, waves 2 and 3' --lead pcc --start 2027-06-07 --due 2028-02-25 --strand prepare --classification OFFICIAL --owner 'Commissioning Manager, Office of the Northwold PCC' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:52:00Z
c task add "$out" t-k-env-improvement --stage build --title 'Environmental improvements: lighting, cut-backs and an underpass mural' --lead hbc --support odyt --start 2027-06-14 --due 2027-09-24 --strand protect --classification OFFICIAL --owner 'Neighbourhood Services Manager, Hallowby Borough Council' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:53:00Z
c task add "$out" t-k-residents-assoc --stage build --title 'Support residents to form a Brackenmoor residents'"'"' association' --lead odyt --support bmh --start 2027-06-21 --due 2027-12-17 --strand prepare --classification OFFICIAL --owner 'Community Development Worker, Open Door Youth Trust' --depends-on t-k-community-hub:ss+20 --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:54:00Z
c task add "$out" t-k-employability --stage build --title 'Employability and apprenticeship scheme for 16–24s' --lead hbc --support odyt --support prob --start 2027-07-05 --due 2028-03-17 --strand prevent --classification OFFICIAL --owner 'Employment and Skills Lead, Hallowby Borough Council' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:55:00Z
c task add "$out" t-k-school-programme --stage build --title 'Year 8 and 9 exploitation awareness programme across Hallowby East schools' --lead sch --support nwp --support odyt --start 2027-09-06 --due 2028-03-24 --strand prevent --classification OFFICIAL --owner 'Designated Safeguarding Lead, Cinder Lane Academy' --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T11:56:00Z
c task add "$out" t-k-build-handover --stage build --title 'Hand over to the Hallowby East neighbourhood partnership and close the plan' --lead hbc --start 2028-03-24 --duration 0 --strand prepare --owner 'Head of Communities, Hallowby Borough Council' --depends-on t-k-employability:ff --depends-on t-k-school-programme:ff --depends-on t-k-confidence-survey --agency nwp --actor 'Detective Inspector, SOCU East'
at 2026-10-02T16:40:00Z
c measure record "$out" m-k-drug-calls --date 2026-09-30 --value 64 --source nwp --agency nwp
at 2026-10-05T08:30:00Z
c stage start "$out" clear --date 2026-10-05 --agency nwp --actor 'Detective Inspector, SOCU East'
c task start "$out" t-k-intel-profile --date 2026-10-05 --agency nwp
at 2026-10-07T13:00:00Z
c decision "$out" --text 'Board adopted Operation Kestrel; fortnightly review; strike day to be set once warrants are ready.' --agency nwp --actor 'Chair, Hallowby CSP Clear, Hold, Build Board'
at 2026-10-12T08:30:00Z
c task start "$out" t-k-deal-line-analysis --date 2026-10-12 --agency nwp
c task start "$out" t-k-cctv-review --date 2026-10-12 --agency hbc
at 2026-10-14T08:30:00Z
c task start "$out" t-k-partner-briefing --date 2026-10-14 --agency nwp
at 2026-10-14T17:30:00Z
c task done "$out" t-k-partner-briefing --date 2026-10-14 --reason 'partner briefing held with 22 attendees from nine agencies.' --agency nwp
at 2026-10-16T12:00:00Z
c measure record "$out" m-k-deal-line-msgs --date 2026-10-16 --value 11 --source nwp --agency nwp
at 2026-10-19T08:30:00Z
c task start "$out" t-k-cuckoo-mapping --date 2026-10-19 --agency bmh
at 2026-10-20T16:10:00Z
c measure record "$out" m-k-feel-safe --date 2026-10-20 --value 41 --source pcc --agency pcc
at 2026-10-22T15:30:00Z
c task done "$out" t-k-intel-profile --date 2026-10-22 --reason 'intelligence profile and nominal matrix signed off.' --agency nwp
at 2026-10-23T13:15:00Z
c measure record "$out" m-k-cuckooed --date 2026-10-23 --value 9 --source bmh --agency bmh
at 2026-10-26T08:30:00Z
c task start "$out" t-k-comms-plan --date 2026-10-26 --agency nwp
c task start "$out" t-k-nrm-referrals --date 2026-10-26 --agency hbc
at 2026-10-28T15:40:00Z
c task note "$out" t-k-cctv-review --text 'Two blind spots found: the Cinder Lane underpass and the rear of Gorse Court bin stores.' --agency hbc
at 2026-10-28T15:45:00Z
c task done "$out" t-k-cctv-review --date 2026-10-28 --reason 'coverage review complete; two blind spots to be addressed in Hold.' --agency hbc
at 2026-10-29T17:05:00Z
c task done "$out" t-k-deal-line-analysis --date 2026-10-29 --reason 'line attribution complete.' --agency nwp
at 2026-10-30T12:00:00Z
c measure record "$out" m-k-deal-line-msgs --date 2026-10-30 --value 9 --source nwp --agency nwp
at 2026-11-02T08:30:00Z
c task start "$out" t-k-warrant-apps --date 2026-11-02 --agency nwp
c task start "$out" t-k-exploitation-screen --date 2026-11-02 --agency sch
at 2026-11-04T11:10:00Z
c measure record "$out" m-k-drug-calls --date 2026-10-31 --value 59 --source nwp --agency nwp
at 2026-11-04T14:20:00Z
c measure record "$out" m-k-asb --date 2026-10-31 --value 51 --source hbc --agency hbc
at 2026-11-09T08:30:00Z
c task start "$out" t-k-fire-checks --date 2026-11-09 --agency fire
at 2026-11-12T12:30:00Z
c task done "$out" t-k-comms-plan --date 2026-11-12 --reason 'communications plan agreed with the council and the PCC'"'"'s office.' --agency nwp
at 2026-11-18T13:00:00Z
c decision "$out" --text 'Board: strike day confirmed for 9 December; closure order applications to be led by the council.' --agency nwp --actor 'Chair, Hallowby CSP Clear, Hold, Build Board'
at 2026-11-20T12:00:00Z
c measure record "$out" m-k-deal-line-msgs --date 2026-11-20 --value 8 --source nwp --agency nwp
at 2026-11-20T15:00:00Z
c measure record "$out" m-k-cuckooed --date 2026-11-20 --value 7 --source bmh --agency bmh
at 2026-11-24T09:20:00Z
c task note "$out" t-k-warrant-apps --text 'Four of six applications drafted; two addresses need a further week of observations.' --agency nwp
at 2026-11-25T11:11:00Z
c task edit "$out" t-k-cuckoo-mapping --progress 70 --agency bmh
c task edit "$out" t-k-nrm-referrals --progress 30 --agency hbc
c task edit "$out" t-k-warrant-apps --progress 60 --agency nwp
c task edit "$out" t-k-exploitation-screen --progress 50 --agency sch
c task edit "$out" t-k-fire-checks --progress 40 --agency fire
at 2026-11-25T17:00:00Z
c measure record "$out" m-k-feel-safe --date 2026-11-25 --value 43 --source pcc --agency pcc
at 2026-11-26T11:05:00Z
c task note "$out" t-k-cuckoo-mapping --text 'Seven of nine flagged tenancies visited; two tenants declined contact.' --agency bmh
