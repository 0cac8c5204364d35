#!/usr/bin/env bash
# Footprint: the monitor on portfolios/demo.yaml (simulated feed, 5 s poll) in a 120x40 tmux pane.
# After SECONDS_TOTAL (default 600) it reads the JVM's resident memory (VmRSS and its peak VmHWM from
# /proc/PID/status) and its CPU time over the last 60 s (utime + stime from /proc/PID/stat).
# Prints properties: rss_mb, hwm_mb, idle_cpu_pct (of one core), seconds.
#
#   bench/footprint.sh [SECONDS_TOTAL]     JAVA_OPTS="..." or HEDGETOP_CMD="bin/hedgetop" as in startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-600}
[ "$total" -ge 70 ] || { echo "need at least 70 s" >&2; exit 2; }
sock=hedgetop-foot-$$
scratch=$(mktemp -d)
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$scratch"' EXIT
cmd=${HEDGETOP_CMD:-"java ${JAVA_OPTS:-} -jar target/hedgetop.jar"}
tmux -L "$sock" new-session -d -s run -x 120 -y 40 \
  "cd '$PWD' && XDG_STATE_HOME='$scratch/state' XDG_CONFIG_HOME='$scratch/config' \
     XDG_CACHE_HOME='$PWD/target/bench/cache' exec $cmd portfolios/demo.yaml"
sleep 1
# the pane's process is the shell until the launcher execs java; find the java process under it
pane=$(tmux -L "$sock" display -p -t run '#{pane_pid}')
pid=""
for ((i = 0; i < 100; i++)); do
  if [ "$(cat /proc/"$pane"/comm 2>/dev/null)" = java ]; then pid=$pane; break; fi
  pid=$(pgrep -P "$pane" -x java || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "no java process found under pane $pane" >&2; exit 1; }
ticks() { awk '{print $14 + $15}' /proc/"$pid"/stat; }
hz=$(getconf CLK_TCK)
sleep $((total - 60))
c0=$(ticks)
t0=$(date +%s%N)
sleep 60
c1=$(ticks)
t1=$(date +%s%N)
rss=$(awk '/^VmRSS/ {print $2}' /proc/"$pid"/status)
hwm=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status)
tail -1 <<<"$(tmux -L "$sock" capture-pane -p -t run)" | grep -q quit || echo "# warning: the footer is not on screen" >&2
tmux -L "$sock" send-keys -t run q
echo "# monitor on demo.yaml for $total s; command: $cmd"
echo "seconds=$total"
awk -v k="$rss" 'BEGIN {printf "rss_mb=%.1f\n", k / 1024}'
awk -v k="$hwm" 'BEGIN {printf "hwm_mb=%.1f\n", k / 1024}'
awk -v c=$((c1 - c0)) -v hz="$hz" -v ns=$((t1 - t0)) 'BEGIN {printf "idle_cpu_pct=%.2f\n", 100 * (c / hz) / (ns / 1e9)}'
