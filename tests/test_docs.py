"""The documentation: strict site build, generated CLI reference, runnable shell examples.

The ``>>>`` examples in docs/*.md run as doctests (pytest's --doctest-glob); this module
runs the ```` ```console ```` blocks, whose ``$`` lines are argmap commands, and builds the
site with ``mkdocs build --strict`` when the ``docs`` extra is installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from argmap.cli import COMMAND_MODULES, build_parser
from argmap.cli._reference import cli_reference_markdown, with_reference

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CONSOLE_BLOCK = re.compile(r"^```console\n(.*?)^```", re.S | re.M)
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def console_pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "```console" in p.read_text("utf-8"))


def python_scripts(page: Path) -> list[str]:
    """The page's ```python blocks that are scripts; ``>>>`` blocks run as doctests."""
    blocks = PYTHON_BLOCK.findall(page.read_text("utf-8"))
    return [b for b in blocks if not b.lstrip().startswith(">>>")]


def python_pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if python_scripts(p))


def command_names() -> list[str]:
    parser = build_parser()
    subparsers = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    return list(subparsers.choices)  # type: ignore[attr-defined]


def test_cli_reference_covers_every_command() -> None:
    text = cli_reference_markdown()
    names = command_names()
    assert len(names) == len(COMMAND_MODULES)
    for name in names:
        assert f"## `argmap {name}`" in text
        assert f"usage: argmap {name}" in text


def test_committed_cli_page_matches_the_parser() -> None:
    """docs/cli.md carries the --help of every command; `make docs` regenerates it."""
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert with_reference(page) == page, "docs/cli.md is stale: run `make docs`"
    for name in command_names():
        assert f"### `argmap {name}`" in page
        assert f"usage: argmap {name}" in page


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    wide = cli_reference_markdown()
    monkeypatch.setenv("COLUMNS", "30")
    assert cli_reference_markdown() == wide
    assert os.environ["COLUMNS"] == "30"


@pytest.mark.parametrize("page", console_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_console_examples_run(page: Path, tmp_path: Path) -> None:
    """Each page's console blocks run in order in one scratch folder, as a reader would."""
    if (ROOT / "maps").is_dir():  # a copy: examples may write into maps/
        shutil.copytree(ROOT / "maps", tmp_path / "maps")
    ran = 0
    for block in CONSOLE_BLOCK.findall(page.read_text("utf-8")):
        commands: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            elif commands and line.strip():
                commands[-1][1].append(line.strip())
        for command, expected in commands:
            argv = shlex.split(command)
            if argv[0] != "argmap":
                # e.g. `python docs/zinoviev_scenarios.py`: that page's own test runs it.
                continue
            result = subprocess.run(
                [sys.executable, "-m", "argmap", *argv[1:]],
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            shown = [line.strip() for line in (result.stdout + result.stderr).splitlines()]
            assert result.returncode == 0, f"{page.name}: `{command}` failed:\n{result.stderr}"
            for line in expected:
                assert line in shown, f"{page.name}: `{command}` did not print {line!r}: {shown}"
            ran += 1
    assert ran > 0


@pytest.mark.parametrize("page", python_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_python_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page's ```python blocks run in order, in one namespace, from a scratch folder."""
    shutil.copytree(ROOT / "maps", tmp_path / "maps")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "docs_example"}
    for block in python_scripts(page):
        exec(compile(block, f"{page.name} example", "exec"), namespace)
    assert len(namespace) > 2, f"{page.name}: the examples defined nothing"


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None,
    reason="the docs extra is not installed (pip install -e '.[docs]'); `make test` installs it",
)
def test_site_builds_strictly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    cli = (site / "cli.html").read_text("utf-8")
    for name in command_names():
        assert f"usage: argmap {name}" in cli
    api = (site / "api.html").read_text("utf-8")
    assert 'id="argmap.ArgumentMap"' in api
    assert 'id="argmap.MapBuilder.challenge"' in api
    assert 'id="argmap.render.html.render_html"' in api
    assert "All notable changes" in (site / "changelog.html").read_text("utf-8")


def load_nav_hook() -> Any:
    spec = importlib.util.spec_from_file_location("nav_hook", DOCS / "hooks" / "nav.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nav_drops_only_unwritten_optional_pages(tmp_path: Path) -> None:
    hook = load_nav_hook()
    (tmp_path / "index.md").write_text("# Home\n")
    (tmp_path / "rendering.md").write_text("# Rendering\n")
    (tmp_path / "formats").mkdir()
    (tmp_path / "formats" / "json.md").write_text("# argmap JSON\n")
    (tmp_path / "formats" / "index.md").write_text("# Formats\n")
    nav = [
        {"Home": "index.md"},
        {"Evaluating": [{"Evaluating maps": "evaluating.md"}, {"Carneades": "carneades.md"}]},
        {"Rendering": "rendering.md"},
        {"Interchange formats": "formats/"},
        {"Case study": "zinoviev.md"},
        {"Typo": "cookbok.md"},
    ]
    config = hook.on_config({"nav": nav, "docs_dir": str(tmp_path)})
    assert config["nav"] == [
        {"Home": "index.md"},
        {"Rendering": "rendering.md"},
        {
            "Interchange formats": [
                {"Formats": "formats/index.md"},
                {"argmap JSON": "formats/json.md"},
            ]
        },
        {"Typo": "cookbok.md"},  # not optional: kept, so the strict build reports it
    ]


def test_links_to_repository_files_are_published_and_broken_ones_kept(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("repo_links", DOCS / "hooks" / "repo_links.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "m.py").write_text("MAP = None\n")

    class Page:
        class file:
            src_uri = "guide/page.md"

    text = "See [m](../../maps/m.py#L3) and [gone](../../maps/gone.py) and [x](other.md)."
    out = hook.on_page_markdown(text, page=Page, config={"docs_dir": str(docs)})
    assert out == (
        "See [m](../_repo/maps/m.py#L3) and [gone](../../maps/gone.py) and [x](other.md)."
    )
