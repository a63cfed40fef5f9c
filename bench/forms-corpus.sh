#!/usr/bin/env bash
# Lays test-data/forms/ out as a scorer corpus (raw/ and gold/) in the folder given, so
# ../shared/tools/score can score the DOCX, DOC and PDF twins: bench/forms-corpus.sh /tmp/forms
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:?usage: bench/forms-corpus.sh FOLDER}
mkdir -p "$dest/raw" "$dest/gold"
for f in "$root"/test-data/forms/*.gold.json; do
  report=${f%.gold.json}
  name=$(basename "$report")
  ln -sf "$report" "$dest/raw/$name"
  ln -sf "$f" "$dest/gold/$name.json"
done
echo "$dest: $(ls "$dest/raw" | wc -l) reports"
