"""DOT export: the renderer's own DOT, through the formats API and `argmap convert`."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from test_formats_json import _sample_map

import argmap
from argmap.cli import main
from argmap.formats import dot
from argmap.render import RenderOptions, render, to_dot
from argmap.strategies import maps


@given(maps(min_size=0, max_size=8))
def test_dot_export_is_the_renderers_dot(m: argmap.ArgumentMap) -> None:
    assert dot.dumps(m) == to_dot(m)


def test_options_pass_through() -> None:
    m = _sample_map()
    options = RenderOptions(focus=("forged",), depth=0)
    assert dot.dumps(m, options=options) == to_dot(m, options=options)
    assert dot.dumps(m, options=options) != dot.dumps(m)


def test_convert_writes_what_render_writes(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "maps" / "zinoviev.py"
    converted = tmp_path / "converted.dot"
    assert main(["convert", str(source), "-o", str(converted)]) == 0
    rendered = render(argmap.load_map(source), tmp_path / "rendered.dot")
    assert converted.read_bytes() == rendered.read_bytes()
    dot.dump(argmap.load_map(source), tmp_path / "dumped.gv")
    assert (tmp_path / "dumped.gv").read_bytes() == rendered.read_bytes()
