"""``argmap whatif MAP KEY``: the single changes that would alter a claim's status."""

from __future__ import annotations

import argparse
from typing import Any

from argmap.cli._convert import add_from_option
from argmap.cli._explain import CHANGE_KINDS, add_evaluation_options, name_list, run_whatif

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``whatif`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "whatif",
        help="list the single changes that would alter a claim's status",
        description=(
            "Evaluate MAP, then try every single change -- withdraw an objection or an "
            "argument, answer or raise a critical question, challenge a claim taken for "
            "granted, hold KEY to another proof standard -- and list those that change "
            "KEY's status under the semantics."
        ),
    )
    parser.add_argument("map", metavar="MAP", help="a map module (.py) or a map file")
    parser.add_argument("key", metavar="KEY", help="the claim whose status is at stake")
    add_from_option(parser)
    add_evaluation_options(parser, several=False)
    parser.add_argument(
        "--kinds",
        type=name_list,
        default=list(CHANGE_KINDS),
        metavar="KINDS",
        help=f"comma-separated kinds of change to try ({', '.join(CHANGE_KINDS)}; default: all)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run_whatif)
