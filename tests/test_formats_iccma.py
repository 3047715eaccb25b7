"""ICCMA export of a map's framework: through the engine's translation and writers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_formats_json import _sample_map

import argmap
from argmap.cli import main
from argmap.errors import UnknownFormatError
from argmap.formats import iccma_export
from argmap.formats.iccma import parse_framework
from argmap.semantics.translate import framework_from_map
from argmap.strategies import maps


def test_sample_map_as_apx() -> None:
    text = iccma_export.dumps(_sample_map())
    assert text.splitlines() == [
        "arg(forged).",
        "arg(style).",
        "arg(exhibit).",
        "arg(quoted).",
        "arg(a1).",
        "att(quoted,style).",
        "att(quoted,a1).",
        "att(quoted,forged).",
    ]


@given(maps(min_size=0, max_size=12), st.sampled_from(["apx", "tgf", "i23"]))
def test_the_written_framework_is_the_maps_framework(m: argmap.ArgumentMap, dialect: str) -> None:
    expected = framework_from_map(m)
    text = iccma_export.dumps(m, dialect=dialect)
    assert text == iccma_export.dumps(m, dialect=dialect)
    read = parse_framework(text, dialect)
    if dialect == "i23":  # numbered in map order
        number = {name: str(i) for i, name in enumerate(expected.arguments, start=1)}
        assert read.arguments == tuple(number[a] for a in expected.arguments)
        assert set(read.attacks) == {(number[a], number[b]) for a, b in expected.attacks}
    else:
        assert read.arguments == expected.arguments
        assert set(read.attacks) == set(expected.attacks)


def test_unknown_dialect() -> None:
    with pytest.raises(UnknownFormatError, match="unknown ICCMA format 'cnf'"):
        iccma_export.dumps(_sample_map(), dialect="cnf")


@pytest.mark.parametrize(
    ("suffix", "first"),
    [(".apx", "arg(forged)."), (".tgf", "forged"), (".i23", "p af 5"), (".af", "p af 5")],
)
def test_convert_picks_the_dialect_from_the_extension(
    tmp_path: Path, suffix: str, first: str
) -> None:
    source = tmp_path / "m.argmap.json"
    argmap.write_map(_sample_map(), source)
    out = tmp_path / f"m{suffix}"
    assert main(["convert", str(source), "-o", str(out)]) == 0
    assert out.read_text().splitlines()[0] == first
    iccma_export.dump(_sample_map(), tmp_path / f"d{suffix}")
    assert (tmp_path / f"d{suffix}").read_text() == out.read_text()


def test_convert_many_to_iccma(tmp_path: Path) -> None:
    source = tmp_path / "m.argmap.json"
    argmap.write_map(_sample_map(), source)
    out = tmp_path / "out"
    out.mkdir()  # an existing directory takes even a single input under its own name
    assert main(["convert", str(source), "-o", str(out), "--to", "iccma"]) == 0
    assert (out / "m.apx").read_text().startswith("arg(forged).")
