#!/usr/bin/env bash
# Everything nianbao writes for the bundled fixtures, as one list of digests: run it before and after a change that
# should not change output (a refactor) and compare the two lists.
#   bench/same-output.sh /tmp/before && (change, rebuild) && bench/same-output.sh /tmp/after && diff /tmp/before/digests /tmp/after/digests
#   A second argument `quick` leaves the scans out (no OCR: seconds, not minutes).
set -euo pipefail
out="${1:?usage: bench/same-output.sh FOLDER [quick]}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$here/target/nianbao.jar}"
rm -rf "$out" && mkdir -p "$out/convert"
cd "$here"
inputs=(test-data/reports test-data/habits test-data/wild test-data/forms test-data/ofd)
[ "${2:-}" = quick ] || inputs+=(test-data/scans)
run() { java -jar "$jar" --lang=zh "$@" >>"$out/said.txt" 2>&1 || true; }
run convert -j 2 -o "$out/convert" "${inputs[@]}"
java -jar "$jar" --lang=zh extract -j 2 "${inputs[@]}" >"$out/extract.jsonl" 2>>"$out/said.txt" || true
run merge -j 2 -o "$out/merge.xlsx" --csv="$out/merge.csv" --issues="$out/issues.csv" --region=浙江省嘉兴市 "${inputs[@]}"
(cd "$out" && find . -type f ! -name digests ! -name said.txt -print0 | sort -z | xargs -0 sha256sum) >"$out/digests"
wc -l <"$out/digests"
