#!/usr/bin/env bash
# Measures the local platform the way a newcomer meets it, in a real terminal (tmux):
# a cold start (no .gongjian/ data), Ctrl-C, a warm start, Ctrl-C; each component's time to ready, the RSS
# of every process, and whether anything of ours survived Ctrl-C.
#   scripts/measure-startup.sh            cold and warm (builds first; the build is not part of the figures)
#   scripts/measure-startup.sh warm       warm only (SKIP_BUILD=1 to use what is built)
# Needs tmux. Leaves .gongjian/ in its warm state.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
command -v tmux >/dev/null || { echo "needs tmux (apt-get install tmux)"; exit 1; }
./gongjian stop >/dev/null 2>&1 || true

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package && mkdir -p target && touch target/gongjian-build.stamp
fi

survivors() {
  # Processes started from this checkout: services, broker, Keycloak, PostgreSQL.
  pgrep -f -- "$root" | grep -v "^$$\$" || true
}

# Restarts one service alone while the rest keeps running (as in a rolling restart) and times launch → ready.
solo_restart() {
  local name=$1 port=$2 pid cwd started ready
  pid=$(cat ".gongjian/run/$name.pid")
  mapfile -d '' command < "/proc/$pid/cmdline"
  mapfile -d '' environment < "/proc/$pid/environ"
  cwd=$(readlink "/proc/$pid/cwd")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  started=$(date +%s%N)
  (cd "$cwd" && exec env -i "${environment[@]}" "${command[@]}" > "$root/target/solo-$name.log" 2>&1) &
  local solo=$!
  until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do sleep 0.05; done
  ready=$(date +%s%N)
  printf '  %-20s ready in %5.2f s alone, RSS %4d MiB\n' "$name" "$(awk "BEGIN {print ($ready - $started) / 1e9}")" \
    "$(( $(awk '/VmRSS/ {print $2}' "/proc/$solo/status") / 1024 ))"
  kill "$solo"
  wait "$solo" 2>/dev/null || true
}

run() {
  local label=$1 log=target/measure-$1.log
  rm -f "$log"
  tmux new-session -d -s gongjian-measure -x 200 -y 50 "./gongjian start 2>&1 | tee $log"
  for _ in $(seq 1 300); do
    grep -q -E 'Gongjian is up in|failed:' "$log" 2>/dev/null && break
    sleep 1
  done
  echo "== $label start =="
  grep -E '✔|✘|Gongjian is up' "$log" | sed 's/^/  /'
  echo "== $label memory (RSS) =="
  ./gongjian status | sed 's/^/  /'
  if [ "$label" = warm ]; then
    echo "== each service restarted alone, the rest running =="
    solo_restart partnership-service 8081
    solo_restart activity-service 8082
    solo_restart evaluation-service 8083
    solo_restart gateway 8090 # its health answers on the management port
  fi
  tmux send-keys -t gongjian-measure C-c
  for _ in $(seq 1 60); do
    tmux has-session -t gongjian-measure 2>/dev/null || break
    sleep 1
  done
  sleep 1
  local left
  left=$(survivors)
  if [ -n "$left" ]; then
    echo "== $label Ctrl-C: processes still running: $left"
    exit 1
  fi
  echo "== $label Ctrl-C: no process of ours left running"
}

if [ "${1:-}" != warm ]; then
  rm -rf .gongjian
  run cold
fi
run warm
