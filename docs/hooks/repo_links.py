"""MkDocs hook: publish repository files that pages link to, so the links work on the site.

A page may link to a file outside docs/ -- ``[maps/zinoviev.py](../maps/zinoviev.py)`` --
which works when reading the Markdown in the repository but points nowhere on the site.
For each such link to a file that exists in the repository, this hook adds the file to the
site under ``_repo/`` and rewrites the link to it. A link to a file that does not exist is
left alone, so the strict build still reports it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

PREFIX = "_repo"
_LINK = re.compile(r"\]\((?P<target>\.\./[^)\s#]+)(?P<rest>[^)]*)\)")


def _outside_target(docs: Path, page_uri: str, target: str) -> Path | None:
    """The repository file ``target`` names from page ``page_uri``, if it is outside docs/."""
    root = docs.parent.resolve()
    resolved = ((docs / page_uri).parent / target).resolve()
    if resolved.is_relative_to(docs.resolve()) or not resolved.is_relative_to(root):
        return None
    return resolved if resolved.is_file() else None


def on_files(files: Any, config: Any, **_: Any) -> Any:
    docs = Path(config["docs_dir"])
    root = docs.parent.resolve()
    wanted: set[Path] = set()
    for file in files.documentation_pages():
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        for match in _LINK.finditer(text):
            found = _outside_target(docs, file.src_uri, match["target"])
            if found is not None:
                wanted.add(found)
    for path in sorted(wanted):
        uri = f"{PREFIX}/{path.relative_to(root).as_posix()}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, **_: Any) -> str:
    docs = Path(config["docs_dir"])
    root = docs.parent.resolve()

    def relink(match: re.Match[str]) -> str:
        found = _outside_target(docs, page.file.src_uri, match["target"])
        if found is None:
            return match[0]
        published = docs / PREFIX / found.relative_to(root)
        link = os.path.relpath(published, (docs / page.file.src_uri).parent)
        return f"]({Path(link).as_posix()}{match['rest']})"

    return _LINK.sub(relink, markdown)
