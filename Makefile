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

# The documentation site, built strictly (a broken link or reference fails) into site/,
# after regenerating the command-line reference committed in docs/cli.md.
docs: $(STAMP)
	$(BIN)/python -m argmap.cli._reference docs/cli.md
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# The pictures committed under docs/images/ (the README shows the overview and links the
# full map and the interactive page; the case study docs/zinoviev.md shows the rest) and
# the case study's computed tables.
# tests/test_zinoviev_case_study.py checks that the page quotes each command and that each
# reproduces what is committed. The overview (first line) names what it draws: both theses,
# the arguments for each with the premises that say most, the editor's two challenges on
# their targets and Cook's answer to the first.
images: $(STAMP)
	$(BIN)/argmap render maps/zinoviev.py --overview --fold-premises --rankdir LR --depth 0 --focus arg.cook.expert_report arg.cook.not_zinoviev_so_forged arg.editor.deception arg.editor.fits_zinoviev_record obj.editor.backup_evidence obj.editor.foregone_conclusion obj.rebut.editor.authenticity_possible.cook.forgery obj.rebut.cook.forgery.editor.authenticity_possible cook.make_up_minds historian.conclusions cook.not_zinoviev volk.zinoviev_armed_uprisings editor.bolshevik_deception --subtitle "Overview: both theses, the arguments for each, and the editor's two challenges on their targets" -o docs/images/zinoviev.svg
	$(BIN)/argmap render maps/zinoviev.py -o docs/images/zinoviev.html
	$(BIN)/argmap render maps/zinoviev.py --rankdir LR -o docs/images/zinoviev-full.svg
	$(BIN)/argmap render maps/zinoviev.py --focus cook.forgery cook.open_questions obj.editor.backup_evidence --depth 1 -o docs/images/zinoviev-exchange.svg
	$(BIN)/argmap render maps/zinoviev.py --focus cook.forgery --depth 1 --overview --evaluate grounded -o docs/images/zinoviev-forgery-grounded.svg
	$(BIN)/argmap render maps/zinoviev.py --focus editor.authenticity_possible --depth 1 --overview --evaluate grounded -o docs/images/zinoviev-authenticity-grounded.svg
	$(BIN)/argmap render maps/zinoviev.py --cluster-by-speaker --rankdir LR -o docs/images/zinoviev-speakers.svg
	$(BIN)/python docs/zinoviev_scenarios.py --write docs/zinoviev.md

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build site .mypy_cache .ruff_cache
