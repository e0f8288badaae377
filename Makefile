# `make run` and `make test` do all set-up on first use (a .venv with every dependency).
# `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: help setup run test test-fast lint typecheck check lowest bench bench-app bench-two-writers bench-analysis bench-visualize bench-render relay clean

# requirements.lock pins every package to the versions the suite last ran with.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

help:
	@echo "make run          start the app on http://$(HOST):$(PORT) (sets up .venv first)"
	@echo "make test         the whole suite under coverage; fails below the floor in pyproject.toml"
	@echo "make test-fast    skip slow, browser and PostgreSQL tests (no coverage)"
	@echo "make lint         ruff check + ruff format --check"
	@echo "make typecheck    mypy --strict dreamjournal (pydantic plugin)"
	@echo "make check        lint + typecheck + test: what CI runs (.ci/run)"
	@echo "make lowest       the fast tests on the lowest versions pyproject.toml allows (.ci/lowest)"
	@echo "make bench        journal benchmarks (bench-app, bench-render, ... for the others)"
	@echo "make clean        remove .venv, caches and coverage data"

setup: $(STAMP)

run: setup
	$(BIN)/dreamjournal --data-dir data app --host $(HOST) --port $(PORT)

# The whole suite, measured: CI runs it once, and the coverage floor (fail_under) is checked.
# Two workers (pytest-xdist): 12-18 minutes on a 2-core machine (rounds 17-18: its clock swings;
# round 22: 11-14 minutes, 661-838 s, on fresh clones).
test: setup
	$(BIN)/pytest -n 2 --cov=dreamjournal --cov-report=term-missing

test-fast: setup
	$(BIN)/pytest -n 2 -m "not slow and not browser and not postgres"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy --strict dreamjournal

check: lint typecheck test

lowest: setup
	.ci/lowest

bench: setup
	$(BIN)/python bench/journal.py

bench-app: setup
	$(BIN)/python bench/app.py

bench-visualize: setup
	$(BIN)/python bench/visualize_eval.py

bench-analysis: setup
	$(BIN)/python bench/analysis_eval.py

bench-two-writers: setup
	$(BIN)/python bench/two_writers.py

bench-render: setup
	$(BIN)/python bench/render.py

relay: setup
	$(BIN)/dreamjournal --data-dir data relay serve

clean:
	rm -rf $(VENV) .venv-lowest .pytest_cache .ruff_cache .mypy_cache test-artifacts .coverage .coverage.*
