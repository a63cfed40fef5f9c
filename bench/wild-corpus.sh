#!/usr/bin/env bash
# Lays reports laid out as agencies lay them out in the wild (test-data/wild/) out as a scorer corpus in the folder given:
# bench/wild-corpus.sh /tmp/wild && ../shared/tools/score /tmp/wild
exec "$(dirname "$0")/corpus.sh" "${1:?usage: bench/wild-corpus.sh FOLDER}" wild
