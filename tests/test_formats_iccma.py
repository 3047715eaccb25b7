"""ICCMA export of a map's framework: through the engine's translation and writers."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_formats_json import _sample_map

import argmap
from argmap.cli import main
from argmap.errors import InvalidValueError, UnknownFormatError
from argmap.formats import iccma_export
from argmap.formats.iccma import parse_framework, read_framework
from argmap.semantics.evaluate import evaluate, framework_reading
from argmap.semantics.results import ExtensionResult
from argmap.semantics.status import Status
from argmap.semantics.translate import framework_from_map
from argmap.strategies import maps


def test_sample_map_as_apx() -> None:
    text = iccma_export.dumps(_sample_map())
    # every element is a node; the rebuttal r1 also defeats the argument for its target
    assert text.splitlines() == [
        "arg(forged).",
        "arg(style).",
        "arg(exhibit).",
        "arg(quoted).",
        "arg(a1).",
        "arg(u1).",
        "arg(u2).",
        "arg(r1).",
        "arg(c1).",
        "att(u1,a1).",
        "att(u2,a1).",
        "att(r1,forged).",
        "att(r1,a1).",
        "att(c1,a1).",
    ]
    legacy = iccma_export.dumps(_sample_map(), reading="support-free")
    assert "arg(r1)." not in legacy.splitlines()
    assert "att(quoted,forged)." in legacy.splitlines()


@given(maps(min_size=0, max_size=12), st.sampled_from(["apx", "tgf", "i23"]))
def test_the_written_framework_is_the_evaluations_framework(
    m: argmap.ArgumentMap, dialect: str
) -> None:
    expected = framework_reading(m).framework()
    text = iccma_export.dumps(m, format=dialect)
    assert text == iccma_export.dumps(m, format=dialect)
    read = parse_framework(text, dialect)
    if dialect == "i23":  # numbered in framework order
        number = {name: str(i) for i, name in enumerate(expected.arguments, start=1)}
        assert read.arguments == tuple(number[a] for a in expected.arguments)
        assert set(read.attacks) == {(number[a], number[b]) for a, b in expected.attacks}
    else:
        assert read.arguments == expected.arguments
        assert set(read.attacks) == set(expected.attacks)
    legacy = parse_framework(iccma_export.dumps(m, format="apx", reading="support-free"), "apx")
    assert legacy == framework_from_map(m)


def _solve(*args: str) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["solve", *args]) == 0
    return out.getvalue().split("\n")


# Every Dung semantics, as ICCMA names it and as `evaluate` does.
_ICCMA = {
    "grounded": "GR",
    "complete": "CO",
    "preferred": "PR",
    "stable": "ST",
    "semi-stable": "SST",
    "stage": "STG",
    "ideal": "ID",
    "eager": "EG",
}


@settings(max_examples=15)
@given(m=maps(max_size=8, nasty=False), data=st.data())
def test_solving_the_export_agrees_with_evaluate_on_every_element(
    tmp_path_factory: pytest.TempPathFactory,
    m: argmap.ArgumentMap,
    data: st.DataObject,
) -> None:
    options = data.draw(
        st.fixed_dictionaries(
            {},
            optional={
                "support": st.sampled_from(["presumptive", "deductive", "necessary", "evidential"]),
                "default_standard": st.sampled_from(["SE", "PE", "BRD"]),
                "symmetric_rebuttals": st.booleans(),
                "rebuttal_preferences": st.booleans(),
            },
        )
    )
    folder = tmp_path_factory.mktemp("export")
    path = folder / "m.i23"
    iccma_export.dump(m, path, **options)
    key = json.loads(iccma_export.key_path(path).read_text("utf-8"))
    number = {row["node"]: row["name"] for row in key["arguments"]}
    assert key["reading"]["name"] == "evaluation"
    exported = read_framework(path)
    ev = evaluate(m, semantics=list(_ICCMA), max_extensions=10_000, **options)
    for name, code in _ICCMA.items():
        result = ev.result(name)
        assert isinstance(result, ExtensionResult)
        assert result.listed_all
        # the solver's extensions of the export are evaluate's extensions ...
        lines = _solve("-p", f"EE-{code}", "-f", str(path))
        found = [frozenset(line.split()[1:]) for line in lines if line.startswith("w")]
        assert set(found) == {frozenset(number[n] for n in e) for e in result.extensions or ()}
        # ... its credulous and skeptical answers are evaluate's (asked for one element;
        # the extensions settle them for all) ...
        if key["arguments"]:
            row = data.draw(st.sampled_from(key["arguments"]))
            dc = _solve("-p", f"DC-{code}", "-f", str(path), "-a", row["name"])[0]
            ds = _solve("-p", f"DS-{code}", "-f", str(path), "-a", row["name"])[0]
            assert (dc == "YES") == result.credulous[row["node"]], (name, row)
            assert (ds == "YES") == result.skeptical[row["node"]], (name, row)
        for row in key["arguments"]:
            node, arg = row["node"], row["name"]
            assert result.credulous[node] == any(arg in e for e in found), (name, node)
            assert result.skeptical[node] == all(arg in e for e in found), (name, node)
            # ... and the statuses its extensions give are evaluate's statuses
            attackers = exported.attackers_of(arg)
            if not found:
                expected = Status.UNDECIDED
            elif all(arg in e for e in found):
                expected = Status.IN
            elif all(any(a in e for a in attackers) for e in found):
                expected = Status.OUT
            elif any(arg in e for e in found):
                expected = Status.CREDULOUS
            else:
                expected = Status.UNDECIDED
            assert result.status(node) is expected, (name, node)


def test_the_key_reads_numbers_back_as_elements(tmp_path: Path) -> None:
    b = argmap.MapBuilder("m")
    c = b.claim("c", "C.")
    b.argument("a", [b.claim("p", "P.")], c, weight=0.4)
    b.rebut(b.claim("r", "R."), c, key="o")
    b.challenge(c, key="why", text="Why?")
    iccma_export.dump(b.build(), tmp_path / "m.tgf", default_standard="PE")
    key = json.loads((tmp_path / "m.tgf.key.json").read_text("utf-8"))
    rows = {row["node"]: row for row in key["arguments"]}
    assert rows["a#meets"]["element"] == "a"
    assert rows["a#meets"]["kind"] == "meets"
    assert rows["o"]["kind"] == "objection"
    assert key["reading"]["default_standard"] == "PE"
    assert not (tmp_path / "m.apx.key.json").exists()
    iccma_export.dump(b.build(), tmp_path / "m.apx")
    assert not (tmp_path / "m.apx.key.json").exists()


def test_unknown_reading() -> None:
    with pytest.raises(InvalidValueError, match="unknown reading 'strict'"):
        iccma_export.dumps(_sample_map(), reading="strict")
    with pytest.raises(InvalidValueError, match="takes no evaluation options"):
        iccma_export.dumps(_sample_map(), reading="support-free", support="deductive")


def test_unknown_dialect() -> None:
    with pytest.raises(UnknownFormatError, match="unknown ICCMA format 'cnf'"):
        iccma_export.dumps(_sample_map(), format="cnf")


@pytest.mark.parametrize(
    ("suffix", "first"),
    [(".apx", "arg(forged)."), (".tgf", "forged"), (".i23", "p af 9"), (".af", "p af 9")],
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
