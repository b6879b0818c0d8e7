# Everything the course needs is driven from here. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8888
# Extra arguments for `make lab`, e.g. LAB_ARGS="--no-browser". Root (a container, a VM) needs --allow-root.
LAB_ARGS ?=
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)
SESSIONS := $(notdir $(wildcard source/[0-9][0-9]-*))

.PHONY: help install install-node lab test bench lint format release check-release clean-outputs clean

help:
	@echo "make lab       pasang semua lalu buka JupyterLab pada kursus"
	@echo "make test      pasang semua lalu jalankan seluruh pengujian"
	@echo "make bench     ukur waktu dan memori tiap notebook sesi (hasil di bench/RESULTS.md)"
	@echo "make lint      periksa kode (ruff, mypy) dan metadata nbgrader notebook sumber"
	@echo "make format    rapikan kode dengan ruff (format dan perbaikan otomatis)"
	@echo "make release   buat ulang release/ dari source/ dengan nbgrader"

install: $(STAMP)

# Two `make` runs at once (say `make lab` in one terminal, `make test` in another) take turns:
# the second waits for the first's install (flock), then finds everything in place.
# The Indonesian interface is the default (JupyterLab's settings overrides, the same file the hub uses).
OVERRIDES := deploy/jupyter/semua/labconfig/default_setting_overrides.json

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml $(OVERRIDES)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 atau lebih baru diperlukan")'
	flock .venv.lock sh -ec '\
	  $(PYTHON) -m venv $(VENV); \
	  $(BIN)/python -m pip install --quiet --upgrade pip; \
	  $(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt -c constraints.txt; \
	  $(BIN)/python -m pip install --quiet --no-deps -e .; \
	  mkdir -p $(VENV)/etc/jupyter/labconfig; \
	  cp $(OVERRIDES) $(VENV)/etc/jupyter/labconfig/; \
	  touch $(STAMP)'

lab: install
	$(BIN)/jupyter lab --notebook-dir=. --port=$(PORT) $(ROOT_FLAG) $(LAB_ARGS) MULAI.md

# Node packages of the hub (configurable-http-proxy) and of the accessibility tests (axe-core),
# pinned by package-lock.json, into ./node_modules.
NODE_STAMP := node_modules/.installed

install-node: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

test: install install-node
	$(BIN)/python -m pytest

bench: install install-node
	$(BIN)/python bench/run.py

# Lint, format check and type check (settings in pyproject.toml; tests/test_style.py runs the same three),
# then the nbgrader metadata of the source notebooks.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/bimtek lint

# Rewrites files: the formatter, then ruff's safe fixes (it still reports what it cannot fix).
format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the committed student versions. Runs in a scratch copy of the
# course so that no gradebook is left behind, then replaces release/.
release: install
	$(BIN)/python tools/release.py

clean-outputs: install
	$(BIN)/jupyter nbconvert --clear-output --inplace source/*/*.ipynb

clean:
	rm -rf $(VENV) .venv.lock node_modules gradebook.db autograded/* feedback submitted
