#!/usr/bin/env python3
"""Write a valid, canonical chb plan with N tasks, for benchmarks (never committed).

usage: make-large-plan.py N OUT.xml [--seed S]
Tasks are spread over the three stages, each depends on up to two earlier tasks (so the
dependency graph is acyclic), about one in five has a note. The output is what `chb export`
would write for the same plan, so a round trip can be checked with cmp.
"""
import random, sys
from datetime import date, timedelta

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def main():
    n = int(sys.argv[1]); out = sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rnd = random.Random(seed)
    agencies = [("pol", "police"), ("cc", "localAuthority"), ("hsg", "housing"), ("sch", "education"),
                ("nhs", "health"), ("frs", "fire"), ("pcc", "policeAndCrimeCommissioner"),
                ("prob", "probation"), ("vol", "voluntary"), ("biz", "business")]
    stages = ["clear", "hold", "build"]
    base = date(2026, 1, 5)
    w = []; a = w.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a(f'<plan xmlns="urn:x-chb:plan:1" id="op-bench" schemaVersion="1.0" revision="1" classification="OFFICIAL-SENSITIVE">')
    a(f'  <title>Benchmark operation with {n} tasks</title>')
    a('  <area>\n    <name>Benchmark Estate</name>\n  </area>')
    a('  <governance>\n    <leadAgency ref="pol"/>\n    <leadResponsibleOfficer>Detective Superintendent</leadResponsibleOfficer>\n  </governance>')
    a('  <agencies>')
    for i, k in agencies:
        a(f'    <agency id="{i}" kind="{k}">\n      <name>Agency {i.upper()}</name>\n    </agency>')
    a('  </agencies>\n  <phases>')
    per = (n + 2) // 3
    tid = 0
    for s, stage in enumerate(stages):
        start = base + timedelta(days=200 * s)
        end = start + timedelta(days=400)
        a(f'    <phase kind="{stage}" status="notStarted" plannedStart="{start}" plannedEnd="{end}">')
        a(f'      <objective>Objective of the {stage} stage.</objective>')
        a('      <exitCriteria/>')
        count = min(per, n - tid)
        if count <= 0:
            a('      <tasks/>'); a('    </phase>'); continue
        a('      <tasks>')
        for _ in range(count):
            lead = agencies[rnd.randrange(len(agencies))][0]
            sup = agencies[rnd.randrange(len(agencies))][0]
            d0 = start + timedelta(days=rnd.randrange(0, 300))
            d1 = d0 + timedelta(days=rnd.randrange(0, 60))
            a(f'        <task id="t{tid}" lead="{lead}" status="planned" strand="pursue" start="{d0}" due="{d1}">')
            a(f'          <title>Task number {tid} &amp; its &lt;work&gt;</title>')
            if sup != lead:
                a(f'          <support ref="{sup}"/>')
            a('          <owner>Task owner role</owner>')
            for dep in sorted({rnd.randrange(0, tid) for _ in range(rnd.randrange(0, 3))} if tid else set()):
                a(f'          <dependsOn ref="t{dep}"/>')
            if rnd.random() < 0.2:
                a(f'          <note at="2026-03-0{1 + tid % 9}T10:00:00Z" agency="{lead}">A note on task {tid} with some text in it.</note>')
            a('        </task>')
            tid += 1
        a('      </tasks>')
        a('    </phase>')
    a('  </phases>')
    a('  <history>\n    <event at="2026-01-05T09:00:00Z" agency="pol" kind="created" subject="op-bench">plan created</event>\n  </history>')
    a('</plan>')
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(w) + "\n")

main()
