"""Maps written back as Python map modules: readable, ruff-format-clean, and equal on load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats_json import _sample_map

import argmap
from argmap.cli import main
from argmap.formats import aif, python
from argmap.formats._registry import readable_formats
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]
AIF_SETS = sorted((ROOT.parent / "shared" / "reference" / "aif").glob("*.json"))


def _ruff_format_check(folder: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "--diff",
            "--config",
            "line-length=100",
            str(folder),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _round_trip(m: argmap.ArgumentMap, folder: Path, name: str) -> None:
    path = folder / f"{name}.py"
    python.dump(m, path)
    assert argmap.load_map(path) == m


def _sketch_map() -> argmap.ArgumentMap:
    b = argmap.MapBuilder("Sketches", description='A "quoted" description\nover two lines.')
    tea = b.claim("tea", "Tea is good for you.")
    bad = b.claim("bad", "Tea is bad for you.", note="Backslash \\ and tab\t and NUL-free.")
    b.argument("rich", [], tea, text="Tea is rich in antioxidants.", label="Antioxidants")
    b.rebut(bad, tea, opposition="contradictory")
    b.argument("uses-p", [b.claim("p", "P.")], bad)
    b.undermine(b.claim("c", "Contrary."), "p", opposition="contrary")
    return b.build()


def test_examples_round_trip_and_are_formatted(tmp_path: Path) -> None:
    _round_trip(_sample_map(), tmp_path, "sample")
    _round_trip(_sketch_map(), tmp_path, "sketch")
    _round_trip(argmap.load_map(ROOT / "maps" / "zinoviev.py"), tmp_path, "zinoviev")
    _ruff_format_check(tmp_path)
    text = (tmp_path / "sketch.py").read_text(encoding="utf-8")
    assert 'b.rebut("bad", "tea", key="rebut.bad.tea", opposition="contradictory")' in text
    assert 'text="Tea is rich in antioxidants."' in text


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(maps(min_size=0, max_size=12), min_size=4, max_size=4))
def test_random_maps_round_trip(
    tmp_path_factory: pytest.TempPathFactory, batch: list[argmap.ArgumentMap]
) -> None:
    folder = tmp_path_factory.mktemp("py")
    for i, m in enumerate(batch):
        _round_trip(m, folder, f"map{i}")
    _ruff_format_check(folder)  # one ruff run per batch


@pytest.mark.skipif(not AIF_SETS, reason="../shared/reference/aif is absent")
def test_every_aif_node_set_round_trips(tmp_path: Path) -> None:
    for path in AIF_SETS:
        _round_trip(aif.load(path), tmp_path, path.stem)
    _ruff_format_check(tmp_path)


def _sources(folder: Path) -> dict[str, Path]:
    """One file per readable format, made from the sample map where argmap writes it."""
    m = _sample_map()
    files = {}
    for name, ext in (
        ("python", ".py"),
        ("json", ".json"),
        ("aif", ".aif.json"),
        ("xaif", ".xaif.json"),
        ("argdown", ".argdown"),
    ):
        path = folder / f"sample-{name}{ext}"
        argmap.write_map(m, path, format=name)
        files[name] = path
    argdown_json = folder / "sample.argdown.json"
    argdown_json.write_text('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}')
    files["argdown-json"] = argdown_json
    carneades = folder / "graph.yml"
    carneades.write_text(
        "statements: {p: P, q: Q, r: R}\nissues: {i: {positions: [p, r]}}\n"
        "arguments: {a1: {conclusion: p, premises: [q]}}\nassumptions: [q]\n"
    )
    files["carneades"] = carneades
    return files


def test_every_readable_format_converts_to_python_and_back(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    assert set(sources) == set(readable_formats())
    out = tmp_path / "out"
    for name, source in sources.items():
        target = out / f"{name}.py"
        assert main(["convert", str(source), "-o", str(target)]) == 0
        assert argmap.load_map(target) == argmap.load_map(source), name
    _ruff_format_check(out)


@pytest.mark.parametrize("command", ["render", "check", "convert", "explain", "whatif", "evaluate"])
def test_every_readable_format_works_with_every_command(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, source in _sources(tmp_path).items():
        args = {
            "render": ["render", str(source), "-o", str(tmp_path / f"{name}.svg")],
            "check": ["check", str(source)],
            "convert": ["convert", str(source), "-o", str(tmp_path / f"{name}.graphml")],
            "explain": ["explain", str(source), argmap.load_map(source).claims[0].key],
            "whatif": ["whatif", str(source), argmap.load_map(source).claims[0].key],
            "evaluate": ["evaluate", str(source)],
        }[command]
        status = main(args)
        err = capsys.readouterr().err
        assert status in (0, 1), (name, err)
        assert "Traceback" not in err, (name, err)
        if command in ("render", "convert"):
            assert status == 0, (name, err)
