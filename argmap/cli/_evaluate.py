"""``argmap evaluate INPUT... --semantics NAMES [--json]``: label statements or claims.

The command dispatches on the kind of each input. Each kind has a loader and the
semantics that apply to it:

* a Carneades 4 argument graph (``.yml`` / ``.yaml``), evaluated by ``carneades``;
* a map (a ``.py`` module or any file argmap reads maps from, or any file with
  ``--from``), evaluated by :func:`argmap.semantics.evaluate.evaluate` under any of its
  semantics and printed as a claims x semantics table.

Further semantics for graphs register themselves in :data:`SEMANTICS`; ``--semantics``
accepts any registered name and any map semantics. Every option either acts on the
input's kind or is refused for it with one line saying why (``--check`` for a map, the
proof-standard options for a graph): nothing is silently ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from argmap._suggest import hint
from argmap._terminal import clean
from argmap.cli._convert import add_from_option
from argmap.cli._explain import (
    add_evaluation_options,
    check_evaluation_keys,
    evaluation_options,
    map_payload,
    map_table,
    positive_int,
    require_keys,
)
from argmap.cli._names import ALL_SEMANTICS as MAP_SEMANTICS
from argmap.errors import ArgmapError, InvalidValueError, UnknownKeyError
from argmap.formats._registry import FORMATS as READ_FORMATS
from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.model import Objection, ObjectionKind

if TYPE_CHECKING:
    from argmap.formats.carneades_yaml import CarneadesFile

__all__ = [
    "DEFAULT_EXTENSIONS",
    "GRAPH_JSON_MEMBERS",
    "INPUT_KINDS",
    "MAP_JSON_MEMBERS",
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
    statements = loaded.graph.statement_ids
    for option, ids in (("--assume", args.assume), ("--challenge", args.challenge)):
        for statement in ids or ():
            if statement not in statements:
                msg = (
                    f"{option} {statement!r}: the graph has no statement {statement!r}"
                    f"{hint(statement, statements)}"
                )
                raise UnknownKeyError(msg)
    from argmap.semantics.carneades import Audience, evaluate_carneades

    audience = Audience(
        assumptions=frozenset(args.assume or ()), challenged=frozenset(args.challenge or ())
    )
    result = evaluate_carneades(loaded.graph, audience=audience)
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


def _load_graph(path: str) -> CarneadesFile:
    from argmap.formats.carneades_yaml import load_graph  # YAML loads only for graphs

    return load_graph(path)


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
        name="carneades-graph", suffixes=(".yml", ".yaml"), load=_load_graph
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


MAP_JSON_MEMBERS: tuple[str, ...] = (
    "input",
    "kind",
    "map",
    "semantics",
    "support",
    "default_weight",
    "standards",
    "assumed",
    "challenged",
    "labels",
    "labels_semantics",
)
"""Members of ``--json`` output for a map (``labels``/``labels_semantics`` only when a
semantics that gives statuses was evaluated); ``--help`` lists these, a test checks them."""

GRAPH_JSON_MEMBERS: tuple[str, ...] = (
    "input",
    "kind",
    "semantics",
    "labels",
    "arguments",
    "issues",
    "explanations",
    "reasons",
    "tests",
)
"""Members of ``--json`` output for a Carneades graph under one semantics (``tests`` only
when the graph has a tests block); ``--help`` lists these, a test checks them."""


def _semantics_list(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        msg = "expected at least one semantics name"
        raise argparse.ArgumentTypeError(msg)
    known = list(dict.fromkeys([*SEMANTICS, *MAP_SEMANTICS]))
    unknown = [n for n in names if n not in known]
    if unknown:
        msg = f"unknown semantics {unknown[0]!r}{hint(unknown[0], known)}: expected one of {', '.join(known)}"
        raise argparse.ArgumentTypeError(msg)
    return list(dict.fromkeys(names))


def register(subparsers: Any) -> None:
    """Add the ``evaluate`` command."""
    graph_suffixes = ", ".join(INPUT_KINDS["carneades-graph"].suffixes)
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "evaluate",
        help="label statements in/out/undecided under a semantics",
        description=(
            "Evaluate each INPUT under one or more semantics and print each statement's "
            f"label with the reason. A Carneades 4 YAML graph ({graph_suffixes}) is "
            "evaluated with proof standards, burden of proof and assumptions; its 'tests' "
            "block, if any, is checked too. A map (a module, or any file argmap reads maps "
            f"from: {', '.join(INPUT_KINDS['map'].suffixes)}; any file with --from) is "
            "evaluated under the Dung semantics, Carneades and the gradual semantics and "
            "printed as a table of claims (key, text) by semantics; statuses are decided "
            "without listing extensions, which --extensions lists on request. Graph "
            "semantics: "
            + "; ".join(f"{s.name}: {s.help}" for s in SEMANTICS.values())
            + ". Several inputs are evaluated one after the other (each table under a "
            "line naming its input; with --json, one JSON array); an input that fails "
            "is reported on one line and the others are still evaluated. An option that "
            "does not apply to an input's kind is refused, never ignored."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="graphs or maps to evaluate")
    add_from_option(parser)
    parser.add_argument(
        "--semantics",
        type=_semantics_list,
        default=None,
        metavar="NAMES",
        help=(
            f"comma-separated semantics: for maps {', '.join(MAP_SEMANTICS)}; for graphs "
            f"{', '.join(SEMANTICS)} (default: all that apply)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=(
            f"print JSON: for a map an object with {', '.join(MAP_JSON_MEMBERS)} (the "
            "last two when a semantics that gives statuses was evaluated); for a graph one "
            f"with {', '.join(GRAPH_JSON_MEMBERS)} (tests only when the graph has a tests "
            "block); several inputs give an array of these"
        ),
    )
    parser.add_argument(
        "--assume",
        action="append",
        metavar="STATEMENT",
        help="take STATEMENT (a graph's statement, a map's claim) as given; repeatable",
    )
    parser.add_argument(
        "--challenge",
        action="append",
        metavar="STATEMENT",
        help=(
            "challenge STATEMENT: a graph's audience questions that assumption; a map's "
            "claim gets a challenge ('What supports this?') that only its arguments can "
            "meet; repeatable"
        ),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="(graphs) exit 1 when the labels differ from the graph's 'tests' block",
    )
    maps = parser.add_argument_group("maps", "how a map is read (refused for graphs)")
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


def _input_kind(path: str, args: argparse.Namespace) -> InputKind:
    if args.from_format is not None:
        return INPUT_KINDS["map"]  # --from names a map format: the input is read as a map
    suffix = Path(path).suffix.lower()
    for kind in INPUT_KINDS.values():
        if suffix in kind.suffixes:
            return kind
    known = ", ".join(s for k in INPUT_KINDS.values() for s in k.suffixes)
    msg = (
        f"cannot evaluate {path!r}: unknown input kind {suffix or '(no suffix)'!r}, "
        f"expected one of {known} (or name the map format with --from)"
    )
    raise InvalidValueError(msg)


def _refuse_map_only(args: argparse.Namespace, path: str) -> None:
    given = [
        option
        for option, value in (
            ("--support", args.support),
            ("--symmetric-rebuttals", args.symmetric_rebuttals),
            ("--rebuttal-preferences", args.rebuttal_preferences),
            ("--default-weight", args.default_weight is not None),
            ("--standard", args.standard),
            ("--standard-for", args.standard_for),
            ("--extensions", args.extensions is not None),
        )
        if value
    ]
    if given:
        why = (
            "a graph has no Dung semantics whose extensions to list"
            if given[0] == "--extensions"
            else "it says how a map is read, and a graph states its own standards and weights"
        )
        msg = f"{given[0]} applies to maps, not to the Carneades graph {path!r}: {why}"
        raise InvalidValueError(msg)


def _challenged(argument_map: ArgumentMap, claims: Sequence[str]) -> ArgumentMap:
    """``argument_map`` with a challenge of each claim in ``claims`` (``--challenge``)."""
    require_keys(argument_map, claims, "--challenge", claims_only=True)
    for claim in dict.fromkeys(claims):
        key, n = f"cli.challenge.{claim}", 1
        while key in argument_map:  # a key the map already uses: number ours
            n += 1
            key = f"cli.challenge.{claim}.{n}"
        challenge = Objection(key, ObjectionKind.CHALLENGE, claim, text="What supports this?")
        argument_map = argument_map.add(challenge)
    return argument_map


def _run_map(path: str, args: argparse.Namespace) -> tuple[dict[str, Any], list[str], bool]:
    if args.check:
        msg = (
            f"--check compares a Carneades graph's labels with its 'tests' block; the map "
            f"{path!r} has no tests block (use `argmap check` to check a map)"
        )
        raise InvalidValueError(msg)
    semantics = None
    if args.semantics:
        semantics = [n for n in args.semantics if n in MAP_SEMANTICS]
        if not semantics:
            msg = (
                f"none of the semantics {', '.join(args.semantics)} applies to a map such "
                f"as {path!r}: expected {', '.join(MAP_SEMANTICS)}"
            )
            raise InvalidValueError(msg)
    argument_map = load_map(path, format=args.from_format)
    check_evaluation_keys(argument_map, args)
    challenged = list(dict.fromkeys(args.challenge or ()))
    if challenged:
        argument_map = _challenged(argument_map, challenged)
    from argmap.semantics.evaluate import evaluate

    evaluation = evaluate(
        argument_map,
        semantics=semantics,
        max_extensions=args.extensions,
        **evaluation_options(args),
    )
    payload = {"input": path, "kind": "map", **map_payload(evaluation), "challenged": challenged}
    lines = map_table(evaluation)
    if challenged:
        lines.append(f"challenged (--challenge): {', '.join(challenged)}")
    return payload, lines, False


def _run_graph(
    path: str, kind: InputKind, args: argparse.Namespace
) -> tuple[dict[str, Any], list[str], bool]:
    _refuse_map_only(args, path)
    own = [s.name for s in SEMANTICS.values() if s.kind == kind.name]
    names: Sequence[str] = own
    if args.semantics:
        # With maps and graphs on one line, each is evaluated under the named semantics
        # that apply to it (run() has checked that each name applies to some input).
        names = [n for n in args.semantics if n in own]
        if not names:
            msg = (
                f"none of the semantics {', '.join(args.semantics)} applies to a "
                f"{kind.name} such as {path!r}: expected {', '.join(own)}"
            )
            raise InvalidValueError(msg)
    loaded = kind.load(path)
    payloads = {name: SEMANTICS[name].evaluate(loaded, args) for name in names}
    failed = args.check and any(
        not p.get("tests", {"passed": True})["passed"] for p in payloads.values()
    )
    document: dict[str, Any]
    if len(payloads) == 1:
        ((name, payload),) = payloads.items()
        document = {"input": path, "kind": kind.name, "semantics": name, **payload}
    else:
        document = {
            "input": path,
            "kind": kind.name,
            "semantics": list(payloads),
            "labels": {name: p["labels"] for name, p in payloads.items()},
            "results": payloads,
        }
    lines = []
    for name, payload in payloads.items():
        lines.append(f"{path}: {name}")
        lines.extend(f"  {line}" for line in SEMANTICS[name].table(payload))
    return document, lines, bool(failed)


def _check_semantics_apply(args: argparse.Namespace) -> None:
    """Refuse a named semantics that applies to none of the inputs (by their suffixes)."""
    if not args.semantics:
        return
    kinds = set()
    for path in args.inputs:
        try:
            kinds.add(_input_kind(path, args).name)
        except ArgmapError:
            continue  # reported with the input itself
    applicable = {s.name for s in SEMANTICS.values() if s.kind in kinds}
    if "map" in kinds:
        applicable.update(MAP_SEMANTICS)
    for name in args.semantics:
        if kinds and name not in applicable:
            what = " or ".join(sorted(kinds))
            msg = f"semantics {name!r} applies to none of the inputs (kind: {what})"
            raise InvalidValueError(msg)


def run(args: argparse.Namespace) -> int:
    """Run ``argmap evaluate``; return the exit status."""
    _check_semantics_apply(args)
    documents: list[dict[str, Any]] = []
    failures = 0
    several = len(args.inputs) > 1
    if not args.json:
        # Statement ids such as "¬app(a1)" must not crash a terminal that cannot show them.
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    for path in args.inputs:
        try:
            kind = _input_kind(path, args)
            if kind.name == "map":
                document, lines, failed = _run_map(path, args)
            else:
                document, lines, failed = _run_graph(path, kind, args)
        except ArgmapError as error:
            if not several or args.debug:
                raise
            failures += 1
            text = str(error)
            text = text if text.startswith(path) else f"{path}: {text}"
            print(clean(f"argmap: error: {' '.join(text.split())}"), file=sys.stderr)
            continue
        failures += failed
        documents.append(document)
        if not args.json:
            if several and kind.name == "map":
                print(f"{path}:")
            print("\n".join(lines))
    if args.json:
        out = documents if several else documents[0]
        print(json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False))
    return 1 if failures else 0
