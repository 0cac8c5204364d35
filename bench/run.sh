#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md and prints the budget table:
#   start-up (tmux), footprint (10 minutes, in the background while the rest runs), JMH (frame, analytics,
#   scale), bytes on the wire, requests per poll.
#
#   bench/run.sh                 everything, about 12 minutes (the footprint needs its 10 minutes)
#   bench/run.sh --quick         footprint over 90 s instead of 10 minutes (RSS figure is then not the budget's)
#   bench/run.sh --jmh REGEX     only the JMH benchmarks matching REGEX, printed by JMH, nothing else
#
# Needs tmux. Results land in target/bench/ (jmh.json, *.properties, summary.md).
set -euo pipefail
cd "$(dirname "$0")/.."

footprint_seconds=600
only_jmh=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) footprint_seconds=90 ;;
    --jmh) only_jmh="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--jmh REGEX]" >&2; exit 2 ;;
  esac
  shift
done

mvn -B -q -Pbench package
out=target/bench
mkdir -p "$out"
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

if [ -n "$only_jmh" ]; then
  exec java -cp "$cp" org.openjdk.jmh.Main -rf json -rff "$out/jmh-partial.json" "$only_jmh"
fi
rm -f "$out"/*.properties "$out"/jmh.json

{
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "jdk=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')"
  echo "load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
} > "$out/machine.properties"

echo "== start-up: bin/hedgetop (C1, serial GC, class-data archive), then plain java -jar"
HEDGETOP_CMD=bin/hedgetop bench/startup.sh 9 > "$out/startup.properties"
bench/startup.sh 5 > "$out/startup_plain.properties"

echo "== footprint over $footprint_seconds s (bin/hedgetop), in the background"
HEDGETOP_CMD=bin/hedgetop bench/footprint.sh "$footprint_seconds" > "$out/footprint.properties" &
footprint=$!

echo "== JMH (forks 1, short warm-up and measurement per benchmark)"
java -cp "$cp" org.openjdk.jmh.Main -rf json -rff "$out/jmh.json" > "$out/jmh.txt"
grep -E '^[A-Za-z]+Bench\.[A-Za-z]+ |p0.50' "$out/jmh.txt" | grep -v 'p0.9' || true

echo "== bytes on the wire"
java -cp "$cp" org.hedgetop.bench.WireBytes > "$out/wire.properties"
echo "== requests per poll (about a minute: the loopback server answers in ~45 ms)"
java -cp "$cp" org.hedgetop.bench.RequestsPerPoll > "$out/requests.properties"

echo "== waiting for the footprint run"
wait "$footprint"
echo "load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.properties"

echo "== summary"
java -cp "$cp" org.hedgetop.bench.Summary "$out" | tee "$out/summary.md"
