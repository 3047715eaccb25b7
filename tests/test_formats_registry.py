"""Loading by format (extension, content, override) and the `argmap convert` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_formats_json import _sample_map

import argmap
from argmap.cli import main
from argmap.errors import FormatError, InvalidDocumentError, UnknownFormatError
from argmap.formats import aif, argdown, argdown_json, argmap_json, carneades_yaml
from argmap.formats._registry import (
    FORMATS,
    Format,
    detect_format,
    format_for_output,
    read_map,
    write_map,
)

ROOT = Path(__file__).resolve().parents[1]
AIF_DOC = {
    "nodes": [
        {"nodeID": "1", "text": "It will rain.", "type": "I"},
        {"nodeID": "2", "text": "The sky is grey.", "type": "I"},
        {"nodeID": "3", "text": "Default Inference", "type": "RA"},
    ],
    "edges": [
        {"edgeID": "1", "fromID": "2", "toID": "3"},
        {"edgeID": "2", "fromID": "3", "toID": "1"},
    ],
}
ARGDOWN_DOC = {
    "statements": {"c": {"members": [{"text": "C."}]}},
    "arguments": {},
    "relations": [],
}


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("m.json", argmap_json.to_data(_sample_map()), "json"),
        ("m.argmap.json", argmap_json.to_data(_sample_map()), "json"),
        ("set.json", AIF_DOC, "aif"),
        ("set.aif", AIF_DOC, "aif"),
        ("set.xaif.json", {"AIF": AIF_DOC}, "xaif"),
        ("m.argdown", "[a]: A.", "argdown"),
        ("g.yml", "statements: {p: P}", "carneades"),
        ("set.txt", AIF_DOC, "aif"),  # unknown extension: the content decides
        ("export.json", ARGDOWN_DOC, "argdown-json"),
        ("export.argdown.json", ARGDOWN_DOC, "argdown-json"),
        ("m.py", "MAP = None", "python"),
    ],
)
def test_detect_format(tmp_path: Path, name: str, data: object, expected: str) -> None:
    assert detect_format(_write(tmp_path, name, data)) == expected


def test_an_undetectable_file_names_the_way_out(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match=r"cannot tell the format .* --from"):
        detect_format(_write(tmp_path, "notes.txt", "just some words"))
    for name, title in (("m.graphml", "GraphML"), ("m.dot", "DOT"), ("m.apx", "ICCMA")):
        with pytest.raises(
            UnknownFormatError, match=rf"^{title} is write-only; argmap reads: python, json"
        ):
            detect_format(_write(tmp_path, name, "x"))
        with pytest.raises(UnknownFormatError, match=rf"^{title} is write-only"):
            argmap.load_map(tmp_path / name)


def test_load_map_reads_every_readable_format(tmp_path: Path) -> None:
    m = _sample_map()
    assert argmap.load_map(_write(tmp_path, "m.json", argmap_json.to_data(m))) == m
    assert argmap.load_map(_write(tmp_path, "set.json", AIF_DOC)) == aif.from_data(
        AIF_DOC, title="set"
    )
    assert argmap.load_map(_write(tmp_path, "e.json", ARGDOWN_DOC)) == argdown_json.from_data(
        ARGDOWN_DOC, title="e"
    )
    module = _write(tmp_path, "tiny.py", "import argmap\nMAP = argmap.ArgumentMap('Tiny')\n")
    assert argmap.load_map(module).title == "Tiny"


def test_format_overrides_detection(tmp_path: Path) -> None:
    path = _write(tmp_path, "set.json", AIF_DOC)
    assert argmap.load_map(path, format="aif").claims
    with pytest.raises(InvalidDocumentError, match="/format: expected 'argmap'"):
        argmap.load_map(path, format="json")
    with pytest.raises(UnknownFormatError, match="unknown format 'yaml'"):
        argmap.load_map(path, format="yaml")
    with pytest.raises(UnknownFormatError, match="GraphML is write-only; argmap reads: "):
        argmap.load_map(path, format="graphml")
    # Python only when asked: a module under another name runs with format="python".
    module = _write(tmp_path, "map.txt", "import argmap\nMAP = argmap.ArgumentMap('Run')\n")
    assert argmap.load_map(module, format="python").title == "Run"


def test_data_files_never_execute(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    code = f"open({str(marker)!r}, 'w').close()\nimport argmap\nMAP = argmap.ArgumentMap('x')\n"
    for name in ("evil.json", "evil.aif", "evil.txt", "evil"):
        with pytest.raises(argmap.ArgmapError):
            argmap.load_map(_write(tmp_path, name, code))
    assert not marker.exists()


def test_missing_files(tmp_path: Path) -> None:
    with pytest.raises(
        argmap.errors.MapFileNotFoundError, match=r"nope\.json: map file does not exist"
    ):
        argmap.load_map(tmp_path / "nope.json")
    with pytest.raises(argmap.errors.MapFileNotFoundError, match="is a directory"):
        read_map(tmp_path)


def test_output_formats_by_extension() -> None:
    assert format_for_output("x.argmap.json").name == "json"
    assert format_for_output("x.json").name == "json"
    assert format_for_output("x.aif.json").name == "aif"
    assert format_for_output("x.ad").name == "argdown"
    assert format_for_output("x.json", "graphml").name == "graphml"
    assert format_for_output("x.py").name == "python"
    assert format_for_output("x.xaif.json").name == "xaif"
    with pytest.raises(UnknownFormatError, match="cannot tell the output format from 'x.yml'"):
        format_for_output("x.yml")
    with pytest.raises(
        UnknownFormatError, match="Argdown JSON is read-only; argmap writes: python"
    ):
        format_for_output("x.json", "argdown-json")


def test_every_format_has_a_unique_name_and_extensions() -> None:
    names = [f.name for f in FORMATS]
    assert len(names) == len(set(names))
    extensions = [e for f in FORMATS for e in f.extensions]
    assert len(extensions) == len(set(extensions))


def test_write_map_is_atomic_and_returns_the_format(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "m.aif.json"
    assert write_map(_sample_map(), target).name == "aif"
    assert json.loads(target.read_text())["nodes"]
    assert [p.name for p in target.parent.iterdir()] == ["m.aif.json"]  # no temp file left


# --- argmap convert -----------------------------------------------------------------------


def test_convert_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path, "set.json", AIF_DOC)
    out = tmp_path / "set.argmap.json"
    assert main(["convert", str(source), "-o", str(out)]) == 0
    assert argmap_json.load(out) == aif.from_data(AIF_DOC, title="set")
    assert capsys.readouterr().out == "converted 1 of 1 file to json\n"


@pytest.mark.parametrize("to", ["json", "aif", "argdown", "graphml", "dot"])
def test_convert_the_zinoviev_map_to_each_format(tmp_path: Path, to: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["convert", str(ROOT / "maps" / "zinoviev.py"), "-o", str(out), "--to", to]) == 0
    (written,) = out.iterdir()
    assert written.name.startswith("zinoviev.")
    assert written.stat().st_size > 1000


def test_convert_many_reports_each_failure_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.json", AIF_DOC)
    bad = _write(tmp_path, "bad.json", {"nodes": [{"nodeID": "1", "type": "I"}], "edges": []})
    broken = _write(tmp_path, "broken.json", "{")
    out = tmp_path / "out"
    status = main(
        [
            "convert",
            str(good),
            str(bad),
            str(broken),
            str(tmp_path / "nope.json"),
            "-o",
            str(out),
            "--to",
            "argdown",
        ]
    )
    assert status == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].startswith(f"argmap: error: {bad}: invalid AIF document (1 problem)")
    assert lines[1].startswith(f"argmap: error: {broken}")
    assert lines[2] == f"argmap: error: {tmp_path / 'nope.json'}: map file does not exist"
    assert lines[3] == "converted 1 of 4 files to argdown; 3 failed"
    assert len(lines) == 4
    assert [p.name for p in out.iterdir()] == ["good.argdown"]


def test_convert_into_a_directory_needs_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path, "a.json", AIF_DOC)
    b = _write(tmp_path, "b.json", AIF_DOC)
    assert main(["convert", str(a), str(b), "-o", str(tmp_path / "out")]) == 1
    assert (
        capsys.readouterr().err
        == "argmap: error: converting into a directory needs --to FORMAT to name the output format\n"
    )


def test_convert_refuses_to_overwrite_its_own_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x").mkdir()
    a = _write(tmp_path, "set.json", AIF_DOC)
    b = _write(tmp_path / "x", "set.aif", AIF_DOC)
    assert main(["convert", str(a), str(b), "-o", str(tmp_path / "out"), "--to", "json"]) == 1
    err = capsys.readouterr().err
    assert f"{b}: would overwrite" in err
    assert "converted 1 of 2 files" in err


def test_a_failed_convert_leaves_the_old_output(tmp_path: Path) -> None:
    out = _write(tmp_path, "out.argmap.json", "old")
    bad = _write(tmp_path, "bad.json", {"format": "argmap", "version": 9})
    assert main(["convert", str(bad), "-o", str(out)]) == 1
    assert out.read_text() == "old"


def test_convert_with_from(tmp_path: Path) -> None:
    source = _write(tmp_path, "data.txt", AIF_DOC)
    out = tmp_path / "o.json"
    assert main(["convert", str(source), "--from", "aif", "-o", str(out)]) == 0
    assert argmap_json.load(out).claims[0].key == "it-will-rain"


def test_convert_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["convert", "x.json", "-o", "y", "--to", "pdf"])
    assert caught.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_format_errors_are_one_line_with_their_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "m.json", '{"format": "argmap",\n "version": 1, "title": }')
    with pytest.raises(FormatError):
        argmap.load_map(path)
    assert main(["convert", str(path), "-o", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0]
        == f"argmap: error: {path}: line 2 column 25: argmap JSON is not valid JSON: Expecting value"
    )


@pytest.mark.parametrize("command", ["check", "render"])
def test_commands_that_read_maps_take_any_format_and_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = _write(tmp_path, "set.data", AIF_DOC)
    extra = ["-o", str(tmp_path / "set.dot")] if command == "render" else []
    assert main([command, str(data), "--from", "aif", *extra]) == 0
    capsys.readouterr()
    assert main([command, str(data), "--from", "json", *extra]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"argmap: error: {data}: invalid argmap JSON document (1 problem): /format: expected 'argmap', got None\n"
    )
    detected = _write(tmp_path, "set.json", AIF_DOC)
    assert main([command, str(detected), *extra]) == 0


@given(
    st.binary(max_size=200)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_arbitrary_bytes_raise_only_argmap_errors(data: bytes) -> None:
    for reader in (
        argmap_json.loads,
        aif.loads,
        argdown_json.loads,
        argdown.loads,
        carneades_yaml.loads,
    ):
        try:
            result = reader(data)
        except argmap.ArgmapError:
            continue
        assert isinstance(result, argmap.ArgumentMap)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_each_registry_entry_agrees_with_its_module(fmt: Format) -> None:
    """The registry describes each format without importing its module (so loading a
    map module never imports lark or YAML); the module's own declaration must agree."""
    from argmap.formats._registry import implementation

    real = implementation(fmt.name)
    described = (fmt.name, fmt.title, fmt.extensions, fmt.description, fmt.binary)
    assert described == (real.name, real.title, real.extensions, real.description, real.binary)
    assert (fmt.reads, fmt.writes) == (real.reads, real.writes)
    assert (fmt.sniff is None) == (real.sniff is None)
    assert (fmt.sidecars is None) == (real.sidecars is None)


def test_write_map_writes_a_formats_sidecar_files(tmp_path: Path) -> None:
    """The registry's ICCMA entry calls into its module for the key file too."""
    b = argmap.MapBuilder("m")
    c = b.claim("c", "C.")
    b.rebut(b.claim("r", "R."), c, key="o")
    write_map(b.build(), tmp_path / "m.tgf")
    key = json.loads((tmp_path / "m.tgf.key.json").read_text("utf-8"))
    assert {row["node"] for row in key["arguments"]} >= {"c", "r", "o"}
