"""Hostile input to the format readers: one clean line, bounded reading, nothing silent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import FormatError, LimitExceededError, MapFileNotFoundError
from argmap.formats import aif, argdown, argmap_json, carneades_yaml
from argmap.formats._format import read_bytes


def _one_line_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    return err


def test_a_carneades_weight_of_thousands_of_digits_is_one_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = tmp_path / "g.yml"
    graph.write_text(
        "statements: {p: P}\narguments: {a: {conclusion: p, weight: " + "9" * 5000 + "}}\n"
    )
    with pytest.raises(FormatError, match="4300 digits"):
        carneades_yaml.load_graph(graph)
    for command in (
        ["evaluate", str(graph)],
        ["render", str(graph), "-o", str(tmp_path / "g.svg")],
    ):
        assert "4300 digits" in _one_line_error(command, capsys)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("m.json", '{"format": "argmap", "version": 1, "title": "A", "title": "B"}'),
        ("set.aif.json", '{"nodes": [], "edges": [], "nodes": []}'),
        ("g.yml", "statements: {p: P}\nstatements: {q: Q}\n"),
        ("m.argdown", "===\ntitle: A\ntitle: B\n===\n\n[a]: A.\n"),
        ("d.argdown", "[a]: A. {note: x, note: y}\n"),
    ],
)
def test_duplicate_keys_are_refused_not_last_wins(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(FormatError, match="given twice"):
        argmap.load_map(path)


def test_reading_stops_at_the_cap_whatever_the_file_claims(tmp_path: Path) -> None:
    if Path("/dev/zero").exists():
        # A map path is refused as a device before anything is read (issue 15); the
        # reader itself still stops at its cap on an endless stream.
        with pytest.raises(MapFileNotFoundError, match="character device"):
            argmap.load_map("/dev/zero", format="json")
        with pytest.raises(LimitExceededError, match="more than 1024 bytes"):
            read_bytes(Path("/dev/zero"), limit=1024)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(LimitExceededError, match="more than 1024 bytes"):
        read_bytes(big, limit=1024)
    assert read_bytes(big, limit=4096) == b" " * 2048


def test_unreadable_and_looping_files_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop.json"
    os.symlink(loop, loop)
    with pytest.raises(MapFileNotFoundError, match="loop of symbolic links"):
        argmap.load_map(loop)
    assert "loop.json" in _one_line_error(["check", str(loop)], capsys)
    with pytest.raises(MapFileNotFoundError, match="is a directory"):
        argmap.load_map(tmp_path)


def test_argdown_is_capped_and_includes_are_counted(tmp_path: Path) -> None:
    with pytest.raises(LimitExceededError, match="the limit is"):
        argdown.loads("[a]: " + "x" * argdown.MAX_BYTES + "\n")
    (tmp_path / "part.argdown").write_text("[p]: " + "y" * (argdown.MAX_BYTES // 2) + "\n")
    main_doc = tmp_path / "m.argdown"
    main_doc.write_text(
        "[a]: a\n\n@include(part.argdown)\n\n[b]: " + "z" * (argdown.MAX_BYTES // 2) + "\n"
    )
    with pytest.raises(LimitExceededError, match="includes"):
        argmap.load_map(main_doc)


def test_every_json_reader_names_the_duplicate_key() -> None:
    document = {"format": "argmap", "version": 1, "title": "T"}
    text = json.dumps(document)[:-1] + ', "title": "U"}'
    for reader in (argmap_json.loads, aif.loads):
        with pytest.raises(FormatError, match="'title' is given twice"):
            reader(text)
