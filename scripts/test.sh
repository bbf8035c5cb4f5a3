#!/usr/bin/env bash
# Everything `make test` runs (after setup and training): data validation, test stories,
# the NLU evaluation against the stock pipeline, and the pytest suites (unit, channels, browser,
# real servers). pytest runs last so its summary line closes the output.
set -euo pipefail
cd "$(dirname "$0")/.."
export TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1 PYTHONPATH="$PWD"
mkdir -p reports
# Every process the tests start inherits this id; whatever still carries it when the run ends is
# listed and stopped (tests/support/reap_strays.py), so a leaked server can't keep the run from ending.
export BOT_TEST_RUN="${BOT_TEST_RUN:-$$-$(date +%s)}"
trap '.venv/bin/python -m tests.support.reap_strays "$BOT_TEST_RUN" || true' EXIT
step() { echo; echo "==== $*"; }

step "ruff (lint + format check, config in pyproject.toml)"
.venv/bin/ruff check . && .venv/bin/ruff format --check . >/dev/null \
  || { .venv/bin/ruff format --check . | tail -20; echo "run: .venv/bin/ruff format . && .venv/bin/ruff check --fix ."; exit 1; }
echo "ok"

step "rasa data validate --fail-on-warnings"
.venv/bin/rasa data validate --fail-on-warnings --domain domain.yml --data data >reports/validate.log 2>&1 \
  || { grep -vE "Deprecat|declare_namespace|^\s*$" reports/validate.log | tail -40; exit 1; }
echo "ok"

step "test stories (--fail-on-prediction-errors)"
.venv/bin/rasa test core --model models/current.tar.gz --stories tests/stories --fail-on-prediction-errors \
  --out reports/core >reports/core.log 2>&1 || { grep -vE "Deprecat|declare_namespace" reports/core.log | tail -60; \
  cat reports/core/failed_test_stories.yml 2>/dev/null | head -80; exit 1; }
grep -E "Correct:|F1-Score|Accuracy" reports/core.log | head -5 || true

step "NLU evaluation (default vs stock; the mecab-vs-Okt comparison runs in make eval)"
EVAL_TOKENIZERS="${EVAL_TOKENIZERS:-0}" bash scripts/eval.sh

step "pytest"
set +e
# bounded: a run that hangs (e.g. at interpreter exit) is stopped instead of stalling CI
# (--foreground keeps Ctrl-C working; what pytest started is reaped by the EXIT trap)
timeout --foreground --signal=TERM --kill-after=60 "${PYTEST_MAX_SECONDS:-3000}" \
  .venv/bin/python -m pytest -q -p no:cacheprovider --durations=15 "$@"
rc=$?
set -e
[ $rc -eq 5 ] && { echo "no tests collected"; exit 1; }
[ $rc -eq 124 ] && echo "!! pytest did not finish within ${PYTEST_MAX_SECONDS:-3000}s and was stopped"
exit $rc
