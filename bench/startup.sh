#!/usr/bin/env bash
# Start-up: wall time from launching the monitor on portfolios/demo.yaml in a 120x40 tmux pane to the
# first complete frame (the title says "simulated: live" and the footer is drawn), by polling
# `tmux capture-pane` every 20 ms. Prints properties: median_ms, min_ms, max_ms, runs.
#
#   bench/startup.sh [RUNS]            JAVA_OPTS="..." selects JVM options (default: none)
#   HEDGETOP_CMD="bin/hedgetop"        runs a launcher instead of `java $JAVA_OPTS -jar target/hedgetop.jar`
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
sock=hedgetop-bench-$$
scratch=$(mktemp -d)
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$scratch"' EXIT
cmd=${HEDGETOP_CMD:-"java ${JAVA_OPTS:-} -jar target/hedgetop.jar"}
# a server and an idle session first, so launching a pane costs no server start-up
tmux -L "$sock" new-session -d -s idle -x 120 -y 40 "sleep 600"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mkdir -p target/bench/cache
times=()
for ((r = -1; r < runs; r++)); do
  t0=$(now_ms)
  tmux -L "$sock" new-session -d -s run -x 120 -y 40 \
    "cd '$PWD' && XDG_STATE_HOME='$scratch/state' XDG_CONFIG_HOME='$scratch/config' \
     XDG_CACHE_HOME='$PWD/target/bench/cache' exec $cmd portfolios/demo.yaml"
  t1=""
  for ((i = 0; i < 1000; i++)); do
    screen=$(tmux -L "$sock" capture-pane -p -t run 2>/dev/null || true)
    if [[ "$(head -1 <<<"$screen")" == *": live"* && "$(tail -1 <<<"$screen")" == *"quit"* ]]; then
      t1=$(now_ms)
      break
    fi
    sleep 0.02
  done
  [ -n "$t1" ] || { echo "no complete frame within 20 s; the pane shows:" >&2; echo "$screen" >&2; exit 1; }
  [ "$r" -lt 0 ] || times+=($((t1 - t0)))
  tmux -L "$sock" send-keys -t run q
  # (a first bin/hedgetop run writes its archive as it quits)
  for ((i = 0; i < 500; i++)); do tmux -L "$sock" has-session -t run 2>/dev/null || break; sleep 0.02; done
  tmux -L "$sock" kill-session -t run 2>/dev/null || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "# ms from launch to the first complete frame of portfolios/demo.yaml; command: $cmd"
echo "runs=$runs"
echo "all_ms=${times[*]}"
echo "median_ms=${sorted[$((runs / 2))]}"
echo "min_ms=${sorted[0]}"
echo "max_ms=${sorted[$((runs - 1))]}"
