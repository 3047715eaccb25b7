"""``argmap convert INPUT... -o OUT [--to FORMAT]``: convert maps between formats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from argmap._progress import Progress
from argmap.errors import ArgmapError, UnknownFormatError
from argmap.formats._input import write_output
from argmap.formats._registry import (
    FORMATS,
    format_for_output,
    readable_formats,
    render_map,
    sidecars_for,
    writable_formats,
)
from argmap.loader import load_map

__all__ = ["add_from_option", "register", "run"]


def add_from_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--from FORMAT`` to a command that reads maps (stored as ``args.from_format``).

    Pass ``format=args.from_format`` to :func:`argmap.load_map`.
    """
    parser.add_argument(
        "--from",
        dest="from_format",
        metavar="FORMAT",
        choices=readable_formats(),
        help=(
            "read inputs in FORMAT instead of telling it from the extension and content: "
            + ", ".join(readable_formats())
        ),
    )


def _format_list() -> str:
    width = max(len(", ".join(f.extensions)) for f in FORMATS)
    lines = []
    for fmt in FORMATS:
        ways = "read/write" if fmt.reads and fmt.writes else "read" if fmt.reads else "write"
        extensions = ", ".join(fmt.extensions)
        lines.append(f"  {fmt.name:<13} {ways:<10} {extensions:<{width}}  {fmt.description}")
    return "\n".join(lines)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "convert",
        help="convert maps between formats (argmap JSON, AIF, Argdown, GraphML, DOT, ICCMA)",
        description=(
            "Convert INPUT to OUT. With one input, OUT is the output file (its extension "
            "names the format unless --to does). With several inputs, or when OUT is an "
            "existing directory, each input is written into OUT under its own name with "
            "the format's extension. Each failure is reported on one line; a summary "
            "follows; the exit status is 1 when any input failed. Writes are atomic."
        ),
        epilog="formats:\n" + _format_list(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="map files to convert")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output file or directory"
    )
    parser.add_argument(
        "--to",
        metavar="FORMAT",
        choices=writable_formats(),
        help="output format: " + ", ".join(writable_formats()),
    )
    add_from_option(parser)
    parser.set_defaults(run=run)


def _stem(path: Path) -> str:
    name = path.name
    for fmt in FORMATS:
        for ext in sorted(fmt.extensions, key=len, reverse=True):
            if name.lower().endswith(ext):
                return name[: -len(ext)]
    return path.stem


def run(args: argparse.Namespace) -> int:
    inputs = [Path(i) for i in args.inputs]
    output = Path(args.output)
    to_directory = len(inputs) > 1 or output.is_dir()
    if to_directory:
        if output.exists() and not output.is_dir():
            msg = f"output {str(output)!r} is a file; several inputs need a directory"
            raise UnknownFormatError(msg)
        if args.to is None:
            msg = "converting into a directory needs --to FORMAT to name the output format"
            raise UnknownFormatError(msg)
    fmt = format_for_output(output, args.to)
    extension = fmt.extensions[0]
    failures = 0
    written: dict[Path, Path] = {}
    # A batch can take a while: show progress on a terminal (never when piped).
    with Progress("Converting", total=len(inputs)) as bar:
        for source in inputs:
            target = output / f"{_stem(source)}{extension}" if to_directory else output
            try:
                if target in written:
                    msg = f"would overwrite {target}, already written from {written[target]}"
                    raise UnknownFormatError(msg)
                argument_map = load_map(source, format=args.from_format)
                write_output(target, render_map(argument_map, fmt, target=target))
                for extra, data in sidecars_for(argument_map, fmt, target).items():
                    write_output(extra, data)
                written[target] = source
            except ArgmapError as error:
                failures += 1
                text = str(error)
                if not text.startswith(str(source)):
                    text = f"{source}: {text}"
                bar.print(f"argmap: error: {' '.join(text.split())}")
            bar.advance(item=Path(source).name)
    converted = len(inputs) - failures
    summary = f"converted {converted} of {len(inputs)} file{'s' if len(inputs) != 1 else ''} to {fmt.name}"
    if failures:
        print(f"{summary}; {failures} failed", file=sys.stderr)
        return 1
    print(summary)
    return 0
