#!/usr/bin/env bash
# Lays the reports made the ways real sites, Word, WPS and printers publish them (test-data/habits/) out as a scorer corpus in the folder given:
# bench/habits-corpus.sh /tmp/habits && ../shared/tools/score /tmp/habits
exec "$(dirname "$0")/corpus.sh" "${1:?usage: bench/habits-corpus.sh FOLDER}" habits
