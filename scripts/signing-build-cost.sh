#!/usr/bin/env bash
# What signed exchange (the CXMLSec module and PlanXML/Signing) adds to building PlanXML:
# clean builds of the PlanXML target (and what it depends on) from the tree before signing
# (BASE, default b143173) and from HEAD, each in a fresh scratch path, timed by GNU time.
# Compare the user CPU seconds (wall time depends on what else the machine is doing).
# Reuses this clone's resolved dependencies (.build/checkouts), so it needs no network.
#   scripts/signing-build-cost.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-b143173}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tree in base head; do
  mkdir -p "$work/$tree" "$work/$tree-build"
  git archive "$([ "$tree" = base ] && echo "$base" || echo HEAD)" | tar -x -C "$work/$tree"
  [ -f Package.resolved ] && cp Package.resolved "$work/$tree/"
  cp -R .build/checkouts .build/repositories .build/workspace-state.json "$work/$tree-build/" 2>/dev/null || true
done
for tree in base head; do
  (cd "$work/$tree" && /usr/bin/time -f "$tree ($([ "$tree" = base ] && echo "$base" || git -C "$OLDPWD" rev-parse --short HEAD)): %e s wall, %U s user, %S s system" \
    swift build --target PlanXML --scratch-path "$work/$tree-build" >/dev/null 2>"$work/$tree.log" || { cat "$work/$tree.log"; exit 1; })
  tail -1 "$work/$tree.log"
done
