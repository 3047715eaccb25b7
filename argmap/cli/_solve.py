"""``argmap solve``: an ICCMA'23-style solver for abstract argumentation frameworks.

Usage, as competition harnesses call it::

    argmap solve -p DC-PR -f framework.af -a 3
    argmap solve -p EE-ST -f framework.tgf
    argmap solve -p DS-PR -f framework.af -a 3 --timeout 60 --memory 4096
    argmap solve --problems
    argmap solve --formats

Output follows ICCMA 2023: an extension is one line ``w 1 4`` (``w`` then its
arguments in framework order); ``DC`` prints ``YES`` and a witness line, or ``NO``;
``DS`` prints ``YES``, or ``NO`` and a counterexample line; ``SE`` prints an extension
line or ``NO`` when there is none; ``EE`` one extension line per extension (none when
there is none); ``CE`` the number of extensions. Counts multiply over independent
components; complete and stable extensions are counted without listing them (SCC by SCC,
or by a model counter); when a component's preferred, semi-stable or stage extensions
must be listed to be counted, one note on standard error says so (standard output stays
exactly ICCMA's).

The command imports only what the task needs: the parser for the file's format, the
engine, and the SAT solver only for the tasks that call it (numpy only for large files).
With ``--timeout`` or ``--memory`` the work runs in a forked child that the command
watches: past a limit the child is stopped, nothing more is printed on standard output,
and one line on standard error says which limit was reached (exit status 124 for time,
125 for memory). Ctrl-C ends the command with one line and exit status 130.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from argmap._suggest import hint
from argmap.errors import ArgmapError, InvalidValueError, UnknownKeyError, WriteError
from argmap.formats.iccma import DIALECTS, read_framework
from argmap.semantics import _engine
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["EXIT_MEMORY", "EXIT_TIMEOUT", "PROBLEMS", "TASKS", "register", "run", "solve"]

TASKS = ("DC", "DS", "SE", "EE", "CE")
"""The reasoning tasks: credulous, skeptical, some extension, all, count."""

_SEMANTICS = ("CO", "PR", "ST", "SST", "STG", "ID", "GR", "EG")

PROBLEMS: tuple[str, ...] = tuple(f"{t}-{s}" for s in _SEMANTICS for t in TASKS)
"""Every supported ``TASK-SEMANTICS`` problem."""

EXIT_TIMEOUT = 124
"""Exit status when ``--timeout`` stopped the work (as GNU ``timeout``)."""
EXIT_MEMORY = 125
"""Exit status when ``--memory`` stopped the work."""

# How often the watching parent looks at the child's clock and resident memory.
_POLL_SECONDS = 0.01


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "solve",
        help="solve an abstract argumentation problem (ICCMA'23 solver interface)",
        description=(
            "Solve PROBLEM (TASK-SEMANTICS, e.g. DC-PR) on the framework in FILE and print "
            "the answer in the ICCMA 2023 output format. Tasks: DC (credulous acceptance of "
            "-a ARG; YES with a witness extension, or NO), DS (skeptical acceptance; YES, or "
            "NO with a counterexample extension), SE (some extension, or NO), EE (every "
            "extension, one line each), CE (the number of extensions). Semantics: CO, PR, "
            "ST, SST, STG, ID, GR, EG. Formats: apx, tgf, i23 (ICCMA'23 'p af N'), taken "
            "from the file extension (.apx, .tgf, .af, .i23) or -fo. -a is only used by DC and DS."
        ),
    )
    parser.add_argument("-p", "--problem", metavar="PROBLEM", help="e.g. DC-PR, SE-ST, EE-CO")
    parser.add_argument("-f", "--file", metavar="FILE", help="the framework file")
    parser.add_argument(
        "-fo", "--format", metavar="FORMAT", help=f"the file's format: {', '.join(DIALECTS)}"
    )
    parser.add_argument(
        "-a", "--argument", metavar="ARG", help="the query argument (for DC and DS)"
    )
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        help="stop after this many seconds of wall-clock time (exit status 124)",
    )
    parser.add_argument(
        "--memory",
        metavar="MB",
        help="stop once the solver holds more than this many megabytes (exit status 125)",
    )
    parser.add_argument(
        "--problems", action="store_true", help="list the supported problems and exit"
    )
    parser.add_argument(
        "--formats", action="store_true", help="list the supported formats and exit"
    )
    parser.set_defaults(run=run)


def _parse_problem(problem: str) -> tuple[str, str]:
    key = problem.strip().upper()
    if key not in PROBLEMS:
        msg = (
            f"problem {problem!r} is not supported: expected TASK-SEMANTICS with TASK one "
            f"of {', '.join(TASKS)} and SEMANTICS one of {', '.join(_SEMANTICS)} "
            f"(see --problems){hint(key, PROBLEMS)}"
        )
        raise InvalidValueError(msg)
    task, semantics = key.split("-", 1)
    return task, semantics


def _line(af: ArgumentationFramework, members: list[int]) -> str:
    """An extension line from sorted indices, without going through name sets."""
    return " ".join(["w", *af._names_of(members)])


def solve(af: ArgumentationFramework, problem: str, argument: str | None = None) -> list[str]:
    """The ICCMA'23 output lines for ``problem`` on ``af``.

    Raises
    ------
    InvalidValueError
        If the problem is not supported, or ``argument`` is missing for DC/DS.
    UnknownKeyError
        If ``argument`` is not in the framework.
    """
    task, semantics = _parse_problem(problem)
    if task in ("DC", "DS"):
        if argument is None:
            msg = f"problem {problem!r} needs a query argument: give -a ARG"
            raise InvalidValueError(msg)
        if argument not in af:
            msg = f"query argument {argument!r} is not in the framework"
            raise UnknownKeyError(msg)
        index = af.index(argument)
        if task == "DC":
            found = _engine.witness(af, index, semantics)
            return ["NO"] if found is None else ["YES", _line(af, found)]
        found = _engine.counterexample(af, index, semantics)
        return ["YES"] if found is None else ["NO", _line(af, found)]
    if task == "SE":
        some = _engine.first(af, semantics)
        return ["NO"] if some is None else [_line(af, some)]
    if task == "CE":
        return [str(_engine.count(af, semantics))]
    return [_line(af, e) for e in _engine.extensions(af, semantics)]


def run(args: argparse.Namespace) -> int:
    if args.problems or args.formats:
        others = [
            flag
            for flag, value in (
                ("-p", args.problem),
                ("-f", args.file),
                ("-fo", args.format),
                ("-a", args.argument),
                ("--timeout", args.timeout),
                ("--memory", args.memory),
            )
            if value is not None
        ]
        if others:
            listing = "--problems" if args.problems else "--formats"
            msg = f"{listing} lists and exits; it takes no {others[0]} (run the task without it)"
            raise InvalidValueError(msg)
        if args.problems:
            print(f"[{','.join(PROBLEMS)}]")
        if args.formats:
            print(f"[{','.join(DIALECTS)}]")
        return 0
    if args.problem is None or args.file is None:
        missing = " and ".join(
            flag
            for flag, value in (("-p PROBLEM", args.problem), ("-f FILE", args.file))
            if not value
        )
        msg = f"solve needs {missing} (or --problems / --formats)"
        raise InvalidValueError(msg)
    task, _ = _parse_problem(args.problem)  # reject a bad problem before reading a large file
    if args.argument is not None and task not in ("DC", "DS"):
        msg = (
            f"-a {args.argument!r}: {args.problem.strip().upper()} takes no query argument; "
            "-a is used by DC and DS only"
        )
        raise InvalidValueError(msg)
    timeout = _positive(args.timeout, "--timeout", "SECONDS", float)
    memory = _positive(args.memory, "--memory", "MB", int)
    if timeout is None and memory is None:
        return _work(args)
    return _supervise(lambda: _work(args), timeout=timeout, memory_mb=memory)


def _positive(value: str | None, flag: str, what: str, kind: Callable[[str], float | int]) -> Any:
    if value is None:
        return None
    try:
        number = kind(value)
    except ValueError:
        number = -1
    if not number > 0 or number == float("inf"):
        msg = f"{flag} expects a positive number of {what}, got {value!r}"
        raise InvalidValueError(msg)
    return number


# The framework of the last task, kept to the end of the process: dropping it would free
# its SAT solvers one by one (half a second for millions of clauses) just before exit.
_KEPT: list[ArgumentationFramework] = []


def _work(args: argparse.Namespace) -> int:
    af = read_framework(args.file, format=args.format)
    _KEPT[:] = [af]
    task, semantics = _parse_problem(args.problem)
    if task == "EE":
        from argmap._progress import Progress

        # Extensions can be many: print each as soon as it is found, with a count so
        # far on a terminal's stderr; stdout stays ICCMA's.
        with Progress("Enumerating extensions") as progress, _writing() as out:
            for extension in _engine.extensions(af, semantics):
                out.write(_line(af, extension) + "\n")
                progress.advance()
        return 0
    if task == "CE" and _engine.count_lists_extensions(af, semantics):
        # Say so rather than list behind the user's back.
        print(
            f"argmap: note: counting {semantics} extensions lists them component by "
            "component: maximal extensions (PR, SST, STG) have no counting method that "
            "avoids it, unlike CO and ST; --timeout bounds the work",
            file=sys.stderr,
        )
    lines = solve(af, args.problem, args.argument)
    with _writing() as out:
        for line in lines:
            out.write(line + "\n")
    return 0


@contextlib.contextmanager
def _writing() -> Iterator[TextIO]:
    """Standard output, flushed at the end; a failed write (a full disk) is one line of
    error, not a traceback. A closed pipe is the caller's (``argmap | head`` is fine)."""
    out = sys.stdout
    try:
        yield out
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        msg = f"cannot write the answer to standard output: {error.strerror or error}"
        raise WriteError(msg) from error


def _supervise(work: Callable[[], int], *, timeout: float | None, memory_mb: int | None) -> int:
    """Run ``work`` in a forked child and stop it past the time or memory limit.

    A child, because the SAT solver holds the interpreter while it searches: no signal
    handler or thread of this process could interrupt it in time.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        msg = "--timeout and --memory need a system with fork (Linux, macOS)"
        raise InvalidValueError(msg)
    import signal  # here: only the supervised runs need it

    sys.stdout.flush()
    sys.stderr.flush()
    start = time.monotonic()
    # Ctrl-C is held back across the fork: a signal landing in the child before it
    # ignores SIGINT would otherwise make it report the interruption too.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    child = -1
    try:
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child; its effects are tested
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
                code = _child(work)
            finally:
                os._exit(code)
        # A Ctrl-C held back during the fork arrives here, where the child is stopped.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        while True:
            done, status = os.waitpid(child, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                if code < 0:  # killed by a signal from elsewhere (e.g. the OOM killer)
                    name = signal.Signals(-code).name
                    print(f"argmap: error: solve stopped by {name}, no answer", file=sys.stderr)
                    return 1
                return code
            if timeout is not None and time.monotonic() - start > timeout:
                _stop(child)
                msg = f"solve stopped: the time limit of {timeout:g} s was reached, no answer"
                print(f"argmap: error: {msg}", file=sys.stderr)
                return EXIT_TIMEOUT
            if memory_mb is not None and _resident_mb(child) > memory_mb:
                _stop(child)
                msg = f"solve stopped: the memory limit of {memory_mb} MB was reached, no answer"
                print(f"argmap: error: {msg}", file=sys.stderr)
                return EXIT_MEMORY
            time.sleep(_POLL_SECONDS)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        if child > 0:
            _stop(child)
        raise


def _child(work: Callable[[], int]) -> int:  # pragma: no cover - runs in the child
    # The parent reports Ctrl-C; the child ignores it (set before the fork's mask lifts).
    try:
        status = work()
        sys.stdout.flush()
        return status
    except ArgmapError as error:
        print(f"argmap: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except MemoryError:
        return EXIT_MEMORY


def _stop(child: int) -> None:
    import signal

    try:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _resident_mb(pid: int) -> float:
    """The child's resident memory in MB, from /proc (0 where /proc is missing)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
