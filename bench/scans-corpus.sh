#!/usr/bin/env bash
# Lays the fixtures published as pictures, hold-outs included (test-data/scans/) out as a scorer corpus in the folder given:
# bench/scans-corpus.sh /tmp/scans && ../shared/tools/score /tmp/scans
exec "$(dirname "$0")/corpus.sh" "${1:?usage: bench/scans-corpus.sh FOLDER}" scans
