#!/usr/bin/env bash
# Starts the action server (:5055), the Rasa server (:5005) and the web page + staff console (:8000),
# waits until all are healthy, and stops them all on Ctrl-C.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/log
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
RASA_PORT="${RASA_PORT:-5005}"; ACTION_PORT="${ACTION_PORT:-5055}"; WEB_PORT="${WEB_PORT:-8000}"
pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo ">> stopping..."
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for _ in $(seq 1 50); do
    alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break; sleep 0.2
  done
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null; done
  echo ">> stopped"
}
trap cleanup INT TERM EXIT

.venv/bin/rasa run actions --port "$ACTION_PORT" --actions actions >var/log/actions.log 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/current.tar.gz --port "$RASA_PORT" --credentials credentials.yml \
  --endpoints endpoints.yml --cors "*" >var/log/rasa.log 2>&1 &
pids+=($!)
.venv/bin/python -m bot.web --port "$WEB_PORT" --rasa-url "http://127.0.0.1:$RASA_PORT" >var/log/web.log 2>&1 &
pids+=($!)

wait_for() {  # name url seconds
  for _ in $(seq 1 "$3"); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then echo ">> $1 is up ($2)"; return 0; fi
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || { echo "!! a server exited; see var/log/*.log"; tail -20 var/log/*.log; return 1; }; done
    sleep 1
  done
  echo "!! $1 did not come up in $3 s; see var/log/"; return 1
}
wait_for "action server" "http://127.0.0.1:$ACTION_PORT/health" 120 || exit 1
wait_for "Rasa server" "http://127.0.0.1:$RASA_PORT/webhooks/rest/" 180 || exit 1
wait_for "web page" "http://127.0.0.1:$WEB_PORT/healthz" 60 || exit 1
cat <<MSG

  고용복지+ 상담봇 is running.
  • Web chat:       http://localhost:$WEB_PORT/
  • Staff console:  http://localhost:$WEB_PORT/staff/   (create an admin: make admin)
  • REST channel:   curl -s localhost:$RASA_PORT/webhooks/rest/webhook -d '{"sender":"me","message":"안녕하세요"}'
  • KakaoTalk skill: POST http://localhost:$RASA_PORT/webhooks/kakao/webhook
  Logs in var/log/. Press Ctrl-C to stop.
MSG
if [ "${RUN_ONCE:-}" = "1" ]; then exit 0; fi
wait -n "${pids[@]}"
echo "!! a server exited; see var/log/"
