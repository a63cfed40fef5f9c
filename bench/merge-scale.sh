#!/usr/bin/env bash
# Merges 1,000 / 5,000 / 10,000 reports (copies of the bundled ones) and prints wall time and peak
# memory for each, to show that time grows linearly and memory stays bounded.
# Usage: bench/merge-scale.sh [SIZES...]   (default: 1000 5000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 10000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./nianbao --version >/dev/null   # build the jar and its class-data archive outside the timing
samples=(test-data/reports/*.txt test-data/hazards/*.html test-data/hazards/*.txt)
for n in "${sizes[@]}"; do
  rm -rf "$work/in" && mkdir -p "$work/in"
  for i in $(seq 1 "$n"); do
    s=${samples[$(( (i - 1) % ${#samples[@]} ))]}
    cp "$s" "$work/in/r$i-$(basename "$s")"
  done
  /usr/bin/time -f "$n reports: %e s wall, %M KB peak memory" ./nianbao merge --force -o "$work/merged.xlsx" "$work/in" 2>&1 | tail -1
done
