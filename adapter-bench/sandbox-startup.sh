#!/usr/bin/env bash
# Starts a JVM with the given arguments, waits for its "ready" line and prints the wall time and the process CPU
# time (user + system, all threads) at that moment, then stops it. Example:
#   adapter-bench/sandbox-startup.sh -jar adapter-app/target/abm-bridge.jar sandbox --accounts 10000 --contacts 30000
set -euo pipefail
out=$(mktemp)
start=$(date +%s.%N)
java "$@" >"$out" 2>&1 &
pid=$!
until grep -q '^ready' "$out"; do
  kill -0 "$pid" 2>/dev/null || { cat "$out"; exit 1; }
  sleep 0.02
done
end=$(date +%s.%N)
read -r -a stat <"/proc/$pid/stat"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -f "$out"
ticks=$(getconf CLK_TCK)
echo "ready after $(echo "$end - $start" | bc) s wall, $(echo "scale=2; (${stat[13]} + ${stat[14]}) / $ticks" | bc) s CPU"
