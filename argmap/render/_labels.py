"""Graphviz HTML-like label markup: lines, fonts, table rows, badges and quotations.

Everything here returns markup whose text has passed through :func:`html_text`, so map
text can never inject markup. Quotations are built by :func:`quoted` alone, which puts
quotation marks around verbatim words only (see :func:`shorten_verbatim`).
"""

from __future__ import annotations

from collections.abc import Iterable

from argmap.render._escape import html_text, text_width, wrap_words
from argmap.render._options import NodeAnnotation
from argmap.render._style import INK, STATUS_STYLES

__all__ = [
    "SMALL",
    "TINY",
    "badge_rows",
    "cell",
    "centred",
    "font",
    "lines",
    "one_line",
    "quoted",
    "shorten_verbatim",
    "status_line",
    "table",
]

SMALL = "8"
TINY = "7.5"
ELLIPSIS = "…"


def lines(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` characters, lines joined by ``<BR/>``."""
    return "<BR/>".join(html_text(line) for line in wrap_words(text, width))


def one_line(text: str) -> str:
    """``text`` on one line, white space runs as single spaces."""
    return html_text(" ".join(text.split()))


def font(content: str, *, size: str | None = None, color: str | None = None) -> str:
    attributes = ""
    if size is not None:
        attributes += f' POINT-SIZE="{size}"'
    if color is not None:
        attributes += f' COLOR="{color}"'
    return f"<FONT{attributes}>{content}</FONT>"


def _min_width(text: str, size: float) -> str:
    """A ``WIDTH`` for a table cell holding ``text`` at ``size`` points, when Graphviz's own
    estimate would be too small (it counts every non-ASCII byte as a space, so CJK text,
    three bytes and one em a character, overflows its box); else nothing."""
    if text.isascii():
        return ""
    widest = max((text_width(line) for line in wrap_words(text, 10_000)), default=0.0)
    return f' WIDTH="{round(widest * size) + 4}"'


def cell(content: str, *, extra: str = "", width_of: tuple[str, float] | None = None) -> str:
    """A left-aligned table row. ``width_of=(text, size)`` reserves room for wide scripts."""
    if width_of is not None:
        extra += _min_width(*width_of)
    return f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"{extra}>{content}</TD></TR>'


def centred(content: str) -> str:
    return f'<TR><TD ALIGN="CENTER" BALIGN="CENTER">{content}</TD></TR>'


def table(rows: Iterable[str]) -> str:
    body = "".join(rows)
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">{body}</TABLE>>'


def status_line(annotation: NodeAnnotation | None) -> str | None:
    """The status marker and strength of an annotation, or None when it has neither."""
    if annotation is None or (annotation.status is None and annotation.strength is None):
        return None
    parts = []
    if annotation.status is not None:
        style = STATUS_STYLES[annotation.status]
        parts.append(font(f"<B>{style.marker} {style.word}</B>", color=style.text))
    if annotation.strength is not None:
        parts.append(font(f"strength {annotation.strength:.2f}", color=INK))
    return "  ".join(parts)


def badge_rows(badges: Iterable[str], width: int, *, color: str = INK) -> list[str]:
    """Each badge as a small boxed row."""
    return [
        cell(
            font(lines(badge, width), size=SMALL, color=color),
            extra=' BGCOLOR="#FFFFFF" BORDER="1" COLOR="#9A9A9A"',
        )
        for badge in badges
    ]


def shorten_verbatim(text: str, limit: int) -> list[str]:
    """Verbatim fragments of ``text`` that together fit in about ``limit`` characters.

    A text that fits is returned whole. A longer one is cut at word boundaries into its
    opening words and its closing words, so a reader sees how the passage starts and ends;
    each fragment is a run of consecutive words of ``text`` (white space runs count as
    one space), so each is verbatim. Join them with an ellipsis to show the cut.

    Examples
    --------
    >>> shorten_verbatim("Organize a campaign of disclosure of the foreign policy", 100)
    ['Organize a campaign of disclosure of the foreign policy']
    >>> shorten_verbatim("Organize a campaign of disclosure of the foreign policy of MacDonald.", 40)
    ['Organize a campaign of', 'of MacDonald.']
    """
    words = text.split()
    if len(" ".join(words)) <= limit or len(words) < 3:
        return [" ".join(words)]
    head_budget = max(limit * 2 // 3, 1)
    head: list[str] = []
    used = 0
    for word in words:
        if head and used + 1 + len(word) > head_budget:
            break
        head.append(word)
        used += len(word) + (1 if used else 0)
    tail: list[str] = []
    used = 0
    for word in reversed(words[len(head) + 1 :]):
        if tail and used + 1 + len(word) > limit - head_budget:
            break
        tail.insert(0, word)
        used += len(word) + (1 if used else 0)
    if not tail:
        return [" ".join(head)]
    return [" ".join(head), " ".join(tail)]


def quoted(text: str, width: int, *, limit: int | None = None) -> str:
    """Verbatim words in quotation marks, wrapped; cut to about ``limit`` characters (at
    word boundaries, the cut shown by an ellipsis outside every fragment's words)."""
    fragments = [text] if limit is None else shorten_verbatim(text, limit)
    joined = f" {ELLIPSIS} ".join(" ".join(f.split()) for f in fragments)
    return lines(f"“{joined}”", width)
