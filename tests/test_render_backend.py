"""Renderer resolution (graphviz-pure, ARGMAP_DOT, explicit), formats, failures, atomic writes."""

from __future__ import annotations

import importlib.metadata
import os
import stat
import sys
import sysconfig
from pathlib import Path

import pytest
from render_helpers import fixture_map

from argmap.errors import RendererNotFound, RenderError, UnknownFormatError
from argmap.render import Renderer, _backend, find_renderer, render, render_bytes, to_dot

# A stand-in for a system Graphviz `dot`: it answers -V and -T? like dot does, writes a
# marker "PDF" for -Tpdf, delegates SVG to graphviz-pure, and fails on demand.
FAKE_DOT = """\
#!{python}
import subprocess, sys
args = sys.argv[1:]
if args == ["-V"]:
    sys.stderr.write("dot - graphviz version 2.43.0 (0)\\n")
    sys.exit(0)
fmt = args[0][2:]
if fmt == "?":
    sys.stderr.write('Format: "?" not recognized. Use one of: pdf:cairo png png:gd svg\\n')
    sys.exit(1)
source = sys.stdin.buffer.read()
if {fail!r}:
    sys.stderr.write("Warning: something harmless\\nError: layout exploded\\n")
    sys.exit(3)
if fmt == "pdf":
    sys.stdout.buffer.write(b"%PDF-1.4 fake " + str(len(source)).encode())
else:
    done = subprocess.run([{pure!r}, "-T" + fmt], input=source, capture_output=True)
    sys.stdout.buffer.write(done.stdout)
"""


def make_fake_dot(folder: Path, *, name: str = "dot", fail: bool = False) -> Path:
    pure = str(find_renderer().path)
    path = folder / name
    path.write_text(FAKE_DOT.format(python=sys.executable, pure=pure, fail=fail), encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_backend.ENV_VAR, raising=False)


def _no_distribution(name: str) -> importlib.metadata.Distribution:
    raise importlib.metadata.PackageNotFoundError(name)


# --- resolution --------------------------------------------------------------------------


def test_default_is_graphviz_pure_found_without_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    renderer = find_renderer()
    assert renderer.kind == "graphviz-pure"
    assert renderer.path.is_file()
    assert renderer.path.name.startswith("graphviz-pure")
    assert {"svg", "png"} <= set(renderer.formats)
    assert "pdf" not in renderer.formats
    assert renderer.version[0].isdigit()


def test_env_var_path_overrides_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = make_fake_dot(tmp_path)
    monkeypatch.setenv("ARGMAP_DOT", str(fake))
    renderer = find_renderer()
    assert renderer == Renderer(
        path=fake.resolve(), kind="dot", version="2.43.0", formats=("pdf", "png", "svg")
    )


def test_env_var_command_name_is_looked_up_on_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = make_fake_dot(tmp_path, name="my-dot")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("ARGMAP_DOT", "my-dot")
    assert find_renderer().path == fake.resolve()


def test_explicit_renderer_wins_over_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = make_fake_dot(tmp_path)
    monkeypatch.setenv("ARGMAP_DOT", "/no/such/dot")
    assert find_renderer(fake).kind == "dot"
    assert find_renderer(str(fake)).path == fake.resolve()
    renderer = find_renderer(fake)
    assert find_renderer(renderer) is renderer


def test_bad_env_var_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGMAP_DOT", "/no/such/dot")
    with pytest.raises(
        RendererNotFound,
        match=r"ARGMAP_DOT names '/no/such/dot', which was not found.*unset ARGMAP_DOT",
    ):
        find_renderer()


def test_empty_env_var_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGMAP_DOT", " ")
    with pytest.raises(RendererNotFound, match="ARGMAP_DOT is empty"):
        find_renderer()


def _no_scripts_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Neither the interpreter's folder nor this environment's scripts folder holds
    graphviz-pure (found through the distribution's file list then, if installed)."""
    monkeypatch.setattr(sys, "executable", str(folder / "python"))
    monkeypatch.setattr(sysconfig, "get_path", lambda name, *a, **k: str(folder))


def test_renderer_found_through_the_distribution_when_not_beside_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_scripts_folder(monkeypatch, tmp_path)
    assert find_renderer().kind == "graphviz-pure"


def test_no_renderer_error_says_how_to_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _no_scripts_folder(monkeypatch, tmp_path)
    monkeypatch.setattr(importlib.metadata, "distribution", _no_distribution)
    with pytest.raises(RendererNotFound) as info:
        find_renderer()
    message = str(info.value)
    assert "pip install graphviz-pure" in message
    assert "ARGMAP_DOT" in message
    assert "--dot" in message
    assert isinstance(info.value, FileNotFoundError)


def test_dot_format_needs_no_renderer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _no_scripts_folder(monkeypatch, tmp_path)
    monkeypatch.setattr(importlib.metadata, "distribution", _no_distribution)
    m = fixture_map()
    assert render_bytes(m, format="dot") == to_dot(m).encode("utf-8")
    with pytest.raises(RendererNotFound):
        render_bytes(m, format="svg")


def test_program_that_is_not_graphviz_is_rejected(tmp_path: Path) -> None:
    impostor = tmp_path / "dot"
    impostor.write_text("#!/bin/sh\necho hello\n", encoding="utf-8")
    impostor.chmod(0o755)
    with pytest.raises(RendererNotFound, match="does not look like Graphviz dot"):
        find_renderer(impostor)


def test_non_executable_file_is_rejected(tmp_path: Path) -> None:
    plain = tmp_path / "dot"
    plain.write_text("not a program", encoding="utf-8")
    plain.chmod(0o644)
    with pytest.raises(RendererNotFound, match="is not executable"):
        find_renderer(plain)


# --- formats and failures ------------------------------------------------------------------


@pytest.mark.parametrize("format", ["gif", "SVGZ", "", "jpg"])
def test_unknown_format_lists_the_valid_ones(format: str) -> None:
    with pytest.raises(UnknownFormatError, match=r"expected one of svg, png, pdf, dot, html"):
        render_bytes(fixture_map(), format=format)


def test_format_is_case_insensitive() -> None:
    assert render_bytes(fixture_map(), format="SVG").startswith(b"<?xml")


def test_pdf_needs_a_system_dot() -> None:
    with pytest.raises(RenderError) as info:
        render_bytes(fixture_map(), format="pdf")
    message = str(info.value)
    assert "'pdf'" in message
    assert "graphviz-pure" in message
    assert "ARGMAP_DOT" in message
    assert "--dot" in message


def test_pdf_with_a_system_dot(tmp_path: Path) -> None:
    fake = make_fake_dot(tmp_path)
    data = render_bytes(fixture_map(), format="pdf", renderer=fake)
    assert data.startswith(b"%PDF-1.4 fake")


def test_svg_through_a_system_dot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARGMAP_DOT", str(make_fake_dot(tmp_path)))
    assert b'id="node:forged"' in render_bytes(fixture_map(), format="svg")


def test_renderer_failure_carries_its_error_output(tmp_path: Path) -> None:
    fake = make_fake_dot(tmp_path, fail=True)
    with pytest.raises(RenderError) as info:
        render_bytes(fixture_map(), renderer=fake)
    message = str(info.value)
    assert "Error: layout exploded" in message
    assert "exit status 3" in message
    assert "\n" not in message


def test_failed_render_leaves_existing_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    out.write_bytes(b"previous contents")
    with pytest.raises(RenderError):
        render(fixture_map(), out, renderer=make_fake_dot(tmp_path, fail=True))
    assert out.read_bytes() == b"previous contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dot", "map.svg"]


def test_render_takes_format_from_suffix_or_argument(tmp_path: Path) -> None:
    m = fixture_map()
    assert render(m, tmp_path / "a.PNG").read_bytes().startswith(b"\x89PNG")
    assert render(m, tmp_path / "a.out", format="svg").read_bytes().startswith(b"<?xml")
    with pytest.raises(UnknownFormatError, match=r"suffix '\.out'"):
        render(m, tmp_path / "b.out")
    assert not (tmp_path / "b.out").exists()


def test_renderer_probe_is_cached_per_file(tmp_path: Path) -> None:
    fake = make_fake_dot(tmp_path)
    first = find_renderer(fake)
    assert find_renderer(fake) is first
    os.utime(fake, ns=(1, 1))
    assert find_renderer(fake) == first
