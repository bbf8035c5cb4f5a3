#!/usr/bin/env bash
# NLU evaluation on the held-out split (tests/nlu, never trained on): the default pipeline
# (models/current.tar.gz) and the stock pipeline (config_stock.yml) side by side, plus the
# tokenizer comparison (python-mecab-ko vs KoNLPy Okt). Reports under reports/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export TF_CPP_MIN_LOG_LEVEL=3
mkdir -p reports/eval
run_nlu_test() {  # model outdir  (--successes: nlu_report.py scores the stories split from successes + errors)
  .venv/bin/rasa test nlu --model "$1" --nlu tests/nlu --out "$2" --successes >"$2.log" 2>&1 || { tail -30 "$2.log"; exit 1; }
  # confusion matrix / histogram as PNG too (matplotlib ships with rasa)
}
bash scripts/train_nlu.sh config_stock.yml stock-nlu
if [ "${EVAL_TOKENIZERS:-1}" = "1" ]; then
  mkdir -p var
  sed 's/backend: mecab/backend: okt/g' config.yml > var/config_okt.yml
  bash scripts/train_nlu.sh var/config_okt.yml okt-nlu
fi
run_nlu_test models/current.tar.gz reports/eval/default
run_nlu_test models/stock-nlu.tar.gz reports/eval/stock
if [ "${EVAL_TOKENIZERS:-1}" = "1" ]; then run_nlu_test models/okt-nlu.tar.gz reports/eval/okt; fi
# old data vs new: point EVAL_OLD_MODEL at a model trained on the previous data (e.g. the main checkout's
# models/current.tar.gz before a data change); it is scored on the same held-out files.
rm -rf reports/eval/old
if [ -n "${EVAL_OLD_MODEL:-}" ] && [ -f "$EVAL_OLD_MODEL" ]; then run_nlu_test "$EVAL_OLD_MODEL" reports/eval/old; fi
# bot.understand (needs + facts) on tests/understand/heldout_*.yml runs inside nlu_report.py
.venv/bin/python scripts/nlu_report.py
