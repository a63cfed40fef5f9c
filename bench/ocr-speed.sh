#!/usr/bin/env bash
# Time to read scanned reports end to end with `nianbao extract` (JVM start and OCR model load
# included), on one core (taskset) and on all cores, ROUNDS times each; prints the medians.
# The six-page report is the first six pages of the ten-page scan (two pages of prose, four of
# tables), cut with poppler's pdfseparate/pdfunite.
#   bench/ocr-speed.sh [ROUNDS]        (needs taskset, pdfinfo, pdfseparate and pdfunite)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
[ -f target/nianbao.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdfseparate -f 1 -l 6 test-data/scans/shaoxing-office-2020.scan.pdf "$work/page-%d.pdf"
pdfunite "$work"/page-{1,2,3,4,5,6}.pdf "$work/six-pages.scan.pdf"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; }
for f in test-data/scans/html-2021-form-gbk.scan.pdf "$work/six-pages.scan.pdf" test-data/scans/shaoxing-office-2020.scan.pdf; do
  pages=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
  one=$(for _ in $(seq "$rounds"); do seconds taskset -c 0 ./nianbao extract "$f"; done | median)
  all=$(for _ in $(seq "$rounds"); do seconds ./nianbao extract "$f"; done | median)
  printf '%s: %s pages, one core %.1f s (%.1f s a page), %d cores %.1f s\n' "$(basename "$f")" "$pages" "$one" "$(echo "$one / $pages" | bc -l)" "$(nproc)" "$all"
done
text=$(for _ in $(seq "$rounds"); do seconds ./nianbao extract test-data/reports/shaoxing-office-2020.txt; done | median)
printf 'the same report as text: %.1f s (no model loaded)\n' "$text"
