#!/usr/bin/env bash
# Builds the benchmark profile and reproduces every figure of docs/performance.md:
# JMH (frame, analytics, scale), bytes on the wire, requests per poll, start-up and footprint.
#
#   bench/run.sh                 everything (the footprint alone takes 10 minutes)
#   bench/run.sh --quick         footprint over 60 s instead of 10 minutes
#   bench/run.sh --jmh REGEX     only the JMH benchmarks matching REGEX, nothing else
#
# Results land in target/bench/ (jmh.json, *.properties) and the table is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
only_jmh=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
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

echo "== JMH (forks 1, 3 x 1 s warm-up, 5 x 1 s measurement per benchmark)"
java -cp "$cp" org.openjdk.jmh.Main -rf json -rff "$out/jmh.json"

echo "== summary"
java -cp "$cp" org.hedgetop.bench.Summary "$out" | tee "$out/summary.md"
