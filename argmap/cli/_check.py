"""``argmap check MAP...``: validate maps and lint them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from argmap._terminal import clean
from argmap.cli._convert import add_from_option
from argmap.errors import ArgmapError
from argmap.lint import Severity, check_map, load_map_with_lines

__all__ = ["register"]


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check",
        help="validate maps and report suspect parts",
        description=(
            "Load each MAP (which validates keys and references) and lint it: quotes not "
            "found in their source, circular support, attacked conclusions with no "
            "support, schemes not in the catalogue, isolated elements, unused parties and "
            "sources. Each finding names the line of MAP where its element was made. A "
            "map that fails to load is reported on one line and the others are still "
            "checked; with several maps a summary line follows. Exits 1 when any map "
            "fails to load or has an error (or a warning, with --strict), so "
            "`argmap check maps/*.py` can gate a CI job."
        ),
    )
    parser.add_argument(
        "maps", nargs="+", metavar="MAP", help="map modules (.py) defining MAP, or map files"
    )
    add_from_option(parser)
    parser.add_argument(
        "--strict", action="store_true", help="fail on warnings as well as on errors"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print errors and warnings only, no info"
    )
    parser.set_defaults(run=run)


def _check_one(path: str, args: argparse.Namespace) -> bool:
    """Check one map, print its findings and verdict; return whether it failed."""
    try:
        argument_map, lines = load_map_with_lines(path, format=args.from_format)
    except ArgmapError as error:
        if args.debug:
            raise
        text = str(error)
        text = text if text.startswith(path) else f"{path}: {text}"
        print(clean(f"argmap: error: {' '.join(text.split())}"), file=sys.stderr)
        return True
    findings = check_map(argument_map, lines=lines)
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
        if args.quiet and finding.severity is Severity.INFO:
            continue
        # FILE:LINE: as compilers print it, so editors can jump to the element.
        where = path if finding.line is None else f"{path}:{finding.line}"
        print(f"{where}: {finding}")
    summary = ", ".join(f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity)
    failed = counts[Severity.ERROR] > 0 or (args.strict and counts[Severity.WARNING] > 0)
    verdict = "FAILED" if failed else "ok"
    print(
        clean(f"{path}: {verdict}: {len(argument_map)} elements; {summary}"),
        file=sys.stderr if failed else sys.stdout,
    )
    return failed


def run(args: argparse.Namespace) -> int:
    """Check every map named; exit 1 when any failed."""
    failed = sum(_check_one(path, args) for path in args.maps)
    if len(args.maps) > 1:
        total = len(args.maps)
        print(
            f"checked {total} maps: {total - failed} ok, {failed} failed",
            file=sys.stderr if failed else sys.stdout,
        )
    return 1 if failed else 0
