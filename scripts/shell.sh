#!/usr/bin/env bash
# Talk to the bot in the terminal: starts the action server in the background, then `rasa shell`.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/log
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" RASA_TELEMETRY_ENABLED="${RASA_TELEMETRY_ENABLED:-false}"
# endpoints.yml sends this shared secret to the action server (bot/adapters/action_server.py)
export ACTION_SERVER_TOKEN="${ACTION_SERVER_TOKEN:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')}"
.venv/bin/python -m bot.adapters.action_server --host 127.0.0.1 --port 5055 --actions actions >var/log/actions-shell.log 2>&1 &
apid=$!
trap 'kill $apid 2>/dev/null; wait $apid 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 120); do curl -fsS -o /dev/null http://127.0.0.1:5055/health 2>/dev/null && break; sleep 1; done
.venv/bin/rasa shell --model models/current.tar.gz --endpoints endpoints.yml
