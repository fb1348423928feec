# Two commands do all the set-up: `make run` and `make test` (see README Quickstart).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test browser lint examples bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[all,test]"
	touch $(STAMP)

## Set up, then run the main job on the bundled data: a state's profile, gap report and map.
run: $(STAMP)
	$(BIN)/govgraph validate
	$(BIN)/govgraph show PHL
	$(BIN)/govgraph gaps PHL
	$(BIN)/govgraph map --focus PHL --gaps -o philippines.html
	@echo "Open philippines.html in a browser (works offline)."

## Set up, then run the whole test suite (browser and Bolt-server tests included).
test: $(STAMP) browser
	$(BIN)/pip install --quiet --no-deps --force-reinstall .
	cd tests && ../$(BIN)/python -m pytest -q ..

## The browser tests drive Debian's chromium; install it when missing (as root, with apt-get).
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver; \
	else echo "note: Debian chromium + chromium-driver not found (apt-get install chromium chromium-driver): browser tests will be skipped"; fi

lint: $(STAMP)
	$(BIN)/ruff check govgraph tests cli.py benchmarks
	$(BIN)/ruff format --check govgraph tests cli.py benchmarks

## Ready-made example maps (README "Example maps").
examples: $(STAMP)
	$(BIN)/python visualizations/make_examples.py examples/

## Benchmarks: ratios measured side by side in one run (run.py --max 100000 is the quick scale run;
## drop --max for 10^6 relations, about an hour on 2 cores).
bench: $(STAMP)
	$(BIN)/pip install --quiet ".[bench]"
	$(BIN)/python benchmarks/bench_gaps.py
	$(BIN)/python benchmarks/bench_map.py
	$(BIN)/python benchmarks/bench_metrics.py
	$(BIN)/python benchmarks/run.py --max 100000

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
