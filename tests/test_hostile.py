"""Hostile inputs and hostile places (issue #15): every command, run as a user runs it on
malformed, oversized and adversarial input, fails with one clean line, in bounded time
and memory, and changes no file but the one it was asked to write.

The cases run through the harness in ``hostile_harness.py`` (a fork server, resource
limits, folder snapshots); see there for how to add more. The Hypothesis properties at
the end draw their examples from the active profile: a handful by default, many more
with ``HYPOTHESIS_PROFILE=slow``.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_harness import Case, Outcome, Runner, assert_clean, hostile_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MAP = """\
import argmap

b = argmap.MapBuilder("Tea")
c = b.claim("c", "Tea is good.")
d = b.claim("d", "Tea has antioxidants.")
b.argument("a", [d], c)
MAP = b.build()
"""

# Escape sequences in a title, claim texts and a label: retitle the window, clear the
# screen, recolour, carriage-return over a line, reverse the text direction.
ESCAPES = """\
import argmap

b = argmap.MapBuilder("E\\x1b]0;owned\\x07")
c = b.claim("c", "evil \\x1b[2J\\x1b[31m red \\x9b1m \\r fake \\u202e txt")
d = b.claim("d", "D \\x1b[5m")
b.argument("a", [d], c, label="lab\\x1b[1m")
MAP = b.build()
"""

# The same in a Carneades graph, whose statement ids `evaluate` prints as they are.
CARNEADES_ESCAPES = """\
statements:
  "p\\e[2J": "P \\e]0;owned\\a"
  q: Q
arguments:
  a1: {conclusion: q, premises: ["p\\e[2J"]}
assumptions: ["p\\e[2J"]
"""


def map_with(line: str) -> str:
    """A map module whose third line is ``line`` (so errors point at m.py:3)."""
    return f'import argmap\nb = argmap.MapBuilder("T")\n{line}\nMAP = b.build()\n'


def run(case: Case, hostile: Runner, tmp_path: Path) -> Outcome:
    outcome = hostile.run(case, tmp_path)
    assert_clean(case, outcome, tmp_path / "work")
    return outcome


# --- special files for outputs and inputs ---------------------------------------------------


def fifo(name: str) -> Callable[[Path], None]:
    return lambda work: os.mkfifo(work / name)


def null_device(name: str) -> Callable[[Path], None]:
    # A character device like /dev/null, made in the test's folder: never the real one.
    def make(work: Path) -> None:
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(work / name, stat.S_IFCHR | 0o666, os.makedev(1, 3))

    return make


def unix_socket(name: str) -> Callable[[Path], None]:
    def make(work: Path) -> None:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(work / name))
        server.close()  # the socket file stays

    return make


def symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda work: os.symlink(target, work / name)


def loop(name: str) -> Callable[[Path], None]:
    def make(work: Path) -> None:
        os.symlink(f"{name}.2", work / name)
        os.symlink(name, work / f"{name}.2")

    return make


def both(*steps: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(work: Path) -> None:
        for step in steps:
            step(work)

    return make


# --- checks for cases that succeed -----------------------------------------------------------


def svg_on_stdout(outcome: Outcome, work: Path) -> None:
    assert outcome.stdout.startswith(b"<?xml"), outcome.stdout[:100]
    assert outcome.stdout.rstrip().endswith(b"</svg>")


def json_on_stdout(outcome: Outcome, work: Path) -> None:
    assert json.loads(outcome.stdout)["title"] == "Tea"


def written_through(outcome: Outcome, work: Path) -> None:
    link = work / "link.svg"
    assert link.is_symlink()
    assert os.readlink(link) == "real/target.svg"
    assert (work / "real" / "target.svg").read_bytes().startswith(b"<?xml")


def svg_through_descriptor(outcome: Outcome, work: Path) -> None:
    assert (work / "out.svg").is_symlink()
    svg_on_stdout(outcome, work)


def escaped(*needles: str) -> Callable[[Outcome, Path], None]:
    """stdout spells control characters out and still shows the text around them."""

    def check(outcome: Outcome, work: Path) -> None:
        text = outcome.stdout.decode("utf-8")
        raw = [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
        assert not raw, f"raw control characters on stdout: {raw!r}"
        assert "\u202e" not in text
        for needle in needles:
            assert needle in text, (needle, text)

    return check


def exact_json(outcome: Outcome, work: Path) -> None:
    payload = json.loads(outcome.stdout)
    assert "\x1b[2J" in payload["headline"]  # --json is data: exactly the map's text


# --- the cases ---------------------------------------------------------------------------------

WRITES = [
    # -o onto something that is not a regular file: refused, left alone.
    Case(
        "render-onto-a-device",
        ("render", "m.py", "-f", "svg", "-o", "null"),
        files={"m.py": MAP},
        setup=null_device("null"),
        message="'null': it is a character device, not a regular file",
    ),
    Case(
        "render-through-a-link-to-a-device",
        ("render", "m.py", "-o", "out.svg"),
        files={"m.py": MAP},
        setup=both(null_device("null"), symlink("out.svg", "null")),
        message="character device",
    ),
    Case(
        "convert-onto-a-socket",
        ("convert", "m.py", "--to", "json", "-o", "sock"),
        files={"m.py": MAP},
        setup=unix_socket("sock"),
        message="it is a socket",
    ),
    Case(
        "new-onto-a-device-with-force",
        ("new", "dev", "--force"),
        setup=both(null_device("null"), symlink("dev.py", "null")),
        message="character device",
    ),
    # A directory receives the picture under the map's name; what it holds stays.
    Case(
        "render-into-a-directory",
        ("render", "m.py", "-f", "svg", "-o", "folder"),
        files={"m.py": MAP, "folder/keep.txt": "keep"},
        outputs=("folder/m.svg",),
        status=0,
        check=lambda outcome, folder: (
            None
            if (folder / "folder" / "m.svg").read_bytes().startswith(b"<?xml")
            else pytest.fail("no SVG written into the directory")
        ),
    ),
    Case(
        "render-onto-a-link-loop",
        ("render", "m.py", "-o", "out.svg"),
        files={"m.py": MAP},
        setup=loop("out.svg"),
        message="loop of symbolic links",
    ),
    # Outputs are regenerated from inputs; an input is never overwritten.
    Case(
        "render-onto-its-own-map",
        ("render", "m.py", "-f", "svg", "-o", "m.py"),
        files={"m.py": MAP},
        message="it is the input 'm.py'",
    ),
    Case(
        "convert-onto-its-own-input",
        ("convert", "m.json", "-o", "m.json"),
        files={"m.json": json.dumps({"format": "argmap", "version": 1, "title": "Tea"})},
        message="it is the input",
    ),
    # A symbolic link is written through; the link stays.
    Case(
        "render-through-a-symlink",
        ("render", "m.py", "-o", "link.svg"),
        files={"m.py": MAP, "real/keep.txt": "keep"},
        setup=symlink("link.svg", "real/target.svg"),
        outputs=("real/target.svg",),
        status=0,
        check=written_through,
    ),
    # /dev/stdout-like links write to the descriptor, not over the link.
    Case(
        "render-to-a-link-to-our-stdout",
        ("render", "m.py", "-o", "out.svg"),
        files={"m.py": MAP},
        setup=symlink("out.svg", "/proc/self/fd/1"),
        status=0,
        check=svg_through_descriptor,
    ),
    # `-` is standard output.
    Case(
        "render-to-stdout",
        ("render", "m.py", "-o", "-"),
        files={"m.py": MAP},
        status=0,
        check=svg_on_stdout,
    ),
    Case(
        "convert-to-stdout",
        ("convert", "m.py", "--to", "json", "-o", "-"),
        files={"m.py": MAP},
        status=0,
        check=json_on_stdout,
    ),
    Case(
        "convert-to-stdout-needs-a-format",
        ("convert", "m.py", "-o", "-"),
        files={"m.py": MAP},
        message="needs --to FORMAT",
    ),
]

INPUTS = [
    # Text no UTF-8 file can hold is refused where the element is made: file and line.
    Case(
        "check-a-lone-surrogate",
        ("check", "m.py"),
        files={"m.py": map_with('b.claim("c", "bad \\ud800 text")')},
        message=r"m\.py:3: .*text of Claim holds a lone surrogate '\\ud800'",
    ),
    Case(
        "convert-a-lone-surrogate",
        ("convert", "m.py", "-o", "m.json"),
        files={"m.py": map_with('b.claim("c", "C", note="\\udc80")')},
        message=r"m\.py:3: .*note of Claim holds a lone surrogate",
    ),
    Case(
        "render-html-with-a-lone-surrogate-in-the-title",
        ("render", "m.py", "-o", "m.html"),
        files={"m.py": 'import argmap\nMAP = argmap.MapBuilder("T\\ud800").build()\n'},
        message=r"m\.py:2: .*map title holds a lone surrogate",
    ),
    Case(
        "explain-a-lone-surrogate-in-a-source",
        ("explain", "m.py", "c"),
        files={"m.py": map_with('b.source("s", "S", text="\\ud800"); b.claim("c", "C")')},
        message=r"m\.py:3: .*text of Source holds a lone surrogate",
    ),
    # Every builder argument is type-checked, naming the parameter.
    Case(
        "argument-without-premises",
        ("check", "m.py"),
        files={"m.py": map_with('c = b.claim("c", "C"); b.argument("a", None, c)')},
        message=r"m\.py:3: .*premises must be a key, a map element or an ordered sequence",
    ),
    Case(
        "description-of-the-wrong-type",
        ("convert", "m.py", "-o", "m.argdown"),
        files={
            "m.py": (
                'import argmap\nb = argmap.MapBuilder("T", description=["x"])\n'
                'b.claim("c", "C")\nMAP = b.build()\n'
            )
        },
        message=r"m\.py:2: .*map description must be a str or None, got \['x'\]",
    ),
    Case(
        "evidence-quote-of-the-wrong-type",
        ("check", "m.py"),
        files={"m.py": map_with('b.evidence("e", quote="just words")')},
        message=r"m\.py:3: .*quote must be a Quote or None, got 'just words'",
    ),
    # Huge integers are named, not printed (Python refuses to print them).
    Case(
        "a-key-of-five-thousand-digits",
        ("check", "m.py"),
        files={"m.py": map_with('b.claim(10**5000, "C")')},
        message=r"m\.py:3: .*key of Claim must be a str, got an int of 5001 digits",
    ),
    Case(
        "a-weight-of-five-thousand-digits",
        ("check", "m.py"),
        files={
            "m.py": map_with('c = b.claim("c", "C"); b.argument("a", ["c"], "c", weight=10**5000)')
        },
        message=r"m\.py:3: .*weight of Argument must be in \[0, 1\], got an int of 5001 digits",
    ),
    Case(
        "an-option-of-five-thousand-digits",
        ("render", "m.py", "--depth", "9" * 5000),
        files={"m.py": MAP},
        status=2,
        message=r"argument --depth: invalid int value: '9{20}\.\.\.' \(5000 characters\)",
    ),
    # Map files that are not files: one line that says what they are.
    Case(
        "check-a-symlink-loop",
        ("check", "m.py"),
        setup=loop("m.py"),
        message=r"m\.py: map file is a loop of symbolic links",
    ),
    Case(
        "convert-a-symlink-loop",
        ("convert", "m.json", "-o", "out.aif"),
        setup=loop("m.json"),
        message=r"m\.json: map file is a loop of symbolic links",
    ),
    Case(
        "check-a-fifo",
        ("check", "m.json"),
        setup=fifo("m.json"),
        message=r"m\.json: map file is a FIFO \(named pipe\), not a regular file",
    ),
    Case(
        "render-a-device",
        ("render", "zero.json", "-o", "out.svg"),
        setup=symlink("zero.json", "/dev/zero"),
        message=r"zero\.json: map file is a character device, not a regular file",
    ),
    Case(
        "check-a-dangling-link",
        ("check", "m.py"),
        setup=symlink("m.py", "gone.py"),
        message=r"m\.py: map file is a symbolic link to nothing",
    ),
]

TERMINAL = [
    # Text for people has control characters spelled out; data stays exact.
    Case(
        "explain-escape-sequences",
        ("explain", "m.py", "c"),
        files={"m.py": ESCAPES},
        status=0,
        check=escaped("evil \\x1b[2J\\x1b[31m red \\x9b1m fake \\u202e txt"),
    ),
    Case(
        "evaluate-escape-sequences",
        ("evaluate", "g.yml"),
        files={"g.yml": CARNEADES_ESCAPES},
        status=0,
        check=escaped("p\\x1b[2J", "in"),
    ),
    Case(
        "explain-json-stays-exact",
        ("explain", "m.py", "c", "--json"),
        files={"m.py": ESCAPES},
        status=0,
        check=exact_json,
    ),
    Case(
        "an-escape-in-a-file-name",
        ("check", "\x1b]0;owned\x07.py"),
        message=r"\\x1b\]0;owned\\x07\.py: map file does not exist",
    ),
    Case(
        "a-file-name-that-is-not-utf8",
        ("render", "\udcff.py"),
        files={"m.py": MAP},
        setup=lambda work: os.rename(os.fsencode(work / "m.py"), os.fsencode(work) + b"/\xff.py"),
        outputs=("build", "build/\udcff.svg"),
        status=0,
        check=escaped("argmap: wrote build/\\udcff.svg"),
    ),
    Case(
        "render-wrote-line-with-an-escape-in-the-name",
        ("render", "m.py", "-o", "x\x1b[2J.svg"),
        files={"m.py": MAP},
        outputs=("x\x1b[2J.svg",),
        status=0,
        check=escaped("argmap: wrote x\\x1b[2J.svg"),
    ),
]

CASES = WRITES + INPUTS + TERMINAL


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_hostile_input(case: Case, hostile: Runner, tmp_path: Path) -> None:
    run(case, hostile, tmp_path)


def test_the_harness_agrees_with_a_real_argmap_process(tmp_path: Path) -> None:
    """The fork server calls main() as the entry point does: a real run gives the same."""
    (tmp_path / "m.py").write_text(map_with('b.claim("c", "bad \\ud800")'), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "check", "m.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ARGMAP_PROGRESS": "never"},
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert "lone surrogate" in result.stderr


def test_the_harness_catches_a_traceback(hostile: Runner, tmp_path: Path) -> None:
    """The harness is honest: a crash in a command fails it. (A map module is code, so
    it can break the renderer after the loader has run it.)"""
    crash = (
        "import argmap\n"
        "import argmap.cli._render as command\n"
        "command.render = command.render_bytes = lambda *args, **kwargs: 1 / 0\n"
        "MAP = argmap.MapBuilder('T').build()\n"
    )
    case = Case("crash", ("render", "m.py", "-o", "out.dot"), files={"m.py": crash})
    outcome = hostile.run(case, tmp_path)
    assert "Traceback" in outcome.stderr
    with pytest.raises(AssertionError):
        assert_clean(case, outcome, tmp_path / "work")


def test_a_fifo_output_is_written_through(tmp_path: Path) -> None:
    """A FIFO is a stream, not a file to replace: the reader gets the whole output."""
    import threading

    from argmap.cli import main

    (tmp_path / "m.py").write_text(MAP, encoding="utf-8")
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    assert main(["convert", str(tmp_path / "m.py"), "--to", "json", "-o", str(pipe)]) == 0
    reader.join(timeout=20)
    assert not reader.is_alive()
    assert stat.S_ISFIFO(pipe.lstat().st_mode)  # still the FIFO, not a file put in its place
    assert json.loads(received[0])["title"] == "Tea"


# --- properties: whatever the text, a map either refuses it or shows and writes it -------------

_HOSTILE_TEXT = hostile_texts()


def _examples() -> int:
    # Each example runs a command in a process of its own: a tenth of the profile's count.
    return max(4, settings().max_examples // 10)


@settings(max_examples=_examples(), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_HOSTILE_TEXT, command=st.sampled_from(["explain", "convert", "render", "check"]))
def test_any_claim_text_gives_output_or_one_line(
    hostile: Runner, tmp_path_factory: pytest.TempPathFactory, text: str, command: str
) -> None:
    argv = {
        "explain": ("explain", "m.py", "c"),
        "convert": ("convert", "m.py", "-o", "m.aif"),
        "render": ("render", "m.py", "-o", "m.html"),
        "check": ("check", "m.py"),
    }[command]
    source = map_with(f"c = b.claim('c', {text!r}); b.argument('a', [b.claim('d', 'D')], c)")
    case = Case("fuzz", argv, files={"m.py": source}, status=None, outputs=("m.aif", "m.html"))
    outcome = hostile.run(case, tmp_path_factory.mktemp("fuzz"))
    if outcome.status == 0:
        case = Case("fuzz", argv, files={"m.py": source}, status=0, outputs=case.outputs)
        if command in ("explain", "check"):
            escaped()(outcome, Path())
    else:
        assert "lone surrogate" in outcome.stderr or "must not be empty" in outcome.stderr
    assert_clean(case, outcome)
