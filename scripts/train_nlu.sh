#!/usr/bin/env bash
# Trains an NLU-only model for a config when its inputs changed (content hash).
set -euo pipefail
cd "$(dirname "$0")/.."
config="$1"; name="$2"
fp="$( (cat "$config" requirements.txt; find data/nlu bot/adapters bot/korean -type f | sort | xargs cat) | sha256sum | cut -d' ' -f1)"
if [ -f "models/$name.tar.gz" ] && [ "$(cat "models/$name.fingerprint" 2>/dev/null)" = "$fp" ]; then
  echo ">> models/$name.tar.gz is up to date"; exit 0
fi
start=$(date +%s)
mkdir -p reports
TF_CPP_MIN_LOG_LEVEL=3 .venv/bin/rasa train nlu --config "$config" --nlu data/nlu --out models --fixed-model-name "$name" --quiet \
  >"reports/train-$name.log" 2>&1 || { echo "!! training $name failed:"; tail -30 "reports/train-$name.log"; exit 1; }
echo "$fp" > "models/$name.fingerprint"
echo "$(( $(date +%s) - start ))" > "models/$name.train_seconds"
echo ">> trained models/$name.tar.gz in $(cat models/$name.train_seconds) s"
