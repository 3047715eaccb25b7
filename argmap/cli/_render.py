"""``argmap render MAP``: draw a map module as SVG, PNG, PDF, DOT or interactive HTML."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from argmap._io import STDOUT, names_stdout
from argmap.cli._convert import add_from_option, refuse_input_as_output, write_stdout_or_fail
from argmap.cli._explain import add_evaluation_options, evaluation_options
from argmap.errors import EvaluationError, InvalidValueError
from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.render import (
    IMAGE_FORMATS,
    MissingGlyphWarning,
    RenderOptions,
    format_for_path,
    render,
    render_bytes,
)
from argmap.render._backend import ENV_VAR
from argmap.render._evaluation import annotations_from, evaluation_note
from argmap.render._options import RANKDIRS
from argmap.semantics.evaluate import ALL_SEMANTICS, evaluate
from argmap.semantics.gradual import GRADUAL_SEMANTICS

__all__ = ["options_from", "output_and_format", "register", "run"]

_DESCRIPTION = f"""\
Render the map published as MAP by a Python map module to a support/attack
diagram. The layout program is the bundled graphviz-pure unless --dot or the
{ENV_VAR} environment variable names a Graphviz `dot` (needed for PDF).
Without -o the output goes to build/<map name>.<format>; -o - writes it to standard
output. An existing output file is replaced (atomically), never the input map."""

BINARY_FORMATS = ("png", "pdf")
"""Formats whose bytes are not text: ``-o -`` refuses to send them to a terminal."""


def register(subparsers: Any) -> None:
    """Add the ``render`` command to the ``argmap`` parser."""
    parser = subparsers.add_parser(
        "render",
        help="draw a map as SVG, PNG, PDF, DOT or interactive HTML",
        description=_DESCRIPTION,
    )
    parser.add_argument("map", metavar="MAP", help="the map module (a .py file defining MAP)")
    add_from_option(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file, or - for standard output (default: build/<map name>.<format>)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=(*IMAGE_FORMATS, "html"),
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
        default=1,
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
        default="df-quad",
        help="with --evaluate: gradual semantics whose strengths to show, or 'none' "
        "(default: df-quad)",
    )
    add_evaluation_options(evaluation, several=False, semantics=False)
    parser.set_defaults(run=run)


def output_and_format(args: argparse.Namespace) -> tuple[Path, str]:
    """Where to write and in which format: ``-o`` and ``--format``, each defaulting from
    the other, else ``build/<map name>.svg``."""
    if args.output is not None and names_stdout(args.output):
        return Path(STDOUT), args.format or "svg"
    if args.output is not None:
        output = Path(args.output)
        if args.format is None:
            # The interactive page is built here, not by the renderer: so is its suffix.
            if output.suffix.lower() in (".html", ".htm"):
                return output, "html"
            return output, format_for_path(output)
        named = output.suffix[1:].lower()
        if named in IMAGE_FORMATS and named != args.format:
            # Writing PNG bytes into x.svg would only confuse whoever opens it.
            msg = (
                f"output {args.output!r} names format {named!r} but --format is "
                f"{args.format!r}; make them agree"
            )
            raise InvalidValueError(msg)
        return output, args.format
    format = args.format or "svg"
    return Path("build") / f"{Path(args.map).stem}.{format}", format


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
        depth=args.depth,
        **extra,
    )


def _evaluation_extras(argument_map: ArgumentMap, args: argparse.Namespace) -> dict[str, Any]:
    if args.evaluate is None:
        return {}
    strengths = None if args.strengths in (None, "none") else args.strengths
    names = [args.evaluate] + ([strengths] if strengths else [])
    evaluation = evaluate(argument_map, semantics=names, **evaluation_options(args))
    semantics = evaluation.semantics[0]
    if strengths is not None:
        strengths = evaluation.semantics[-1]
        if evaluation.result(strengths).family != "gradual":
            msg = f"--strengths needs a gradual semantics ({', '.join(GRADUAL_SEMANTICS)}), got {args.strengths!r}"
            raise EvaluationError(msg)
    return {
        "annotations": annotations_from(evaluation, semantics, strengths=strengths),
        "evaluation_note": evaluation_note(evaluation, semantics, strengths=strengths),
    }


def _explanations(argument_map: ArgumentMap, args: argparse.Namespace) -> dict[str, str]:
    """For the HTML page's panel: why each claim has its status under ``--evaluate``."""
    if args.evaluate is None:
        return {}
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
    """Render the map (with ``--evaluate``, annotated); print where the file was written,
    or, with ``-o -``, write the image itself to standard output."""
    output, format = output_and_format(args)
    to_stdout = args.output is not None and names_stdout(args.output)
    if not to_stdout:
        refuse_input_as_output(output, [args.map])
    options_from(args)  # check the drawing options before evaluating anything
    argument_map = load_map(args.map, format=args.from_format)
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
