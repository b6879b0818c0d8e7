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

.PHONY: help install lab test bench lint release check-release clean-outputs clean

help:
	@echo "make lab       pasang semua lalu buka JupyterLab pada kursus"
	@echo "make test      pasang semua lalu jalankan seluruh pengujian"
	@echo "make bench     ukur waktu dan memori tiap notebook sesi (hasil di bench/RESULTS.md)"
	@echo "make lint      periksa metadata nbgrader notebook sumber"
	@echo "make release   buat ulang release/ dari source/ dengan nbgrader"

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 atau lebih baru diperlukan")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

lab: install
	$(BIN)/jupyter lab --notebook-dir=. --port=$(PORT) $(ROOT_FLAG) $(LAB_ARGS) MULAI.md

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/bimtek lint

# Regenerate the committed student versions. Runs in a scratch copy of the
# course so that no gradebook is left behind, then replaces release/.
release: install
	$(BIN)/python tools/release.py

clean-outputs: install
	$(BIN)/jupyter nbconvert --clear-output --inplace source/*/*.ipynb

clean:
	rm -rf $(VENV) gradebook.db autograded/* feedback submitted
