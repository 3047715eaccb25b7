"""The command-line reference, generated from the parser itself so it never drifts.

The documentation site's build hook (``docs/hooks/cli_reference.py``) puts this Markdown
into ``docs/cli.md``; a test checks that every registered command appears.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from argmap.cli import build_parser

__all__ = ["cli_reference_markdown"]

_WIDTH = 80  # columns for --help text: fixed so the reference is the same on every machine


@contextmanager
def _columns(width: int) -> Iterator[None]:
    # argparse sizes its help from $COLUMNS; pin it so output does not depend on the terminal.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _subcommands(
    parser: argparse.ArgumentParser,
) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line summary, parser) for each subcommand, in --help order."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            summaries = {a.dest: a.help or "" for a in action._choices_actions}
            return [(name, summaries.get(name, ""), sub) for name, sub in action.choices.items()]
    return []


def cli_reference_markdown(*, heading_level: int = 2) -> str:
    """Markdown with ``argmap --help`` and every subcommand's ``--help``.

    Parameters
    ----------
    heading_level:
        Markdown heading level for each command's section.

    Returns
    -------
    str
        One section per command, in the order ``argmap --help`` lists them, each with
        the command's one-line summary and its full help text.

    Examples
    --------
    >>> text = cli_reference_markdown()
    >>> "## `argmap new`" in text and "usage: argmap new" in text
    True
    """
    hashes = "#" * heading_level
    with _columns(_WIDTH):
        parser = build_parser()
        parts = [f"{hashes} `argmap`", "", "```text", parser.format_help().rstrip(), "```", ""]
        for name, summary, sub in _subcommands(parser):
            parts += [f"{hashes} `argmap {name}`", ""]
            if summary:
                parts += [f"*{summary[0].upper()}{summary[1:]}.*", ""]
            parts += ["```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(parts)
