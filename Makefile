# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    := out

.PHONY: install demo test lint typecheck unit browser-deps postgres-deps serve bench eval-gate eval-commitments clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: ingest the bundled sample corpus into summitry.db, print its meetings and one actor
DEMO_DB := summitry.db
demo: $(STAMP)
	$(BIN)/summitry ingest samples/articles --db $(DEMO_DB)
	$(BIN)/summitry meetings --db $(DEMO_DB)
	$(BIN)/summitry actor Vietnam --db $(DEMO_DB)
	@echo "Browse it: make serve, then open http://127.0.0.1:8000/"

## test: lint, type-check and run the whole test suite (browser tests included: Chromium is
## installed from Debian's packages where possible, else those tests skip and say why; so is
## PostgreSQL, which the store and API tests start in a temporary folder and stop afterwards)
test: lint typecheck browser-deps postgres-deps unit

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

browser-deps:
	@bash tools/browser-deps.sh

postgres-deps:
	@bash tools/postgres.sh install

unit: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_clean.py
	$(BIN)/python bench/bench_entities.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py --docs 100000
	$(BIN)/python bench/bench_api.py --docs 100000
	$(BIN)/python bench/bench_scaling.py
	$(BIN)/python bench/bench_backends.py --docs 3000

## serve: the web app and REST API over the demo store on http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/summitry serve --db $(DEMO_DB)

## eval-gate: score the shared dev sets (dev and dev2 together); fail when a figure drops
## below eval/baseline.json. The per-language figures are printed too, for reading.
EVAL_GOLD     := ../shared/eval/dev.gold.jsonl
EVAL_CORPUS   := ../shared/corpus/dev.jsonl
EVAL_GOLD2    := ../shared/eval/dev2.gold.jsonl
EVAL_CORPUS2  := ../shared/corpus/dev2.jsonl
EVAL_BASELINE := eval/baseline.json
EVAL_ARGS     := $(EVAL_GOLD) $(EVAL_CORPUS) --also $(EVAL_GOLD2) $(EVAL_CORPUS2)
eval-gate: $(STAMP)
	@if [ -f $(EVAL_GOLD) ] && [ -f $(EVAL_CORPUS) ] && [ -f $(EVAL_GOLD2) ] && [ -f $(EVAL_CORPUS2) ]; then \
		echo "$(BIN)/summitry eval $(EVAL_ARGS) --by-lang --baseline $(EVAL_BASELINE)"; \
		$(BIN)/summitry eval $(EVAL_ARGS) --by-lang --baseline $(EVAL_BASELINE); \
	else \
		echo "eval gate: ../shared not present, skipped"; \
	fi
	@$(MAKE) --no-print-directory eval-commitments

## eval-commitments: the commitments (contract v2) over the same sets; fail when a figure
## drops below eval/commitments.baseline.json. Called by eval-gate.
COMMIT_GOLD   := ../shared/eval/dev.commitments.gold.jsonl
COMMIT_GOLD2  := ../shared/eval/dev2.commitments.gold.jsonl
COMMIT_ARGS   := $(COMMIT_GOLD) $(EVAL_CORPUS) --also $(COMMIT_GOLD2) $(EVAL_CORPUS2)
eval-commitments: $(STAMP)
	@if [ -f $(COMMIT_GOLD) ] && [ -f $(COMMIT_GOLD2) ] && [ -f $(EVAL_CORPUS2) ]; then \
		echo "$(BIN)/summitry eval-commitments $(COMMIT_ARGS) --baseline eval/commitments.baseline.json"; \
		$(BIN)/summitry eval-commitments $(COMMIT_ARGS) --baseline eval/commitments.baseline.json; \
	else \
		echo "commitments gate: ../shared not present, skipped"; \
	fi

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
