#!/usr/bin/env bash
# Times `nianbao convert` against LibreOffice headless turning the same report pages into
# spreadsheets (LibreOffice only copies the page's grids; nianbao reads, checks and lays out).
# Usage: bench/convert-vs-libreoffice.sh [PAGES]   (default 50 copies of the bundled 2021 HTML report)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/nianbao" "$work/lo" "$work/profile"
for i in $(seq -w 1 "$pages"); do cp test-data/hazards/html-2021-form-gbk.html "$work/in/page-$i.html"; done
./nianbao --version >/dev/null   # build the jar and its class-data archive outside the timing
# LibreOffice's profile is made outside the timing too, as a user's LibreOffice has one.
mkdir -p "$work/warm"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$work/warm" "$work/in/page-$(seq -w 1 "$pages" | head -1).html" >/dev/null 2>&1

start=$(date +%s.%N)
./nianbao convert -o "$work/nianbao" "$work/in" >/dev/null
mid=$(date +%s.%N)
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$work/lo" "$work"/in/*.html >/dev/null 2>&1
end=$(date +%s.%N)

n_ours=$(ls "$work/nianbao" | wc -l)
n_lo=$(ls "$work/lo" | wc -l)
ours=$(echo "$mid - $start" | bc)
lo=$(echo "$end - $mid" | bc)
printf 'nianbao convert: %d workbooks in %.2f s (JVM start included)\n' "$n_ours" "$ours"
printf 'LibreOffice:     %d workbooks in %.2f s (profile made beforehand)\n' "$n_lo" "$lo"
printf 'ratio: nianbao takes %.0f %% of LibreOffice'"'"'s time\n' "$(echo "100 * $ours / $lo" | bc -l)"
