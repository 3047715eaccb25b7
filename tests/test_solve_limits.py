"""``argmap solve`` on hostile input and under limits: bounded work, one clean line.

Each case runs the real command in a child process (under an address-space limit where
the failure was running out of memory) and checks the exit status, that standard error
is exactly one line without a traceback, and what reached standard output.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from argmap.formats.iccma import MAX_ARGUMENTS

GIB = 2**30


def _solve(
    *argv: str, memory: int | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # pragma: no cover - runs in the child
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [sys.executable, "-m", "argmap", "solve", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


def _one_line(err: str, fragment: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("argmap: error: "), err
    assert "Traceback" not in err
    assert fragment in err, err


def test_a_huge_declared_count_is_refused_before_anything_is_allocated(tmp_path: Path) -> None:
    path = tmp_path / "liar.af"
    path.write_text("p af 1000000000\n")  # 17 bytes claiming 10^9 arguments
    done = _solve("-p", "SE-GR", "-f", str(path), memory=2 * GIB)
    assert done.returncode == 1
    assert done.stdout == ""
    _one_line(done.stderr, f"declares 1000000000 arguments; the limit is {MAX_ARGUMENTS}")


def test_a_count_with_thousands_of_digits_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "digits.af"
    path.write_text("p af " + "7" * 5000 + "\n1 2\n")
    done = _solve("-p", "SE-GR", "-f", str(path))
    assert done.returncode == 1
    _one_line(done.stderr, "a 5000-digit number of arguments")


def test_an_attack_naming_a_huge_argument_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "attack.af"
    path.write_text("p af 3\n1 " + "9" * 5000 + "\n")
    done = _solve("-p", "SE-GR", "-f", str(path))
    assert done.returncode == 1
    _one_line(done.stderr, "is out of range: expected 1..3")


def test_an_endless_file_is_read_only_up_to_the_byte_cap() -> None:
    done = _solve("-p", "SE-GR", "-f", "/dev/zero", "-fo", "i23", memory=1 * GIB)
    assert done.returncode == 1
    _one_line(done.stderr, "is larger than the limit of 67108864 bytes")


def test_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.af").symlink_to(tmp_path / "b.af")
    (tmp_path / "b.af").symlink_to(tmp_path / "a.af")
    done = _solve("-p", "SE-GR", "-f", str(tmp_path / "a.af"))
    assert done.returncode == 1
    _one_line(done.stderr, "Too many levels of symbolic links")


def test_an_unreadable_file_is_one_line() -> None:
    # /proc/self/mem opens but cannot be read from offset 0, even by root.
    done = _solve("-p", "SE-GR", "-f", "/proc/self/mem", "-fo", "i23")
    assert done.returncode == 1
    _one_line(done.stderr, "cannot read framework file '/proc/self/mem'")


def _hard_framework(path: Path, n: int = 600) -> None:
    """A random framework at the hard density (nine attacks per argument): its ideal
    extension takes far longer than these tests wait."""
    rng = random.Random(1)
    pairs = {(rng.randrange(n), rng.randrange(n)) for _ in range(9 * n)}
    lines = [f"p af {n}", *(f"{a + 1} {b + 1}" for a, b in sorted(pairs) if a != b)]
    path.write_text("\n".join(lines) + "\n")


def test_the_time_limit_stops_a_search_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "hard.af"
    _hard_framework(path)
    start = time.monotonic()
    done = _solve("-p", "SE-ID", "-f", str(path), "--timeout", "1")
    assert time.monotonic() - start < 30
    assert done.returncode == 124
    assert done.stdout == ""
    _one_line(done.stderr, "the time limit of 1 s was reached")


def test_the_memory_limit_stops_the_work_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "hard.af"
    _hard_framework(path)
    done = _solve("-p", "SE-ID", "-f", str(path), "--memory", "1")
    assert done.returncode == 125
    assert done.stdout == ""
    _one_line(done.stderr, "the memory limit of 1 MB was reached")


def test_limits_that_are_not_reached_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "small.af"
    path.write_text("p af 3\n1 2\n2 1\n2 3\n")
    done = _solve("-p", "DS-PR", "-f", str(path), "-a", "3", "--timeout", "60", "--memory", "4096")
    assert (done.returncode, done.stdout, done.stderr) == (0, "NO\nw 2\n", "")


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--timeout", "0"), ("--timeout", "soon"), ("--memory", "-5"), ("--memory", "1.5")],
)
def test_bad_limits_are_one_line(tmp_path: Path, flag: str, value: str) -> None:
    path = tmp_path / "small.af"
    path.write_text("p af 1\n")
    done = _solve("-p", "SE-GR", "-f", str(path), flag, value)
    assert done.returncode == 1
    _one_line(done.stderr, f"{flag} expects a positive number")


@pytest.mark.parametrize("limits", [[], ["--timeout", "120"]])
def test_ctrl_c_exits_130_with_one_line(tmp_path: Path, limits: list[str]) -> None:
    path = tmp_path / "hard.af"
    _hard_framework(path)
    child = subprocess.Popen(
        [sys.executable, "-m", "argmap", "solve", "-p", "SE-ID", "-f", str(path), *limits],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A process group of its own, so the signal reaches the command as a terminal's
        # Ctrl-C would (and nothing else).
        start_new_session=True,
    )
    time.sleep(3)  # past start-up and reading: into the search, which takes minutes
    os.killpg(child.pid, signal.SIGINT)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 130
    assert out == ""
    assert err == "argmap: interrupted\n"


def test_import_argmap_and_small_solves_load_no_heavy_module(tmp_path: Path) -> None:
    path = tmp_path / "small.af"
    path.write_text("p af 4\n1 2\n2 1\n2 3\n3 4\n")
    probe = (
        "import sys\n"
        "import argmap\n"
        "assert argmap.ArgumentationFramework is not None and 'MapBuilder' in dir(argmap)\n"
        "heavy = ('numpy', 'yaml', 'pysat', 'attrs', 'graphviz')\n"
        "print(*sorted(m for m in heavy if m in sys.modules))\n"
        "from argmap.cli import main\n"
        f"main(['solve', '-p', 'SE-GR', '-f', {str(path)!r}])\n"
        "print(*sorted(m for m in heavy if m in sys.modules))\n"
        f"main(['solve', '-p', 'DS-PR', '-f', {str(path)!r}, '-a', '3'])\n"
        "print(*sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    # Looking a name up in dir() imports nothing; grounded needs no SAT solver; skeptical
    # preferred needs CaDiCaL, through python-sat's native module only, and never numpy.
    assert done.stdout.splitlines() == ["", "w", "", "NO", "w 2 4", ""]


_HEAVY = ("numpy", "yaml", "pysat", "lark")


@pytest.mark.parametrize(
    ("argv", "needed"),
    [
        (["--help"], ()),
        (["render", "--help"], ()),
        (["evaluate", "--help"], ()),
        (["check", "tea.py"], ()),
        (["render", "tea.py", "-o", "tea.svg"], ()),
        # Deciding acceptance works on numpy arrays (argmap.semantics.acceptance).
        (["evaluate", "tea.py", "--semantics", "grounded"], ("numpy",)),
        (["explain", "tea.py", "good"], ("numpy",)),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_commands_on_a_map_load_no_heavy_module(
    tmp_path: Path, argv: list[str], needed: tuple[str, ...]
) -> None:
    """numpy, YAML, the SAT solver and Argdown's parser load on first use: `import argmap`,
    the help, and the everyday commands on a map module never import them (each format,
    each semantics and the renderer's metadata lookup are imported when used); evaluating
    needs numpy, and nothing else of them."""
    from argmap.cli._new import write_starter_map

    write_starter_map(str(tmp_path / "tea"))
    probe = (
        "import sys\n"
        "import argmap\n"
        f"heavy = {_HEAVY!r}\n"
        "print(*sorted(m for m in heavy if m in sys.modules), sep=',')\n"
        "from argmap.cli import main\n"
        "try:\n"
        f"    status = main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    status = exit.code\n"
        "print(status, file=sys.stderr)\n"
        "print(*sorted(m for m in heavy if m in sys.modules), sep=',')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert done.stderr.splitlines()[-1] == "0", done.stderr
    assert lines[0] == "", f"import argmap loaded {lines[0]}"
    assert lines[-1] == ",".join(needed), f"argmap {' '.join(argv)} loaded {lines[-1]}"
