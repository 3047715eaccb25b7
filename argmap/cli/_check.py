"""``argmap check MAP``: validate a map and lint it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from argmap._terminal import clean
from argmap.cli._convert import add_from_option
from argmap.lint import Severity, check_map, load_map_with_lines

__all__ = ["register"]


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help="validate a map and report suspect parts",
        description=(
            "Load MAP (which validates keys and references) and lint it: quotes not found "
            "in their source, circular support, attacked conclusions with no support, "
            "schemes not in the catalogue, isolated elements, unused parties and sources. "
            "Each finding names the line of MAP where its element was made. Exits 1 when "
            "an error is found (or a warning, with --strict)."
        ),
    )
    parser.add_argument("map", metavar="MAP", help="a map module (.py) defining MAP")
    add_from_option(parser)
    parser.add_argument(
        "--strict", action="store_true", help="fail on warnings as well as on errors"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print errors and warnings only, no info"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    argument_map, lines = load_map_with_lines(args.map, format=args.from_format)
    findings = check_map(argument_map, lines=lines)
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
        if args.quiet and finding.severity is Severity.INFO:
            continue
        # FILE:LINE: as compilers print it, so editors can jump to the element.
        where = args.map if finding.line is None else f"{args.map}:{finding.line}"
        print(f"{where}: {finding}")
    summary = ", ".join(f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity)
    failed = counts[Severity.ERROR] > 0 or (args.strict and counts[Severity.WARNING] > 0)
    verdict = "FAILED" if failed else "ok"
    print(
        clean(f"{args.map}: {verdict}: {len(argument_map)} elements; {summary}"),
        file=sys.stderr if failed else sys.stdout,
    )
    return 1 if failed else 0
