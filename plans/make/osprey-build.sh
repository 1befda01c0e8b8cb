#!/usr/bin/env bash
# op-osprey: rebuilt from chb commands, so every event in its history is chb's own, with typed changes.
# Run from the repository root after `swift build`: plans/make/NAME.sh [OUT] (default: the plan
# in plans/). Each command runs at its own CHB_NOW, so the history is the story of the operation.
set -euo pipefail
chb=${CHB:-.build/debug/chb}
out=${1:-plans/osprey-build.xml}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
rm -f "$out"
at() { now=$1; }
c() { CHB_NOW=$now "$chb" "$@" >/dev/null || { echo "$0: failed at $now: chb $*" >&2; exit 1; }; }

at 2025-02-10T10:00:00Z
c new "$out" --id op-osprey --title 'Operation Osprey: Fellgate and Winder'"'"'s Yard' --area 'Fellgate and Winder'"'"'s Yard, Thornmere' --lead-agency tmp --lead-agency-name 'Thornmere Police' --lead-agency-kind police --officer 'Detective Superintendent, Serious and Organised Crime, Thornmere Police (Det Supt Ana Marsh)' --classification OFFICIAL-SENSITIVE --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:31:00Z
c plan edit "$out" --board 'Thornmere Community Safety Partnership – Fellgate Clear, Hold, Build Board' --review-cadence 28 --isa TMP-ISA-2024-017 --area-description 'Fell Tower, Ravel House and the Winder'"'"'s Yard terraces beside the canal, with the Yard Street shopping parade; formerly the base of the Winder'"'"'s Yard group and the "Jay" and "Tezza" deal lines.' --add-locality ONS-LSOA:E01099301 --add-locality ONS-LSOA:E01099302 --add-locality ONS-LSOA:E01099303 --add-locality ONS-LSOA:E01099304 --add-locality ward:Fellgate --add-locality 'ward:Winder'"'"'s Yard' --add-locality postcode-district:TM4Z --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:32:00Z
c agency edit "$out" tmp --contact 'Fellgate Proactive Team, Thornmere Central Police Station' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:33:00Z
c agency add "$out" tbc --name 'Thornmere Borough Council' --kind localAuthority --clearance OFFICIAL-SENSITIVE --contact 'Head of Communities' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:34:00Z
c agency add "$out" fh --name 'Fellgate Homes' --kind housing --contact 'Resident Engagement Officer' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:35:00Z
c agency add "$out" edu --name 'Fellgate Learning Partnership' --kind education --contact 'Director of Inclusion' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:36:00Z
c agency add "$out" icb --name 'Thornmere and Dale NHS Foundation Trust' --kind health --contact 'Substance Misuse Outreach Lead' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:37:00Z
c agency add "$out" tfrs --name 'Thornmere Fire and Rescue Service' --kind fire --contact 'Station Manager, Fellgate Fire Station' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:38:00Z
c agency add "$out" opcc --name 'Office of the Thornmere Police, Fire and Crime Commissioner' --kind policeAndCrimeCommissioner --clearance OFFICIAL-SENSITIVE --contact 'Policy and Commissioning Officer' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:39:00Z
c agency add "$out" prob --name 'Probation Service – Thornmere and Dale' --kind probation --clearance OFFICIAL-SENSITIVE --contact 'Senior Probation Officer, Integrated Offender Management' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:40:00Z
c agency add "$out" vol --name 'Fellgate Boxing and Community Club' --kind voluntary --contact 'Head Coach' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:41:00Z
c agency add "$out" vol2 --name 'Step Change Mentoring' --kind voluntary --contact 'Mentoring Coordinator' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:42:00Z
c agency add "$out" bus --name 'Fellgate Business Improvement District' --kind business --contact 'BID Manager' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:43:00Z
c agency add "$out" dvcu --name 'Dale Valley Credit Union' --kind other --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:44:00Z
c stage plan "$out" clear --start 2025-03-03 --end 2025-08-29 --reason 'dates agreed when the plan was drafted' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:45:00Z
c objective add "$out" --stage clear --text 'Dismantle the Winder'"'"'s Yard group and its "Jay" and "Tezza" deal lines.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:46:00Z
c objective add "$out" --stage clear --text 'Close cuckooed flats and safeguard the children and adults exploited by the group.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:47:00Z
c objective add "$out" --stage clear --text 'Strip the group of cash and assets.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:48:00Z
c criterion add "$out" c-o-lines --stage clear --statement 'The "Jay" and "Tezza" deal lines have been inactive for 28 consecutive days.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:49:00Z
c criterion add "$out" c-o-ocg --stage clear --statement 'The Winder'"'"'s Yard group is assessed as dismantled at the force tasking meeting.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:50:00Z
c criterion add "$out" c-o-cuckoo --stage clear --statement 'No address on the estate is assessed as cuckooed at the monthly vulnerability review.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:51:00Z
c criterion add "$out" c-o-safeguard --stage clear --statement 'Every exploited child identified has an NRM referral and a safeguarding plan.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:52:00Z
c stage plan "$out" hold --start 2025-07-01 --end 2026-04-30 --reason 'dates agreed when the plan was drafted' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:53:00Z
c objective add "$out" --stage hold --text 'Stop any other group moving into Fellgate after the Clear.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:54:00Z
c objective add "$out" --stage hold --text 'Design crime out of the blocks, the towpath and Yard Street.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:55:00Z
c objective add "$out" --stage hold --text 'Rebuild residents'"'"' willingness to report.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:56:00Z
c criterion add "$out" c-o-no-rival --stage hold --statement 'No new deal line is identified on the estate for six consecutive months.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:57:00Z
c criterion add "$out" c-o-asb --stage hold --statement 'Antisocial behaviour is below 30 incidents a month for three consecutive months.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:58:00Z
c criterion add "$out" c-o-cctv --stage hold --statement 'CCTV and door-entry upgrades are live and handed over to the council control room.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T14:59:00Z
c criterion add "$out" c-o-reporting --stage hold --statement 'Community intelligence submissions stay at or above 20 a month for three consecutive months.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:00:00Z
c stage plan "$out" build --start 2026-03-02 --end 2027-06-30 --next-review 2026-12-10 --reason 'dates agreed when the plan was drafted' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:01:00Z
c objective add "$out" --stage build --text 'Give residents a hub of their own and the means to run it.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:02:00Z
c objective add "$out" --stage build --text 'Open routes into education, training and work for young people.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:03:00Z
c objective add "$out" --stage build --text 'Leave a partnership that keeps Fellgate safe after the operation closes.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:04:00Z
c criterion add "$out" c-o-feel-safe --stage build --statement 'At least 60% of residents say they feel safe after dark in the wave 5 survey.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:05:00Z
c criterion add "$out" c-o-hub --stage build --statement 'A community hub is open at least five days a week with resident volunteers.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:06:00Z
c criterion add "$out" c-o-neet --stage build --statement 'The share of 16 to 18-year-olds not in education, employment or training is at or below the borough average (7%).' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:07:00Z
c criterion add "$out" c-o-handover --stage build --statement 'The plan is handed over to the Fellgate neighbourhood board with a sustainment plan.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:08:00Z
c measure add "$out" m-o-drug-calls --name 'Drug-related calls for service' --unit 'calls per month' --direction decrease --baseline 81 --target 30 --stage clear --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:09:00Z
c measure add "$out" m-o-asb --name 'Antisocial behaviour incidents' --unit 'incidents per month' --direction decrease --baseline 62 --target 30 --stage hold --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:10:00Z
c measure add "$out" m-o-comm-intel --name 'Community intelligence submissions' --unit 'submissions per month' --direction increase --baseline 6 --target 20 --stage hold --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:11:00Z
c measure add "$out" m-o-feel-safe --name 'Residents who feel safe after dark' --unit '% of residents' --direction increase --baseline 34 --target 60 --stage build --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:12:00Z
c measure add "$out" m-o-neet --name '16 to 18-year-olds not in education, employment or training' --unit '% of 16 to 18-year-olds' --direction decrease --baseline 11.5 --target 7 --stage build --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:13:00Z
c measure add "$out" m-o-exclusions --name 'Fixed-term exclusions in Fellgate schools' --unit 'exclusions per term' --direction decrease --baseline 58 --target 30 --stage build --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:14:00Z
c measure add "$out" m-o-hub-visits --name 'Community hub visits' --unit 'visits per four weeks' --direction increase --baseline 0 --target 1200 --stage build --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:15:00Z
c risk add "$out" r-o-return --description 'Released members of the Winder'"'"'s Yard group try to re-establish supply; the first releases are expected in mid-2027.' --likelihood 2 --impact 5 --owner tmp --mitigation 'Licence exclusion zones through IOM; quarterly test purchases; intelligence review three months before each release.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:16:00Z
c risk add "$out" r-o-funding --description 'Funding for the hub and youth provision ends in March 2027.' --likelihood 3 --impact 4 --owner opcc --mitigation 'PFCC to confirm a three-year settlement by January 2027; residents'"'"' association preparing lottery bids.' --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:17:00Z
c risk add "$out" r-o-volunteers --description 'The hub and mentoring depend on a small number of volunteers.' --likelihood 3 --impact 3 --owner vol2 --mitigation 'Volunteer recruitment drive with Fellgate Homes; DBS checks fast-tracked by the council.' --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:18:00Z
c risk add "$out" r-o-cctv-maint --description 'The CCTV maintenance budget is not renewed after 2026.' --likelihood 2 --impact 3 --owner tbc --mitigation 'Council capital programme approved five years of maintenance in February 2026.' --status mitigated --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:19:00Z
c risk add "$out" r-o-displacement --description 'Dealing displaced to Ravel Street and the canal basin.' --likelihood 3 --impact 4 --owner tmp --mitigation 'Closed at the Hold exit review: no displacement found in six months of monitoring.' --status closed --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-12T15:20:00Z
c risk add "$out" r-o-complacency --description 'Partner attendance at the board falls as the estate improves.' --likelihood 3 --impact 3 --owner tbc --mitigation 'Attendance reported to the Community Safety Partnership each quarter; chair writes to absent partners.' --classification OFFICIAL --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:01:00Z
c task add "$out" t-o-intel --stage clear --title 'Intelligence profile of the Winder'"'"'s Yard group and the "Jay" and "Tezza" lines' --lead tmp --start 2025-03-03 --due 2025-03-28 --strand pursue --priority high --owner 'Detective Inspector, Fellgate Proactive Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:02:00Z
c task add "$out" t-o-finance --stage clear --title 'Financial investigation of the group'"'"'s principals' --lead tmp --start 2025-03-17 --due 2025-05-30 --strand pursue --owner 'Financial Investigator, Economic Crime Unit' --depends-on t-o-intel:ss+14 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:03:00Z
c task add "$out" t-o-covert --stage clear --title 'Covert phase: test purchases on both deal lines' --lead tmp --start 2025-03-31 --due 2025-04-25 --strand pursue --priority high --owner 'Detective Inspector, Fellgate Proactive Team' --depends-on t-o-intel --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:04:00Z
c task add "$out" t-o-partner-brief --stage clear --title 'Partner briefing and first tasking meeting' --lead tmp --support tbc --support fh --support edu --support icb --support tfrs --support opcc --support prob --start 2025-04-09 --duration 0 --strand prepare --classification OFFICIAL --owner 'Chief Inspector, Thornmere Neighbourhood Policing' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:05:00Z
c task add "$out" t-o-comms --stage clear --title 'Strike-day community communications' --lead tmp --support tbc --support opcc --start 2025-04-14 --due 2025-05-09 --strand prepare --classification OFFICIAL --owner 'Communications Manager, Thornmere Police' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:06:00Z
c task add "$out" t-o-strike-1 --stage clear --title 'Strike day one: 12 warrants against the "Jay" line' --lead tmp --support tbc --support fh --support tfrs --start 2025-05-06 --duration 0 --strand pursue --priority high --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-o-covert:fs+7 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:07:00Z
c task add "$out" t-o-charging --stage clear --title 'Charging files for the principal nominals' --lead tmp --start 2025-05-06 --due 2025-06-27 --strand pursue --priority high --owner 'Detective Sergeant, Case Progression' --depends-on t-o-strike-1:ss --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:08:00Z
c task add "$out" t-o-nrm --stage clear --title 'NRM referrals and safeguarding plans for exploited children' --lead tbc --support tmp --support edu --support vol2 --start 2025-05-06 --due 2025-07-18 --strand protect --priority high --owner 'Head of Children'"'"'s Safeguarding, Thornmere Borough Council' --depends-on t-o-strike-1:ss --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:09:00Z
c task add "$out" t-o-closure --stage clear --title 'Closure orders on four cuckooed flats in Fell Tower' --lead tbc --support tmp --support fh --start 2025-05-07 --due 2025-06-20 --strand protect --priority high --owner 'Community Safety Manager, Thornmere Borough Council' --depends-on t-o-strike-1 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:10:00Z
c task add "$out" t-o-adult-welfare --stage clear --title 'Treatment and welfare offers for adults in cuckooed flats' --lead icb --support fh --start 2025-05-07 --due 2025-06-30 --strand protect --owner 'Substance Misuse Outreach Lead' --depends-on t-o-strike-1 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:11:00Z
c task add "$out" t-o-ddtro --stage clear --title 'Telecommunications restriction orders on the "Jay" and "Tezza" lines' --lead tmp --start 2025-05-12 --due 2025-07-11 --strand pursue --owner 'Detective Inspector, Fellgate Proactive Team' --depends-on t-o-strike-1:fs+5 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:12:00Z
c task add "$out" t-o-fire-sw --stage clear --title 'Safe and well visits in Fell Tower and Ravel House' --lead tfrs --support fh --start 2025-05-12 --due 2025-06-27 --strand protect --classification OFFICIAL --owner 'Station Manager, Fellgate Fire Station' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:13:00Z
c task add "$out" t-o-cuckoo-review --stage clear --title 'Monthly vulnerability reviews of cuckooed tenancies' --lead fh --support tbc --start 2025-06-02 --due 2025-07-31 --strand protect --owner 'Tenancy Sustainment Manager, Fellgate Homes' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:14:00Z
c task add "$out" t-o-strike-2 --stage clear --title 'Strike day two: "Tezza" line runners and the Winder'"'"'s Yard stash houses' --lead tmp --support tbc --start 2025-06-10 --duration 0 --strand pursue --priority high --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-o-strike-1 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-19T11:15:00Z
c task add "$out" t-o-iom --stage clear --title 'Licence conditions and IOM management for released associates' --lead prob --support tmp --start 2025-06-02 --due 2025-08-15 --strand pursue --owner 'Senior Probation Officer, Integrated Offender Management' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-02-26T15:00:00Z
c decision "$out" --text 'Board adopted Operation Osprey; review every 28 days.' --agency tmp --actor 'Chair, Fellgate Clear, Hold, Build Board'
at 2025-02-28T09:30:00Z
c measure record "$out" m-o-drug-calls --date 2025-02-28 --value 81 --source tmp --agency tmp
at 2025-03-03T08:00:00Z
c stage start "$out" clear --date 2025-03-03 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-03-03T08:30:00Z
c task start "$out" t-o-intel --date 2025-03-03 --agency tmp
at 2025-03-17T08:30:00Z
c task start "$out" t-o-finance --date 2025-03-17 --agency tmp
at 2025-03-24T16:00:00Z
c measure record "$out" m-o-feel-safe --date 2025-03-21 --value 34 --source opcc --agency opcc
at 2025-03-27T17:00:00Z
c task done "$out" t-o-intel --date 2025-03-27 --reason 'intelligence profile signed off.' --agency tmp
at 2025-03-31T08:30:00Z
c task start "$out" t-o-covert --date 2025-03-31 --agency tmp
at 2025-04-09T08:30:00Z
c task start "$out" t-o-partner-brief --date 2025-04-09 --agency tmp
at 2025-04-09T16:00:00Z
c task done "$out" t-o-partner-brief --date 2025-04-09 --reason '26 attendees from 11 agencies.' --agency tmp
at 2025-04-14T08:30:00Z
c task start "$out" t-o-comms --date 2025-04-14 --agency tmp
at 2025-04-25T18:00:00Z
c task done "$out" t-o-covert --date 2025-04-25 --reason 'covert phase closed.' --agency tmp
at 2025-05-06T08:30:00Z
c task start "$out" t-o-strike-1 --date 2025-05-06 --agency tmp
c task start "$out" t-o-charging --date 2025-05-06 --agency tmp
c task start "$out" t-o-nrm --date 2025-05-06 --agency tbc
at 2025-05-06T20:30:00Z
c task done "$out" t-o-strike-1 --date 2025-05-06 --reason '12 warrants; 14 arrests; £61,200 cash, a firearm and 1.2 kg of Class A drugs seized.' --agency tmp
at 2025-05-07T08:30:00Z
c task start "$out" t-o-closure --date 2025-05-07 --agency tbc
c task start "$out" t-o-adult-welfare --date 2025-05-07 --agency icb
at 2025-05-09T17:00:00Z
c task done "$out" t-o-comms --date 2025-05-09 --agency tmp
at 2025-05-12T08:30:00Z
c task start "$out" t-o-ddtro --date 2025-05-12 --agency tmp
c task start "$out" t-o-fire-sw --date 2025-05-12 --agency tfrs
at 2025-05-14T12:01:00Z
c task add "$out" t-o-landlord --stage clear --title 'Private landlord enforcement on Winder'"'"'s Yard houses in multiple occupation' --lead tbc --support tmp --support tfrs --start 2025-05-19 --due 2025-07-25 --strand protect --owner 'Private Sector Housing Manager, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-05-19T08:30:00Z
c task start "$out" t-o-landlord --date 2025-05-19 --agency tbc
at 2025-05-28T12:01:00Z
c task add "$out" t-o-licence --stage clear --title 'Licensing review of a Yard Street late-night takeaway' --lead tbc --support tmp --start 2025-06-02 --due 2025-07-04 --strand pursue --owner 'Licensing Manager, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-05-29T17:00:00Z
c task done "$out" t-o-finance --date 2025-05-29 --agency tmp
at 2025-05-31T09:30:00Z
c measure record "$out" m-o-drug-calls --date 2025-05-31 --value 66 --source tmp --agency tmp
c measure record "$out" m-o-comm-intel --date 2025-05-31 --value 6 --source tmp --agency tmp
at 2025-06-02T08:30:00Z
c task start "$out" t-o-cuckoo-review --date 2025-06-02 --agency fh
c task start "$out" t-o-iom --date 2025-06-02 --agency prob
at 2025-06-10T08:30:00Z
c task start "$out" t-o-strike-2 --date 2025-06-10 --agency tmp
at 2025-06-10T19:00:00Z
c task done "$out" t-o-strike-2 --date 2025-06-10 --reason 'six warrants; nine arrests; two stash houses closed.' --agency tmp
at 2025-06-18T15:00:00Z
c task done "$out" t-o-closure --date 2025-06-18 --reason 'closure orders granted on four flats.' --agency tbc
at 2025-06-24T16:00:00Z
c task done "$out" t-o-charging --date 2025-06-24 --reason 'seven principals charged.' --agency tmp
at 2025-06-25T17:00:00Z
c task done "$out" t-o-fire-sw --date 2025-06-25 --agency tfrs
at 2025-06-27T17:00:00Z
c task done "$out" t-o-adult-welfare --date 2025-06-27 --agency icb
at 2025-06-30T09:30:00Z
c measure record "$out" m-o-asb --date 2025-06-30 --value 62 --source tbc --agency tbc
at 2025-06-30T11:01:00Z
c task add "$out" t-o-clear-review --stage clear --title 'Clear exit review' --lead tmp --start 2025-08-22 --duration 0 --strand prepare --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-o-charging --depends-on t-o-ddtro --depends-on t-o-nrm --depends-on t-o-iom --depends-on t-o-cuckoo-review --depends-on t-o-closure --depends-on t-o-landlord --depends-on t-o-strike-2 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:02:00Z
c task add "$out" t-o-hotspot --stage hold --title 'Hotspot patrols at Fell Tower, Yard Street and the canal towpath' --lead tmp --start 2025-07-14 --due 2026-03-27 --strand pursue --priority high --owner 'Inspector, Fellgate Neighbourhood Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:03:00Z
c task add "$out" t-o-displacement --stage hold --title 'Displacement and rival-line monitoring' --lead tmp --start 2025-07-14 --due 2026-03-31 --strand pursue --priority high --owner 'Detective Inspector, Fellgate Proactive Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:04:00Z
c task add "$out" t-o-return-home --stage hold --title 'Return home interviews for missing children' --lead tbc --support vol2 --start 2025-07-14 --due 2026-03-31 --strand protect --owner 'Missing Children Coordinator, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:05:00Z
c task add "$out" t-o-youth-detached --stage hold --title 'Detached youth work and evening boxing sessions' --lead vol --support edu --start 2025-07-21 --due 2026-03-27 --strand prevent --classification OFFICIAL --owner 'Head Coach, Fellgate Boxing and Community Club' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:06:00Z
c task add "$out" t-o-cctv --stage hold --title 'Install eight CCTV cameras on Yard Street and the Fell Tower walkways' --lead tbc --support tmp --start 2025-08-04 --due 2025-12-19 --strand protect --classification OFFICIAL --owner 'CCTV Manager, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:07:00Z
c task add "$out" t-o-pspo --stage hold --title 'Public Spaces Protection Order for the canal towpath' --lead tbc --start 2025-08-04 --due 2025-11-28 --strand protect --classification OFFICIAL --owner 'Community Safety Manager, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:08:00Z
c task add "$out" t-o-tenancy --stage hold --title 'Tenancy audit and vulnerable tenant flagging' --lead fh --start 2025-08-04 --due 2025-10-31 --strand protect --owner 'Tenancy Sustainment Manager, Fellgate Homes' --depends-on t-o-closure --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:09:00Z
c task add "$out" t-o-harm --stage hold --title 'Harm reduction outreach and treatment engagement' --lead icb --start 2025-08-04 --due 2026-02-27 --strand prevent --classification OFFICIAL --owner 'Substance Misuse Outreach Lead' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:10:00Z
c task add "$out" t-o-arson --stage hold --title 'Arson reduction: bin stores, voids and fly-tipping hotspots' --lead tfrs --support fh --start 2025-08-04 --due 2025-10-31 --strand protect --classification OFFICIAL --owner 'Station Manager, Fellgate Fire Station' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:11:00Z
c task add "$out" t-o-door-entry --stage hold --title 'Door entry systems and fob audit at Fell Tower and Ravel House' --lead fh --support tfrs --start 2025-08-11 --due 2025-12-12 --strand protect --classification OFFICIAL --owner 'Asset Manager, Fellgate Homes' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:12:00Z
c task add "$out" t-o-iom-hold --stage hold --title 'IOM management of released nominals through Hold' --lead prob --support tmp --start 2025-08-18 --due 2026-03-31 --strand pursue --owner 'Senior Probation Officer, Integrated Offender Management' --depends-on t-o-iom --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:13:00Z
c task add "$out" t-o-lighting --stage hold --title 'Street lighting upgrade on Yard Street and the Fell Tower walkways' --lead tbc --start 2025-09-01 --due 2025-11-28 --strand protect --classification OFFICIAL --owner 'Highways Lighting Engineer, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:14:00Z
c task add "$out" t-o-mentoring --stage hold --title 'One-to-one mentoring for children referred through the NRM' --lead vol2 --support tbc --start 2025-09-01 --due 2026-03-27 --strand prevent --owner 'Mentoring Coordinator, Step Change Mentoring' --depends-on t-o-nrm --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:15:00Z
c task add "$out" t-o-business-watch --stage hold --title 'Town-centre business crime partnership and shop radio scheme' --lead bus --support tmp --start 2025-09-01 --due 2026-02-27 --strand protect --classification OFFICIAL --owner 'BID Manager, Fellgate Business Improvement District' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:16:00Z
c task add "$out" t-o-credit --stage hold --title 'Loan-shark and debt-bondage awareness with an affordable credit offer' --lead dvcu --support tbc --start 2025-10-06 --due 2026-01-30 --strand prevent --classification OFFICIAL --owner 'Community Lending Manager, Dale Valley Credit Union' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:17:00Z
c task add "$out" t-o-survey-2 --stage hold --title 'Community confidence survey, wave 2' --lead opcc --start 2025-10-06 --due 2025-11-07 --strand prepare --classification OFFICIAL --owner 'Policy and Commissioning Officer, Office of the PFCC' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:18:00Z
c task add "$out" t-o-test-purchase --stage hold --title 'Test-purchase operation to confirm no new line' --lead tmp --start 2025-11-03 --due 2025-11-14 --strand pursue --priority high --owner 'Detective Inspector, Fellgate Proactive Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:19:00Z
c task add "$out" t-o-cctv-handover --stage hold --title 'Hand the new cameras over to the council control room' --lead tbc --start 2026-01-26 --due 2026-01-30 --strand protect --classification OFFICIAL --owner 'CCTV Manager, Thornmere Borough Council' --depends-on t-o-cctv --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:20:00Z
c task add "$out" t-o-hold-review --stage hold --title 'Hold exit review' --lead tmp --start 2026-04-24 --duration 0 --strand prepare --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-o-hotspot --depends-on t-o-displacement --depends-on t-o-cctv-handover --depends-on t-o-iom-hold --depends-on t-o-return-home:ff+7 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:21:00Z
c task add "$out" t-o-hub-lease --stage build --title 'Agree a lease for a community hub in the former Fell Tower concierge office' --lead tbc --support fh --start 2026-03-16 --due 2026-06-26 --strand prevent --classification OFFICIAL --owner 'Head of Communities, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:22:00Z
c task add "$out" t-o-neighbourhood-policing --stage build --title 'Dedicated ward officers and monthly beat surgeries at the hub' --lead tmp --start 2026-03-16 --due 2027-06-30 --strand prevent --classification OFFICIAL --owner 'Inspector, Fellgate Neighbourhood Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:23:00Z
c task add "$out" t-o-residents-assoc --stage build --title 'Constitute the Fellgate residents'"'"' association' --lead fh --support vol --support tbc --start 2026-03-23 --due 2026-09-25 --strand prepare --classification OFFICIAL --owner 'Resident Engagement Officer, Fellgate Homes' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:24:00Z
c task add "$out" t-o-employ --stage build --title 'Employment and skills programme for 16 to 24-year-olds' --lead tbc --support bus --support prob --support vol2 --start 2026-04-06 --due 2027-03-26 --strand prevent --classification OFFICIAL --owner 'Employment and Skills Lead, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:25:00Z
c task add "$out" t-o-boxing --stage build --title 'Extend boxing club sessions to three evenings a week' --lead vol --start 2026-04-06 --due 2027-03-26 --strand prevent --classification OFFICIAL --owner 'Head Coach, Fellgate Boxing and Community Club' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:26:00Z
c task add "$out" t-o-cadets --stage build --title 'Launch a fire cadets unit at Fellgate Fire Station' --lead tfrs --start 2026-04-13 --due 2026-07-17 --strand prevent --classification OFFICIAL --owner 'Youth Engagement Officer, Thornmere Fire and Rescue Service' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:27:00Z
c task add "$out" t-o-exclusions --stage build --title 'Inclusion pathway and alternative provision review to reduce exclusions' --lead edu --support tbc --start 2026-04-20 --due 2027-04-30 --strand prevent --owner 'Director of Inclusion, Fellgate Learning Partnership' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:28:00Z
c task add "$out" t-o-sustain-disrupt --stage build --title 'Sustained disruption: quarterly test purchases and intelligence reviews' --lead tmp --start 2026-04-27 --due 2027-06-30 --strand pursue --priority high --owner 'Detective Inspector, Fellgate Proactive Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:29:00Z
c task add "$out" t-o-apprentice --stage build --title 'Twelve apprenticeships with Business Improvement District members' --lead bus --start 2026-05-04 --due 2027-02-26 --strand prevent --classification OFFICIAL --owner 'BID Manager, Fellgate Business Improvement District' --depends-on t-o-employ:ss+28 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:30:00Z
c task add "$out" t-o-community-payback --stage build --title 'Community Payback projects chosen by residents' --lead prob --support fh --start 2026-05-04 --due 2027-01-29 --strand prevent --classification OFFICIAL --owner 'Community Payback Manager' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:31:00Z
c task add "$out" t-o-green --stage build --title 'Winder'"'"'s Yard pocket park and play area' --lead tbc --support vol --support bus --start 2026-05-05 --due 2026-12-18 --strand protect --classification OFFICIAL --owner 'Parks and Open Spaces Manager, Thornmere Borough Council' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:32:00Z
c task add "$out" t-o-hub-fitout --stage build --title 'Fit out the community hub' --lead fh --support tbc --start 2026-06-29 --due 2026-09-25 --strand prevent --classification OFFICIAL --owner 'Asset Manager, Fellgate Homes' --depends-on t-o-hub-lease --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:33:00Z
c task add "$out" t-o-mentoring-2 --stage build --title 'Peer mentoring for young people stepping down from NRM support' --lead vol2 --support tbc --start 2026-09-01 --due 2027-03-26 --strand prevent --owner 'Mentoring Coordinator, Step Change Mentoring' --depends-on t-o-mentoring --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:34:00Z
c task add "$out" t-o-school-prog --stage build --title 'Exploitation and healthy relationships programme for Years 7 to 10' --lead edu --support tmp --support vol --start 2026-09-07 --due 2027-03-26 --strand prevent --classification OFFICIAL --owner 'Director of Inclusion, Fellgate Learning Partnership' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:35:00Z
c task add "$out" t-o-cadets-2 --stage build --title 'Run the first year of fire cadets (24 places)' --lead tfrs --start 2026-09-07 --due 2027-06-25 --strand prevent --classification OFFICIAL --owner 'Youth Engagement Officer, Thornmere Fire and Rescue Service' --depends-on t-o-cadets --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:36:00Z
c task add "$out" t-o-survey-4 --stage build --title 'Community confidence survey, wave 4' --lead opcc --start 2026-09-07 --due 2026-10-09 --strand prepare --classification OFFICIAL --owner 'Policy and Commissioning Officer, Office of the PFCC' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:37:00Z
c task add "$out" t-o-hub-open --stage build --title 'Community hub opens' --lead tbc --support fh --support vol --support icb --start 2026-10-05 --duration 0 --strand prepare --classification OFFICIAL --owner 'Head of Communities, Thornmere Borough Council' --depends-on t-o-hub-fitout --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:38:00Z
c task add "$out" t-o-hub-handover --stage build --title 'Hand hub management to the residents'"'"' association with a three-year funding plan' --lead fh --support tbc --support opcc --start 2026-10-05 --due 2027-01-29 --strand prepare --classification OFFICIAL --owner 'Resident Engagement Officer, Fellgate Homes' --depends-on t-o-hub-open:ss --depends-on t-o-residents-assoc --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:39:00Z
c task add "$out" t-o-health-clinic --stage build --title 'Weekly health, recovery and mental health drop-in at the hub' --lead icb --start 2026-10-12 --due 2027-06-25 --strand prevent --classification OFFICIAL --owner 'Substance Misuse Outreach Lead' --depends-on t-o-hub-open --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:40:00Z
c task add "$out" t-o-sustain-plan --stage build --title 'Write the sustainment plan and hand over to the Fellgate neighbourhood board' --lead tbc --start 2027-03-01 --due 2027-05-28 --strand prepare --owner 'Head of Communities, Thornmere Borough Council' --depends-on t-o-hub-handover --depends-on t-o-employ:ff --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:41:00Z
c task add "$out" t-o-survey-5 --stage build --title 'Community confidence survey, wave 5' --lead opcc --start 2027-04-05 --due 2027-05-14 --strand prepare --classification OFFICIAL --owner 'Policy and Commissioning Officer, Office of the PFCC' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-06-30T11:42:00Z
c task add "$out" t-o-close --stage build --title 'Build exit review and closure of the operation' --lead tmp --start 2027-06-30 --duration 0 --strand prepare --owner 'Detective Superintendent, Serious and Organised Crime' --depends-on t-o-sustain-plan --depends-on t-o-survey-5 --depends-on t-o-cadets-2:ff+5 --depends-on t-o-health-clinic:ff --depends-on t-o-neighbourhood-policing:ff --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-07-04T15:00:00Z
c decision "$out" --text 'Board agreed to start Hold on 14 July while the last Clear tasks finish.' --agency tmp --actor 'Chair, Fellgate Clear, Hold, Build Board'
at 2025-07-10T17:00:00Z
c task done "$out" t-o-ddtro --date 2025-07-10 --agency tmp
at 2025-07-14T08:00:00Z
c stage start "$out" hold --date 2025-07-14 --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-07-14T08:30:00Z
c task start "$out" t-o-hotspot --date 2025-07-14 --agency tmp
c task start "$out" t-o-displacement --date 2025-07-14 --agency tmp
c task start "$out" t-o-return-home --date 2025-07-14 --agency tbc
at 2025-07-18T15:00:00Z
c task done "$out" t-o-nrm --date 2025-07-18 --reason '11 NRM referrals; every child has a safeguarding plan.' --agency tbc
at 2025-07-18T15:05:00Z
c criterion met "$out" c-o-safeguard --date 2025-07-18 --agency tmp
at 2025-07-21T08:30:00Z
c task start "$out" t-o-youth-detached --date 2025-07-21 --agency vol
at 2025-07-22T11:00:00Z
c task note "$out" t-o-licence --text 'Premises licence surrendered and the business closed; review no longer needed.' --agency tbc
at 2025-07-22T11:05:00Z
c task cancel "$out" t-o-licence --reason 'premises licence surrendered and business closed.' --agency tbc
at 2025-07-22T17:00:00Z
c task done "$out" t-o-landlord --date 2025-07-22 --agency tbc
at 2025-07-31T16:00:00Z
c criterion met "$out" c-o-cuckoo --date 2025-07-31 --agency tmp
at 2025-07-31T17:00:00Z
c task done "$out" t-o-cuckoo-review --date 2025-07-31 --agency fh
at 2025-08-04T08:30:00Z
c task start "$out" t-o-cctv --date 2025-08-04 --agency tbc
c task start "$out" t-o-pspo --date 2025-08-04 --agency tbc
c task start "$out" t-o-tenancy --date 2025-08-04 --agency fh
c task start "$out" t-o-harm --date 2025-08-04 --agency icb
c task start "$out" t-o-arson --date 2025-08-04 --agency tfrs
at 2025-08-08T10:00:00Z
c criterion met "$out" c-o-lines --date 2025-08-08 --evidence 'Communications data review, 11 July to 8 August 2025.' --agency tmp
at 2025-08-11T08:30:00Z
c task start "$out" t-o-door-entry --date 2025-08-11 --agency fh
at 2025-08-14T17:00:00Z
c task done "$out" t-o-iom --date 2025-08-14 --agency prob
at 2025-08-18T08:30:00Z
c task start "$out" t-o-iom-hold --date 2025-08-18 --agency prob
at 2025-08-20T14:00:00Z
c criterion met "$out" c-o-ocg --date 2025-08-20 --agency tmp
at 2025-08-22T08:30:00Z
c task start "$out" t-o-clear-review --date 2025-08-22 --agency tmp
at 2025-08-22T12:00:00Z
c task done "$out" t-o-clear-review --date 2025-08-22 --reason 'Clear exit review held.' --agency tmp
at 2025-08-22T12:10:00Z
c stage complete "$out" clear --date 2025-08-22 --reason 'Clear complete: all four exit criteria met.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-08-31T09:30:00Z
c measure record "$out" m-o-drug-calls --date 2025-08-31 --value 38 --source tmp --agency tmp
at 2025-09-01T08:30:00Z
c task start "$out" t-o-lighting --date 2025-09-01 --agency tbc
c task start "$out" t-o-mentoring --date 2025-09-01 --agency vol2
c task start "$out" t-o-business-watch --date 2025-09-01 --agency bus
at 2025-09-30T09:30:00Z
c measure record "$out" m-o-asb --date 2025-09-30 --value 48 --source tbc --agency tbc
at 2025-10-06T08:30:00Z
c task start "$out" t-o-credit --date 2025-10-06 --agency dvcu
c task start "$out" t-o-survey-2 --date 2025-10-06 --agency opcc
at 2025-10-20T09:01:00Z
c task add "$out" t-o-sweep --stage hold --title 'Stop and search contingency for Bonfire Night' --lead tmp --start 2025-11-03 --due 2025-11-07 --strand pursue --owner 'Inspector, Fellgate Neighbourhood Team' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2025-10-29T17:00:00Z
c task done "$out" t-o-tenancy --date 2025-10-29 --agency fh
at 2025-10-30T17:00:00Z
c task done "$out" t-o-arson --date 2025-10-30 --agency tfrs
at 2025-11-03T08:30:00Z
c task start "$out" t-o-test-purchase --date 2025-11-03 --agency tmp
at 2025-11-05T09:00:00Z
c task cancel "$out" t-o-sweep --reason 'no intelligence to justify the authority.' --agency tmp
at 2025-11-14T17:00:00Z
c task done "$out" t-o-survey-2 --date 2025-11-14 --agency opcc
c task done "$out" t-o-test-purchase --date 2025-11-14 --reason 'no deals offered; no new line found.' --agency tmp
at 2025-11-14T17:30:00Z
c measure record "$out" m-o-feel-safe --date 2025-11-14 --value 42 --source opcc --agency opcc
at 2025-11-21T17:00:00Z
c task done "$out" t-o-pspo --date 2025-11-21 --agency tbc
at 2025-11-26T17:00:00Z
c task done "$out" t-o-lighting --date 2025-11-26 --agency tbc
at 2025-12-10T12:00:00Z
c task done "$out" t-o-door-entry --date 2025-12-10 --reason 'new door entry live in both blocks.' --agency fh
at 2025-12-15T10:00:00Z
c task note "$out" t-o-cctv --text 'Two columns delayed by a gas main diversion; completion expected in January.' --agency tbc
at 2025-12-19T09:30:00Z
c measure record "$out" m-o-exclusions --date 2025-12-19 --value 58 --source edu --agency edu
at 2025-12-31T09:30:00Z
c measure record "$out" m-o-asb --date 2025-12-31 --value 33 --source tbc --agency tbc
c measure record "$out" m-o-comm-intel --date 2025-12-31 --value 21 --source tmp --agency tmp
c measure record "$out" m-o-neet --date 2025-12-31 --value 11.5 --source tbc --agency tbc
at 2026-01-23T15:00:00Z
c task done "$out" t-o-cctv --date 2026-01-23 --reason 'eight cameras installed, five weeks late.' --agency tbc
at 2026-01-26T08:30:00Z
c task start "$out" t-o-cctv-handover --date 2026-01-26 --agency tbc
at 2026-01-29T17:00:00Z
c task done "$out" t-o-credit --date 2026-01-29 --agency dvcu
at 2026-01-30T16:00:00Z
c criterion met "$out" c-o-cctv --date 2026-01-30 --agency tmp
at 2026-01-30T17:00:00Z
c task done "$out" t-o-cctv-handover --date 2026-01-30 --agency tbc
at 2026-01-31T09:30:00Z
c measure record "$out" m-o-asb --date 2026-01-31 --value 29 --source tbc --agency tbc
c measure record "$out" m-o-comm-intel --date 2026-01-31 --value 22 --source tmp --agency tmp
at 2026-02-09T10:01:00Z
c task add "$out" t-o-survey-3 --stage hold --title 'Community confidence survey, wave 3' --lead opcc --start 2026-03-02 --due 2026-03-27 --strand prepare --classification OFFICIAL --owner 'Policy and Commissioning Officer, Office of the PFCC' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2026-02-20T17:00:00Z
c task done "$out" t-o-business-watch --date 2026-02-20 --agency bus
at 2026-02-27T17:00:00Z
c task done "$out" t-o-harm --date 2026-02-27 --agency icb
at 2026-02-28T09:30:00Z
c measure record "$out" m-o-drug-calls --date 2026-02-28 --value 29 --source tmp --agency tmp
c measure record "$out" m-o-asb --date 2026-02-28 --value 27 --source tbc --agency tbc
c measure record "$out" m-o-comm-intel --date 2026-02-28 --value 20 --source tmp --agency tmp
at 2026-03-02T08:30:00Z
c task start "$out" t-o-survey-3 --date 2026-03-02 --agency opcc
at 2026-03-05T10:00:00Z
c criterion met "$out" c-o-reporting --date 2026-03-05 --agency tmp
at 2026-03-10T15:00:00Z
c decision "$out" --text 'Board agreed to start Build on 16 March alongside the last weeks of Hold.' --agency tmp --actor 'Chair, Fellgate Clear, Hold, Build Board'
at 2026-03-16T08:00:00Z
c stage start "$out" build --date 2026-03-16 --agency tmp --actor 'Head of Communities, Thornmere Borough Council'
at 2026-03-16T08:30:00Z
c task start "$out" t-o-hub-lease --date 2026-03-16 --agency tbc
c task start "$out" t-o-neighbourhood-policing --date 2026-03-16 --agency tmp
at 2026-03-23T08:30:00Z
c task start "$out" t-o-residents-assoc --date 2026-03-23 --agency fh
at 2026-03-27T17:00:00Z
c measure record "$out" m-o-feel-safe --date 2026-03-27 --value 49 --source opcc --agency opcc
c task done "$out" t-o-hotspot --date 2026-03-27 --agency tmp
c task done "$out" t-o-youth-detached --date 2026-03-27 --agency vol
c task done "$out" t-o-mentoring --date 2026-03-27 --agency vol2
c task done "$out" t-o-survey-3 --date 2026-03-27 --agency opcc
at 2026-03-30T17:00:00Z
c task done "$out" t-o-iom-hold --date 2026-03-30 --agency prob
at 2026-03-31T09:30:00Z
c measure record "$out" m-o-asb --date 2026-03-31 --value 26 --source tbc --agency tbc
c measure record "$out" m-o-comm-intel --date 2026-03-31 --value 24 --source tmp --agency tmp
at 2026-03-31T17:00:00Z
c task done "$out" t-o-displacement --date 2026-03-31 --agency tmp
c task done "$out" t-o-return-home --date 2026-03-31 --agency tbc
at 2026-04-01T09:30:00Z
c measure record "$out" m-o-exclusions --date 2026-04-01 --value 51 --source edu --agency edu
at 2026-04-02T10:00:00Z
c criterion met "$out" c-o-asb --date 2026-04-02 --agency tmp
at 2026-04-06T08:30:00Z
c task start "$out" t-o-employ --date 2026-04-06 --agency tbc
c task start "$out" t-o-boxing --date 2026-04-06 --agency vol
at 2026-04-10T10:00:00Z
c criterion met "$out" c-o-no-rival --date 2026-04-10 --evidence 'Displacement monitoring and the November 2025 test purchase.' --agency tmp
at 2026-04-13T08:30:00Z
c task start "$out" t-o-cadets --date 2026-04-13 --agency tfrs
at 2026-04-20T08:30:00Z
c task start "$out" t-o-exclusions --date 2026-04-20 --agency edu
at 2026-04-24T08:30:00Z
c task start "$out" t-o-hold-review --date 2026-04-24 --agency tmp
at 2026-04-24T12:00:00Z
c task done "$out" t-o-hold-review --date 2026-04-24 --reason 'Hold exit review held.' --agency tmp
at 2026-04-24T12:10:00Z
c stage complete "$out" hold --date 2026-04-24 --reason 'Hold complete: all four exit criteria met.' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2026-04-27T08:30:00Z
c task start "$out" t-o-sustain-disrupt --date 2026-04-27 --agency tmp
at 2026-05-04T08:30:00Z
c task start "$out" t-o-apprentice --date 2026-05-04 --agency bus
c task start "$out" t-o-community-payback --date 2026-05-04 --agency prob
at 2026-05-05T08:30:00Z
c task start "$out" t-o-green --date 2026-05-05 --agency tbc
at 2026-05-20T11:01:00Z
c task add "$out" t-o-credit-union --stage build --title 'Credit union access point and money advice at the hub' --lead dvcu --start 2026-06-01 --due 2027-03-26 --strand prevent --classification OFFICIAL --owner 'Community Lending Manager, Dale Valley Credit Union' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2026-06-01T08:30:00Z
c task start "$out" t-o-credit-union --date 2026-06-01 --agency dvcu
at 2026-06-19T15:00:00Z
c task done "$out" t-o-hub-lease --date 2026-06-19 --reason 'ten-year lease signed.' --agency tbc
at 2026-06-29T08:30:00Z
c task start "$out" t-o-hub-fitout --date 2026-06-29 --agency fh
at 2026-06-30T09:30:00Z
c measure record "$out" m-o-neet --date 2026-06-30 --value 9.8 --source tbc --agency tbc
at 2026-07-15T16:00:00Z
c task done "$out" t-o-cadets --date 2026-07-15 --reason 'cadets unit launched with 24 places.' --agency tfrs
at 2026-07-22T09:30:00Z
c measure record "$out" m-o-exclusions --date 2026-07-22 --value 44 --source edu --agency edu
at 2026-08-31T09:30:00Z
c measure record "$out" m-o-drug-calls --date 2026-08-31 --value 24 --source tmp --agency tmp
at 2026-09-01T08:30:00Z
c task start "$out" t-o-mentoring-2 --date 2026-09-01 --agency vol2
at 2026-09-07T08:30:00Z
c task start "$out" t-o-school-prog --date 2026-09-07 --agency edu
c task start "$out" t-o-cadets-2 --date 2026-09-07 --agency tfrs
c task start "$out" t-o-survey-4 --date 2026-09-07 --agency opcc
at 2026-09-17T19:00:00Z
c task done "$out" t-o-residents-assoc --date 2026-09-17 --reason 'residents'"'"' association constituted at its first AGM.' --agency fh
at 2026-09-30T09:30:00Z
c measure record "$out" m-o-asb --date 2026-09-30 --value 23 --source tbc --agency tbc
at 2026-09-30T15:00:00Z
c task done "$out" t-o-hub-fitout --date 2026-09-30 --reason 'fit-out complete, five days late.' --agency fh
at 2026-10-05T08:30:00Z
c task start "$out" t-o-hub-open --date 2026-10-05 --agency tbc
c task start "$out" t-o-hub-handover --date 2026-10-05 --agency fh
at 2026-10-05T10:00:00Z
c task done "$out" t-o-hub-open --date 2026-10-05 --reason 'hub opened by residents.' --agency tbc
at 2026-10-12T08:30:00Z
c task start "$out" t-o-health-clinic --date 2026-10-12 --agency icb
at 2026-10-14T16:00:00Z
c measure record "$out" m-o-feel-safe --date 2026-10-14 --value 56 --source opcc --agency opcc
at 2026-10-14T17:00:00Z
c task done "$out" t-o-survey-4 --date 2026-10-14 --agency opcc
at 2026-10-30T09:30:00Z
c measure record "$out" m-o-hub-visits --date 2026-10-30 --value 640 --source fh --agency fh
at 2026-11-02T10:00:00Z
c criterion met "$out" c-o-hub --date 2026-11-02 --evidence 'Hub rota and visitor log, October 2026.' --agency tmp
at 2026-11-04T11:00:00Z
c measure record "$out" m-o-neet --date 2026-10-31 --value 8.6 --source tbc --agency tbc
at 2026-11-10T10:01:00Z
c task add "$out" t-o-shopfront --stage build --title 'Shopfront improvement grants on Yard Street' --lead bus --support tbc --start 2027-01-11 --due 2027-04-30 --strand protect --priority low --classification OFFICIAL --owner 'BID Manager, Fellgate Business Improvement District' --agency tmp --actor 'Detective Superintendent, Serious and Organised Crime'
at 2026-11-12T09:00:00Z
c export "$out" --for edu -o "$scratch/edu-view.xml" --agency tmp
at 2026-11-19T14:00:00Z
c task note "$scratch/edu-view.xml" t-o-school-prog --text 'Delivered in three of five schools; the remaining two start after February half-term.' --agency edu
at 2026-11-20T13:55:00Z
c task edit "$scratch/edu-view.xml" t-o-school-prog --progress 35 --agency edu
at 2026-11-20T14:00:00Z
c merge "$out" "$scratch/edu-view.xml" --agency edu
at 2026-11-24T09:30:00Z
c task block "$out" t-o-mentoring-2 --date 2026-11-24 --reason 'Lead mentor on long-term sick leave; DBS checks for two replacement volunteers still pending.' --agency vol2
at 2026-11-26T17:01:00Z
c task edit "$out" t-o-mentoring-2 --progress 25 --agency vol2
at 2026-11-27T16:00:00Z
c measure record "$out" m-o-hub-visits --date 2026-11-27 --value 810 --source fh --agency fh
at 2026-11-27T17:00:00Z
c decision "$out" --text 'Board: exit planning to start in March 2027; PFCC to confirm hub and youth funding beyond March 2027 by January.' --agency tmp --actor 'Chair, Fellgate Clear, Hold, Build Board'
at 2026-11-27T17:01:00Z
c task edit "$out" t-o-neighbourhood-policing --progress 50 --agency tmp
c task edit "$out" t-o-employ --progress 55 --agency tbc
c task edit "$out" t-o-boxing --progress 60 --agency vol
c task edit "$out" t-o-exclusions --progress 50 --agency edu
c task edit "$out" t-o-sustain-disrupt --progress 45 --agency tmp
c task edit "$out" t-o-apprentice --progress 40 --agency bus
c task edit "$out" t-o-community-payback --progress 65 --agency prob
c task edit "$out" t-o-green --progress 80 --agency tbc
c task edit "$out" t-o-credit-union --progress 60 --agency dvcu
c task edit "$out" t-o-cadets-2 --progress 30 --agency tfrs
c task edit "$out" t-o-hub-handover --progress 45 --agency fh
c task edit "$out" t-o-health-clinic --progress 20 --agency icb
