"""A harness for hostile-input tests: run an ``argmap`` command on a bad input, in a
process of its own under resource limits, and check that it fails the way the brief
says every command must.

A :class:`Case` names the command line, the files to lay out in a fresh folder (and any
special files: FIFOs, devices, sockets, symbolic links, made by ``setup``) and which
files the command may write. :meth:`Runner.run` runs it and returns an
:class:`Outcome`; :func:`assert_clean` checks, by default, that

* the command exited with the expected non-zero status, within the time limit, without
  being killed (CPU seconds and address space are capped with :mod:`resource`);
* standard error holds no traceback and exactly one ``argmap: error:`` line (``convert``
  may add its summary line; a usage error its usage lines), short enough to read, with
  no raw control characters in it;
* no file in the folder changed, was created or was removed, except the outputs the case
  allows.

Cases that should succeed (``status=0``: writing through a symbolic link, ``-o -``) are
checked the same way, with a ``check`` function for what they print.

Speed: starting Python and importing argmap costs most of a second, so commands are not
started from scratch. A *fork server* (this module run as a script) imports argmap once;
for each case it forks a child that sets the limits, redirects the standard streams to
files, and calls :func:`argmap.cli.main`, as the ``argmap`` entry point
(:func:`argmap.cli.program`) does (an uncaught exception prints its traceback and exits
1; ``program`` adds only a quicker exit after ``solve``). ``tests/test_hostile.py`` also
runs a case through a real ``python -m argmap`` to show the two agree.

Adding cases (e.g. for ``solve`` or a format reader)::

    from hostile_harness import Case, assert_clean

    CASES = [Case("solve-huge-header", ("solve", "-p", "DC-PR", "-f", "x.af", "-a", "1"),
                  files={"x.af": "p af 1000000000\\n"}, message="limit")]

    @pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
    def test_hostile(case: Case, hostile: Runner, tmp_path: Path) -> None:
        assert_clean(case, hostile.run(case, tmp_path))

The ``hostile`` fixture (a session-wide :class:`Runner`) is defined in ``conftest.py``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["Case", "Outcome", "Runner", "assert_clean", "hostile_texts", "snapshot"]

MEMORY_MB = 768
"""Address space a command may add to what the fork server holds, in MiB."""
CPU_SECONDS = 30
"""CPU time a command may use."""
WALL_SECONDS = 60.0
"""Wall-clock time a command may take before it is killed."""
MAX_LINE = 2000
"""Longest error line accepted: one line should be readable, not a dump."""

# Raw control characters on stderr (the one line must mean what it says); tab and line
# feed are fine.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SUMMARY_RE = re.compile(r"converted \d+ of \d+ files? to \S+; \d+ failed")


@dataclasses.dataclass(frozen=True)
class Case:
    """One command run on one hostile input.

    Parameters
    ----------
    id:
        Test id.
    argv:
        The arguments after ``argmap``.
    files:
        Files to create in the work folder, by relative path: text (UTF-8) or bytes.
    setup:
        Called with the work folder after ``files`` exist, to make special files.
    outputs:
        Relative paths the command may create or change; every other file must be left
        exactly as it was.
    status:
        The expected exit status; ``None`` accepts any non-zero one.
    message:
        A regular expression the error line must contain (``re.search``).
    check:
        For a case that succeeds, or to look further: called with the outcome and the
        work folder; it asserts what it needs.
    memory_mb, cpu_seconds, wall_seconds:
        The limits (see the module).
    """

    id: str
    argv: tuple[str, ...]
    files: Mapping[str, str | bytes] = dataclasses.field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    outputs: tuple[str, ...] = ()
    status: int | None = 1
    message: str | None = None
    check: Callable[[Outcome, Path], None] | None = None
    memory_mb: int = MEMORY_MB
    cpu_seconds: int = CPU_SECONDS
    wall_seconds: float = WALL_SECONDS


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What a run did: exit status (``None`` if killed by ``signal``), output, changes."""

    status: int | None
    signal: int | None
    timed_out: bool
    stdout: bytes
    stderr: str
    elapsed: float
    maxrss_kb: int
    changed: frozenset[str]

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("argmap: error:")]


# --- hostile text --------------------------------------------------------------------------

_HOSTILE_FRAGMENTS = (
    "\x1b[2J",  # clear the screen
    "\x1b]0;owned\x07",  # retitle the terminal
    "\x1b[31m",  # recolour
    "\x9b1m",  # the same, as a C1 control
    "\r",  # return to the start of the line
    "\x00",
    "\x08",
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2028",  # line separator
    "\ufeff",  # byte order mark
    "\ud800",  # lone surrogates: no UTF-8 file can hold them
    "\udcff",
    "e\u0301",  # a combining accent
    "\U0001f600",
    "}",
    "<script>",
    '"',
    "\\",
)


def hostile_texts(*, min_size: int = 1, max_size: int = 6) -> Any:
    """Text made of fragments that attack terminals, encoders and parsers (escape
    sequences, C0/C1 controls, bidirectional overrides, lone surrogates, markup), mixed
    with arbitrary Unicode; uniform draws almost never produce them."""
    from hypothesis import strategies as st

    fragment = st.one_of(
        st.sampled_from(_HOSTILE_FRAGMENTS),
        st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=4),
        st.sampled_from(("a", "word", " ")),
    )
    return st.lists(fragment, min_size=min_size, max_size=max_size).map("".join)


# --- snapshots: what is in a folder, without opening anything special ------------------------


def snapshot(folder: Path) -> dict[str, tuple[Any, ...]]:
    """Every entry under ``folder`` (links not followed) with what identifies its state:
    type, mode, and a content hash (regular files), target (links) or device number."""
    entries: dict[str, tuple[Any, ...]] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in [*dirs, *files]:
            path = Path(root) / name
            info = path.lstat()
            kind = stat.S_IFMT(info.st_mode)
            if stat.S_ISREG(info.st_mode):
                detail: Any = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                detail = os.readlink(path)
            elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
                detail = info.st_rdev
            else:
                detail = info.st_ino  # FIFOs, sockets, folders: the same object, or not
            entries[str(path.relative_to(folder))] = (kind, stat.S_IMODE(info.st_mode), detail)
    return entries


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


# --- the runner (test side) --------------------------------------------------------------------


class Runner:
    """Runs cases through a fork server started once (see the module docstring)."""

    def __init__(self, *, env: Mapping[str, str] | None = None) -> None:
        environment = dict(os.environ if env is None else env)
        environment.update(ARGMAP_PROGRESS="never", PYTHONUNBUFFERED="1")
        environment.pop("ARGMAP_DOT", None)
        self._server = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert self._request({"ping": True}) == {"pong": True}

    def _request(self, message: Mapping[str, Any]) -> Any:
        assert self._server.stdin is not None
        assert self._server.stdout is not None
        self._server.stdin.write(json.dumps(message) + "\n")
        self._server.stdin.flush()
        line = self._server.stdout.readline()
        if not line:
            msg = f"the fork server died (exit status {self._server.wait()})"
            raise RuntimeError(msg)
        return json.loads(line)

    def run(self, case: Case, tmp_path: Path) -> Outcome:
        """Lay out ``case`` under ``tmp_path`` and run it; return what happened."""
        work = tmp_path / "work"
        streams = tmp_path / "streams"
        work.mkdir()
        streams.mkdir()
        for name, content in case.files.items():
            path = work / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        if case.setup is not None:
            case.setup(work)
        before = snapshot(work)
        reply = self._request(
            {
                "argv": list(case.argv),
                "cwd": str(work),
                "stdout": str(streams / "stdout"),
                "stderr": str(streams / "stderr"),
                "memory": case.memory_mb * 1024 * 1024,
                "cpu": case.cpu_seconds,
                "wall": case.wall_seconds,
            }
        )
        stderr = (streams / "stderr").read_bytes().decode("utf-8", "backslashreplace")
        return Outcome(
            status=reply["status"],
            signal=reply["signal"],
            timed_out=reply["timed_out"],
            stdout=(streams / "stdout").read_bytes(),
            stderr=stderr,
            elapsed=reply["elapsed"],
            maxrss_kb=reply["maxrss_kb"],
            changed=_changes(before, snapshot(work)),
        )

    def close(self) -> None:
        if self._server.stdin is not None:
            self._server.stdin.close()
        try:
            self._server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._server.kill()
            self._server.wait()


def assert_clean(case: Case, outcome: Outcome, work: Path | None = None) -> None:
    """Assert that ``outcome`` is what every command owes a hostile input (see module)."""
    shown = f"{case.id}: status {outcome.status}, stderr:\n{outcome.stderr[:3000]}"
    assert not outcome.timed_out, f"{case.id}: still running after {case.wall_seconds} s"
    assert outcome.signal is None, f"{case.id}: killed by signal {outcome.signal}\n{shown}"
    assert "Traceback" not in outcome.stderr, shown
    bad = _CONTROL_RE.search(outcome.stderr)
    assert bad is None, f"{case.id}: raw control character {bad.group()!r} on stderr"
    assert outcome.maxrss_kb <= case.memory_mb * 1024 + 200_000, shown
    if case.status == 0:
        assert outcome.status == 0, shown
        assert outcome.changed <= set(case.outputs), f"{case.id}: changed {outcome.changed}"
    else:
        assert outcome.status != 0, shown
        if case.status is not None:
            assert outcome.status == case.status, shown
        errors = outcome.error_lines
        assert len(errors) == 1, shown
        others = [line for line in outcome.stderr.splitlines() if line not in errors]
        if outcome.status == 2:  # argparse: usage lines, then the error
            assert outcome.stderr.splitlines()[-1] == errors[0], shown
        else:
            assert all(_SUMMARY_RE.fullmatch(line) for line in others), shown
        assert len(errors[0]) <= MAX_LINE, f"{case.id}: error line of {len(errors[0])} chars"
        if case.message is not None:
            assert re.search(case.message, errors[0]), shown
        # A failed command leaves every file as it was, outputs included (atomic writes).
        unexpected = outcome.changed - set(case.outputs)
        assert not unexpected, f"{case.id}: changed {sorted(unexpected)}"
    if case.check is not None:
        assert work is not None, "a case with check= needs the work folder"
        case.check(outcome, work)


# --- the fork server (run as a script) ---------------------------------------------------------


def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(request: Mapping[str, Any]) -> None:  # pragma: no cover - runs in the fork
    import io
    import resource
    import traceback

    code: object = 1
    try:
        os.setpgid(0, 0)
        os.chdir(request["cwd"])
        for fd, path, flags in (
            (0, os.devnull, os.O_RDONLY),
            (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        ):
            opened = os.open(path, flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            line_buffering=True,
        )
        cpu = request["cpu"]
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        limit = _vm_size() + request["memory"]
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from argmap.cli import main

        sys.argv = ["argmap", *request["argv"]]
        code = main(request["argv"])
    except SystemExit as exit:
        code = exit.code
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        if not isinstance(code, int):
            if code is not None:
                print(code, file=sys.stderr)
            code = 0 if code is None else 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                code = code or 120  # as the interpreter does when flushing fails at exit
        os._exit(code)


def _serve() -> None:  # pragma: no cover - runs in the fork server
    # Import what commands use once, so that each fork starts warm.
    import importlib
    import pkgutil

    import argmap.cli
    import argmap.formats

    argmap.cli.build_parser()
    for module in ("argmap.render", "argmap.render.html", "argmap.semantics.explain"):
        importlib.import_module(module)
    for info in pkgutil.iter_modules(argmap.formats.__path__, "argmap.formats."):
        importlib.import_module(info.name)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("ping"):
            print(json.dumps({"pong": True}), flush=True)
            continue
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(request)
        timed_out = False
        deadline = started + request["wall"]
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline and not timed_out:
                timed_out = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
            time.sleep(0.002)
        reply = {
            "status": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            "timed_out": timed_out,
            "elapsed": time.monotonic() - started,
            "maxrss_kb": usage.ru_maxrss,
        }
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":  # pragma: no cover
    _serve()
