"""No silent options: every option of every command either acts or is refused.

The parser is introspected: every option string of every command (and of the top level)
must have a case in :data:`CASES`, so a new option without one fails
:func:`test_every_option_has_a_case`. A case runs the command twice on a small map, once
without the option (``base``) and once with it (``variant``), and checks one of two
outcomes:

* ``acts`` -- the variant succeeds and what the user sees differs: exit status, standard
  output, standard error, or the files written;
* ``refused`` -- the variant exits with status 1 and one line ``argmap: error: ...``
  naming ``needle`` (an error raised on purpose, not argparse's usage error, which
  would not prove that the option was read).

``watch`` serves until interrupted, and ``solve``'s limits fork a child: those cases run
the command in a child process.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

from argmap.cli import build_parser, main

MAP = """\
from argmap import MapBuilder

b = MapBuilder("Options")
ann, bob = b.party("ann", "Ann"), b.party("bob", "Bob")
b.party("carl", "Carl")  # asserts nothing: an info finding
notes = b.source("notes", "Notes", text="Tea is good for you. A study says so.")
good = b.claim("good", "Tea is good for you, say the notes of the meeting.", by=ann,
               quote=notes.quote("Tea is good for you."))
study = b.claim("study", "A study says so.", by=ann, quote=notes.quote("A study says so."))
sound = b.claim("sound", "The study was run well.", by=ann)
b.argument("why", [study], good, by=ann, weight=0.8, scheme="verbal_classification")
b.argument("why2", [sound], study, by=ann)  # no weight: --default-weight's
harm = b.claim("harm", "Tea can harm the liver.", by=bob)
b.rebut(harm, good, by=bob)
b.claim("aside", "An aside nobody argues about.")  # isolated: a warning
MAP = b.build()
"""

GRAPH = """\
meta: {title: options}
statements:
  known: {text: known}
  derived: {text: derived}
  other: {text: other}
arguments:
  a1: {conclusion: derived, premises: [known]}
assumptions: [known]
tests:
  in: [known, derived]
  out: [other]
"""

AF = "p af 3\n1 2\n2 3\n"


class Case(NamedTuple):
    base: list[str]
    variant: list[str]
    expect: str  # "acts" or "refused"
    needle: str = ""
    status: int | None = 0  # the variant's exit status when it acts (None: any)


def acts(base: list[str], variant: list[str], *, status: int | None = 0) -> Case:
    return Case(base, variant, "acts", status=status)


def refused(base: list[str], variant: list[str], needle: str) -> Case:
    return Case(base, variant, "refused", needle)


M = "m.py"
R = ["render", M, "-o", "out.svg"]
RE = [*R, "--evaluate", "grounded"]
E = ["evaluate", M]
X = ["explain", M, "good"]
W = ["whatif", M, "good"]

# Cases by (command, the option's longest string); "" is the top level.
CASES: dict[tuple[str, str], list[Case]] = {
    ("", "--debug"): [acts(["check", "nope.py"], ["--debug", "check", "nope.py"], status=None)],
    ("", "--version"): [acts(["check"], ["--version"])],
    # render
    ("render", "--from"): [acts(["render", "m.txt"], ["render", "m.txt", "--from", "argdown"])],
    ("render", "--output"): [acts(["render", M], ["render", M, "--output", "out.dot"])],
    ("render", "--format"): [acts(R[:2], [*R[:2], "--format", "dot"])],
    ("render", "--dot"): [refused(R, [*R, "--dot", "/no/such/dot"], "/no/such/dot")],
    ("render", "--cluster-by-speaker"): [acts(R, [*R, "--cluster-by-speaker"])],
    ("render", "--focus"): [acts(R, [*R, "--focus", "sound"])],
    ("render", "--depth"): [
        acts([*R, "--focus", "sound"], [*R, "--focus", "sound", "--depth", "2"]),
        refused(R, [*R, "--depth", "2"], "--depth"),
    ],
    ("render", "--no-legend"): [acts(R, [*R, "--no-legend"])],
    ("render", "--show-quotes"): [acts(R, [*R, "--show-quotes"])],
    ("render", "--show-weights"): [acts(R, [*R, "--show-weights"])],
    ("render", "--overview"): [acts(R, [*R, "--overview"])],
    ("render", "--fold-premises"): [acts(R, [*R, "--fold-premises"])],  # 'sound' folds
    ("render", "--subtitle"): [acts(R, [*R, "--subtitle", "Under the title"])],
    ("render", "--rankdir"): [acts(R, [*R, "--rankdir", "LR"])],
    ("render", "--wrap"): [acts(R, [*R, "--wrap", "12"])],
    ("render", "--evaluate"): [acts(R, RE)],
    ("render", "--strengths"): [
        acts(RE, [*RE, "--strengths", "none"]),
        refused(R, [*R, "--strengths", "euler"], "--strengths"),
    ],
    ("render", "--support"): [
        acts(RE, [*RE, "--support", "deductive"]),
        refused(R, [*R, "--support", "deductive"], "--support"),
    ],
    ("render", "--standard"): [
        acts([*R, "--evaluate", "carneades"], [*R, "--evaluate", "carneades", "--standard", "BRD"]),
        refused(R, [*R, "--standard", "BRD"], "--standard"),
    ],
    ("render", "--standard-for"): [
        acts(
            [*R, "--evaluate", "carneades"],
            [*R, "--evaluate", "carneades", "--standard-for", "good=SE"],
        ),
        refused(R, [*R, "--standard-for", "good=SE"], "--standard-for"),
    ],
    ("render", "--symmetric-rebuttals"): [
        acts(RE, [*RE, "--symmetric-rebuttals"]),
        refused(R, [*R, "--symmetric-rebuttals"], "--symmetric-rebuttals"),
    ],
    # 'harm' rebuts 'good' one way, a contrary: read both ways, the argued 'good' outweighs it
    ("render", "--rebuttal-preferences"): [
        acts(
            [*RE, "--symmetric-rebuttals"], [*RE, "--symmetric-rebuttals", "--rebuttal-preferences"]
        ),
        refused(R, [*R, "--rebuttal-preferences"], "--rebuttal-preferences"),
    ],
    ("render", "--default-weight"): [
        acts(RE, [*RE, "--default-weight", "0.2"]),
        refused(R, [*R, "--default-weight", "0.2"], "--default-weight"),
    ],
    ("render", "--assume"): [
        acts([*R, "--evaluate", "carneades"], [*R, "--evaluate", "carneades", "--assume", "good"]),
        refused(R, [*R, "--assume", "harm"], "--assume"),
    ],
    # check
    ("check", "--from"): [acts(["check", "m.txt"], ["check", "m.txt", "--from", "argdown"])],
    ("check", "--strict"): [acts(["check", M], ["check", M, "--strict"], status=1)],
    ("check", "--quiet"): [acts(["check", M], ["check", M, "--quiet"])],
    # evaluate
    ("evaluate", "--from"): [
        acts(["evaluate", "m.txt"], ["evaluate", "m.txt", "--from", "argdown"])
    ],
    ("evaluate", "--semantics"): [acts(E, [*E, "--semantics", "grounded"])],
    ("evaluate", "--json"): [acts(E, [*E, "--json"])],
    ("evaluate", "--assume"): [
        acts(E, [*E, "--assume", "good"]),
        acts(["evaluate", "g.yml"], ["evaluate", "g.yml", "--assume", "other"]),
        refused(E, [*E, "--assume", "hamr"], "did you mean 'harm'?"),
    ],
    ("evaluate", "--challenge"): [
        acts(E, [*E, "--challenge", "sound"]),
        acts(["evaluate", "g.yml"], ["evaluate", "g.yml", "--challenge", "known"]),
        refused(E, [*E, "--challenge", "X"], "'X'"),
        refused(E, [*E, "--challenge", "sond"], "did you mean 'sound'?"),
    ],
    ("evaluate", "--check"): [
        acts(
            ["evaluate", "g.yml", "--challenge", "known"],
            ["evaluate", "g.yml", "--challenge", "known", "--check"],
            status=1,
        ),
        refused(E, [*E, "--check"], "--check"),
    ],
    ("evaluate", "--support"): [
        acts(E, [*E, "--support", "deductive"]),
        refused(
            ["evaluate", "g.yml"], ["evaluate", "g.yml", "--support", "deductive"], "--support"
        ),
    ],
    ("evaluate", "--symmetric-rebuttals"): [
        acts(E, [*E, "--symmetric-rebuttals"]),
        refused(
            ["evaluate", "g.yml"], ["evaluate", "g.yml", "--symmetric-rebuttals"], "--symmetric"
        ),
    ],
    ("evaluate", "--rebuttal-preferences"): [
        acts(
            [*E, "--symmetric-rebuttals"], [*E, "--symmetric-rebuttals", "--rebuttal-preferences"]
        ),
        refused(
            ["evaluate", "g.yml"], ["evaluate", "g.yml", "--rebuttal-preferences"], "--rebuttal"
        ),
    ],
    ("evaluate", "--default-weight"): [
        acts(E, [*E, "--default-weight", "0.2"]),
        refused(
            ["evaluate", "g.yml"], ["evaluate", "g.yml", "--default-weight", "0.2"], "--default"
        ),
    ],
    ("evaluate", "--extensions"): [
        acts(E, [*E, "--extensions"]),
        acts(
            [*E, "--symmetric-rebuttals", "--extensions", "1"],
            [*E, "--symmetric-rebuttals", "--extensions", "2"],
        ),
        refused(["evaluate", "g.yml"], ["evaluate", "g.yml", "--extensions"], "--extensions"),
    ],
    ("evaluate", "--standard"): [
        acts(E, [*E, "--standard", "BRD"]),
        refused(["evaluate", "g.yml"], ["evaluate", "g.yml", "--standard", "BRD"], "--standard"),
    ],
    ("evaluate", "--standard-for"): [
        acts(E, [*E, "--standard-for", "good=BRD"]),
        refused(
            ["evaluate", "g.yml"],
            ["evaluate", "g.yml", "--standard-for", "x=BRD"],
            "--standard-for",
        ),
    ],
    # explain
    ("explain", "--from"): [
        acts(["explain", "m.txt", "good"], ["explain", "m.txt", "good", "--from", "argdown"])
    ],
    ("explain", "--semantics"): [acts(X, [*X, "--semantics", "carneades"])],
    ("explain", "--support"): [acts(X, [*X, "--support", "evidential"])],
    ("explain", "--symmetric-rebuttals"): [acts(X, [*X, "--symmetric-rebuttals"])],
    ("explain", "--rebuttal-preferences"): [
        acts([*X, "--symmetric-rebuttals"], [*X, "--symmetric-rebuttals", "--rebuttal-preferences"])
    ],
    ("explain", "--default-weight"): [
        acts(X, [*X, "--semantics", "df-quad", "--default-weight", "0.2"])
    ],
    ("explain", "--standard"): [acts(X, [*X, "--semantics", "carneades", "--standard", "BRD"])],
    ("explain", "--standard-for"): [
        acts(X, [*X, "--semantics", "carneades", "--standard-for", "good=BRD"])
    ],
    ("explain", "--assume"): [acts(X, [*X, "--semantics", "carneades", "--assume", "good"])],
    ("explain", "--depth"): [acts(X, [*X, "--depth", "0"])],
    ("explain", "--json"): [acts(X, [*X, "--json"])],
    # whatif
    ("whatif", "--from"): [
        acts(["whatif", "m.txt", "good"], ["whatif", "m.txt", "good", "--from", "argdown"])
    ],
    ("whatif", "--semantics"): [acts(W, [*W, "--semantics", "carneades"])],
    ("whatif", "--support"): [acts(W, [*W, "--support", "evidential"])],
    ("whatif", "--symmetric-rebuttals"): [acts(W, [*W, "--symmetric-rebuttals"])],
    ("whatif", "--rebuttal-preferences"): [
        acts([*W, "--symmetric-rebuttals"], [*W, "--symmetric-rebuttals", "--rebuttal-preferences"])
    ],
    ("whatif", "--default-weight"): [
        acts(W, [*W, "--semantics", "carneades", "--default-weight", "0.2"])
    ],
    ("whatif", "--standard"): [acts(W, [*W, "--semantics", "carneades", "--standard", "BRD"])],
    ("whatif", "--standard-for"): [
        acts(W, [*W, "--semantics", "carneades", "--standard-for", "good=SE"])
    ],
    ("whatif", "--assume"): [acts(W, [*W, "--semantics", "carneades", "--assume", "good"])],
    ("whatif", "--kinds"): [
        acts(W, [*W, "--kinds", "standard"]),
        refused(W, [*W, "--kinds", "withdrw"], "did you mean 'withdraw'?"),
    ],
    ("whatif", "--json"): [acts(W, [*W, "--json"])],
    # convert
    ("convert", "--output"): [
        acts(["convert", M, "--output", "a.json"], ["convert", M, "--output", "a.graphml"])
    ],
    ("convert", "--to"): [
        acts(["convert", M, "-o", "a.out"], ["convert", M, "-o", "a.out", "--to", "aif"])
    ],
    ("convert", "--from"): [
        acts(
            ["convert", "m.txt", "-o", "a.dot"],
            ["convert", "m.txt", "-o", "a.dot", "--from", "argdown"],
        )
    ],
    # solve (the limits below run in a child process: they fork)
    ("solve", "--problem"): [
        acts(["solve", "-f", "s.af"], ["solve", "-f", "s.af", "--problem", "SE-GR"])
    ],
    ("solve", "--file"): [
        acts(["solve", "-p", "SE-GR"], ["solve", "-p", "SE-GR", "--file", "s.af"])
    ],
    ("solve", "--format"): [
        acts(
            ["solve", "-p", "SE-GR", "-f", "s.txt"],
            ["solve", "-p", "SE-GR", "-f", "s.txt", "--format", "i23"],
        )
    ],
    ("solve", "--argument"): [
        acts(
            ["solve", "-p", "DC-GR", "-f", "s.af"],
            ["solve", "-p", "DC-GR", "-f", "s.af", "--argument", "1"],
        ),
        refused(
            ["solve", "-p", "SE-GR", "-f", "s.af"],
            ["solve", "-p", "SE-GR", "-f", "s.af", "-a", "1"],
            "-a",
        ),
    ],
    # A search that takes minutes, stopped by the limit: the time limit's value is the one
    # reported; a memory limit of 1 MB stops it at once instead.
    ("solve", "--timeout"): [
        acts(
            ["solve", "-p", "SE-ID", "-f", "hard.af", "--timeout", "2"],
            ["solve", "-p", "SE-ID", "-f", "hard.af", "--timeout", "1"],
            status=124,
        )
    ],
    ("solve", "--memory"): [
        acts(
            ["solve", "-p", "SE-ID", "-f", "hard.af", "--timeout", "2"],
            ["solve", "-p", "SE-ID", "-f", "hard.af", "--timeout", "2", "--memory", "1"],
            status=125,
        )
    ],
    ("solve", "--problems"): [
        acts(["solve"], ["solve", "--problems"]),
        refused(["solve"], ["solve", "--problems", "-p", "SE-GR"], "--problems"),
    ],
    ("solve", "--formats"): [
        acts(["solve"], ["solve", "--formats"]),
        refused(["solve"], ["solve", "--formats", "-f", "s.af"], "--formats"),
    ],
    # new
    ("new", "--title"): [acts(["new", "tea"], ["new", "tea", "--title", "Of tea"])],
    ("new", "--force"): [acts(["new", M[:-3]], ["new", M[:-3], "--force"])],
    # watch (served in a child process)
    ("watch", "--from"): [
        acts(
            ["watch", "m.txt", "--port", "0"],
            ["watch", "m.txt", "--port", "0", "--from", "argdown"],
        )
    ],
    ("watch", "--port"): [acts(["watch", M, "--port", "0"], ["watch", M, "--port", "FREE"])],
    ("watch", "--open"): [acts(["watch", M, "--port", "0"], ["watch", M, "--port", "0", "--open"])],
}

# Every command's own --debug and --version: the global flags work after the command too.
_FAILING = {
    "render": ["render", "nope.py"],
    "check": ["check", "nope.py"],
    "evaluate": ["evaluate", "nope.py"],
    "convert": ["convert", "nope.py", "-o", "x.json"],
    "solve": ["solve", "-p", "SE-GR", "-f", "nope.af"],
    "explain": ["explain", "nope.py", "k"],
    "whatif": ["whatif", "nope.py", "k"],
    "new": ["new", M[:-3]],
    "watch": ["watch", "nope.py"],
}
for _command, _argv in _FAILING.items():
    CASES[(_command, "--debug")] = [acts(_argv, [*_argv, "--debug"], status=None)]
    CASES[(_command, "--version")] = [acts(_argv, [*_argv, "--version"])]

CHILD_PROCESS = {"watch"}
CHILD_OPTIONS = {("solve", "--timeout"), ("solve", "--memory")}


def _options() -> set[tuple[str, str]]:
    """(command, longest option string) for every optional argument but --help."""
    parser = build_parser()
    found = set()

    def add(command: str, p: argparse.ArgumentParser) -> None:
        for action in p._actions:
            if isinstance(action, argparse._HelpAction) or not action.option_strings:
                continue
            found.add((command, max(action.option_strings, key=len)))

    add("", parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                add(name, sub)
    return found


def test_every_option_has_a_case() -> None:
    options = _options()
    missing = sorted(options - set(CASES))
    assert not missing, f"options with no case in CASES (add one: does it act?): {missing}"
    stale = sorted(set(CASES) - options)
    assert not stale, f"cases for options the parser no longer has: {stale}"


def _populate(folder: Path) -> None:
    from argmap.formats import argdown
    from argmap.loader import load_map

    for entry in folder.iterdir():
        if entry.is_dir():
            for sub in sorted(entry.rglob("*"), reverse=True):
                sub.rmdir() if sub.is_dir() else sub.unlink()
            entry.rmdir()
        else:
            entry.unlink()
    (folder / M).write_text(MAP, encoding="utf-8")
    # The map in Argdown under a name that does not say so: only --from tells.
    (folder / "m.txt").write_text(argdown.dumps(load_map(folder / M)), encoding="utf-8")
    (folder / "g.yml").write_text(GRAPH, encoding="utf-8")
    (folder / "s.af").write_text(AF, encoding="utf-8")
    (folder / "s.txt").write_text(AF, encoding="utf-8")
    if (folder.parent / "hard.af").exists():
        (folder / "hard.af").write_bytes((folder.parent / "hard.af").read_bytes())


Outcome = tuple[int, str, str, dict[str, bytes]]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _in_process(argv: list[str], folder: Path, capfd: pytest.CaptureFixture[str]) -> Outcome:
    _populate(folder)
    capfd.readouterr()
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse's usage errors, --version
        status = exit.code if isinstance(exit.code, int) else 1
    except Exception as error:  # --debug lets the error through: that is its effect
        status, err = -1, f"raised {type(error).__name__}"
        out, _ = capfd.readouterr()
        return status, out, err, _files(folder)
    out, err = capfd.readouterr()
    return status, out, err, _files(folder)


def _child(argv: list[str], folder: Path) -> Outcome:
    _populate(folder)
    done = subprocess.run(
        [sys.executable, "-m", "argmap", *argv],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr, _files(folder)


def _watch(argv: list[str], folder: Path, *, port: str = "") -> Outcome:
    """Serve, wait for the first rendering (or the error), stop with Ctrl-C. Standard
    output starts with ``port=asked`` when the page was served on ``port``, else
    ``port=any`` (the port and the token vary from run to run)."""
    _populate(folder)
    opener = folder.parent / "open.py"
    opener.write_text("import sys\nopen('opened', 'w').write(sys.argv[1])\n")
    env = {**os.environ, "BROWSER": f"{sys.executable} {opener} %s"}
    process = subprocess.Popen(
        [sys.executable, "-m", "argmap", *argv],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the address, or nothing when the command failed
    deadline = time.monotonic() + 30
    if "--open" in argv:
        while not (folder / "opened").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    if process.poll() is None:
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    files = _files(folder)
    if "opened" in files:  # the address the browser was given, with its token
        files["opened"] = b"an address"
    served = first.split(" at ")[1].split("/")[2].split(":")[1] if " at " in first else None
    where = "none" if served is None else "asked" if served == port else "any"
    return process.returncode, f"port={where}\n{out}", err, files


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(
    command: str, option: str, argv: list[str], folder: Path, capfd: pytest.CaptureFixture[str]
) -> Outcome:
    if command in CHILD_PROCESS:
        if "FREE" in argv:
            port = str(_free_port())
            return _watch([port if a == "FREE" else a for a in argv], folder, port=port)
        return _watch(argv, folder)
    if (command, option) in CHILD_OPTIONS:
        return _child(argv, folder)
    return _in_process(argv, folder, capfd)


def _cases() -> list[tuple[str, str, Case]]:
    return [(command, option, case) for (command, option), cases in CASES.items() for case in cases]


@pytest.mark.parametrize(
    ("command", "option", "case"),
    _cases(),
    ids=[f"{c or 'argmap'} {o} {case.expect}:{' '.join(case.variant)}" for c, o, case in _cases()],
)
def test_each_option_acts_or_is_refused(
    command: str,
    option: str,
    case: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    if (command, option) in CHILD_OPTIONS:
        from test_solve_limits import _hard_framework

        _hard_framework(tmp_path / "hard.af")
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "100")
    variant = _run(command, option, case.variant, folder, capfd)
    if case.expect == "refused":
        status, _, err, _ = variant
        assert status == 1, f"expected exit status 1, got {status}: {err}"
        assert err.count("\n") == 1, err
        assert err.startswith("argmap: error: "), err
        assert case.needle in err, err
        return
    base = _run(command, option, case.base, folder, capfd)
    assert variant != base, f"{option} changed nothing: {case.variant}"
    if case.status is not None and command not in CHILD_PROCESS:
        assert variant[0] == case.status, f"{case.variant}: exit status {variant[0]}: {variant[2]}"
        assert "Traceback" not in variant[2]
