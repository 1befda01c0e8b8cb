#!/usr/bin/env bash
# Benchmark of Plan.schedule() on generated plans of 25k, 50k and 100k tasks.
#
# Compiles PlanCore's sources with scripts/bench-schedule/BenchSchedule.swift into one optimised
# executable (swiftc -O, whole module) under .build/bench, outside SwiftPM, so neither
# `swift build` nor CI ever builds it. Times are medians of 7 runs, and are quoted as ratios
# against two references measured in the same run on the same plan:
#   copy+iterate  copying every task out of the plan and touching each of its links;
#   validate      PlanValidator().validate(plan), the linear pass every command already makes.
# Usage: scripts/bench-schedule.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build/bench
swiftc -O -wmo -swift-version 6 -module-name PlanCore -parse-as-library \
  $(find Sources/PlanCore -name '*.swift' | sort) scripts/bench-schedule/BenchSchedule.swift \
  -lm -o .build/bench/bench-schedule 2>&1 | grep -v '^$' || true
test -x .build/bench/bench-schedule
.build/bench/bench-schedule
