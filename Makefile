# Two commands on a fresh clone: `make report` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: report test lab browser lint clean accuracy translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m newsframe.publish.lab
	touch $(STAMP)

# annotate the seeds once into Parquet tables, then build every report from them
report: $(STAMP)
	$(BIN)/newsframe annotate seeds --out reports/tables
	$(BIN)/newsframe report --tables reports/tables --out reports

# Headless Chromium (Debian package) for the browser tests; installed once if missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

test: $(STAMP) browser
	$(BIN)/ruff check lib tests benchmarks
	$(BIN)/python -m pytest -n 2 --dist loadfile --nbval-lax

# accuracy of the tables against hand labels: seeds, invented test articles, and
# ../shared/realworld-dev when it is present (its texts are read in place, never copied)
accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py --misses

# after editing a notebook of notebooks/: its messages into data/locale/*/notebooks.po, and
# the translated notebooks notebooks/<lang>/ written again
translations: $(STAMP)
	$(BIN)/python -m newsframe.publish.translations

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir notebooks $(LAB_FLAGS)

clean:
	rm -rf reports $(VENV)
