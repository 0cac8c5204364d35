#!/usr/bin/env bash
# MonitorArgs earns its keep? (issue 10) Wall time of one JVM start, bin/hedgetop's options without the
# class-data archive, over RUNS alternating runs (default 15).
# A: monitor line read by MonitorArgs; B: the same line forced through picocli ("--" is not MonitorArgs').
# Both load the demo book and stop at "not a terminal" (exit 2): the difference is the parsing.
cd "$(dirname "$0")/.."
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -Xss256k -XX:MaxMetaspaceSize=64m -XX:-UsePerfData"
n=${1:-15}
a=(); b=()
ms() { local t0=$(date +%s%N); java $opts -jar target/hedgetop.jar "$@" >/dev/null 2>&1 </dev/null; echo $(( ($(date +%s%N) - t0) / 1000000 )); }
ms portfolios/demo.yaml >/dev/null; ms -- portfolios/demo.yaml >/dev/null
for ((i=0;i<n;i++)); do a+=($(ms portfolios/demo.yaml)); b+=($(ms -- portfolios/demo.yaml)); done
med() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "MonitorArgs median_ms=$(med "${a[@]}") all=${a[*]}"
echo "picocli     median_ms=$(med "${b[@]}") all=${b[*]}"
