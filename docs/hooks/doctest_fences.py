"""MkDocs hook: show bare ``>>>`` examples in pages as Python console code blocks.

pytest runs every ``>>>`` example in docs/*.md, fenced or not. A bare one would render
as prose (and Markdown would read ``m["a"]["b"]`` in it as a link reference), so this
wraps each run of lines that starts with ``>>>`` outside a code fence -- up to the next
blank line, as doctest reads it -- in a ``pycon`` fence.
"""

from __future__ import annotations

from typing import Any

_FENCES = ("```", "~~~")


def fence_bare_doctests(markdown: str) -> str:
    """Fence every bare doctest run; leave fenced blocks and everything else as is.

    >>> prompt = ">" * 3  # spelled out so doctest does not take it for an example
    >>> page = f"Text\\n{prompt} 1 + 1\\n2\\n\\nMore"
    >>> fence_bare_doctests(page).splitlines() == [
    ...     "Text", "```pycon", f"{prompt} 1 + 1", "2", "```", "", "More"]
    True
    >>> fenced = f"```pycon\\n{prompt} 1\\n1\\n```"
    >>> fence_bare_doctests(fenced) == fenced
    True
    """
    lines = markdown.split("\n")
    out: list[str] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if fence is None and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{indent}```")
            continue
        marker = next((f for f in _FENCES if stripped.startswith(f)), None)
        if marker is not None:
            if fence is None:
                fence = marker
            elif marker == fence:
                fence = None
        out.append(line)
        i += 1
    return "\n".join(out)


def on_page_markdown(markdown: str, **_: Any) -> str:
    return fence_bare_doctests(markdown)
