#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 refuses 3.11+), or fails with how to get one.
set -euo pipefail
for cand in "${PYTHON310:-}" python3.10; do
  [ -n "$cand" ] || continue
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; assert sys.version_info[:2]==(3,10)' >/dev/null 2>&1; then
    command -v "$cand"; exit 0
  fi
done
roots=()
command -v pyenv >/dev/null 2>&1 && roots+=("$(pyenv root)")
roots+=("${PYENV_ROOT:-$HOME/.pyenv}" /root/.pyenv /usr/local /usr)
for r in "${roots[@]}"; do
  for p in "$r"/versions/3.10*/bin/python3.10 "$r"/bin/python3.10; do
    if [ -x "$p" ] && "$p" -c 'import sys; assert sys.version_info[:2]==(3,10)' >/dev/null 2>&1; then
      echo "$p"; exit 0
    fi
  done
done
echo "ERROR: Python 3.10 not found. Rasa 3.6 needs Python 3.10 (3.11+ is refused)." >&2
echo "Install it with pyenv:  pyenv install 3.10.13   (or: apt-get install python3.10 python3.10-venv)," >&2
echo "or point PYTHON310=/path/to/python3.10 at one." >&2
exit 1
