#!/usr/bin/env bash
# Starts the action server (:5055), the Rasa server (:5005) and the web page + staff console (:8000),
# waits until all are healthy, and stops them all on Ctrl-C.
#
# Security defaults (see SECURITY.md):
# * every server binds 127.0.0.1; a deployment publishes the web server (WEB_HOST) and, for
#   KakaoTalk, Rasa's /webhooks/kakao/webhook (RASA_HOST or a reverse proxy) - never the action server;
# * ACTION_SERVER_TOKEN (Rasa -> action server) and WEB_PROXY_TOKEN (web proxy -> Rasa REST) are
#   generated once into var/secrets.env (mode 600) unless set in the environment;
# * BOT_ENV=production: KAKAO_SKILL_SECRET and KAKAO_SENDER_SALT must be set (the Kakao channel
#   refuses to start otherwise), the REST channel is off unless REST_TOKEN is set, and secrets are
#   never generated (set them explicitly);
# * Rasa's anonymous telemetry is off; CORS on Rasa allows the web origin only.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/log
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
export RASA_TELEMETRY_ENABLED="${RASA_TELEMETRY_ENABLED:-false}"
export BOT_ENV="${BOT_ENV:-development}"
RASA_PORT="${RASA_PORT:-5005}"; ACTION_PORT="${ACTION_PORT:-5055}"; WEB_PORT="${WEB_PORT:-8000}"
RASA_HOST="${RASA_HOST:-127.0.0.1}"; ACTION_HOST="${ACTION_HOST:-127.0.0.1}"; WEB_HOST="${WEB_HOST:-127.0.0.1}"
WEB_ORIGIN="${WEB_ORIGIN:-http://localhost:$WEB_PORT}"

# ---- secrets: environment first, then var/secrets.env; generated there in development only
SECRETS_FILE="${BOT_SECRETS_FILE:-var/secrets.env}"
new_secret() { .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))'; }
if [ -f "$SECRETS_FILE" ]; then
  while IFS='=' read -r k v; do
    case "$k" in
      ACTION_SERVER_TOKEN|WEB_PROXY_TOKEN|KAKAO_SENDER_SALT) [ -z "${!k:-}" ] && export "$k=$v" ;;
    esac
  done < "$SECRETS_FILE"
fi
if [ "$BOT_ENV" = "development" ]; then
  (umask 077
   for k in ACTION_SERVER_TOKEN WEB_PROXY_TOKEN KAKAO_SENDER_SALT; do
     if [ -z "${!k:-}" ]; then v="$(new_secret)"; echo "$k=$v" >> "$SECRETS_FILE"; fi
   done)
  chmod 600 "$SECRETS_FILE" 2>/dev/null
  while IFS='=' read -r k v; do [ -z "${!k:-}" ] && export "$k=$v"; done < "$SECRETS_FILE"
else
  missing=()
  for k in ACTION_SERVER_TOKEN WEB_PROXY_TOKEN KAKAO_SKILL_SECRET KAKAO_SENDER_SALT; do
    [ -z "${!k:-}" ] && missing+=("$k")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "!! BOT_ENV=$BOT_ENV: set ${missing[*]} (random values, 24+ characters); see SECURITY.md"; exit 1
  fi
fi
export ACTION_SERVER_TOKEN WEB_PROXY_TOKEN KAKAO_SENDER_SALT
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

.venv/bin/python -m bot.adapters.action_server --host "$ACTION_HOST" --port "$ACTION_PORT" --actions actions \
  >var/log/actions.log 2>&1 &
pids+=($!)
.venv/bin/rasa run --model models/current.tar.gz --interface "$RASA_HOST" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml --cors "$WEB_ORIGIN" >var/log/rasa.log 2>&1 &
pids+=($!)
.venv/bin/python -m bot.web --host "$WEB_HOST" --port "$WEB_PORT" --rasa-url "http://127.0.0.1:$RASA_PORT" \
  >var/log/web.log 2>&1 &
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
                    (development only; with BOT_ENV=production it needs REST_TOKEN as a Bearer token)
  • KakaoTalk skill: POST http://localhost:$RASA_PORT/webhooks/kakao/webhook
  Logs in var/log/. Press Ctrl-C to stop.
MSG
if [ "${RUN_ONCE:-}" = "1" ]; then exit 0; fi
wait -n "${pids[@]}"
echo "!! a server exited; see var/log/"
