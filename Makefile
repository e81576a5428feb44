# newslens — the two commands a user types: `make report` and `make test`.
# Each creates (or reuses) a local virtual environment in .venv and installs
# the pinned dependencies from pyproject.toml with pip before running.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CORPUS ?= data/sample
OUT    ?= report

.PHONY: report test lab lint format bench clean venv

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dask]'
	touch $@

venv: $(VENV)/.installed

## Run every notebook on $(CORPUS) and write the HTML report to $(OUT)/
report: $(VENV)/.installed
	$(PY) -m analysis report $(CORPUS) --out $(OUT)

## Run the test suite: unit tests + every notebook under nbval
test: $(VENV)/.installed
	$(PY) -m pytest --nbval-lax --nbval-current-env --doctest-modules analysis tests notebooks

## Open JupyterLab on the notebooks with the project's kernel (the venv's python3);
## saving a numbered notebook strips its outputs, so they never reach git
lab: $(VENV)/.installed
	$(PY) -m jupyter lab --ServerApp.root_dir=notebooks \
		--ContentsManager.pre_save_hook=analysis.lab.strip_outputs

lint: $(VENV)/.installed
	$(PY) -m ruff check analysis tests benchmarks
	$(PY) -m ruff format --check analysis tests benchmarks

format: $(VENV)/.installed
	$(PY) -m ruff format analysis tests benchmarks

## Benchmarks (need ../shared/data; results go to docs/benchmarks.md)
bench: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,dask,bench]'
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
