"""MkDocs hook: refuse to build the site with a stale command-line reference.

``docs/cli.md`` carries the ``--help`` of every argmap command, generated from
``argmap.cli.build_parser()`` and committed (``make docs`` regenerates it before
building); a page that no longer matches the installed CLI fails the build.
"""

from __future__ import annotations

from typing import Any

from argmap.cli._reference import with_reference


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if page.file.src_uri != "cli.md":
        return markdown
    if with_reference(markdown) != markdown:
        msg = "docs/cli.md is out of date with the argmap parser: run `make docs` to regenerate it"
        raise ValueError(msg)
    return markdown
