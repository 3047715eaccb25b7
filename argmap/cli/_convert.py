"""``argmap convert INPUT... -o OUT [--to FORMAT]``: convert maps between formats."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from argmap._io import STDOUT, names_stdout, same_file, write_stdout
from argmap._progress import Progress
from argmap._terminal import clean
from argmap.errors import ArgmapError, UnknownFormatError, WriteError
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

__all__ = [
    "add_from_option",
    "refuse_input_as_output",
    "register",
    "run",
    "write_stdout_or_fail",
]


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


def refuse_input_as_output(output: Path, inputs: Sequence[str | Path]) -> None:
    """Refuse to write ``output`` when it is one of the ``inputs`` (links followed).

    Outputs are regenerated from their inputs and so are replaced without asking; an
    input is the one file a command cannot give back once overwritten.

    Raises
    ------
    WriteError
        If ``output`` is the same file as an input.
    """
    for source in inputs:
        if same_file(output, source):
            msg = (
                f"refusing to write {str(output)!r}: it is the input {str(source)!r}; "
                "choose another output file"
            )
            raise WriteError(msg)


def write_stdout_or_fail(data: bytes, *, binary: bool = False) -> None:
    """Write a command's output to standard output (``-o -``); a failure is a WriteError."""
    try:
        write_stdout(data, binary=binary)
    except BrokenPipeError:
        raise
    except OSError as error:
        msg = f"cannot write to standard output: {error.strerror or type(error).__name__}"
        raise WriteError(msg) from error


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
            "the format's extension; OUT - writes one input to standard output (give "
            "--to). Each failure is reported on one line; a summary follows; the exit "
            "status is 1 when any input failed. Writes are atomic; an existing output "
            "file is replaced, never an input."
        ),
        epilog="formats:\n" + _format_list(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="map files to convert")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file or directory, or - for standard output",
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


def _to_stdout(args: argparse.Namespace) -> int:
    if len(args.inputs) != 1:
        msg = f"-o - writes one map to standard output, got {len(args.inputs)} inputs"
        raise UnknownFormatError(msg)
    if args.to is None:
        msg = "writing to standard output (-o -) needs --to FORMAT to name the output format"
        raise UnknownFormatError(msg)
    fmt = format_for_output(STDOUT, args.to)
    argument_map = load_map(args.inputs[0], format=args.from_format)
    write_stdout_or_fail(render_map(argument_map, fmt))
    return 0


def run(args: argparse.Namespace) -> int:
    if names_stdout(args.output):
        return _to_stdout(args)
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
                refuse_input_as_output(target, inputs)
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
                bar.print(f"argmap: error: {clean(' '.join(text.split()))}")
            bar.advance(item=clean(Path(source).name))
    converted = len(inputs) - failures
    summary = f"converted {converted} of {len(inputs)} file{'s' if len(inputs) != 1 else ''} to {fmt.name}"
    if failures:
        print(f"{summary}; {failures} failed", file=sys.stderr)
        return 1
    print(summary)
    return 0
