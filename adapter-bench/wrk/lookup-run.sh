#!/bin/bash
# The look-up API benchmark's runs (docs/BENCHMARKS.md): for each connection count, one wrk run against a running
# LookupLoadServer, printing requests/s, p50/p90/p99 and the CPU time per request of the server and of wrk.
# usage: adapter-bench/wrk/lookup-run.sh <server pid> <connections>...
# environment: PORT (8089), DUR seconds (20), THREADS (1), DELAY_MS (none), ACCOUNTS (1000000)
set -euo pipefail
PID=$1; shift
SCRIPT="$(dirname "$0")/lookup.lua"
for c in "$@"; do
  read -r u0 s0 < <(awk '{print $14, $15}' "/proc/$PID/stat")
  load=$(cut -d' ' -f1 /proc/loadavg)
  out=$(ACCOUNTS=${ACCOUNTS:-1000000} /usr/bin/time -f "WRKCPU %U %S" wrk -t"${THREADS:-1}" -c"$c" -d"${DUR:-20}"s \
        --latency -s "$SCRIPT" "http://127.0.0.1:${PORT:-8089}" 2>&1)
  read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$PID/stat")
  ticks=$(getconf CLK_TCK)
  reqs=$(echo "$out" | awk '/requests in/{gsub(",","",$1); print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  pct() { echo "$out" | awk -v p="$1" '$1==p{print $2}'; }
  wrk_us=$(echo "$out" | awk -v n="$reqs" '/WRKCPU/{printf "%d", ($2+$3)*1e6/n}')
  server_us=$(( (u1 - u0 + s1 - s0) * 1000000 / ticks / reqs ))
  echo "c=$c t=${THREADS:-1} delay=${DELAY_MS:-0} req/s=$rps p50=$(pct 50%) p90=$(pct 90%) p99=$(pct 99%)" \
       "server_cpu/req=${server_us}us wrk_cpu/req=${wrk_us}us load_at_start=$load" \
       "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ')"
done
