"""``argmap explain MAP KEY`` and ``argmap whatif MAP KEY``; the map side of ``evaluate``.

The evaluation options (semantics, support mode, proof standards, assumptions) are
shared by the three commands: :func:`add_evaluation_options` adds them to a parser and
:func:`evaluation_options` turns parsed arguments into keyword arguments for
:func:`argmap.semantics.evaluate.evaluate`. :func:`map_table` prints a claims x semantics
table and :func:`map_payload` the JSON form, for ``argmap evaluate MAP``.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from argmap._suggest import hint
from argmap.cli._convert import add_from_option
from argmap.cli._names import ALL_SEMANTICS, PROOF_STANDARDS, SUPPORT_MODES
from argmap.errors import EvaluationError, UnknownKeyError
from argmap.loader import load_map
from argmap.map import ArgumentMap

if TYPE_CHECKING:
    from argmap.semantics.evaluate import Evaluation

__all__ = [
    "CHANGE_KINDS",
    "add_evaluation_options",
    "check_evaluation_keys",
    "evaluation_options",
    "map_payload",
    "map_table",
    "name_list",
    "positive_int",
    "register",
    "require_keys",
    "run_explain",
    "run_whatif",
]

CHANGE_KINDS = ("withdraw", "answer", "raise", "challenge", "standard")
"""The kinds of change ``argmap whatif`` tries (see :func:`argmap.semantics.explain.what_if`)."""


def name_list(text: str) -> list[str]:
    """Split a comma-separated ``--semantics``/``--kinds`` value (argparse type)."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        msg = "expected at least one semantics name"
        raise argparse.ArgumentTypeError(msg)
    return names


def require_keys(
    argument_map: ArgumentMap, keys: Sequence[str], option: str, *, claims_only: bool = False
) -> None:
    """Refuse keys that ``argument_map`` does not hold (only claims, with ``claims_only``),
    naming ``option`` and the likeliest key meant.

    Raises
    ------
    UnknownKeyError
        For the first key that is missing.
    """
    known = [c.key for c in argument_map.claims] if claims_only else list(argument_map.keys)
    what = "claim" if claims_only else "element"
    for key in keys:
        if key not in known:
            msg = (
                f"{option} {key!r}: map {argument_map.title!r} has no {what} {key!r}"
                f"{hint(key, known)}"
            )
            raise UnknownKeyError(msg)


def _unit_interval(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        msg = f"expected a number in [0, 1], got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def positive_int(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a whole number of at least 1, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _standard_for(text: str) -> tuple[str, str]:
    claim, sep, standard = text.partition("=")
    if not sep or not claim.strip() or not standard.strip():
        msg = f"expected CLAIM=STANDARD (e.g. cook.forgery=BRD), got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return claim.strip(), standard.strip()


def add_evaluation_options(
    parser: argparse._ActionsContainer,
    *,
    several: bool,
    semantics: bool = True,
    assume: bool = True,
) -> None:
    """Add ``--semantics`` (unless ``semantics=False``), ``--support``, ``--standard``,
    ``--standard-for`` and ``--assume`` (unless ``assume=False``)."""
    if semantics:
        parser.add_argument(
            "--semantics",
            type=name_list,
            default=None,
            metavar="NAMES" if several else "NAME",
            help=(
                ("comma-separated semantics" if several else "the semantics")
                + f" ({', '.join(ALL_SEMANTICS)}); default: "
                + ("all" if several else "grounded")
            ),
        )
    parser.add_argument(
        "--support",
        choices=SUPPORT_MODES,
        default=None,
        help="how an argument supports its conclusion in the Dung reading (default: presumptive)",
    )
    parser.add_argument(
        "--symmetric-rebuttals",
        action="store_true",
        help="let a rebutted claim attack what rebuts it in the Dung reading (default: one way)",
    )
    parser.add_argument(
        "--rebuttal-preferences",
        action="store_true",
        help=(
            "of two claims that rebut each other, let the stronger case (weighed by its "
            "heaviest argument) defeat the weaker in the Dung reading (default: both stand)"
        ),
    )
    parser.add_argument(
        "--default-weight",
        type=_unit_interval,
        default=None,
        metavar="W",
        help="weight of an argument that states none, in [0, 1] (default: 1)",
    )
    parser.add_argument(
        "--standard",
        default=None,
        metavar="STANDARD",
        help=(
            f"proof standard for every claim: {', '.join(PROOF_STANDARDS)} or their names "
            "(default: PE, preponderance of the evidence)"
        ),
    )
    parser.add_argument(
        "--standard-for",
        type=_standard_for,
        action="append",
        default=[],
        metavar="CLAIM=STANDARD",
        help="proof standard for one claim, overriding --standard; repeatable",
    )
    if assume:
        parser.add_argument(
            "--assume",
            action="append",
            default=[],
            metavar="CLAIM",
            help="take CLAIM as given (prima facie; accepted by the Carneades audience); repeatable",
        )


def evaluation_options(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for :func:`~argmap.semantics.evaluate.evaluate` from parsed args."""
    return {
        "support": args.support or "presumptive",
        "default_standard": args.standard or "PE",
        "standards": dict(args.standard_for),
        "assume": tuple(args.assume or ()),
        "symmetric_rebuttals": args.symmetric_rebuttals,
        "rebuttal_preferences": args.rebuttal_preferences,
        "default_weight": 1.0 if args.default_weight is None else args.default_weight,
    }


def check_evaluation_keys(argument_map: ArgumentMap, args: argparse.Namespace) -> None:
    """Refuse ``--assume`` and ``--standard-for`` keys that are not claims of the map."""
    require_keys(argument_map, list(args.assume or ()), "--assume", claims_only=True)
    claims = [claim for claim, _ in args.standard_for]
    require_keys(argument_map, claims, "--standard-for", claims_only=True)


TEXT_WIDTH = 40
"""How many characters of a claim's text the table shows."""


def _shorten(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def map_table(evaluation: Evaluation) -> list[str]:
    """The claims x semantics table as lines of text (key, shortened text, one column
    per semantics), then the reading, notes, and the extensions if they were listed."""
    rows = evaluation.table()
    columns = list(evaluation.semantics)
    width = max([len("claim"), *(len(r["key"]) for r in rows)])
    texts = [_shorten(r["text"]) for r in rows]
    text_width = max([len("text"), *(len(t) for t in texts)])
    widths = [max(len(c), 9) for c in columns]
    head = [f"{'claim':<{width}}", f"{'text':<{text_width}}"]
    lines = [
        "  ".join([*head, *(f"{c:<{w}}" for c, w in zip(columns, widths, strict=True))]).rstrip()
    ]
    for row, text in zip(rows, texts, strict=True):
        cells = []
        for column, w in zip(columns, widths, strict=True):
            value = row[column]
            cells.append(f"{value:<{w}.3f}" if isinstance(value, float) else f"{value:<{w}}")
        lines.append(
            "  ".join([f"{row['key']:<{width}}", f"{text:<{text_width}}", *cells]).rstrip()
        )
    standards = sorted({s.abbreviation for s in evaluation.standards.values()})
    lines.append(
        f"support: {evaluation.support.value}; proof standard(s): {', '.join(standards) or '-'}"
    )
    for name, result in evaluation.results.items():
        for note in result.notes:
            lines.append(f"note ({name}): {note}")
    lines.extend(_extension_lines(evaluation))
    return lines


def _extension_lines(evaluation: Evaluation) -> list[str]:
    """The extensions listed on request, one line each, map elements in framework order
    (auxiliary nodes of the reading left out)."""
    lines: list[str] = []
    from argmap.semantics.results import ExtensionResult
    from argmap.semantics.translate import is_auxiliary

    order = [n.id for n in evaluation.translation.nodes if not is_auxiliary(n.id)]
    for name, result in evaluation.results.items():
        if not isinstance(result, ExtensionResult) or result.extensions is None:
            continue
        count = len(result.extensions)
        noun = "extension" if count == 1 else "extensions"
        if result.listed_all:
            lines.append(f"{name}: {count} {noun}")
        else:
            lines.append(f"{name}: the first {count} {noun} (there are more)")
        for i, extension in enumerate(result.extensions, start=1):
            members = [key for key in order if key in extension]
            lines.append(f"  {i}: {{{', '.join(members)}}}")
    return lines


def map_payload(evaluation: Evaluation) -> dict[str, Any]:
    """The JSON form: :meth:`Evaluation.to_dict` plus ``labels`` (claim -> status) for the
    first semantics that gives statuses."""
    from argmap.semantics.results import GradualResult

    payload = evaluation.to_dict()
    for name, result in evaluation.results.items():
        if not isinstance(result, GradualResult):
            payload["labels"] = {
                c.key: result.status(c.key).value for c in evaluation.argument_map.claims
            }
            payload["labels_semantics"] = name
            break
    return payload


def register(subparsers: Any) -> None:
    """Add the ``explain`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "explain",
        help="say in plain sentences why a claim has its status",
        description=(
            "Evaluate MAP and explain why KEY (a claim, or any argument, evidence or "
            "objection) has its status under one semantics: the attacks and defences "
            "behind it, the proof standard and whether it was met, the gradual strength, "
            "and the critical questions of its arguments still open or raised."
        ),
    )
    parser.add_argument("map", metavar="MAP", help="a map module (.py) or a map file")
    parser.add_argument("key", metavar="KEY", help="the claim (or other element) to explain")
    add_from_option(parser)
    add_evaluation_options(parser, several=False)
    parser.add_argument(
        "--depth", type=int, default=3, help="steps of attack to follow (default 3)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run_explain)


def _one_semantics(args: argparse.Namespace) -> str:
    names: Sequence[str] | None = args.semantics
    if not names:
        return "grounded"
    if len(names) != 1:
        msg = f"give one semantics to explain by, got {', '.join(names)}"
        raise EvaluationError(msg)
    return names[0]


def run_explain(args: argparse.Namespace) -> int:
    """Print the explanation of ``args.key``."""
    argument_map = load_map(args.map, format=args.from_format)
    require_keys(argument_map, [args.key], "KEY")
    check_evaluation_keys(argument_map, args)
    from argmap.semantics.explain import explain  # only the commands that explain load it

    if args.depth < 0:
        msg = f"--depth must be 0 or more, got {args.depth}"
        raise EvaluationError(msg)
    explanation = explain(
        argument_map,
        args.key,
        semantics=_one_semantics(args),
        max_depth=args.depth,
        **evaluation_options(args),
    )
    if args.json:
        payload = {
            "key": explanation.key,
            "semantics": explanation.semantics,
            "status": explanation.status,
            "headline": explanation.headline,
            "sentences": list(explanation.sentences),
            "mentions": list(explanation.mentions),
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(explanation)
    return 0


def run_whatif(args: argparse.Namespace) -> int:
    """Print the changes that alter the status of ``args.key``."""
    unknown = [k for k in args.kinds if k not in CHANGE_KINDS]
    if unknown:
        msg = (
            f"--kinds: change kind {unknown[0]!r} is not known{hint(unknown[0], CHANGE_KINDS)}: "
            f"expected one of {', '.join(CHANGE_KINDS)}"
        )
        raise EvaluationError(msg)
    argument_map = load_map(args.map, format=args.from_format)
    require_keys(argument_map, [args.key], "KEY")
    check_evaluation_keys(argument_map, args)
    from argmap.semantics.explain import what_if

    semantics = _one_semantics(args)
    changes = what_if(
        argument_map, args.key, semantics=semantics, kinds=args.kinds, **evaluation_options(args)
    )
    if args.json:
        payload = {
            "key": args.key,
            "semantics": semantics,
            "changes": [
                {
                    "kind": c.kind,
                    "description": c.description,
                    "target": c.target,
                    "before": c.before,
                    "after": c.after,
                }
                for c in changes
            ],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    if not changes:
        print(f"No single change of the kinds tried alters {args.key!r} under {semantics}.")
    for change in changes:
        print(change)
    return 0
