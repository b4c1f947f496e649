#!/usr/bin/env bash
# The `score` scale run of docs/BENCHMARKS.md: 1,000,000 accounts and 3,000,000 contacts, -Xmx1g.
# Usage: adapter-bench/score-at-scale.sh [ACCOUNTS] [CONTACTS]   (after mvn -q -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-1000000}
contacts=${2:-3000000}
data=target/scale-data/$accounts-$contacts
mkdir -p "$data"
if [ ! -f "$data/contacts.csv" ]; then
  echo "Generating $accounts accounts and $contacts contacts in $data ..."
  java -cp adapter-bench/target/benchmarks.jar dev.abmbridge.bench.scale.ScaleDataGenerator "$data" "$accounts" "$contacts"
fi
rm -rf "$data/out"
start=$(date +%s.%N)
java -Xmx1g -Xlog:gc:file="$data/gc.log" -jar adapter-app/target/abm-bridge.jar score --no-progress \
  --playbook examples/playbook.yml --accounts "$data/accounts.csv" --contacts "$data/contacts.csv" \
  --out "$data/out" > "$data/summary.txt" 2> "$data/errors.txt"
end=$(date +%s.%N)
# Peak heap: the largest heap occupancy before any collection, from the GC log ("...: 612M->120M(1024M) ...").
peak=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$data/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
printf 'wall %.1f s, peak heap %s MiB (-Xmx1g), %s scored rows\n' "$(echo "$end - $start" | bc)" "${peak:-?}" \
  "$(($(wc -l < "$data/out/accounts-scored.csv") + $(wc -l < "$data/out/contacts-scored.csv") - 2))"
head -1 "$data/summary.txt"
