#!/usr/bin/env bash
# op-heron: rebuilt from chb commands, so every event in its history is chb's own, with typed changes.
# Run from the repository root after `swift build`: plans/make/NAME.sh [OUT] (default: the plan
# in plans/). Each command runs at its own CHB_NOW, so the history is the story of the operation.
set -euo pipefail
chb=${CHB:-.build/debug/chb}
out=${1:-plans/heron-hold.xml}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
rm -f "$out"
at() { now=$1; }
c() { CHB_NOW=$now "$chb" "$@" >/dev/null || { echo "$0: failed at $now: chb $*" >&2; exit 1; }; }

at 2025-12-08T10:00:00Z
c new "$out" --id op-heron --title 'Operation Heron: Quayside and the Saltings' --area 'Quayside and the Saltings Estate, Severnmouth' --lead-agency smc --lead-agency-name 'Severnmouth Constabulary' --lead-agency-kind police --officer 'Detective Chief Inspector, Organised Crime Partnership Hub, Severnmouth Constabulary' --classification OFFICIAL-SENSITIVE --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:31:00Z
c plan edit "$out" --board 'Severnmouth Safer Communities Partnership – Serious and Organised Crime Board' --review-cadence 28 --isa SMC-ISA-2025-044 --area-description 'Four tower and low-rise blocks (Pilot House, Anchor House, Ropewalk Mews and Saltings Parade) beside the old quay, supplied by county lines from Brennport.' --add-locality ONS-LSOA:E01099201 --add-locality ONS-LSOA:E01099202 --add-locality ONS-LSOA:E01099205 --add-locality ONS-LSOA:E01099206 --add-locality ward:Saltings --add-locality postcode-district:SV3Z --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:32:00Z
c agency edit "$out" smc --contact 'Organised Crime Partnership Hub duty desk' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:33:00Z
c agency add "$out" smcc --name 'Severnmouth City Council' --kind localAuthority --clearance OFFICIAL-SENSITIVE --contact 'Head of Community Safety' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:34:00Z
c agency add "$out" sht --name 'Saltings Housing Trust' --kind housing --contact 'Neighbourhood Services Manager' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:35:00Z
c agency add "$out" edu --name 'Severnmouth Learning Trust' --kind education --contact 'Trust Safeguarding Lead' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:36:00Z
c agency add "$out" nhs --name 'Severnmouth Community NHS Trust' --kind health --contact 'Harm Reduction Team Lead' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:37:00Z
c agency add "$out" sfrs --name 'Severnmouth Fire and Rescue Service' --kind fire --contact 'Watch Manager, Severnmouth Central Fire Station' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:38:00Z
c agency add "$out" opcc --name 'Office of the Police and Crime Commissioner for Severnmouth' --kind policeAndCrimeCommissioner --clearance OFFICIAL-SENSITIVE --contact 'Head of Commissioning' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:39:00Z
c agency add "$out" prob --name 'Probation Service – Severnmouth' --kind probation --clearance OFFICIAL-SENSITIVE --contact 'Head of Integrated Offender Management' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:40:00Z
c agency add "$out" vol --name 'Harbour Lights Youth Project' --kind voluntary --contact 'Project Manager' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:41:00Z
c agency add "$out" pantry --name 'Saltings Community Pantry' --kind voluntary --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:42:00Z
c agency add "$out" bus --name 'Quayside Traders'"'"' Association' --kind business --contact Chair --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:43:00Z
c stage plan "$out" clear --start 2026-01-12 --end 2026-09-11 --reason 'dates agreed when the plan was drafted' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:44:00Z
c objective add "$out" --stage clear --text 'Dismantle the "Dex" county line run from Brennport into the Saltings estate.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:45:00Z
c objective add "$out" --stage clear --text 'Close the cuckooed flats and safeguard the children and adults exploited by the line.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:46:00Z
c objective add "$out" --stage clear --text 'Disrupt the Quayside group'"'"'s laundering through cash-intensive businesses.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:47:00Z
c criterion add "$out" c-h-dex-line --stage clear --statement 'No deal line has been active on the estate for 28 consecutive days.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:48:00Z
c criterion add "$out" c-h-principals --stage clear --statement 'All five principal nominals are charged and remanded or on restrictive bail.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:49:00Z
c criterion add "$out" c-h-cuckoo --stage clear --statement 'No address on the estate is assessed as cuckooed at the monthly vulnerability review.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:50:00Z
c criterion add "$out" c-h-nrm --stage clear --statement 'Every exploited child identified has an NRM referral and a safeguarding plan.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:51:00Z
c stage plan "$out" hold --start 2026-05-04 --end 2027-01-29 --next-review 2026-12-03 --reason 'dates agreed when the plan was drafted' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:52:00Z
c objective add "$out" --stage hold --text 'Stop a rival line or group from moving into the space left by the "Dex" line.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:53:00Z
c objective add "$out" --stage hold --text 'Make the blocks, the underpass and Ropewalk harder places to deal from.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:54:00Z
c objective add "$out" --stage hold --text 'Keep safeguarded children and adults out of the reach of exploiters.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:55:00Z
c criterion add "$out" c-h-no-new-line --stage hold --statement 'No new deal line is identified on the estate for six consecutive months.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:56:00Z
c criterion add "$out" c-h-cctv-live --stage hold --statement 'The new CCTV cameras are live and monitored from the council control room.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:57:00Z
c criterion add "$out" c-h-feel-safe-hold --stage hold --statement 'At least 45% of residents say they feel safe after dark.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:58:00Z
c stage plan "$out" build --start 2026-11-02 --end 2027-10-29 --reason 'dates agreed when the plan was drafted' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T15:59:00Z
c objective add "$out" --stage build --text 'Open a permanent community hub run with residents.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:00:00Z
c objective add "$out" --stage build --text 'Create routes into education, training and work for young people on the estate.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:01:00Z
c criterion add "$out" c-h-hub --stage build --statement 'The Pilot House community hub is open five days a week.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:02:00Z
c criterion add "$out" c-h-neet --stage build --statement 'Fewer than 8% of 16 to 18-year-olds on the estate are not in education, employment or training.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:03:00Z
c criterion add "$out" c-h-bau --stage build --statement 'The plan is handed over to business-as-usual neighbourhood management.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:04:00Z
c measure add "$out" m-h-drug-calls --name 'Drug-related calls for service' --unit 'calls per month' --direction decrease --baseline 72 --target 35 --stage hold --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:05:00Z
c measure add "$out" m-h-feel-safe --name 'Residents who feel safe after dark' --unit '% of residents' --direction increase --baseline 38 --target 55 --stage hold --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:06:00Z
c measure add "$out" m-h-asb --name 'Antisocial behaviour incidents' --unit 'incidents per month' --direction decrease --baseline 55 --target 30 --stage hold --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:07:00Z
c measure add "$out" m-h-missing --name 'Missing-child episodes linked to county lines' --unit 'episodes per month' --direction decrease --baseline 14 --target 4 --stage hold --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:08:00Z
c measure add "$out" m-h-cuckooed --name 'Addresses assessed as cuckooed' --unit addresses --direction decrease --baseline 7 --target 0 --stage clear --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:09:00Z
c measure add "$out" m-h-youth-engaged --name 'Young people engaged in diversion activities' --unit 'young people per month' --direction increase --baseline 0 --target 80 --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:10:00Z
c risk add "$out" r-h-rival-line --description 'The Brennport "Blue" line or another group re-establishes supply in the space left by the "Dex" line.' --likelihood 4 --impact 5 --owner smc --mitigation 'Displacement monitoring, quarterly test purchases, and a standing re-clear plan with warrants prepared within 10 days.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:11:00Z
c risk add "$out" r-h-cctv-delay --description 'CCTV installation delayed by the wayleave dispute, leaving Ropewalk without camera coverage.' --likelihood 4 --impact 3 --owner smcc --mitigation 'Interim battery-powered camera; escalation to the Director of Place; legal route for a necessary wayleave.' --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:12:00Z
c risk add "$out" r-h-witness --description 'Intimidation of residents who gave statements for the closure orders.' --likelihood 3 --impact 4 --owner sht --mitigation 'Management moves completed for two households; door cameras fitted; named officer contact.' --status mitigated --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:13:00Z
c risk add "$out" r-h-funding --description 'Build funding is not confirmed; the hub conversion depends on it.' --likelihood 3 --impact 4 --owner opcc --mitigation 'Bid to the PCC community safety fund in January 2027; council capital fallback for the hub.' --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:14:00Z
c risk add "$out" r-h-release --description 'Two Clear-stage nominals due for release in spring 2027 may return to the estate.' --likelihood 3 --impact 4 --owner prob --mitigation 'Licence exclusion zones; IOM managed; release plans shared with the neighbourhood team.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:15:00Z
c risk add "$out" r-h-reexploitation --description 'Children safeguarded in Clear are re-exploited by the rival line.' --likelihood 3 --impact 5 --owner smcc --mitigation 'Monthly exploitation panel reviews; return home interviews; mentoring places held open.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-10T16:16:00Z
c risk add "$out" r-h-youth-staff --description 'Loss of detached youth workers ends the evening sessions.' --likelihood 2 --impact 3 --owner vol --mitigation 'Two workers recruited in August 2026; risk closed.' --status closed --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:01:00Z
c task add "$out" t-h-intel-dev --stage clear --title 'Intelligence development on the "Dex" line and the Quayside group' --lead smc --start 2026-01-12 --due 2026-02-06 --strand pursue --priority high --owner 'Detective Inspector, Organised Crime Partnership Hub' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:02:00Z
c task add "$out" t-h-covert --stage clear --title 'Covert phase: test purchases and surveillance of stash addresses' --lead smc --start 2026-01-26 --due 2026-02-27 --strand pursue --priority high --owner 'Detective Inspector, Organised Crime Partnership Hub' --depends-on t-h-intel-dev:ss+10 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:03:00Z
c task add "$out" t-h-comms --stage clear --title 'Strike-day community communications and a "You said, we did" leaflet' --lead smc --support smcc --support opcc --start 2026-02-16 --due 2026-03-06 --strand prepare --classification OFFICIAL --owner 'Communications Officer, Severnmouth Constabulary' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:04:00Z
c task add "$out" t-h-warrants --stage clear --title 'Strike day: eight warrants across the Saltings estate' --lead smc --support smcc --support sht --start 2026-03-03 --duration 0 --strand pursue --priority high --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-h-covert --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:05:00Z
c task add "$out" t-h-charging --stage clear --title 'Charging file for the principal nominals: conspiracy to supply Class A drugs' --lead smc --start 2026-03-03 --due 2026-03-20 --strand pursue --priority high --owner 'Detective Sergeant, Case Progression' --depends-on t-h-warrants:ss --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:06:00Z
c task add "$out" t-h-nrm --stage clear --title 'NRM referrals and safeguarding plans for exploited children' --lead smcc --support smc --support edu --support vol --start 2026-03-03 --due 2026-05-15 --strand protect --priority high --owner 'Head of Children'"'"'s Safeguarding, Severnmouth City Council' --depends-on t-h-warrants:ss --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:07:00Z
c task add "$out" t-h-poca --stage clear --title 'Proceeds of crime: account freezing orders and cash forfeiture' --lead smc --start 2026-03-03 --due 2026-05-22 --strand pursue --owner 'Financial Investigator, Economic Crime Unit' --depends-on t-h-warrants:ss --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:08:00Z
c task add "$out" t-h-closure-1 --stage clear --title 'Closure orders on three cuckooed flats in Pilot House' --lead smcc --support smc --support sht --start 2026-03-04 --due 2026-04-10 --strand protect --priority high --owner 'Head of Community Safety, Severnmouth City Council' --depends-on t-h-warrants --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:09:00Z
c task add "$out" t-h-adult-vuln --stage clear --title 'Treatment and welfare offers for adults in cuckooed flats' --lead nhs --support sht --support smcc --start 2026-03-04 --due 2026-04-30 --strand protect --owner 'Harm Reduction Team Lead' --depends-on t-h-warrants --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:10:00Z
c task add "$out" t-h-dttro --stage clear --title 'Drug dealing telecommunications restriction order on the "Dex" line and successor numbers' --lead smc --start 2026-03-09 --due 2026-04-17 --strand pursue --owner 'Detective Inspector, Organised Crime Partnership Hub' --depends-on t-h-warrants:fs+5 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:11:00Z
c task add "$out" t-h-fire-visits --stage clear --title 'Safe and well visits for residents of Pilot House and Anchor House' --lead sfrs --support sht --start 2026-03-09 --due 2026-04-24 --strand protect --classification OFFICIAL --owner 'Watch Manager, Severnmouth Central Fire Station' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:12:00Z
c task add "$out" t-h-business-checks --stage clear --title 'Multi-agency checks of cash-intensive businesses on Quay Street' --lead smcc --support smc --support bus --start 2026-04-06 --due 2026-05-15 --strand pursue --owner 'Licensing and Trading Standards Manager' --description 'Licensing, trading standards and immigration checks with referrals to HMRC where money laundering is suspected.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-15T11:13:00Z
c task add "$out" t-h-weapons --stage clear --title 'Knife arch deployments at Saltings Parade' --lead smc --start 2026-04-13 --due 2026-04-17 --strand pursue --owner 'Sergeant, Saltings Neighbourhood Team' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-17T14:00:00Z
c decision "$out" --text 'Board adopted Operation Heron; review every 28 days.' --agency smc --actor 'Chair, Severnmouth Safer Communities Partnership SOC Board'
at 2025-12-17T14:05:00Z
c baseline set "$out" 'first board' --at 2025-12-17T14:00:00Z --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2025-12-31T09:30:00Z
c measure record "$out" m-h-drug-calls --date 2025-12-31 --value 72 --source smc --agency smc
at 2026-01-12T08:00:00Z
c stage start "$out" clear --date 2026-01-12 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-01-12T08:30:00Z
c task start "$out" t-h-intel-dev --date 2026-01-12 --agency smc
at 2026-01-20T16:00:00Z
c measure record "$out" m-h-feel-safe --date 2026-01-20 --value 38 --source opcc --agency opcc
at 2026-01-26T08:30:00Z
c task start "$out" t-h-covert --date 2026-01-26 --agency smc
at 2026-01-30T09:30:00Z
c measure record "$out" m-h-cuckooed --date 2026-01-30 --value 7 --source sht --agency sht
at 2026-01-31T09:30:00Z
c measure record "$out" m-h-asb --date 2026-01-31 --value 55 --source smcc --agency smcc
at 2026-02-05T17:00:00Z
c task done "$out" t-h-intel-dev --date 2026-02-05 --reason 'intelligence development complete.' --agency smc
at 2026-02-16T08:30:00Z
c task start "$out" t-h-comms --date 2026-02-16 --agency smc
at 2026-02-27T18:30:00Z
c task done "$out" t-h-covert --date 2026-02-27 --reason 'covert phase closed.' --agency smc
at 2026-02-28T09:30:00Z
c measure record "$out" m-h-missing --date 2026-02-28 --value 14 --source smcc --agency smcc
at 2026-03-03T08:30:00Z
c task start "$out" t-h-warrants --date 2026-03-03 --agency smc
c task start "$out" t-h-charging --date 2026-03-03 --agency smc
c task start "$out" t-h-nrm --date 2026-03-03 --agency smcc
c task start "$out" t-h-poca --date 2026-03-03 --agency smc
at 2026-03-03T19:45:00Z
c task done "$out" t-h-warrants --date 2026-03-03 --reason 'eight warrants executed; 11 arrests; £38,400 cash and two knives seized.' --agency smc
at 2026-03-04T08:30:00Z
c task start "$out" t-h-closure-1 --date 2026-03-04 --agency smcc
c task start "$out" t-h-adult-vuln --date 2026-03-04 --agency nhs
at 2026-03-06T12:00:00Z
c task done "$out" t-h-comms --date 2026-03-06 --reason 'leaflet delivered to 1,150 homes.' --agency smc
at 2026-03-09T08:30:00Z
c task start "$out" t-h-dttro --date 2026-03-09 --agency smc
c task start "$out" t-h-fire-visits --date 2026-03-09 --agency sfrs
at 2026-03-20T16:30:00Z
c task done "$out" t-h-charging --date 2026-03-20 --reason 'all five principals charged and remanded.' --agency smc
at 2026-03-20T16:35:00Z
c criterion met "$out" c-h-principals --date 2026-03-20 --evidence 'Charging decisions and remand hearings, 5 to 20 March 2026.' --agency smc
at 2026-03-31T09:30:00Z
c measure record "$out" m-h-drug-calls --date 2026-03-31 --value 58 --source smc --agency smc
c measure record "$out" m-h-cuckooed --date 2026-03-31 --value 4 --source sht --agency sht
at 2026-04-06T08:30:00Z
c task start "$out" t-h-business-checks --date 2026-04-06 --agency smcc
at 2026-04-08T14:00:00Z
c task done "$out" t-h-closure-1 --date 2026-04-08 --reason 'three-month closure orders granted at Severnmouth Magistrates'"'"' Court.' --agency smcc
at 2026-04-14T11:00:00Z
c task done "$out" t-h-dttro --date 2026-04-14 --reason 'order granted on the "Dex" line and two successor numbers.' --agency smc
at 2026-04-20T10:15:00Z
c task cancel "$out" t-h-weapons --reason 'superseded by weekly weapons sweeps within hotspot patrols; no knife crime at Saltings Parade since strike day.' --agency smc
at 2026-04-22T17:00:00Z
c task done "$out" t-h-fire-visits --date 2026-04-22 --agency sfrs
at 2026-04-29T17:00:00Z
c task done "$out" t-h-adult-vuln --date 2026-04-29 --agency nhs
at 2026-04-30T09:30:00Z
c measure record "$out" m-h-asb --date 2026-04-30 --value 47 --source smcc --agency smcc
c measure record "$out" m-h-cuckooed --date 2026-04-30 --value 0 --source sht --agency sht
at 2026-05-01T09:00:00Z
c criterion met "$out" c-h-cuckoo --date 2026-05-01 --agency smc
at 2026-05-02T11:31:00Z
c task add "$out" t-h-clear-review --stage clear --title 'Clear exit review' --lead smc --start 2026-05-22 --duration 0 --strand prepare --owner 'Detective Chief Inspector, Organised Crime Partnership Hub' --depends-on t-h-charging --depends-on t-h-closure-1 --depends-on t-h-nrm --depends-on t-h-dttro --depends-on t-h-poca:ff --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:32:00Z
c task add "$out" t-h-hotspot --stage hold --title 'Hotspot patrols at Saltings Parade, Pilot House and Ropewalk' --lead smc --start 2026-05-26 --due 2027-01-29 --strand pursue --priority high --owner 'Inspector, Saltings Neighbourhood Team' --depends-on t-h-clear-review --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:33:00Z
c task add "$out" t-h-displacement --stage hold --title 'Displacement and rival-line monitoring' --lead smc --start 2026-05-26 --due 2027-01-22 --strand pursue --priority high --owner 'Detective Inspector, Organised Crime Partnership Hub' --depends-on t-h-clear-review --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:34:00Z
c task add "$out" t-h-pspo --stage hold --title 'Public Spaces Protection Order for the Saltings underpass and Parade' --lead smcc --start 2026-06-01 --due 2026-09-25 --strand protect --classification OFFICIAL --owner 'Head of Community Safety, Severnmouth City Council' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:35:00Z
c task add "$out" t-h-tenancy-audit --stage hold --title 'Tenancy audit and vulnerable tenant flagging' --lead sht --support smcc --start 2026-06-01 --due 2026-08-14 --strand protect --owner 'Neighbourhood Services Manager, Saltings Housing Trust' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:36:00Z
c task add "$out" t-h-iom --stage hold --title 'IOM management and licence exclusion zones for released nominals' --lead prob --support smc --start 2026-06-01 --due 2027-01-29 --strand pursue --owner 'Head of Integrated Offender Management' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:37:00Z
c task add "$out" t-h-return-interviews --stage hold --title 'Return home interviews for missing children linked to the lines' --lead smcc --support vol --support smc --start 2026-06-01 --due 2026-11-13 --strand protect --owner 'Missing Children Coordinator, Severnmouth City Council' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:38:00Z
c task add "$out" t-h-fire-arson --stage hold --title 'Arson reduction: bin store and void property fire safety' --lead sfrs --support sht --start 2026-06-01 --due 2026-08-28 --strand protect --classification OFFICIAL --owner 'Watch Manager, Severnmouth Central Fire Station' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:39:00Z
c task add "$out" t-h-youth-outreach --stage hold --title 'Detached youth work from Thursday to Saturday evenings' --lead vol --support edu --support opcc --start 2026-06-08 --due 2027-01-29 --strand prevent --classification OFFICIAL --owner 'Project Manager, Harbour Lights Youth Project' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:40:00Z
c task add "$out" t-h-door-entry --stage hold --title 'Replace door entry systems and audit fobs at Pilot House and Anchor House' --lead sht --support sfrs --start 2026-06-15 --due 2026-10-30 --strand protect --classification OFFICIAL --owner 'Asset Manager, Saltings Housing Trust' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-02T11:41:00Z
c task add "$out" t-h-harm-reduction --stage hold --title 'Harm reduction outreach and treatment engagement at the Saltings hub' --lead nhs --support pantry --start 2026-06-15 --due 2027-01-15 --strand prevent --classification OFFICIAL --owner 'Harm Reduction Team Lead' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-12T09:00:00Z
c criterion met "$out" c-h-dex-line --date 2026-05-12 --agency smc
at 2026-05-14T17:00:00Z
c task done "$out" t-h-business-checks --date 2026-05-14 --agency smcc
at 2026-05-15T15:00:00Z
c task done "$out" t-h-nrm --date 2026-05-15 --reason '9 NRM referrals made; every child has a safeguarding plan.' --agency smcc
at 2026-05-15T15:05:00Z
c criterion met "$out" c-h-nrm --date 2026-05-15 --agency smc
at 2026-05-21T17:00:00Z
c task done "$out" t-h-poca --date 2026-05-21 --agency smc
at 2026-05-22T08:30:00Z
c task start "$out" t-h-clear-review --date 2026-05-22 --agency smc
at 2026-05-22T12:00:00Z
c task done "$out" t-h-clear-review --date 2026-05-22 --reason 'exit review held at the May board.' --agency smc
at 2026-05-22T12:10:00Z
c stage complete "$out" clear --date 2026-05-22 --reason 'Clear complete: all four exit criteria met.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-26T08:00:00Z
c stage start "$out" hold --date 2026-05-26 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-05-26T08:30:00Z
c task start "$out" t-h-hotspot --date 2026-05-26 --agency smc
c task start "$out" t-h-displacement --date 2026-05-26 --agency smc
at 2026-05-31T09:30:00Z
c measure record "$out" m-h-drug-calls --date 2026-05-31 --value 44 --source smc --agency smc
c measure record "$out" m-h-missing --date 2026-05-31 --value 9 --source smcc --agency smcc
at 2026-06-01T08:30:00Z
c task start "$out" t-h-pspo --date 2026-06-01 --agency smcc
c task start "$out" t-h-tenancy-audit --date 2026-06-01 --agency sht
c task start "$out" t-h-iom --date 2026-06-01 --agency prob
c task start "$out" t-h-return-interviews --date 2026-06-01 --agency smcc
c task start "$out" t-h-fire-arson --date 2026-06-01 --agency sfrs
at 2026-06-08T08:30:00Z
c task start "$out" t-h-youth-outreach --date 2026-06-08 --agency vol
at 2026-06-15T08:30:00Z
c task start "$out" t-h-door-entry --date 2026-06-15 --agency sht
c task start "$out" t-h-harm-reduction --date 2026-06-15 --agency nhs
at 2026-06-15T16:00:00Z
c measure record "$out" m-h-feel-safe --date 2026-06-15 --value 44 --source opcc --agency opcc
at 2026-06-16T17:01:00Z
c task add "$out" t-h-business-watch --stage hold --title 'Quayside business watch and shop radio link' --lead bus --support smc --start 2026-07-01 --due 2026-12-18 --strand protect --classification OFFICIAL --owner 'Chair, Quayside Traders'"'"' Association' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-06-16T17:02:00Z
c task add "$out" t-h-cctv --stage hold --title 'Install six redeployable CCTV cameras at Ropewalk and Saltings Parade' --lead smcc --support smc --start 2026-07-06 --due 2026-10-30 --strand protect --priority high --classification OFFICIAL --owner 'CCTV and Control Room Manager, Severnmouth City Council' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-06-30T09:30:00Z
c measure record "$out" m-h-youth-engaged --date 2026-06-30 --value 22 --source vol --agency vol
at 2026-07-01T08:30:00Z
c task start "$out" t-h-business-watch --date 2026-07-01 --agency bus
at 2026-07-06T08:30:00Z
c task start "$out" t-h-cctv --date 2026-07-06 --agency smcc
at 2026-07-10T16:20:00Z
c task note "$out" t-h-displacement --text 'Bulk messages from a Brennport number picked up in Saltings; passed to the board for a re-clear decision.' --agency smc
at 2026-07-14T09:10:00Z
c stage reopen "$out" clear --reason 'Re-clear: the Brennport "Blue" line has cuckooed two addresses and is sending bulk messages to former "Dex" line customers.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T09:20:00Z
c criterion unmet "$out" c-h-dex-line --reason 'A deal line is active on the estate again (the "Blue" line).' --agency smc
at 2026-07-14T10:01:00Z
c task add "$out" t-h-rc-intel --stage clear --title 'Re-clear: intelligence on the Brennport "Blue" line trying to move in' --lead smc --start 2026-07-14 --due 2026-07-24 --strand pursue --priority high --owner 'Detective Inspector, Organised Crime Partnership Hub' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:02:00Z
c task add "$out" t-h-rc-warrants --stage clear --title 'Re-clear: warrants at two newly cuckooed addresses' --lead smc --support sht --start 2026-07-29 --duration 0 --strand pursue --priority high --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-h-rc-intel --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:03:00Z
c task add "$out" t-h-rc-closure --stage clear --title 'Re-clear: closure orders on Flat 14 Anchor House and 3 Ropewalk Mews' --lead smcc --support smc --support sht --start 2026-07-30 --due 2026-08-21 --strand protect --priority high --owner 'Head of Community Safety, Severnmouth City Council' --depends-on t-h-rc-warrants --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:04:00Z
c task add "$out" t-h-rc-dttro --stage clear --title 'Re-clear: telecommunications restriction order on the "Blue" line' --lead smc --start 2026-07-30 --due 2026-08-28 --strand pursue --owner 'Detective Inspector, Organised Crime Partnership Hub' --depends-on t-h-rc-warrants --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:05:00Z
c task add "$out" t-h-rc-review --stage clear --title 'Re-clear exit review' --lead smc --start 2026-09-04 --duration 0 --strand prepare --owner 'Detective Chief Inspector, Organised Crime Partnership Hub' --depends-on t-h-rc-closure --depends-on t-h-rc-dttro --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:06:00Z
c task add "$out" t-h-food-pantry --stage hold --title 'Community pantry and advice sessions at the Saltings hub' --lead pantry --support smcc --start 2026-09-01 --due 2027-01-29 --strand prevent --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:07:00Z
c task add "$out" t-h-confidence-survey --stage hold --title 'Community confidence survey, wave 2' --lead opcc --start 2026-09-07 --due 2026-10-09 --strand prepare --classification OFFICIAL --owner 'Head of Commissioning, Office of the PCC' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:08:00Z
c task add "$out" t-h-school-sessions --stage hold --title 'Exploitation awareness sessions for Years 7 to 9 at Saltings Academy' --lead edu --support smc --support vol --start 2026-09-14 --due 2026-11-20 --strand prevent --classification OFFICIAL --owner 'Trust Safeguarding Lead, Severnmouth Learning Trust' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:09:00Z
c task add "$out" t-h-void-security --stage hold --title 'Secure and re-let the former closure-order flats' --lead sht --start 2026-10-05 --due 2026-12-11 --strand protect --owner 'Voids Manager, Saltings Housing Trust' --depends-on t-h-closure-1 --depends-on t-h-rc-closure --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:10:00Z
c task add "$out" t-h-community-payback --stage hold --title 'Community Payback: clear the Ropewalk green space' --lead prob --support smcc --start 2026-10-19 --due 2026-11-27 --strand prevent --classification OFFICIAL --owner 'Community Payback Manager' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:11:00Z
c task add "$out" t-h-hold-review --stage hold --title 'Hold exit review' --lead smc --start 2027-01-26 --duration 0 --strand prepare --owner 'Detective Chief Inspector, Organised Crime Partnership Hub' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:12:00Z
c task add "$out" t-h-hub --stage build --title 'Convert the ground floor of Pilot House into a permanent community hub' --lead smcc --support sht --support vol --support nhs --support pantry --start 2026-11-02 --due 2027-03-26 --strand prevent --classification OFFICIAL --owner 'Head of Communities, Severnmouth City Council' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:13:00Z
c task add "$out" t-h-mentoring --stage build --title 'Peer mentoring for young people at risk of exploitation' --lead vol --support edu --start 2027-01-04 --due 2027-10-29 --strand prevent --classification OFFICIAL --owner 'Project Manager, Harbour Lights Youth Project' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:14:00Z
c task add "$out" t-h-school-pathway --stage build --title 'Inclusion pathway to reduce exclusions at Saltings Academy' --lead edu --support smcc --start 2027-01-04 --due 2027-07-16 --strand prevent --owner 'Trust Safeguarding Lead, Severnmouth Learning Trust' --depends-on t-h-school-sessions --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:15:00Z
c task add "$out" t-h-employment --stage build --title 'Employment and skills programme with Quayside employers' --lead smcc --support bus --support prob --start 2027-01-11 --due 2027-09-24 --strand prevent --classification OFFICIAL --owner 'Employment and Skills Lead, Severnmouth City Council' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:16:00Z
c task add "$out" t-h-residents --stage build --title 'Residents'"'"' panel and community-led priorities' --lead pantry --support smcc --support opcc --start 2027-01-11 --due 2027-06-25 --strand prepare --classification OFFICIAL --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:17:00Z
c task add "$out" t-h-apprentice --stage build --title 'Ten apprenticeships and work tasters with Quayside traders' --lead bus --start 2027-02-01 --due 2027-07-30 --strand prevent --classification OFFICIAL --owner 'Chair, Quayside Traders'"'"' Association' --depends-on t-h-employment:ss+21 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:18:00Z
c task add "$out" t-h-fire-cadets --stage build --title 'Fire cadets unit for 13 to 17-year-olds at Severnmouth Central' --lead sfrs --start 2027-02-22 --due 2027-07-16 --strand prevent --classification OFFICIAL --owner 'Youth Engagement Officer, Severnmouth Fire and Rescue Service' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:19:00Z
c task add "$out" t-h-green-space --stage build --title 'Redesign the Ropewalk green space with residents' --lead smcc --support pantry --start 2027-03-01 --due 2027-06-25 --strand protect --classification OFFICIAL --owner 'Parks and Open Spaces Manager' --depends-on t-h-community-payback --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:20:00Z
c task add "$out" t-h-health-hub --stage build --title 'Weekly health and recovery clinic at the hub' --lead nhs --start 2027-04-05 --due 2027-10-29 --strand prevent --classification OFFICIAL --owner 'Harm Reduction Team Lead' --depends-on t-h-hub --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:21:00Z
c task add "$out" t-h-survey-3 --stage build --title 'Community confidence survey, wave 3' --lead opcc --start 2027-09-06 --due 2027-10-08 --strand prepare --classification OFFICIAL --owner 'Head of Commissioning, Office of the PCC' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T10:22:00Z
c task add "$out" t-h-build-review --stage build --title 'Build review and transition to business as usual' --lead smcc --start 2027-10-29 --duration 0 --strand prepare --owner 'Head of Communities, Severnmouth City Council' --depends-on t-h-survey-3 --depends-on t-h-mentoring:ff --depends-on t-h-health-hub:ff --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-07-14T11:30:00Z
c task start "$out" t-h-rc-intel --date 2026-07-14 --agency smc
at 2026-07-17T13:00:00Z
c measure record "$out" m-h-cuckooed --date 2026-07-17 --value 2 --source sht --agency sht
at 2026-07-17T13:05:00Z
c criterion unmet "$out" c-h-cuckoo --reason 'Two addresses assessed as cuckooed by the "Blue" line.' --agency smc
at 2026-07-23T17:00:00Z
c task done "$out" t-h-rc-intel --date 2026-07-23 --agency smc
at 2026-07-29T08:30:00Z
c task start "$out" t-h-rc-warrants --date 2026-07-29 --agency smc
at 2026-07-29T20:00:00Z
c task done "$out" t-h-rc-warrants --date 2026-07-29 --reason 'two warrants executed; four arrests; "Blue" line handset seized.' --agency smc
at 2026-07-30T08:30:00Z
c task start "$out" t-h-rc-closure --date 2026-07-30 --agency smcc
c task start "$out" t-h-rc-dttro --date 2026-07-30 --agency smc
at 2026-07-31T09:30:00Z
c measure record "$out" m-h-drug-calls --date 2026-07-31 --value 61 --source smc --agency smc
c measure record "$out" m-h-asb --date 2026-07-31 --value 52 --source smcc --agency smcc
at 2026-08-12T17:00:00Z
c task done "$out" t-h-tenancy-audit --date 2026-08-12 --agency sht
at 2026-08-20T15:30:00Z
c task done "$out" t-h-rc-closure --date 2026-08-20 --reason 'closure orders granted on both addresses.' --agency smcc
at 2026-08-26T17:00:00Z
c task done "$out" t-h-fire-arson --date 2026-08-26 --agency sfrs
at 2026-08-27T11:00:00Z
c task done "$out" t-h-rc-dttro --date 2026-08-27 --reason 'order granted on the "Blue" line.' --agency smc
at 2026-08-28T14:00:00Z
c measure record "$out" m-h-cuckooed --date 2026-08-28 --value 0 --source sht --agency sht
at 2026-08-28T14:05:00Z
c criterion met "$out" c-h-cuckoo --date 2026-08-28 --evidence 'Saltings Housing Trust vulnerability review minutes, 28 August 2026.' --agency smc
at 2026-08-31T09:00:00Z
c criterion met "$out" c-h-dex-line --date 2026-08-31 --evidence 'Communications data review, 4 to 31 August 2026, after the "Blue" line order.' --agency smc
at 2026-08-31T09:30:00Z
c measure record "$out" m-h-missing --date 2026-08-31 --value 7 --source smcc --agency smcc
c measure record "$out" m-h-youth-engaged --date 2026-08-31 --value 51 --source vol --agency vol
at 2026-09-01T08:30:00Z
c task start "$out" t-h-food-pantry --date 2026-09-01 --agency pantry
at 2026-09-04T08:30:00Z
c task start "$out" t-h-rc-review --date 2026-09-04 --agency smc
at 2026-09-04T12:00:00Z
c task done "$out" t-h-rc-review --date 2026-09-04 --reason 're-clear exit review held.' --agency smc
at 2026-09-04T12:10:00Z
c stage complete "$out" clear --date 2026-09-04 --reason 'Clear complete again after the re-clear.' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-09-07T08:30:00Z
c task start "$out" t-h-confidence-survey --date 2026-09-07 --agency opcc
at 2026-09-10T10:31:00Z
c task add "$out" t-h-test-purchase --stage hold --title 'Quarterly test-purchase operation to confirm no new line' --lead smc --start 2026-12-07 --due 2026-12-18 --strand pursue --priority high --owner 'Detective Inspector, Organised Crime Partnership Hub' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-09-10T11:29:00Z
c task edit "$out" t-h-hold-review --depends-on t-h-displacement --depends-on t-h-cctv --depends-on t-h-door-entry --depends-on t-h-test-purchase --depends-on t-h-iom:ff-3 --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-09-18T16:00:00Z
c task done "$out" t-h-pspo --date 2026-09-18 --reason 'PSPO made by cabinet; in force from 1 October 2026.' --agency smcc
at 2026-09-30T09:30:00Z
c measure record "$out" m-h-drug-calls --date 2026-09-30 --value 39 --source smc --agency smc
at 2026-10-05T08:30:00Z
c task start "$out" t-h-void-security --date 2026-10-05 --agency sht
at 2026-10-05T11:01:00Z
c task add "$out" t-h-cctv-monitor --stage hold --title 'Link the new cameras to the council control room and agree monitoring hours' --lead smcc --support smc --start 2026-11-09 --due 2026-11-27 --strand protect --classification OFFICIAL --owner 'CCTV and Control Room Manager, Severnmouth City Council' --depends-on t-h-cctv --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-10-16T16:30:00Z
c task done "$out" t-h-confidence-survey --date 2026-10-16 --reason 'wave 2 fieldwork complete.' --agency opcc
at 2026-10-16T16:40:00Z
c measure record "$out" m-h-feel-safe --date 2026-10-16 --value 36 --source opcc --agency opcc
at 2026-10-19T09:45:00Z
c task block "$out" t-h-cctv --date 2026-10-19 --reason 'Power supply to two column sites at Ropewalk not connected: the freeholder of Ropewalk Mews has refused the wayleave for the cable route.' --agency smcc
at 2026-10-21T14:01:00Z
c task add "$out" t-h-funding --stage build --title 'Secure three years of Build funding through the PCC community safety fund' --lead opcc --support smcc --start 2026-11-02 --due 2027-01-29 --strand prepare --classification OFFICIAL --owner 'Head of Commissioning, Office of the PCC' --agency smc --actor 'Detective Chief Inspector, Organised Crime Partnership Hub'
at 2026-10-27T14:30:00Z
c decision "$out" --text 'Board: Build start deferred until the CCTV and door-entry work is finished and funding is confirmed; Hold planned end kept at 29 January 2027.' --agency smc --actor 'Chair, Severnmouth Safer Communities Partnership SOC Board'
at 2026-11-05T10:00:00Z
c measure record "$out" m-h-drug-calls --date 2026-10-31 --value 41 --source smc --agency smc
at 2026-11-06T11:00:00Z
c measure record "$out" m-h-asb --date 2026-10-31 --value 44 --source smcc --agency smcc
at 2026-11-06T11:10:00Z
c measure record "$out" m-h-missing --date 2026-10-31 --value 6 --source smcc --agency smcc
at 2026-11-09T12:00:00Z
c measure record "$out" m-h-youth-engaged --date 2026-10-31 --value 63 --source vol --agency vol
at 2026-11-10T14:30:00Z
c task note "$out" t-h-door-entry --text 'Anchor House complete; Pilot House waiting on a replacement controller board.' --agency sht
at 2026-11-16T12:45:00Z
c task note "$out" t-h-school-sessions --text 'Sessions moved to January 2027 to fit the new PSHE timetable; dates to be revised.' --agency edu
at 2026-11-17T10:00:00Z
c task note "$out" t-h-return-interviews --text 'Three interviews outstanding after the coordinator post was vacant for four weeks.' --agency smcc
at 2026-11-23T10:20:00Z
c task block "$out" t-h-void-security --date 2026-11-23 --reason 'Steel screen contractor has gone into administration; replacement being procured.' --agency sht
at 2026-11-23T15:31:00Z
c task edit "$out" t-h-cctv --progress 40 --agency smcc
c task edit "$out" t-h-void-security --progress 30 --agency sht
at 2026-11-24T15:00:00Z
c task note "$out" t-h-cctv --text 'Escalated to the council'"'"'s Director of Place; legal advice on a necessary wayleave requested.' --agency smcc
at 2026-11-24T15:30:00Z
c decision "$out" --text 'Board escalated the CCTV wayleave to the council'"'"'s Director of Place and asked for a recovery plan for overdue Hold tasks by 3 December.' --agency smc --actor 'Chair, Severnmouth Safer Communities Partnership SOC Board'
at 2026-11-24T15:31:00Z
c task edit "$out" t-h-hotspot --progress 75 --agency smc
c task edit "$out" t-h-displacement --progress 70 --agency smc
c task edit "$out" t-h-iom --progress 55 --agency prob
c task edit "$out" t-h-return-interviews --progress 80 --agency smcc
c task edit "$out" t-h-youth-outreach --progress 60 --agency vol
c task edit "$out" t-h-door-entry --progress 65 --agency sht
c task edit "$out" t-h-harm-reduction --progress 50 --agency nhs
c task edit "$out" t-h-business-watch --progress 70 --agency bus
c task edit "$out" t-h-food-pantry --progress 45 --agency pantry
