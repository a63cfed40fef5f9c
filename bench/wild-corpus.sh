#!/usr/bin/env bash
# Lays test-data/wild/ (reports laid out as agencies lay them out in the wild) out as a scorer
# corpus in the folder given: bench/wild-corpus.sh /tmp/wild && ../shared/tools/score /tmp/wild
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:?usage: bench/wild-corpus.sh FOLDER}
mkdir -p "$dest/raw" "$dest/gold"
for f in "$root"/test-data/wild/*.gold.json; do
  report=${f%.gold.json}
  name=$(basename "$report")
  ln -sf "$report" "$dest/raw/$name"
  ln -sf "$f" "$dest/gold/$name.json"
done
echo "$dest: $(ls "$dest/raw" | wc -l) reports"
