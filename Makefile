# warta: the quick start is `make demo` and `make test`; both install into .venv/ first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test model eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/warta demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

model: $(STAMP)
	OMP_NUM_THREADS=1 $(BIN)/warta train

eval: $(STAMP)
	$(BIN)/warta eval corpus/annotated/

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) out build *.egg-info
