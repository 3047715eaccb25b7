"""``argmap solve``: an ICCMA'23-style solver for abstract argumentation frameworks.

Usage, as competition harnesses call it::

    argmap solve -p DC-PR -f framework.af -a 3
    argmap solve -p EE-ST -f framework.tgf
    argmap solve --problems
    argmap solve --formats

Output follows ICCMA 2023: an extension is one line ``w 1 4`` (``w`` then its
arguments in framework order); ``DC`` prints ``YES`` and a witness line, or ``NO``;
``DS`` prints ``YES``, or ``NO`` and a counterexample line; ``SE`` prints an extension
line or ``NO`` when there is none; ``EE`` one extension line per extension (none when
there is none); ``CE`` the number of extensions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from argmap._progress import Progress
from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.formats.iccma import FORMATS, read_framework
from argmap.semantics import dung
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["PROBLEMS", "TASKS", "register", "run"]

TASKS = ("DC", "DS", "SE", "EE", "CE")
"""The reasoning tasks: credulous, skeptical, some extension, all, count."""

_SEMANTICS = ("CO", "PR", "ST", "SST", "STG", "ID", "GR", "EG")

PROBLEMS: tuple[str, ...] = tuple(f"{t}-{s}" for s in _SEMANTICS for t in TASKS)
"""Every supported ``TASK-SEMANTICS`` problem."""


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
        "-fo", "--format", metavar="FORMAT", help=f"the file's format: {', '.join(FORMATS)}"
    )
    parser.add_argument(
        "-a", "--argument", metavar="ARG", help="the query argument (for DC and DS)"
    )
    parser.add_argument(
        "--problems", action="store_true", help="list the supported problems and exit"
    )
    parser.add_argument(
        "--formats", action="store_true", help="list the supported formats and exit"
    )
    parser.set_defaults(run=run)


def _extension_line(af: ArgumentationFramework, extension: Iterable[str]) -> str:
    ordered = sorted(af.index(name) for name in extension)
    names = af.arguments
    return " ".join(["w", *(names[i] for i in ordered)])


def _parse_problem(problem: str) -> tuple[str, str]:
    key = problem.strip().upper()
    if key not in PROBLEMS:
        msg = (
            f"problem {problem!r} is not supported: expected TASK-SEMANTICS with TASK one "
            f"of {', '.join(TASKS)} and SEMANTICS one of {', '.join(_SEMANTICS)} "
            "(see --problems)"
        )
        raise InvalidValueError(msg)
    task, semantics = key.split("-", 1)
    return task, semantics


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
        if task == "DC":
            found = dung.credulous_witness(af, argument, semantics)
            return ["NO"] if found is None else ["YES", _extension_line(af, found)]
        found = dung.skeptical_counterexample(af, argument, semantics)
        return ["YES"] if found is None else ["NO", _extension_line(af, found)]
    if task == "SE":
        some = dung.some_extension(af, semantics)
        return ["NO"] if some is None else [_extension_line(af, some)]
    if task == "CE":
        return [str(dung.count_extensions(af, semantics))]
    return [_extension_line(af, e) for e in dung.extensions(af, semantics)]


def run(args: argparse.Namespace) -> int:
    if args.problems or args.formats:
        if args.problems:
            print(f"[{','.join(PROBLEMS)}]")
        if args.formats:
            print(f"[{','.join(FORMATS)}]")
        return 0
    if args.problem is None or args.file is None:
        missing = " and ".join(
            flag
            for flag, value in (("-p PROBLEM", args.problem), ("-f FILE", args.file))
            if not value
        )
        msg = f"solve needs {missing} (or --problems / --formats)"
        raise InvalidValueError(msg)
    _parse_problem(args.problem)  # reject a bad problem before reading a large file
    af = read_framework(args.file, fmt=args.format)
    out = sys.stdout
    if args.problem.strip().upper().startswith("EE"):
        # Extensions can be many: print each as soon as it is found.
        _, semantics = _parse_problem(args.problem)
        # A count of extensions found so far on a terminal's stderr; stdout stays ICCMA's.
        with Progress("Enumerating extensions") as progress:
            for extension in dung.extensions(af, semantics):
                out.write(_extension_line(af, extension) + "\n")
                progress.advance()
        out.flush()
        return 0
    for line in solve(af, args.problem, args.argument):
        out.write(line + "\n")
    return 0
