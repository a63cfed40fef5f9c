#!/usr/bin/env bash
# Runs the fuzz harnesses (src/test/java/org/nianbao/fuzz): damaged copies of the fixture reports
# (FuzzTest: extract and a workbook, re-opened by POI, on every case; the workbook read back through
# the layout for every Nth; a merge per 1,000) and damaged, huge and hostile pictures, as files and
# in PDFs (PictureFuzzTest). Prints both summaries and the first problems; exits non-zero when any
# case is a problem (or the run itself fails).
# Usage: bench/fuzz.sh [CASES] [SEED] [READ_BACK_EVERY] [SEEDS] [PICTURE_CASES]
#   (default 100000 20261123 20, all fixtures, 200 picture cases; PICTURE_CASES 0 leaves pictures out)
# SEEDS keeps the fixtures whose path holds that text: bench/fuzz.sh 20000 1 20 forms/ damages only
# the Word and PDF files.
# A failing case is made again alone with: mvn test -Dtest=FuzzTest -Dfuzz.seed=SEED -Dfuzz.only=INDEX
set -uo pipefail
cd "$(dirname "$0")/.."
cases="${1:-100000}" seed="${2:-20261123}" every="${3:-20}" seeds="${4:-}" pictures="${5:-200}"
tests=FuzzTest
[ "$pictures" != 0 ] && tests="FuzzTest,PictureFuzzTest"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases="$cases" -Dfuzz.seed="$seed" \
  -Dfuzz.readBackEvery="$every" -Dfuzz.seeds="$seeds" -Dfuzz.pictureCases="$pictures" >"$log" 2>&1
status=$?
# The summaries, then what failed (the first problems, or why the run itself stopped).
grep -E '^(fuzz:|picture fuzz:|  cases by mutation|  milliseconds by mutation|case [0-9]+:)' "$log"
if [ "$status" != 0 ]; then
  # The first problems, as the failing tests list them; or why the run itself stopped.
  for report in target/surefire-reports/org.nianbao.fuzz.FuzzTest.txt target/surefire-reports/org.nianbao.fuzz.PictureFuzzTest.txt; do
    [ -f "$report" ] && grep -v -E '^(-+|Test set:|Tests run:|\s+at )' "$report" | head -40
  done
  grep -qE '^(fuzz:|picture fuzz:)' "$log" || grep -E '^\[ERROR\]' "$log" | head -20
  echo "fuzz: FAILED (exit $status)"
else
  echo "fuzz: passed, 0 problems"
fi
exit "$status"
