"""``argmap render``: outputs, options, exit codes and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_helpers import FIXTURE, groups_by_id, parse_svg

from argmap.cli import EXIT_ERROR, main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("argmap: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGMAP_DOT", raising=False)


def test_default_output_goes_to_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["render", str(FIXTURE)], capsys)
    assert status == 0, err
    written = Path("build") / "render_map.svg"
    assert out.strip() == f"argmap: wrote {written}"
    assert "node:forged" in groups_by_id(parse_svg(written.read_bytes()))


def test_format_option_sets_default_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _out, _ = run(["render", str(FIXTURE), "--format", "png"], capsys)
    assert status == 0
    assert (tmp_path / "build" / "render_map.png").read_bytes().startswith(b"\x89PNG")


def test_output_suffix_sets_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.dot"
    status, stdout, _ = run(["render", str(FIXTURE), "-o", str(out)], capsys)
    assert status == 0
    assert out.read_text(encoding="utf-8").startswith("digraph argmap {")
    assert str(out) in stdout


def test_view_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "focus.svg"
    argv = ["render", str(FIXTURE), "-o", str(out), "--focus", "possible", "--depth", "1"]
    argv += ["--no-legend", "--cluster-by-speaker", "--rankdir", "LR", "--wrap", "20"]
    status, _, err = run(argv, capsys)
    assert status == 0, err
    groups = groups_by_id(parse_svg(out.read_bytes()))
    assert "legend" not in groups
    assert "cluster:editor" in groups
    nodes = {g for g in groups if g.startswith("node:")}
    assert nodes == {"node:possible", "node:from_letter", "node:letter_text", "node:forged"}


def test_dot_option_chooses_the_renderer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        ["render", str(FIXTURE), "-o", str(tmp_path / "x.svg"), "--dot", "/no/dot"], capsys
    )
    assert status == EXIT_ERROR
    assert_one_line_error(err, "'/no/dot'", "not found")


def test_missing_map_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.py"
    status, _, err = run(["render", str(missing)], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, str(missing), "does not exist")


def test_map_with_syntax_error_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import argmap\n\nMAP = (\n", encoding="utf-8")
    status, _, err = run(["render", str(bad), "-o", str(tmp_path / "x.svg")], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, f"{bad}:3", "syntax")
    assert not (tmp_path / "x.svg").exists()


def test_module_without_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.py"
    empty.write_text("x = 1\n", encoding="utf-8")
    status, _, err = run(["render", str(empty)], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, str(empty), "MAP")


def test_map_that_raises_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text(
        "import argmap\nb = argmap.MapBuilder('x')\nb.claim('c', '')\n", encoding="utf-8"
    )
    status, _, err = run(["render", str(broken)], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, f"{broken}:3")


@pytest.mark.parametrize(
    ("extra", "fragments"),
    [
        (["--focus", "nope"], ("focus key 'nope'",)),
        (["--focus", "cook"], ("is a party",)),
        (["--format", "pdf"], ("'pdf'", "ARGMAP_DOT")),
        (["--depth", "-2", "--focus", "forged"], ("depth",)),
        (["--wrap", "3"], ("wrap",)),
    ],
)
def test_bad_options_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], fragments: tuple[str, ...]
) -> None:
    out = tmp_path / "x.svg" if "--format" not in extra else tmp_path / "x.pdf"
    status, _, err = run(["render", str(FIXTURE), "-o", str(out), *extra], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, *fragments)
    assert not out.exists()


def test_unknown_output_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["render", str(FIXTURE), "-o", str(tmp_path / "x.gif")], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, "x.gif", ".svg, .png, .pdf, .dot")


def test_unknown_format_choice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["render", str(FIXTURE), "--format", "gif"])
    assert info.value.code == 2
    assert "invalid choice: 'gif'" in capsys.readouterr().err


def test_failed_render_keeps_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.svg"
    out.write_text("old", encoding="utf-8")
    status, _, _err = run(["render", str(FIXTURE), "-o", str(out), "--focus", "nope"], capsys)
    assert status == EXIT_ERROR
    assert out.read_text(encoding="utf-8") == "old"


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["render", "--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for option in (
        "--format",
        "--dot",
        "--focus",
        "--depth",
        "--cluster-by-speaker",
        "--no-legend",
    ):
        assert option in text


def test_format_and_suffix_must_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.svg"
    status, _, err = run(["render", str(FIXTURE), "-o", str(out), "--format", "png"], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, "'svg'", "'png'")
    assert not out.exists()
    other = tmp_path / "x.image"
    status, _, _ = run(["render", str(FIXTURE), "-o", str(other), "--format", "png"], capsys)
    assert status == 0
    assert other.read_bytes().startswith(b"\x89PNG")


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file", encoding="utf-8")
    status, _, err = run(["render", str(FIXTURE), "-o", str(blocker / "x.svg")], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, "cannot write", "x.svg")
    assert blocker.read_text(encoding="utf-8") == "I am a file"


def test_overview_show_weights_and_auto_direction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.dot"
    status, _, err = run(
        ["render", str(FIXTURE), "--overview", "--show-weights", "-o", str(out)], capsys
    )
    assert status == 0, err
    dot = out.read_text(encoding="utf-8")
    assert "Overview" in dot
    from argmap import load_map

    m = load_map(FIXTURE)
    ends = {o.target for o in m.objections} | {o.attacker for o in m.objections}
    folded = [e.key for e in m.evidence if e.key not in ends]
    assert folded
    for key in folded:  # evidence that only supports is folded into its argument
        assert f'id="node:{key}"' not in dot
    assert "rankdir=BT" in dot or "rankdir=LR" in dot  # AUTO resolved to a direction
    status, _, err = run(["render", str(FIXTURE), "--rankdir", "lr", "-o", str(out)], capsys)
    assert status == 0, err
    assert "rankdir=LR" in out.read_text(encoding="utf-8")


def test_fold_premises_and_subtitle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.dot"
    argv = ["render", str(FIXTURE), "--fold-premises", "--subtitle", "Just the gist"]
    status, _, err = run([*argv, "-o", str(out)], capsys)
    assert status == 0, err
    dot = out.read_text(encoding="utf-8")
    assert "Just the gist" in dot
    assert "evidence: " in dot or "premises: " in dot  # a premise folded into a count
    status, _, err = run(["render", str(FIXTURE), "--subtitle", " ", "-o", str(out)], capsys)
    assert status == EXIT_ERROR
    assert_one_line_error(err, "subtitle must be a non-blank str")


def test_bad_rankdir_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render", str(FIXTURE), "--rankdir", "up"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'UP'" in capsys.readouterr().err
