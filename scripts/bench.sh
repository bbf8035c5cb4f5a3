#!/usr/bin/env bash
# Load benchmark: the real stack vs the stock `rasa init` bot -> reports/bench.json + reports/bench.md.
# Knobs: BENCH_CONCURRENCY=1,8,16  BENCH_SECONDS=30  BENCH_SKIP_STOCK=1  BENCH_KEEP_LOGS=1
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
exec timeout --signal=TERM --kill-after=30 1500 .venv/bin/python -m bench.run "$@"
