# `make run` and `make test` do all set-up on first use (a .venv with every dependency).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: setup run test test-fast lint bench bench-app bench-two-writers bench-analysis bench-visualize bench-render relay clean

# requirements.lock pins every package to the versions the suite last ran with.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/dreamjournal --data-dir data app --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/pytest

test-fast: setup
	$(BIN)/pytest -m "not slow and not browser"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

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
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache test-artifacts
