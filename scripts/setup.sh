#!/usr/bin/env bash
# Idempotent setup. `setup.sh run` = venv + packages to run the bot; `setup.sh test` = also the
# Debian packages the tests start (Chromium, PostgreSQL, Redis, HAProxy, a JRE for KoNLPy).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

apt_pkgs=()
need_pkg() { dpkg -s "$1" >/dev/null 2>&1 || apt_pkgs+=("$1"); }
if [ "$mode" = "test" ]; then
  need_pkg chromium
  need_pkg postgresql
  need_pkg redis-server
  need_pkg haproxy   # scale-out front (tests/scaleout, deploy/haproxy); run as a process, not a service
  need_pkg fonts-noto-cjk
  command -v java >/dev/null 2>&1 || need_pkg default-jre-headless
fi
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo ">> installing Debian packages: ${apt_pkgs[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
  else
    echo "ERROR: please install: ${apt_pkgs[*]}" >&2; exit 1
  fi
fi

PY="$(bash scripts/python.sh)"
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info[:2]==(3,10)' 2>/dev/null; then
  echo ">> creating .venv from $PY"
  rm -rf .venv
  "$PY" -m venv .venv
fi
req_hash="$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)"
stamp=".venv/.requirements-$req_hash"
if [ ! -f "$stamp" ]; then
  echo ">> installing Python packages (first time takes a few minutes)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip==24.0" "setuptools==69.5.1" wheel
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  rm -f .venv/.requirements-*
  touch "$stamp"
fi
mkdir -p var reports models
