#!/usr/bin/env bash
# Runs the fuzz harness (src/test/java/org/nianbao/fuzz) over many damaged copies of the fixture
# reports: extract and a workbook (re-opened by POI) on every case, the workbook read back through
# the layout for every Nth, a merge per 1,000.
# Usage: bench/fuzz.sh [CASES] [SEED] [READ_BACK_EVERY] [SEEDS]   (default 100000 20261123 20, all fixtures)
# SEEDS keeps the fixtures whose path holds that text: bench/fuzz.sh 20000 1 20 forms/ damages only
# the Word and PDF files.
# A failing case is made again alone with: mvn test -Dtest=FuzzTest -Dfuzz.seed=SEED -Dfuzz.only=INDEX
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.cases="${1:-100000}" -Dfuzz.seed="${2:-20261123}" -Dfuzz.readBackEvery="${3:-20}" -Dfuzz.seeds="${4:-}" 2>&1 | grep -v '^SLF4J' | grep -E '^(fuzz|  |case|\[ERROR\] Tests)' || true
