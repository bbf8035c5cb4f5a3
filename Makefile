# 고용복지+ 상담봇 — every target sets up what it needs (idempotent).
SHELL := /bin/bash
.DEFAULT_GOAL := help
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# a public-service deployment sends no anonymous usage data to Rasa (override by setting it)
export RASA_TELEMETRY_ENABLED ?= false
RASA := .venv/bin/rasa
PY := .venv/bin/python

.PHONY: help setup setup-test train run shell test unit validate stories e2e eval bench bench-profile admin clean

help:
	@echo "make run    - set up, train if needed, start the bot (web :8000, REST/Kakao :5005)"
	@echo "make test   - set up, train if needed, run every test"
	@echo "make train | shell | eval | bench | bench-profile | admin | clean"

setup:
	@bash scripts/setup.sh run

setup-test:
	@bash scripts/setup.sh test

train: setup
	@bash scripts/train.sh config.yml current

run: train
	@bash scripts/run.sh

shell: train
	@bash scripts/shell.sh

admin: setup
	@$(PY) -m bot.staff create-admin --username "$${ADMIN_USER:-admin}"

test: setup-test train
	@bash scripts/test.sh

eval: setup train
	@bash scripts/eval.sh

# make bench [BENCH_REPLICAS=1] [BENCH_SKIP_STOCK=1] ... (knobs: docs/benchmark.md)
bench: setup-test train
	@bash scripts/bench.sh

# py-spy of the Rasa process under 60-turn conversations (reports/profile-*.txt)
bench-profile: setup-test train
	@$(PY) -m bench.profile

clean:
	rm -rf models/*.tar.gz models/*.fingerprint reports results var
