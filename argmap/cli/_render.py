"""``argmap render MAP...``: draw maps as SVG, PNG, PDF, DOT or interactive HTML."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from argmap._io import STDOUT, names_stdout
from argmap._suggest import hint
from argmap._terminal import clean
from argmap.cli._convert import add_from_option, refuse_input_as_output, write_stdout_or_fail
from argmap.cli._explain import (
    add_evaluation_options,
    check_evaluation_keys,
    evaluation_options,
)
from argmap.cli._names import ALL_SEMANTICS, GRADUAL_SEMANTICS
from argmap.errors import ArgmapError, EvaluationError, InvalidValueError
from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.render import MissingGlyphWarning, RenderOptions, render, render_bytes
from argmap.render._api import OUTPUT_FORMATS, OUTPUT_SUFFIXES, format_for_path
from argmap.render._backend import ENV_VAR
from argmap.render._options import RANKDIRS

__all__ = ["options_from", "output_and_format", "register", "run"]

_DESCRIPTION = f"""\
Render each MAP (a Python map module, or any map file argmap reads) to a
support/attack diagram. The layout program is the bundled graphviz-pure unless --dot
or the {ENV_VAR} environment variable names a Graphviz `dot` (needed for PDF).
Without -o the output goes to build/<map name>.<format>; -o - writes it to standard
output (one map only); -o DIR, an existing directory, receives DIR/<map name>.<format>.
With several maps -o must name a directory (created if missing; a name ending in a
format's suffix is refused) and each map is written into it under its own name; two
maps with one name are refused before anything is written. A map that fails is
reported on one line and the others are still rendered. An existing output file is
replaced (atomically), never an input map."""

BINARY_FORMATS = ("png", "pdf")
"""Formats whose bytes are not text: ``-o -`` refuses to send them to a terminal."""


def register(subparsers: Any) -> None:
    """Add the ``render`` command to the ``argmap`` parser."""
    parser = subparsers.add_parser(
        "render",
        help="draw maps as SVG, PNG, PDF, DOT or interactive HTML",
        description=_DESCRIPTION,
    )
    parser.add_argument(
        "maps", nargs="+", metavar="MAP", help="map modules (.py files defining MAP) or map files"
    )
    add_from_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=(
            "output file (its suffix names the format: "
            f"{', '.join(OUTPUT_SUFFIXES)}), - for standard output, or a directory "
            "(default: build/<map name>.<format>)"
        ),
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=OUTPUT_FORMATS,
        help="output format; html is one self-contained interactive page (default: from "
        "OUT's suffix, else svg)",
    )
    parser.add_argument(
        "--dot",
        metavar="PATH",
        help=f"Graphviz `dot` to lay out with instead of graphviz-pure (overrides {ENV_VAR})",
    )
    parser.add_argument(
        "--cluster-by-speaker",
        action="store_true",
        help="group each party's claims in a labelled box",
    )
    parser.add_argument(
        "--focus",
        metavar="KEY",
        nargs="+",
        action="extend",
        default=[],
        help="draw only these elements and their neighbourhood (see --depth)",
    )
    parser.add_argument(
        "--depth",
        type=int,
        default=None,
        metavar="N",
        help="with --focus: how many relations away to draw (default: 1)",
    )
    parser.add_argument("--no-legend", action="store_true", help="leave out the legend")
    parser.add_argument(
        "--show-quotes",
        action="store_true",
        help="print each claim's quoted words in its node, not only in its tooltip",
    )
    parser.add_argument(
        "--show-weights",
        action="store_true",
        help="print each argument's weight in its node (the HTML panel always shows it)",
    )
    parser.add_argument(
        "--overview",
        action="store_true",
        help="a summary that fits a page: claims, arguments and objections, with the "
        "evidence for each argument folded into a count on it",
    )
    parser.add_argument(
        "--fold-premises",
        action="store_true",
        help="draw a premise only where it is more than a premise (a --focus key, a "
        "conclusion, an objection's end, an answer) and count the rest on its argument",
    )
    parser.add_argument(
        "--subtitle",
        metavar="TEXT",
        help="one line under the title, in place of the description of the view",
    )
    parser.add_argument(
        "--rankdir",
        choices=RANKDIRS,
        type=str.upper,
        default=None,
        help="direction of support: BT (conclusions on top), TB, LR, RL, or AUTO (BT or LR, "
        "whichever is more page-shaped; the default)",
    )
    parser.add_argument(
        "--wrap", type=int, default=34, metavar="N", help="characters per label line (default: 34)"
    )
    evaluation = parser.add_argument_group(
        "evaluation", "colour nodes by status, show strengths and open critical questions"
    )
    evaluation.add_argument(
        "--evaluate",
        metavar="SEMANTICS",
        help=f"draw each element's status under SEMANTICS ({', '.join(ALL_SEMANTICS)})",
    )
    evaluation.add_argument(
        "--strengths",
        metavar="GRADUAL",
        default=None,
        help=(
            "with --evaluate: gradual semantics whose strengths to show "
            f"({', '.join(GRADUAL_SEMANTICS)}), or 'none' (default: df-quad)"
        ),
    )
    add_evaluation_options(evaluation, several=False, semantics=False)
    evaluation.description = (
        "colour nodes by status, show strengths and open critical questions; the options "
        "after --evaluate need it"
    )
    parser.set_defaults(run=run)


def _named_format(output: Path) -> str | None:
    """The format the suffix of ``output`` names, if any."""
    return OUTPUT_SUFFIXES.get(output.suffix.lower())


def output_and_format(args: argparse.Namespace, map_path: str | None = None) -> tuple[Path, str]:
    """Where to write ``map_path`` (the first map by default) and in which format: ``-o``
    and ``--format``, each defaulting from the other; a directory receives
    ``<map name>.<format>``; else ``build/<map name>.<format>``."""
    map_path = args.maps[0] if map_path is None else map_path
    stem = Path(map_path).stem
    if args.output is not None and names_stdout(args.output):
        return Path(STDOUT), args.format or "svg"
    if args.output is not None and _into_directory(args):
        format = args.format or "svg"
        return Path(args.output) / f"{stem}.{format}", format
    if args.output is not None:
        output = Path(args.output)
        if args.format is None:
            return output, format_for_path(output)
        named = _named_format(output)
        if named is not None and named != args.format:
            # Writing PNG bytes into x.svg would only confuse whoever opens it.
            msg = (
                f"output {args.output!r} names format {named!r} but --format is "
                f"{args.format!r}; make them agree"
            )
            raise InvalidValueError(msg)
        return output, args.format
    format = args.format or "svg"
    return Path("build") / f"{stem}.{format}", format


def _into_directory(args: argparse.Namespace) -> bool:
    """Whether ``-o`` names a directory to write each map into."""
    output = Path(args.output)
    return output.is_dir() or (len(args.maps) > 1 and _named_format(output) is None)


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse a command line whose outputs cannot all be written as asked."""
    several = len(args.maps) > 1
    if several and args.output is not None:
        if names_stdout(args.output):
            msg = f"-o - writes one map to standard output, got {len(args.maps)} maps"
            raise InvalidValueError(msg)
        output = Path(args.output)
        if output.exists() and not output.is_dir():
            msg = f"output {args.output!r} is a file; several maps need a directory"
            raise InvalidValueError(msg)
        named = _named_format(output)
        if named is not None and not output.is_dir():
            msg = (
                f"output {args.output!r} names one {named} file; several maps need a "
                "directory (each map is written into it as <map name>.<format>)"
            )
            raise InvalidValueError(msg)
    if several:
        targets: dict[Path, str] = {}
        for path in args.maps:
            target, _ = output_and_format(args, path)
            if target in targets:
                msg = f"maps {targets[target]!r} and {path!r} would both be written to {str(target)!r}"
                raise InvalidValueError(msg)
            targets[target] = path


def _check_options(args: argparse.Namespace, format: str) -> None:
    """Refuse options that would have no effect on this command line."""
    if args.depth is not None and not args.focus:
        msg = f"--depth {args.depth} applies with --focus KEY..., which was not given"
        raise InvalidValueError(msg)
    if args.evaluate is None:
        given = [
            option
            for option, value in (
                ("--strengths", args.strengths),
                ("--support", args.support),
                ("--symmetric-rebuttals", args.symmetric_rebuttals),
                ("--rebuttal-preferences", args.rebuttal_preferences),
                ("--default-weight", args.default_weight is not None),
                ("--standard", args.standard),
                ("--standard-for", args.standard_for),
                ("--assume", args.assume),
            )
            if value
        ]
        if given:
            msg = f"{given[0]} applies with --evaluate SEMANTICS, which was not given"
            raise EvaluationError(msg)
    if args.strengths not in (None, "none") and args.strengths not in GRADUAL_SEMANTICS:
        msg = (
            f"--strengths {args.strengths!r} is not a gradual semantics"
            f"{hint(args.strengths, GRADUAL_SEMANTICS)}: expected one of "
            f"{', '.join(GRADUAL_SEMANTICS)}, or none"
        )
        raise EvaluationError(msg)
    if args.dot is not None and format == "dot":
        msg = "--dot names the program that lays DOT out; DOT output (--format dot) is not laid out"
        raise InvalidValueError(msg)


def options_from(args: argparse.Namespace, **extra: Any) -> RenderOptions:
    """The :class:`RenderOptions` the command line asks for; ``extra`` fields (e.g.
    ``annotations=`` from an evaluation) are added."""
    return RenderOptions(
        wrap=args.wrap,
        rankdir=args.rankdir or "AUTO",
        legend=not args.no_legend,
        cluster_by_speaker=args.cluster_by_speaker,
        show_quotes=args.show_quotes,
        show_weights=args.show_weights,
        overview=args.overview,
        fold_premises=args.fold_premises,
        subtitle=args.subtitle,
        focus=tuple(args.focus),
        depth=1 if args.depth is None else args.depth,
        **extra,
    )


def _evaluation_extras(argument_map: ArgumentMap, args: argparse.Namespace) -> dict[str, Any]:
    if args.evaluate is None:
        return {}
    from argmap.render._evaluation import annotations_from, evaluation_note
    from argmap.semantics.evaluate import evaluate  # only a render that evaluates loads it

    check_evaluation_keys(argument_map, args)
    strengths = None if args.strengths == "none" else args.strengths or "df-quad"
    names = [args.evaluate] + ([strengths] if strengths else [])
    evaluation = evaluate(argument_map, semantics=names, **evaluation_options(args))
    semantics = evaluation.semantics[0]
    if strengths is not None:
        strengths = evaluation.semantics[-1]
    return {
        "annotations": annotations_from(evaluation, semantics, strengths=strengths),
        "evaluation_note": evaluation_note(evaluation, semantics, strengths=strengths),
    }


def _explanations(argument_map: ArgumentMap, args: argparse.Namespace) -> dict[str, str]:
    """For the HTML page's panel: why each claim has its status under ``--evaluate``."""
    if args.evaluate is None:
        return {}
    from argmap.semantics.evaluate import evaluate
    from argmap.semantics.explain import explain

    evaluation = evaluate(argument_map, semantics=[args.evaluate], **evaluation_options(args))
    semantics = evaluation.semantics[0]
    if evaluation.result(semantics).family == "gradual":
        return {}  # strengths are shown as they are; there is no status to explain
    return {
        claim.key: str(explain(argument_map, claim.key, semantics=semantics, evaluation=evaluation))
        for claim in argument_map.claims
    }


def run(args: argparse.Namespace) -> int:
    """Render each map (with ``--evaluate``, annotated); print where each file was
    written, or, with ``-o -``, write the image itself to standard output."""
    _check_outputs(args)
    _, format = output_and_format(args)
    _check_options(args, format)
    options_from(args)  # check the drawing options before evaluating anything
    if len(args.maps) == 1:
        return _render_one(args.maps[0], args)
    failures = 0
    for path in args.maps:
        try:
            _render_one(path, args)
        except ArgmapError as error:
            if args.debug:
                raise
            failures += 1
            text = str(error)
            text = text if text.startswith(path) else f"{path}: {text}"
            print(clean(f"argmap: error: {' '.join(text.split())}"), file=sys.stderr)
    total = len(args.maps)
    summary = f"rendered {total - failures} of {total} maps"
    print(
        f"{summary}; {failures} failed" if failures else summary,
        file=sys.stderr if failures else sys.stdout,
    )
    return 1 if failures else 0


def _render_one(map_path: str, args: argparse.Namespace) -> int:
    output, format = output_and_format(args, map_path)
    to_stdout = args.output is not None and names_stdout(args.output)
    if not to_stdout:
        refuse_input_as_output(output, args.maps)
    argument_map = load_map(map_path, format=args.from_format)
    options = options_from(args, **_evaluation_extras(argument_map, args))
    if format == "html":
        from argmap.render.html import render_html, write_html

        explanations = _explanations(argument_map, args)
        if to_stdout:
            page = render_html(
                argument_map, options=options, renderer=args.dot, explanations=explanations
            )
            write_stdout_or_fail(page.encode("utf-8"))
            return 0
        written = write_html(
            argument_map, output, options=options, renderer=args.dot, explanations=explanations
        )
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", MissingGlyphWarning)
            if to_stdout:
                data = render_bytes(argument_map, format=format, options=options, renderer=args.dot)
            else:
                written = render(
                    argument_map, output, format=format, options=options, renderer=args.dot
                )
        for warning in caught:
            if issubclass(warning.category, MissingGlyphWarning):
                print(f"argmap: warning: {warning.message}", file=sys.stderr)
            else:
                warnings.showwarning(
                    warning.message, warning.category, warning.filename, warning.lineno
                )
        if to_stdout:
            write_stdout_or_fail(data, binary=format in BINARY_FORMATS)
            return 0
    print(f"argmap: wrote {written}")
    return 0
