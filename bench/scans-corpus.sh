#!/usr/bin/env bash
# Lays test-data/scans/ (the fixtures published as pictures, hold-outs included) out as a scorer
# corpus in the folder given: bench/scans-corpus.sh /tmp/scans && ../shared/tools/score /tmp/scans
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:?usage: bench/scans-corpus.sh FOLDER}
mkdir -p "$dest/raw" "$dest/gold"
for f in "$root"/test-data/scans/*.gold.json "$root"/test-data/scans/hold-out/*.gold.json; do
  report=${f%.gold.json}
  name=$(basename "$report")
  ln -sf "$report" "$dest/raw/$name"
  ln -sf "$f" "$dest/gold/$name.json"
done
echo "$dest: $(ls "$dest/raw" | wc -l) reports"
