# Two commands do all set-up from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck pytest bench images clean docs browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/argmap render maps/zinoviev.py -o build/zinoviev.svg

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) browser
	$(BIN)/pytest -q

# The interactive HTML map is tested in a real headless Chromium: Debian's `chromium`,
# driven by Playwright (never a browser Playwright downloads). Installed here when we are
# root with apt-get (about 30 s on this machine); elsewhere the browser test skips and says why.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the browser test"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
			|| echo "note: installing chromium failed: the browser test will skip"; \
	else \
		echo "note: $(CHROMIUM) is missing and cannot be installed (not root, or no apt-get): the browser test will skip"; \
	fi

# The documentation site, built strictly (a broken link or reference fails) into site/.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# The pictures committed under docs/images/ (the README shows the first).
images: $(STAMP)
	$(BIN)/argmap render maps/zinoviev.py -o docs/images/zinoviev.svg

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build site .mypy_cache .ruff_cache
