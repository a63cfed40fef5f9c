#!/usr/bin/env bash
# Times one report converted, JVM start included, for each form (text, web page, DOCX, PDF),
# side by side with LibreOffice headless opening the same file and saving it as a spreadsheet
# (text and web page) or in its own format (DOCX → ODT, PDF → ODG: LibreOffice turns neither
# into a spreadsheet). Runs alternate, nianbao then LibreOffice, so both see the same machine.
# Usage: bench/one-vs-libreoffice.sh [RUNS]   (default 7; prints each form's medians and their ratio)
# Needs LibreOffice Calc and Writer, and Draw for the PDF (libreoffice-draw-nogui).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/nianbao" "$work/lo" "$work/profile"
./nianbao --version >/dev/null   # build the jar and its class-data archive outside the timing
soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to xlsx --outdir "$work/lo" \
  test-data/hazards/html-2021-form-gbk.html >/dev/null 2>&1   # LibreOffice's profile, as a user's has one

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

printf '%-10s %-32s %9s %12s %6s\n' form file nianbao LibreOffice ratio
for spec in "text:test-data/reports/haining-2020.txt:--infilter=Text - txt - csv (StarCalc):xlsx" \
            "web page:test-data/hazards/html-2021-form-gbk.html:--infilter=HTML (StarCalc):xlsx" \
            "DOCX:test-data/forms/haining-2020.docx::odt" \
            "PDF:test-data/forms/haining-2020.pdf::odg"; do
  IFS=: read -r form file filter to <<<"$spec"
  ours=""; theirs=""
  for _ in $(seq "$runs"); do
    ours="$ours $(ms ./nianbao convert --force -o "$work/nianbao/" "$file")"
    if [ -n "$filter" ]; then
      theirs="$theirs $(ms soffice -env:UserInstallation="file://$work/profile" --headless --norestore "$filter" --convert-to "$to" --outdir "$work/lo" "$file")"
    else
      theirs="$theirs $(ms soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to "$to" --outdir "$work/lo" "$file")"
    fi
  done
  stem=$(basename "${file%.*}")
  if [ ! -f "$work/lo/$stem.$to" ]; then
    echo "$form: LibreOffice wrote nothing (PDF needs its Draw component: apt-get install libreoffice-draw-nogui)" >&2
    continue
  fi
  a=$(echo "$ours" | median); b=$(echo "$theirs" | median)
  printf '%-10s %-32s %6d ms %9d ms %6.2f\n' "$form" "$(basename "$file")" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done
