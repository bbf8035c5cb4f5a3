#!/usr/bin/env bash
# Load benchmark: the real stack vs the stock `rasa init` bot -> reports/bench.json + reports/bench.md.
# Knobs: BENCH_CONCURRENCY=1,8,16  BENCH_SECONDS=30  BENCH_THINK_SECONDS=3  BENCH_SKIP_STOCK=1  BENCH_KEEP_LOGS=1
#        BENCH_INTERLEAVE=0 (ours first, then the stock bot; default: level by level)
#        BENCH_SLICE_S=5 (each level: ours and the stock bot in alternating 5-s windows; 0 = one after the other)
#        BENCH_SERVER_STATS=1 (per level: GC and tracker-cache hits inside the Rasa processes)
#        BENCH_AUTOGROUP_NICE=-10 (both bots' servers ahead of other sessions' niced jobs; 0 = leave it)
#        BENCH_LONG_CONVERSATIONS=4 BENCH_LONG_TURNS=60 (CPU per turn, turns 1-10 vs 50-60)
#        BENCH_REPLICAS=2 (default: 2 Rasa processes behind HAProxy; 1 = one process)
#        BOT_ACTIONS_IN_PROCESS=1 (default here: action_turn inside Rasa, no action server)   (all: docs/benchmark.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
exec timeout --signal=TERM --kill-after=30 1500 .venv/bin/python -m bench.run "$@"
