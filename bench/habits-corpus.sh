#!/usr/bin/env bash
exec "$(dirname "$0")/corpus.sh" "${1:?usage: bench/habits-corpus.sh FOLDER}" habits
