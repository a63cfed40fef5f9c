#!/usr/bin/env bash
# Lays the fixtures with answers under test-data/FOLDER (subfolders included) out as a scorer
# corpus (raw/ and gold/) in DEST: bench/corpus.sh /tmp/forms forms && ../shared/tools/score /tmp/forms
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:?usage: bench/corpus.sh DEST FOLDER}
folder=${2:?usage: bench/corpus.sh DEST FOLDER}
mkdir -p "$dest/raw" "$dest/gold"
while IFS= read -r f; do
  report=${f%.gold.json}
  name=$(basename "$report")
  # -n: a fixture that is a folder (the pages of one report) replaces the link, not a file inside it
  ln -sfn "$report" "$dest/raw/$name"
  ln -sf "$f" "$dest/gold/$name.json"
done < <(find "$root/test-data/$folder" -name '*.gold.json' | sort)
echo "$dest: $(ls "$dest/raw" | wc -l) reports"
