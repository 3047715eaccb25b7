"""``argmap solve``: the ICCMA'23 solver interface, its output format and its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from af_oracle import Oracle
from af_strategies import frameworks
from hypothesis import HealthCheck, given, settings

from argmap.cli import EXIT_ERROR, main
from argmap.cli._solve import PROBLEMS, solve
from argmap.formats.iccma import format_framework
from argmap.semantics.framework import ArgumentationFramework

# 1 <-> 2, 2 -> 3, 3 -> 3 (self-attack), 4 isolated.
I23 = "p af 4\n# a comment\n1 2\n2 1\n2 3\n3 3\n"


@pytest.fixture
def af_file(tmp_path: Path) -> Path:
    path = tmp_path / "f.i23"
    path.write_text(I23)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    status = main(["solve", *argv])
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def test_decision_problems_print_yes_or_no_with_certificates(
    af_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "-p", "DC-PR", "-f", str(af_file), "-a", "1")[:2] == (0, ["YES", "w 1 4"])
    assert _run(capsys, "-p", "DC-ST", "-f", str(af_file), "-a", "1")[:2] == (0, ["NO"])
    assert _run(capsys, "-p", "DC-ST", "-f", str(af_file), "-a", "2")[1] == ["YES", "w 2 4"]
    assert _run(capsys, "-p", "DS-PR", "-f", str(af_file), "-a", "4")[:2] == (0, ["YES"])
    status, out, _ = _run(capsys, "-p", "DS-PR", "-f", str(af_file), "-a", "1")
    assert (status, out) == (0, ["NO", "w 2 4"])
    assert _run(capsys, "-p", "DC-GR", "-f", str(af_file), "-a", "4")[1] == ["YES", "w 4"]
    assert _run(capsys, "-p", "DS-GR", "-f", str(af_file), "-a", "1")[1] == ["NO", "w 4"]


def test_extension_tasks(af_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "-p", "SE-ST", "-f", str(af_file))[1] == ["w 2 4"]
    assert sorted(_run(capsys, "-p", "EE-PR", "-f", str(af_file))[1]) == ["w 1 4", "w 2 4"]
    assert _run(capsys, "-p", "CE-CO", "-f", str(af_file))[1] == ["3"]
    assert _run(capsys, "-p", "SE-GR", "-f", str(af_file))[1] == ["w 4"]
    assert _run(capsys, "-p", "se-id", "-f", str(af_file))[1] == ["w 4"]


def test_no_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.tgf"
    path.write_text("a\nb\nc\n#\na b\nb c\nc a\n")
    assert _run(capsys, "-p", "SE-ST", "-f", str(path))[1] == ["NO"]
    assert _run(capsys, "-p", "EE-ST", "-f", str(path))[1] == []
    assert _run(capsys, "-p", "CE-ST", "-f", str(path))[1] == ["0"]
    assert _run(capsys, "-p", "DS-ST", "-f", str(path), "-a", "a")[1] == ["YES"]
    assert _run(capsys, "-p", "SE-PR", "-f", str(path))[1] == ["w"]


def test_format_from_option_and_names_in_framework_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "framework.txt"
    path.write_text("arg(z).\narg(b).\narg(a).\natt(b,a).\n")
    assert _run(capsys, "-p", "SE-GR", "-f", str(path), "-fo", "apx")[1] == ["w z b"]


def test_problems_and_formats_listings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--problems")
    assert status == 0
    assert len(out) == 1
    listed = out[0].strip("[]").split(",")
    for task in ("DC", "DS", "SE", "EE", "CE"):
        for sem in ("CO", "PR", "ST", "SST", "STG", "ID", "GR"):
            assert f"{task}-{sem}" in listed
    assert _run(capsys, "--formats")[1] == ["[apx,tgf,i23]"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["-p", "XX-PR"], "'XX-PR' is not supported"),
        (["-p", "DC-PR"], "needs a query argument"),
        (["-p", "DS-ST"], "needs a query argument"),
        (["-p", "DC-PR", "-a", "9"], "query argument '9' is not in the framework"),
        (["-p", "SE-PR", "-fo", "dot"], "format 'dot' is not known"),
        ([], "needs -p PROBLEM"),
    ],
)
def test_bad_requests_fail_with_one_line(
    af_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    status, out, err = _run(capsys, *argv, *(["-f", str(af_file)] if argv else []))
    assert status == EXIT_ERROR
    assert out == []
    assert err.count("\n") == 1
    assert err.startswith("argmap: error: ")
    assert fragment in err


def test_malformed_and_missing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.af"
    bad.write_text("p af 3\n1 2\n2 x\n")
    status, out, err = _run(capsys, "-p", "SE-PR", "-f", str(bad))
    assert status == EXIT_ERROR
    assert out == []
    assert (
        err
        == f"argmap: error: {bad}:line 3: expected an attack 'i j' (two argument numbers), got '2 x'\n"
    )
    status, _, err = _run(capsys, "-p", "SE-PR", "-f", str(tmp_path / "none.af"))
    assert status == EXIT_ERROR
    assert "none.af" in err


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(af=frameworks(max_args=6))
def test_every_problem_agrees_with_the_oracle(af: ArgumentationFramework) -> None:
    # Through the i23 format, as a harness would hand it over: arguments become 1..N.
    from argmap.formats.iccma import parse_framework

    back = parse_framework(format_framework(af, "i23"), "i23")
    for problem in PROBLEMS:
        task, semantics = problem.split("-")
        expected = Oracle(back).extensions(semantics)
        if task in ("DC", "DS"):
            for name in back.arguments:
                lines = solve(back, problem, name)
                accepted = (any if task == "DC" else all)(name in e for e in expected)
                assert lines[0] == ("YES" if accepted else "NO")
                certificate = (task == "DC") == accepted
                assert len(lines) == (2 if certificate else 1)
                if certificate:
                    members = frozenset(lines[1].split()[1:])
                    assert members in expected
                    assert (name in members) == (task == "DC")
        elif task == "SE":
            lines = solve(back, problem)
            assert lines == ["NO"] if not expected else frozenset(lines[0].split()[1:]) in expected
        elif task == "EE":
            lines = solve(back, problem)
            assert {frozenset(x.split()[1:]) for x in lines} == expected
            assert len(lines) == len(expected)
        else:
            assert solve(back, problem) == [str(len(expected))]
    assert len(back) == len(af)


def test_the_installed_command_runs(af_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "argmap", "solve", "-p", "CE-PR", "-f", str(af_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout == "2\n"


def _program(argv: list[str], before: str, *, stdout: object = subprocess.PIPE) -> tuple[int, str]:
    """Run ``argmap.cli.program`` in a child after the Python lines ``before``."""
    script = f"import sys\n{before}\nfrom argmap.cli import program\nsys.argv = {['argmap', *argv]!r}\nprogram()\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    return done.returncode, done.stdout or ""


def test_the_program_exit_skips_no_exit_duty(af_file: Path, tmp_path: Path) -> None:
    # The solve command ends without the interpreter's teardown: atexit callbacks still
    # run, output still arrives, and a thread still running is still waited for.
    mark = tmp_path / "mark"
    argv = ["solve", "-p", "SE-GR", "-f", str(af_file)]
    at_exit = (
        f"import atexit, pathlib\natexit.register(pathlib.Path({str(mark)!r}).write_text, 'atexit')"
    )
    assert _program(argv, at_exit) == (0, "w 4\n")
    assert mark.read_text() == "atexit"
    thread = (
        "import pathlib, threading, time\n"
        f"def late(): time.sleep(0.2); pathlib.Path({str(mark)!r}).write_text('thread')\n"
        "threading.Thread(target=late).start()"
    )
    assert _program(argv, thread) == (0, "w 4\n")
    assert mark.read_text() == "thread"
    bad = ["solve", "-p", "SE-ST", "-f", str(tmp_path / "missing.i23")]
    assert _program(bad, "")[0] == EXIT_ERROR


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("problem", ["SE-GR", "EE-CO"])
def test_an_answer_that_cannot_be_written_is_one_line_of_error(problem: str, af_file: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "argmap", "solve", "-p", problem, "-f", str(af_file)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == EXIT_ERROR
    assert done.stderr == (
        "argmap: error: cannot write the answer to standard output: No space left on device\n"
    )


def test_enumeration_shows_progress_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    framework = tmp_path / "two.tgf"
    framework.write_text("1\n2\n#\n1 2\n2 1\n", encoding="utf-8")
    monkeypatch.setenv("ARGMAP_PROGRESS", "always")
    assert main(["solve", "-p", "EE-PR", "-f", str(framework)]) == 0
    captured = capsys.readouterr()
    assert sorted(captured.out.splitlines()) == ["w 1", "w 2"]
    assert "Enumerating extensions" in captured.err
    monkeypatch.setenv("ARGMAP_PROGRESS", "never")
    assert main(["solve", "-p", "EE-PR", "-f", str(framework)]) == 0
    assert capsys.readouterr().err == ""


def test_counting_says_when_it_lists_extensions(
    af_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Complete and stable extensions are counted without listing them: no note.
    assert _run(capsys, "-p", "CE-ST", "-f", str(af_file)) == (0, ["1"], "")
    cycle = af_file.with_name("cycle.af")
    cycle.write_text("p af 2\n1 2\n2 1\n")
    assert _run(capsys, "-p", "CE-CO", "-f", str(cycle)) == (0, ["3"], "")
    assert _run(capsys, "-p", "CE-ST", "-f", str(cycle)) == (0, ["2"], "")
    # Preferred extensions of a component of several SCCs are counted SCC by SCC; a
    # single SCC of two arguments lists its own, and says so.
    assert _run(capsys, "-p", "CE-PR", "-f", str(af_file)) == (0, ["2"], "")
    status, out, err = _run(capsys, "-p", "CE-PR", "-f", str(cycle))
    assert (status, out) == (0, ["2"])
    assert err == (
        "argmap: note: counting PR extensions lists them component by component: maximal "
        "extensions (PR, SST, STG) have no counting method that avoids it, unlike CO and "
        "ST; --timeout bounds the work\n"
    )
    # Semi-stable extensions are the stable ones when there is one: counted as those.
    assert _run(capsys, "-p", "CE-SST", "-f", str(cycle)) == (0, ["2"], "")
    odd = af_file.with_name("odd.af")
    odd.write_text("p af 3\n1 2\n2 3\n3 1\n")
    assert _run(capsys, "-p", "CE-ST", "-f", str(odd)) == (0, ["0"], "")
    status, out, err = _run(capsys, "-p", "CE-STG", "-f", str(odd))
    assert (status, out) == (0, ["3"])
    assert err.startswith("argmap: note: counting STG extensions lists them")
    # Unique-status semantics, and frameworks that grounded semantics settles, count
    # without listing anything: no note.
    assert _run(capsys, "-p", "CE-ID", "-f", str(af_file)) == (0, ["1"], "")
    chain = af_file.with_name("chain.af")
    chain.write_text("p af 3\n1 2\n2 3\n")
    assert _run(capsys, "-p", "CE-PR", "-f", str(chain)) == (0, ["1"], "")


def _grid_stable_count(width: int, height: int) -> int:
    """Stable extensions of a grid of mutual attacks, i.e. its maximal independent
    sets, counted row by row (a transfer matrix over pairs of rows): an oracle that
    shares nothing with the engine."""
    full = (1 << width) - 1
    rows = [m for m in range(full + 1) if not m & (m >> 1)]

    def dominated(above: int, row: int, below: int) -> bool:
        covered = above | below | (row << 1) | (row >> 1)
        return not (~row & full & ~covered)

    ways = {(0, row): 1 for row in rows}  # (row above, row) -> partial count
    for _ in range(height - 1):
        step: dict[tuple[int, int], int] = {}
        for (above, row), n in ways.items():
            for below in rows:
                if not row & below and dominated(above, row, below):
                    step[row, below] = step.get((row, below), 0) + n
        ways = step
    return sum(n for (above, row), n in ways.items() if dominated(above, row, 0))


def test_counting_a_grid_without_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Grids of mutual attacks: one SCC each, counted by the model counter, checked
    against a row-by-row count; no note, as nothing is listed."""
    for width, height in [(1, 1), (2, 3), (4, 4), (5, 9)]:
        lines = [f"p af {width * height}"]
        for r in range(height):
            for c in range(width):
                x = r * width + c + 1
                if c + 1 < width:
                    lines += [f"{x} {x + 1}", f"{x + 1} {x}"]
                if r + 1 < height:
                    lines += [f"{x} {x + width}", f"{x + width} {x}"]
        path = tmp_path / f"grid-{width}x{height}.af"
        path.write_text("\n".join(lines) + "\n")
        expected = str(_grid_stable_count(width, height))
        assert _run(capsys, "-p", "CE-ST", "-f", str(path)) == (0, [expected], "")
    # The oracle itself: maximal independent sets of n x n grids (OEIS A197054).
    assert [_grid_stable_count(n, n) for n in range(1, 6)] == [1, 2, 10, 42, 358]


def test_numbered_frameworks_print_without_building_every_name(tmp_path: Path) -> None:
    from argmap.formats.iccma import read_framework

    path = tmp_path / "chain.af"
    path.write_text("p af 5\n1 2\n2 3\n3 4\n4 5\n")
    af = read_framework(path)
    assert solve(af, "SE-GR") == ["w 1 3 5"]
    assert solve(af, "DS-PR", "2") == ["NO", "w 1 3 5"]
    assert af._stored_names is None  # the names "1".."5" were never all made
