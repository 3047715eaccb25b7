"""The ``argmap`` command line.

Each command lives in its own ``argmap.cli._<name>`` module exposing
``register(subparsers)``; :data:`COMMAND_MODULES` lists them in ``--help`` order.
Errors argmap raises on purpose are printed as one line on stderr with a non-zero exit
status; ``--debug`` shows the traceback instead. Text printed for people has its
control characters spelled out (see :mod:`argmap._terminal`).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import re
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any, NoReturn

from argmap import __version__
from argmap._suggest import did_you_mean
from argmap._terminal import clean, clean_stdout
from argmap.errors import ArgmapError

__all__ = ["COMMAND_MODULES", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "main", "program"]

EXIT_ERROR = 1
"""Exit status for an error in the input (a bad map, a missing file, a failed render)."""
EXIT_USAGE = 2
"""Exit status for a malformed command line (argparse's convention)."""

EXACT_OUTPUT_COMMANDS = frozenset({"solve"})
"""Commands whose standard output is for programs (ICCMA's format) and so never escaped."""

COMMAND_MODULES: tuple[str, ...] = (
    "argmap.cli._render",
    "argmap.cli._check",
    "argmap.cli._evaluate",
    "argmap.cli._convert",
    "argmap.cli._solve",
    "argmap.cli._explain",
    "argmap.cli._whatif",
    "argmap.cli._new",
    "argmap.cli._watch",
)


# A value argparse quotes in its message, when too long to be worth reading in full.
_LONG_QUOTED_RE = re.compile(r"'([^']{200,})'")


def _shorten(match: re.Match[str]) -> str:
    return f"'{match[1][:20]}...' ({len(match[1])} characters)"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        message = clean(_LONG_QUOTED_RE.sub(_shorten, message))
        self.exit(EXIT_USAGE, f"argmap: error: {message}\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every option it adds, and finds its width through
        # shutil, whose import (with bz2, lzma and zlib) is 4 ms of every command's start.
        return self.formatter_class(prog=self.prog, width=_columns() - 2)  # type: ignore[call-arg]

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # argparse's own message lists the choices; a near miss also gets its likely fix.
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(c) for c in choices]
        hint = did_you_mean(str(value), names)
        msg = f"invalid choice: {value!r} ({hint + ' ' if hint else ''}choose from {', '.join(names)})"
        raise argparse.ArgumentError(action, msg)


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it: ``COLUMNS``, else the
    width of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--version`` and ``--debug``, on the top parser and on every command's, so that
    they work anywhere on the line (``argmap check MAP --debug``). A command's copy has
    no default: it sets the value only when given, never resets the top parser's."""
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="show a full traceback when something fails",
    )


def _command_name(module: str) -> str:
    return module.rsplit("._", 1)[1]


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, with every registered command (or only ``commands``)."""
    parser = _Parser(
        prog="argmap",
        description="Map arguments, evaluate claims, render support/attack diagrams.",
    )
    _add_global_options(parser, top=True)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    for name in COMMAND_MODULES:
        if commands is None or _command_name(name) in commands:
            importlib.import_module(name).register(subparsers)
    for sub in subparsers.choices.values():
        _add_global_options(sub, top=False)
    return parser


def _requested(argv: Sequence[str]) -> list[str] | None:
    """The one command named on the command line, if it is a known one: only its module
    is imported (``argmap solve`` then never loads the renderer, YAML or attrs)."""
    known = {_command_name(m) for m in COMMAND_MODULES}
    for token in argv:
        if token.startswith("-"):
            if token in ("-h", "--help", "--version"):
                return None
            continue
        return [token] if token in known else None
    return None


# Parameters whose flag is not the parameter's name spelt with dashes.
_FLAG_FOR = {"max_extensions": "--extensions"}


def _as_typed(error: ArgmapError, arguments: Sequence[str]) -> str:
    """The error's message, naming the flag the user typed where it names the Python
    parameter behind it: the API says ``rebuttal_preferences``, the command line
    ``--rebuttal-preferences``. Only a flag present on the command line is substituted,
    so a word that merely shares the parameter's name is left alone."""
    text = str(error)
    field = error.field
    if not field or not field.isidentifier():
        return text
    flag = _FLAG_FOR.get(field, "--" + field.replace("_", "-"))
    if not any(a == flag or a.startswith(flag + "=") for a in arguments):
        return text
    return re.sub(rf"(?<![\w-]){re.escape(field)}(?![\w-])", flag, text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:  # importing a command's module takes a moment: Ctrl-C then is one line too
        parser = build_parser(_requested(arguments))
        args = parser.parse_args(arguments)
    except KeyboardInterrupt:
        print("argmap: interrupted", file=sys.stderr)
        return 130
    # Text for people has its control characters spelled out; machine-readable output
    # (JSON, ICCMA answers, `-o -` data) is written exactly.
    exact = getattr(args, "json", False) or args.command in EXACT_OUTPUT_COMMANDS
    try:
        with nullcontext() if exact else clean_stdout():
            status: int = args.run(args)
    except ArgmapError as error:
        if args.debug:
            raise
        print(f"argmap: error: {clean(_as_typed(error, arguments))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("argmap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `argmap ... | head`); nothing more to say.
        return EXIT_ERROR
    return status


def program() -> NoReturn:
    """The ``argmap`` program: :func:`main` on ``sys.argv``, then exit.

    An ``argmap solve`` run ends without the interpreter's teardown, which frees every
    module and object one by one: 10-70 ms once a framework and its SAT solvers are
    loaded, where ICCMA harnesses time a solver from spawn to exit. What exit must still
    do is done first: the ``atexit`` callbacks run and both standard streams are flushed
    (a failed flush of standard output gives status 120, as the interpreter's own exit
    does). Only when no other thread runs (the teardown would wait for it). Every other
    command, and any library caller of :func:`main`, exits as usual.
    """
    arguments = sys.argv[1:]
    solving = _requested(arguments) == ["solve"]
    if solving:
        # One task, then exit: the cyclic garbage collector would only walk the growing
        # framework and encodings again and again (3-17 ms of a run measured on 100 to
        # 10,000 arguments), finding no cycles. It still runs, 300 times less often.
        gc.set_threshold(200_000, 30, 30)
    status = main(arguments)
    threading = sys.modules.get("threading")
    if solving and (threading is None or threading.active_count() == 1):
        import atexit

        atexit._run_exitfuncs()
        flushed = True
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                flushed = False
        os._exit(status if flushed or status else 120)
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    program()
