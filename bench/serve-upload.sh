#!/usr/bin/env bash
# Uploads N reports (copies of the bundled ones) to `nianbao serve`, as the page does, waits until
# all are read, merges them, and prints the wall time and the server's peak memory (VmHWM).
#   bench/serve-upload.sh [N]      (default 200; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
./nianbao --version >/dev/null
log=$(mktemp)
java -Xss4m -Xmx768m -Xlog:disable -jar target/nianbao.jar serve --no-browser 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "http://" "$log" && break; sleep 0.2; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/?t=[0-9a-f]*' "$log")
base=${url%/?t=*}
token=${url#*t=}
samples=(test-data/reports/*.txt test-data/hazards/*.html test-data/hazards/*.txt test-data/forms/*.docx test-data/forms/*.pdf)
start=$(date +%s.%N)
for i in $(seq 1 "$n"); do
  s=${samples[$(( (i - 1) % ${#samples[@]} ))]}
  curl -s -o /dev/null -X POST -H "X-Token: $token" --data-binary "@$s" "$base/upload?name=r$i-$(basename "$s")"
done
until curl -s -H "X-Token: $token" "$base/results" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if all(x["status"] in ("完成","未能读取") for x in r) else 1)'; do sleep 0.5; done
read_s=$(echo "$(date +%s.%N) - $start" | bc)
merge=$(curl -s -X POST -H "X-Token: $token" "$base/merge")
all_s=$(echo "$(date +%s.%N) - $start" | bc)
peak=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
printf '%d reports uploaded and read in %.1f s, merged by %.1f s (%s); server peak memory %d MB\n' "$n" "$read_s" "$all_s" "$merge" $((peak / 1024))
curl -s -o /dev/null -X POST -H "X-Token: $token" "$base/quit"
