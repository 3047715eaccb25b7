"""MkDocs hook: fill docs/cli.md with the live ``--help`` of every argmap command.

The page holds a marker; at build time it is replaced with Markdown generated from
``argmap.cli.build_parser()``, so the reference always matches the installed CLI.
"""

from __future__ import annotations

from typing import Any

from argmap.cli._reference import cli_reference_markdown

MARKER = "<!-- argmap-cli-reference -->"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri != "cli.md":
        return markdown
    if MARKER not in markdown:
        msg = f"docs/cli.md lost its {MARKER} marker; the CLI reference has nowhere to go"
        raise ValueError(msg)
    return markdown.replace(MARKER, cli_reference_markdown())
