"""The command line: exit codes, one-line errors, `argmap check`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from argmap.cli import COMMAND_MODULES, EXIT_ERROR, EXIT_USAGE, build_parser, main

GOOD = """\
import argmap

b = argmap.MapBuilder("Good")
p = b.party("p", "P")
s = b.source("s", "S", text="The words.")
c = b.claim("c", "C.", by=p, quote=s.quote("The words."))
d = b.claim("d", "D.", by=p)
b.argument("a", [d], c, by=p)
MAP = b.build()
"""

BAD_QUOTE = """\
import argmap

b = argmap.MapBuilder("Bad")
s = b.source("s", "S", text="The words.")
c = b.claim("c", "C.", quote=argmap.Quote("s", "Other words."))
d = b.claim("d", "D.")
b.argument("a", [d], c)
MAP = b.build()
"""


def write(tmp_path: Path, text: str, name: str = "m.py") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert len(commands) == len(COMMAND_MODULES)
    for name in commands:
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        assert "usage: argmap" in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err


def test_check_good_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(write(tmp_path, GOOD))]) == 0
    out = capsys.readouterr().out
    assert ": ok: 5 elements; 0 errors, 0 warnings, 0 infos" in out


def test_check_reports_missing_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, BAD_QUOTE)
    assert main(["check", str(path)]) == EXIT_ERROR
    captured = capsys.readouterr()
    # FILE:LINE: -- the line of the map module that made the claim.
    line = next(i for i, text in enumerate(BAD_QUOTE.splitlines(), 1) if 'b.claim("c"' in text)
    assert f"{path}:{line}: error: quote-not-found: c: quote 'Other words.'" in captured.out
    assert "FAILED" in captured.err


def test_check_strict_fails_on_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path, "import argmap\nb = argmap.MapBuilder('W')\nb.claim('c', 'x')\nMAP = b.build()\n"
    )
    assert main(["check", str(path)]) == 0
    assert main(["check", "--strict", str(path)]) == EXIT_ERROR
    assert "isolated" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, "map file does not exist"),
        ("import argmap\nMAP = (\n", ":2: invalid Python syntax"),
        ("x = 1\n", "defines no MAP"),
        (
            "import argmap\nb = argmap.MapBuilder('M')\nb.claim('c c', 'x')\n",
            ":3: error while running",
        ),
    ],
)
def test_check_errors_are_one_line_without_traceback(
    tmp_path: Path, text: str | None, expected: str
) -> None:
    path = tmp_path / "m.py"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_ERROR
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"argmap: error: {path}")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_debug_shows_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "--debug", "check", str(tmp_path / "none.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" in result.stderr
