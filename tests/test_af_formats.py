"""ICCMA formats: round trips, the i23 fast path, malformed files naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from af_strategies import frameworks
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import FormatError, FrameworkFileNotFoundError, InvalidValueError
from argmap.formats import iccma
from argmap.formats.iccma import format_framework, parse_framework, read_framework, write_framework
from argmap.semantics.framework import ArgumentationFramework


def _renamed(af: ArgumentationFramework) -> ArgumentationFramework:
    """The same framework with arguments named 1..N by position (what i23 keeps)."""
    return ArgumentationFramework.from_indices(
        [str(i + 1) for i in range(len(af))],
        [i for i, _ in af.attack_indices],
        [j for _, j in af.attack_indices],
    )


@given(af=frameworks(max_args=10))
def test_apx_and_tgf_round_trip(af: ArgumentationFramework) -> None:
    for fmt in ("apx", "tgf"):
        assert parse_framework(format_framework(af, fmt), fmt) == af
        assert parse_framework(format_framework(af, fmt).encode(), fmt).attacks == af.attacks


@given(af=frameworks(max_args=10))
def test_i23_round_trips_up_to_names(af: ArgumentationFramework) -> None:
    text = format_framework(af, "i23")
    back = parse_framework(text, "i23")
    assert back == _renamed(af)
    assert format_framework(back, "i23") == text


@given(af=frameworks(max_args=10))
def test_i23_slow_path_agrees_with_the_fast_path(af: ArgumentationFramework) -> None:
    text = format_framework(af, "i23")
    # A comment line forces the line-by-line reader.
    commented = text.replace("\n", "\n# comment\n", 1)
    assert parse_framework(commented, "i23") == parse_framework(text, "i23")


def test_files_round_trip_through_every_format(tmp_path: Path) -> None:
    af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "b"), ("c", "a")], arguments=["z"])
    for suffix in (".apx", ".tgf", ".af", ".i23"):
        path = write_framework(af, tmp_path / f"x{suffix}")
        back = read_framework(path)
        assert back == (_renamed(af) if suffix in (".af", ".i23") else af)
    assert read_framework(tmp_path / "x.tgf", format="tgf") == af


def test_i23_comments_blank_lines_and_no_final_newline() -> None:
    af = parse_framework("# made by hand\np af 3\n\n1 2\n# x\n3 3", "i23")
    assert af.arguments == ("1", "2", "3")
    assert af.attacks == (("1", "2"), ("3", "3"))
    assert parse_framework("p af 2\n1 2", "i23").attacks == (("1", "2"),)
    assert len(parse_framework("p af 0\n", "i23")) == 0


def test_apx_allows_several_facts_per_line_and_comments() -> None:
    af = parse_framework("% comment\narg(a). arg(b).\natt(a, b).\n", "apx")
    assert af.attacks == (("a", "b"),)


@pytest.mark.parametrize(
    ("fmt", "text", "line", "fragment"),
    [
        ("i23", "p af 2\n1 2\n1 x\n", 3, "'1 x'"),
        ("i23", "p af 2\n1 2 3\n", 2, "'1 2 3'"),
        ("i23", "p af 2\n0 1\n", 2, "out of range"),
        ("i23", "p af 2\n2 3\n", 2, "argument 3 is out of range"),
        ("i23", "1 2\n", 1, "header"),
        ("i23", "p bf 2\n", 1, "header"),
        ("i23", "# only a comment\n", 1, "no 'p af N' header"),
        ("tgf", "a\nb c\n#\n", 2, "one argument name"),
        ("tgf", "a\n#\na b\n", 3, "'b'"),
        ("tgf", "a\n#\na\n", 3, "attacker attacked"),
        ("tgf", "a\na\n#\n", 2, "twice"),
        ("tgf", "a\n#\n#\n", 3, "second '#'"),
        ("apx", "arg(a).\natt(a,b).\n", 2, "'b'"),
        ("apx", "arg(a).\nargh(b).\n", 2, "argh"),
        ("apx", "arg(a)\n", 1, "final '.'"),
        ("apx", "arg(a).\narg(a).\n", 2, "twice"),
    ],
)
def test_malformed_input_names_the_line(fmt: str, text: str, line: int, fragment: str) -> None:
    with pytest.raises(FormatError, match=fragment) as caught:
        parse_framework(text, fmt)
    assert caught.value.location == f"line {line}"


def test_a_malformed_file_names_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.af"
    path.write_text("p af 2\n1 2\n2 9\n")
    with pytest.raises(FormatError) as caught:
        read_framework(path)
    assert str(caught.value).startswith(f"{path}:line 3: ")


def test_bad_bytes_name_the_line() -> None:
    with pytest.raises(FormatError) as caught:
        parse_framework(b"a\n\xff\n#\n", "tgf")
    assert caught.value.location == "line 2"
    with pytest.raises(FormatError, match="unexpected characters"):
        parse_framework(b"p af 2\n1 \xff\n", "i23")


def test_missing_file_and_unknown_formats(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileNotFoundError, match="nope.af"):
        read_framework(tmp_path / "nope.af")
    with pytest.raises(InvalidValueError, match=r"x\.txt"):
        read_framework(tmp_path / "x.txt")
    with pytest.raises(InvalidValueError, match="'dot'"):
        parse_framework("", "dot")
    assert iccma.dialect_for_path("X.APX") == "apx"


def test_names_that_a_format_cannot_hold_are_refused() -> None:
    af = ArgumentationFramework(["a b", "c"])
    with pytest.raises(InvalidValueError, match="'a b'"):
        format_framework(af, "tgf")
    with pytest.raises(InvalidValueError, match="'x,y'"):
        format_framework(ArgumentationFramework(["x,y"]), "apx")
    assert format_framework(af, "i23") == "p af 2\n"


def test_reading_the_reference_examples(reference_dir: Path) -> None:
    af = read_framework(reference_dir / "iccma" / "ex1.tgf")
    assert len(af) == 5
    assert af.num_attacks == 6


_NAME = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc"), blacklist_characters="(),.#%"
    ),
    min_size=1,
    max_size=6,
)


@given(
    names=st.lists(_NAME, unique=True, max_size=8),
    data=st.data(),
)
def test_round_trips_keep_arbitrary_names(names: list[str], data: st.DataObject) -> None:
    pairs = [(x, y) for x in names for y in names]
    attacks = data.draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    af = ArgumentationFramework(names, attacks)
    for fmt in ("apx", "tgf"):
        assert parse_framework(format_framework(af, fmt), fmt) == af


def test_the_numpy_reader_and_the_plain_one_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from argmap.formats import iccma

    text = "p af 6\n1 2\n2 3\n3 1\n4 5\n5 4\n6 6\n2 3\n"
    plain = iccma.parse_framework(text, "i23")
    monkeypatch.setattr(iccma, "_NUMPY_BYTES", 0)
    vectorised = iccma.parse_framework(text, "i23")
    assert not plain.uses_arrays
    assert vectorised.uses_arrays
    assert plain == vectorised
    assert plain.attack_indices == vectorised.attack_indices
