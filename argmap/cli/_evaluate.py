"""``argmap evaluate INPUT --semantics NAMES [--json]``: label statements or claims.

The command dispatches on the kind of input. Each kind has a loader and the semantics
that apply to it:

* a Carneades 4 argument graph (``.yml`` / ``.yaml``), evaluated by ``carneades``;
* an argmap map module (``.py``), evaluated by :func:`argmap.semantics.evaluate.evaluate`
  under any of its semantics and printed as a claims x semantics table.

Further kinds (argmap maps) and semantics register themselves in :data:`INPUT_KINDS`
and :data:`SEMANTICS`; ``--semantics`` accepts any registered name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from argmap.cli._explain import add_evaluation_options, positive_int, run_evaluate_map
from argmap.errors import InvalidValueError
from argmap.formats._registry import FORMATS as READ_FORMATS
from argmap.formats.carneades_yaml import CarneadesFile, load_graph
from argmap.loader import load_map
from argmap.semantics.carneades import Audience, CarneadesResult, evaluate_carneades
from argmap.semantics.evaluate import ALL_SEMANTICS as MAP_SEMANTICS

__all__ = [
    "DEFAULT_EXTENSIONS",
    "INPUT_KINDS",
    "SEMANTICS",
    "InputKind",
    "Semantics",
    "register",
    "run",
]

DEFAULT_EXTENSIONS = 10
"""How many extensions ``--extensions`` without a number lists."""


@attrs.frozen
class InputKind:
    """A kind of input ``evaluate`` reads: how to recognise it and how to load it."""

    name: str
    suffixes: tuple[str, ...]
    load: Callable[[str], Any]


@attrs.frozen
class Semantics:
    """One semantics ``evaluate`` offers, for one input kind.

    ``evaluate(loaded, args)`` returns a JSON-ready dict with at least ``labels``;
    ``table(payload)`` renders that dict as lines of text.
    """

    name: str
    kind: str
    help: str
    evaluate: Callable[[Any, argparse.Namespace], dict[str, Any]]
    table: Callable[[dict[str, Any]], list[str]]


def _evaluate_graph(loaded: CarneadesFile, args: argparse.Namespace) -> dict[str, Any]:
    audience = Audience(
        assumptions=frozenset(args.assume or ()), challenged=frozenset(args.challenge or ())
    )
    result: CarneadesResult = evaluate_carneades(loaded.graph, audience=audience)
    payload = result.to_dict()
    if loaded.expected:
        mismatches = {
            s: {"expected": label.value, "actual": result.labels[s].value}
            for s, label in sorted(loaded.expected.items())
            if result.labels[s] is not label
        }
        payload["tests"] = {"passed": not mismatches, "mismatches": mismatches}
    return payload


def _graph_table(payload: dict[str, Any]) -> list[str]:
    labels: dict[str, str] = payload["labels"]
    width = max((len(s) for s in labels), default=0)
    width = max(width, len("statement"))
    lines = [f"{'statement':<{width}}  label      why"]
    for statement, label in labels.items():
        lines.append(f"{statement:<{width}}  {label:<9}  {payload['explanations'][statement]}")
    if "tests" in payload:
        tests = payload["tests"]
        if tests["passed"]:
            lines.append("tests: all expected labels match")
        else:
            for statement, m in tests["mismatches"].items():
                lines.append(f"tests: {statement!r} expected {m['expected']}, got {m['actual']}")
    return lines


INPUT_KINDS: dict[str, InputKind] = {
    "map": InputKind(
        name="map",
        # The last suffix of every extension argmap reads maps from (.py, .json, .aif...).
        suffixes=tuple(
            dict.fromkeys(
                "." + e.rsplit(".", 1)[-1]
                for f in READ_FORMATS
                if f.reads and f.name != "carneades"  # graphs have their own kind below
                for e in f.extensions
            )
        ),
        load=load_map,
    ),
    "carneades-graph": InputKind(
        name="carneades-graph", suffixes=(".yml", ".yaml"), load=load_graph
    ),
}
"""Input kinds by name; the first whose suffixes match the input path is used."""

SEMANTICS: dict[str, Semantics] = {
    "carneades": Semantics(
        name="carneades",
        kind="carneades-graph",
        help="Carneades 4 labelling with proof standards (Carneades 4 YAML graphs)",
        evaluate=_evaluate_graph,
        table=_graph_table,
    ),
}
"""Semantics by name, in the order ``--help`` lists them."""


def _semantics_list(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        msg = "expected at least one semantics name"
        raise argparse.ArgumentTypeError(msg)
    known = list(dict.fromkeys([*SEMANTICS, *MAP_SEMANTICS]))
    unknown = [n for n in names if n not in known]
    if unknown:
        msg = f"unknown semantics {unknown[0]!r}: expected one of {', '.join(known)}"
        raise argparse.ArgumentTypeError(msg)
    return list(dict.fromkeys(names))


def register(subparsers: Any) -> None:
    """Add the ``evaluate`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "evaluate",
        help="label statements in/out/undecided under a semantics",
        description=(
            "Evaluate INPUT under one or more semantics and print each statement's label "
            "with the reason. A Carneades 4 YAML graph (.yml, .yaml) is evaluated with "
            "proof standards, burden of proof and assumptions; its 'tests' block, if any, "
            "is checked too. A map (.py, or any format argmap reads) is evaluated under the "
            "Dung semantics, Carneades and the gradual semantics and printed as a table of "
            f"claims (key, text) by semantics ({', '.join(MAP_SEMANTICS)}); statuses are "
            "decided without listing extensions, which --extensions lists on request. "
            "Carneades graph semantics: "
            + "; ".join(f"{s.name}: {s.help}" for s in SEMANTICS.values())
            + "."
        ),
    )
    parser.add_argument("input", metavar="INPUT", help="the graph or map to evaluate")
    parser.add_argument(
        "--semantics",
        type=_semantics_list,
        default=None,
        metavar="NAMES",
        help=f"comma-separated semantics ({', '.join(SEMANTICS)}); default: all that apply",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object (members: labels, arguments, issues, explanations, ...)",
    )
    parser.add_argument(
        "--assume",
        action="append",
        metavar="STATEMENT",
        help="(carneades) let the audience also assume STATEMENT; repeatable",
    )
    parser.add_argument(
        "--challenge",
        action="append",
        metavar="STATEMENT",
        help="(carneades) let the audience challenge the assumption STATEMENT; repeatable",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when the labels differ from the graph's 'tests' block",
    )
    maps = parser.add_argument_group("maps (.py)", "how a map is read (--assume applies too)")
    add_evaluation_options(maps, several=True, semantics=False, assume=False)
    maps.add_argument(
        "--extensions",
        nargs="?",
        const=DEFAULT_EXTENSIONS,
        type=positive_int,
        metavar="N",
        help=(
            "also list up to N extensions of each Dung semantics (default N: "
            f"{DEFAULT_EXTENSIONS}); statuses never need them"
        ),
    )
    parser.set_defaults(run=run)


def _input_kind(path: str) -> InputKind:
    suffix = Path(path).suffix.lower()
    for kind in INPUT_KINDS.values():
        if suffix in kind.suffixes:
            return kind
    known = ", ".join(s for k in INPUT_KINDS.values() for s in k.suffixes)
    msg = f"cannot evaluate {path!r}: unknown input kind {suffix or '(no suffix)'!r}, expected one of {known}"
    raise InvalidValueError(msg)


def run(args: argparse.Namespace) -> int:
    """Run ``argmap evaluate``; return the exit status."""
    kind = _input_kind(args.input)
    if args.extensions is not None and kind.name != "map":
        msg = f"--extensions lists extensions of a map's Dung semantics; {args.input!r} is a {kind.name}"
        raise InvalidValueError(msg)
    if kind.name == "map":
        # Maps have their own table: claims x semantics (argmap.cli._explain).
        return run_evaluate_map(args)
    for name in args.semantics or ():
        if name not in SEMANTICS:
            msg = f"semantics {name!r} does not apply to a {kind.name} such as {args.input!r}"
            raise InvalidValueError(msg)
    names: Sequence[str] = args.semantics or [
        s.name for s in SEMANTICS.values() if s.kind == kind.name
    ]
    for name in names:
        if SEMANTICS[name].kind != kind.name:
            msg = f"semantics {name!r} does not apply to a {kind.name} such as {args.input!r}"
            raise InvalidValueError(msg)
    loaded = kind.load(args.input)
    payloads = {name: SEMANTICS[name].evaluate(loaded, args) for name in names}
    failed = args.check and any(
        not p.get("tests", {"passed": True})["passed"] for p in payloads.values()
    )
    if args.json:
        if len(payloads) == 1:
            ((name, payload),) = payloads.items()
            document = {"input": args.input, "kind": kind.name, "semantics": name, **payload}
        else:
            document = {
                "input": args.input,
                "kind": kind.name,
                "semantics": list(payloads),
                "labels": {name: p["labels"] for name, p in payloads.items()},
                "results": payloads,
            }
        print(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=True))
    else:
        # Statement ids such as "¬app(a1)" must not crash a terminal that cannot show them.
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
        for name, payload in payloads.items():
            print(f"{args.input}: {name}")
            for line in SEMANTICS[name].table(payload):
                print(f"  {line}")
    return 1 if failed else 0
