"""`argmap new`: a starter map that loads, lints clean and uses every kind; safe writes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.cli import EXIT_ERROR, main
from argmap.cli._new import starter_map_path, write_starter_map
from argmap.errors import InvalidValueError, OutputExistsError, ValidationError
from argmap.lint import Severity, check_map
from argmap.loader import load_map
from argmap.model import Argument, Claim, Evidence, ObjectionKind, Party, Source


def test_starter_map_loads_lints_clean_and_uses_every_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "tea")]) == 0
    path = tmp_path / "tea.py"
    assert capsys.readouterr().out == f"wrote {path}\n"
    argmap = load_map(path)
    assert argmap.title == "Tea"
    findings = check_map(argmap)
    assert [f for f in findings if f.severity is not Severity.INFO] == []
    kinds = {type(e) for e in argmap}
    assert kinds == {Party, Source, Claim, Evidence, Argument, type(argmap.objections[0])}
    assert {o.kind for o in argmap.objections} == set(ObjectionKind)
    assert any(c.implicit for c in argmap.claims)
    assert any(c.quote is not None for c in argmap.claims)
    assert any(a.scheme for a in argmap.arguments)
    # Every scheme it names is a catalogue key, so its critical questions come with it.
    from argmap.schemes import SCHEMES

    assert all(a.scheme in SCHEMES for a in argmap.arguments if a.scheme)
    assert all(a.scheme in tuple(SCHEMES) for a in argmap.arguments if a.scheme)


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.py"
    path.write_text("precious = True\n", encoding="utf-8")
    assert main(["new", str(path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("argmap: error: ")
    assert "already exists" in err
    assert "--force" in err
    assert err.count("\n") == 1
    assert path.read_text(encoding="utf-8") == "precious = True\n"
    assert main(["new", str(path), "--force", "--title", "Mine"]) == 0
    assert load_map(path).title == "Mine"


def test_creates_missing_folders_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = write_starter_map(str(tmp_path / "a" / "b" / "deep.py"))
    assert path == tmp_path / "a" / "b" / "deep.py"
    assert sorted(p.name for p in path.parent.iterdir()) == ["deep.py"]


@pytest.mark.parametrize("name", ["2fast", "has-dash", "has space", "", ".py", "x.txt", "é"])
def test_invalid_names_are_named(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidValueError, match="is not valid"):
        starter_map_path(name)
    assert main(["new", name]) == EXIT_ERROR
    assert "is not valid" in capsys.readouterr().err


def test_a_folder_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "taken.py").mkdir()
    with pytest.raises(ValidationError, match="is a directory"):
        write_starter_map(str(tmp_path / "taken"), force=True)


def test_existing_file_error_is_a_file_exists_error(tmp_path: Path) -> None:
    write_starter_map(str(tmp_path / "once"))
    with pytest.raises(FileExistsError):
        write_starter_map(str(tmp_path / "once"))
    assert issubclass(OutputExistsError, FileExistsError)


@pytest.mark.parametrize("title", ["", "   ", "two\nlines"])
def test_bad_titles_are_named(tmp_path: Path, title: str) -> None:
    with pytest.raises(InvalidValueError, match="title"):
        write_starter_map(str(tmp_path / "m"), title=title)
    assert not (tmp_path / "m.py").exists()


@given(title=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(str.strip))
def test_any_printable_one_line_title_round_trips(
    tmp_path_factory: pytest.TempPathFactory, title: str
) -> None:
    path = tmp_path_factory.mktemp("titles") / "m"
    if any(unicodedata.category(c) == "Cc" and c != "\t" for c in title):
        with pytest.raises(InvalidValueError, match="control characters"):
            write_starter_map(str(path), title=title)
        return
    assert load_map(write_starter_map(str(path), title=title)).title == title


def test_starter_map_renders_every_element(tmp_path: Path) -> None:
    from argmap.render import render_bytes

    argmap = load_map(write_starter_map(str(tmp_path / "tea")))
    svg = render_bytes(argmap, format="svg").decode("utf-8")
    for element in (*argmap.claims, *argmap.evidence, *argmap.arguments):
        assert f'id="node:{element.key}"' in svg


def test_unwritable_place_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["new", str(tmp_path / "afile" / "tea")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("argmap: error: cannot write ")
    assert err.count("\n") == 1
