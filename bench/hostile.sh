#!/usr/bin/env bash
# A batch of good reports with the hostile inputs of test-data/hostile among them, converted in one
# run: every good workbook must be written, the summary printed, each hostile input end with one
# line (超出处理限度：… / over the processing limits) and none say "internal error".
# Usage: bench/hostile.sh DIR [SCALE] [COPIES]   (SCALE for make-hostile.py, default 1; COPIES of the
# fixture reports, default 6: about 200 good inputs). Run it under the build lock.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?usage: bench/hostile.sh DIR [SCALE] [COPIES]}" scale="${2:-1}" copies="${3:-6}"
rm -rf "$dir/in" "$dir/out"
mkdir -p "$dir/in" "$dir/out"
python3 test-data/hostile/make-hostile.py "$dir/in" --scale "$scale" >/dev/null
good=0
for c in $(seq "$copies"); do
  for f in test-data/reports/*.txt test-data/hazards/*.html test-data/forms/*.docx test-data/forms/*.pdf test-data/wild/*.html; do
    cp "$f" "$dir/in/$c-$(basename "$f")"
    good=$((good + 1))
  done
done
start=$(date +%s.%N)
set +e
./nianbao convert -o "$dir/out/" "$dir/in/" >"$dir/convert.out" 2>"$dir/convert.err"
status=$?
set -e
end=$(date +%s.%N)
echo "exit $status in $(echo "$end - $start" | bc) s; $good good inputs, $(ls "$dir/out" | wc -l) workbooks written"
grep -E 'forms-draw-themselves|shared-stream|empty-paragraphs|nested-tables' "$dir/convert.err" || true
echo "internal errors: $(grep -c -i 'internal error\|内部出错' "$dir/convert.err" || true)"
tail -1 "$dir/convert.err"
# Each hostile input alone, timed (JVM start included).
for f in "$dir"/in/forms-draw-themselves.pdf "$dir"/in/shared-stream.pdf "$dir"/in/empty-paragraphs.docx "$dir"/in/nested-tables.html; do
  s=$(date +%s.%N)
  line=$(./nianbao extract "$f" 2>&1 >/dev/null | head -1 || true)
  echo "$(basename "$f"): $(echo "$(date +%s.%N) - $s" | bc | cut -c1-5) s: $line"
done
