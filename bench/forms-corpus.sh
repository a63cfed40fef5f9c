#!/usr/bin/env bash
# Lays the DOCX, DOC and PDF twins (test-data/forms/) out as a scorer corpus in the folder given:
# bench/forms-corpus.sh /tmp/forms && ../shared/tools/score /tmp/forms
exec "$(dirname "$0")/corpus.sh" "${1:?usage: bench/forms-corpus.sh FOLDER}" forms
