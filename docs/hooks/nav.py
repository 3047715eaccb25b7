"""MkDocs hook: leave out of the nav the pages other parts of the project have not written yet.

The nav in mkdocs.yml lists every planned page. Pages named in ``OPTIONAL`` (and folders,
written with a trailing ``/``) are contributed by other stages -- evaluation, rendering,
interchange, the case study -- and join the nav by themselves when their files land; a
folder entry lists its pages, ``index.md`` first, each titled by its first heading. Any
other missing page still fails the strict build, so a typo in the nav is never hidden.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.nav")

OPTIONAL = frozenset(
    {
        "evaluating.md",
        "abstract-argumentation.md",
        "carneades.md",
        "schemes.md",
        "rendering.md",
        "formats/",
        "zinoviev.md",
    }
)


def _title(page: Path) -> str:
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem.replace("-", " ").capitalize()


def _folder(docs: Path, folder: str) -> list[Any]:
    pages = sorted((docs / folder).glob("*.md"), key=lambda p: (p.name != "index.md", p.name))
    return [{_title(p): p.relative_to(docs).as_posix()} for p in pages]


def _prune(items: list[Any], docs: Path) -> list[Any]:
    kept: list[Any] = []
    for item in items:
        title, value = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(value, list):
            value = _prune(value, docs)
            if not value:
                continue
        elif isinstance(value, str) and value in OPTIONAL:
            if value.endswith("/"):
                value = _folder(docs, value)
                if not value:
                    log.info("nav: no pages under %s yet", item)
                    continue
            elif not (docs / value).is_file():
                log.info("nav: %s is not written yet", value)
                continue
        kept.append(value if title is None else {title: value})
    return kept


def on_config(config: Any, **_: Any) -> Any:
    config["nav"] = _prune(config["nav"], Path(config["docs_dir"]))
    return config
