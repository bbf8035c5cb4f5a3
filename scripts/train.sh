#!/usr/bin/env bash
# Trains models/current.tar.gz only when what the model is built from changed (content hash).
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-config.yml}"
name="${2:-current}"
fp="$( (cat "$config" domain.yml requirements.txt; find data bot/adapters bot/korean -type f \( -name '*.yml' -o -name '*.py' -o -name '*.json' \) | sort | xargs cat; \
        find bot/directory/data -type f 2>/dev/null | sort | xargs -r cat) | sha256sum | cut -d' ' -f1)"
# the multi-label needs model of bot.understand (char n-grams + one-vs-rest logistic regression, ~2 s;
# retrained only when data/nlu changed -- bot/understand/needs_model.py keeps its own content hash)
PYTHONPATH="$PWD" .venv/bin/python -m bot.understand.needs_model
if [ -f "models/$name.tar.gz" ] && [ "$(cat "models/$name.fingerprint" 2>/dev/null)" = "$fp" ]; then
  echo ">> model models/$name.tar.gz is up to date"
  exit 0
fi
echo ">> training models/$name.tar.gz ($config)"
start=$(date +%s)
TF_CPP_MIN_LOG_LEVEL=3 .venv/bin/rasa train --config "$config" --domain domain.yml --data data \
  --out models --fixed-model-name "$name" --quiet
echo "$fp" > "models/$name.fingerprint"
echo "$(( $(date +%s) - start ))" > "models/$name.train_seconds"
echo ">> trained in $(cat "models/$name.train_seconds") s"
