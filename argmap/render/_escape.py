"""Text for Graphviz: HTML-like label markup, tooltip strings, and line wrapping.

Graphviz reads label text and tooltips as *escape strings*: a backslash starts a
sequence such as ``\\N`` (the node's name) or ``\\n`` (a line break). User text must
never trigger those, nor inject DOT or HTML, so every piece of text from a map passes
through :func:`html_text` (inside HTML-like labels) or :func:`tooltip_text` (tooltips).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import graphviz

__all__ = ["html_text", "text_width", "tooltip_text", "visible", "wrap_words"]


def _visible_char(char: str) -> str:
    code = ord(char)
    if code < 0x20 and char not in "\t\n\r":
        # C0 control characters are not allowed in XML (SVG); show their Unicode
        # "control picture" instead of dropping them silently.
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return "\ufffd"
    return char


# Exactly the characters _visible_char replaces: one regex scan instead of a Python call
# per character (a map's tooltips hold tens of thousands of them).
_INVISIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def visible(text: str) -> str:
    """Replace characters XML cannot carry by visible stand-ins.

    C0 control characters become their Unicode control pictures (``\\x07`` → ``␇``);
    lone surrogates and the non-characters U+FFFE/U+FFFF become U+FFFD. Everything
    else, including tabs and line breaks, is kept.

    >>> visible("bell\\x07")
    'bell␇'
    """
    if text.isprintable() or _INVISIBLE_RE.search(text) is None:
        return text
    return _INVISIBLE_RE.sub(lambda match: _visible_char(match.group()), text)


def wrap_words(text: str, width: int) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters at white space.

    White space runs (including line breaks) act as single spaces, and words are never
    split, so ``" ".join(lines)`` equals ``" ".join(text.split())``.

    >>> wrap_words("They were right. Foreign Office\\nofficials believed it.", 16)
    ['They were right.', 'Foreign Office', 'officials', 'believed it.']
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


@functools.cache  # a map sets the same few dozen characters thousands of times
def _char_width(char: str) -> float:
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0  # CJK ideographs, kana, hangul and full-width forms are one em wide
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    return 0.6 if char.isupper() or not char.isascii() else 0.5


def text_width(text: str) -> float:
    """A generous estimate of how wide ``text`` is set, in ems of its font size.

    Graphviz measures only ASCII properly (it takes every other byte as a space), so
    labels in other scripts need room reserved by this estimate.

    >>> text_width("中文"), text_width("ab")
    (2.0, 1.0)
    """
    return sum(map(_char_width, text))


def html_text(text: str) -> str:
    """Escape ``text`` for use as character data in a Graphviz HTML-like label.

    Markup characters become entities; a backslash is doubled because Graphviz applies
    escape-string substitution (``\\N``, ``\\G`` ...) to label text after parsing.

    >>> html_text('a <b> & "c" \\\\N')
    'a &lt;b&gt; &amp; &quot;c&quot; \\\\\\\\N'
    """
    return html.escape(visible(text).replace("\\", "\\\\"), quote=True)


def tooltip_text(text: str) -> str:
    """Encode ``text`` as a DOT tooltip that Graphviz shows verbatim.

    The tooltip passes escape-string substitution twice on its way into SVG (once for
    the attribute, once while building the link) and its entities are decoded, so a
    backslash is written as four, ``&`` as ``&amp;`` and a line break as ``\\n``. The
    result is marked as not-HTML so the ``graphviz`` package quotes it as a string
    (escaping double quotes) even when it starts with ``<`` and ends with ``>``.

    >>> print(tooltip_text('C:\\\\dir "x"\\nnext & more'))
    C:\\\\\\\\dir "x"\\nnext &amp; more
    """
    escaped = visible(text).replace("\\", "\\\\\\\\").replace("&", "&amp;")
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    result: str = graphviz.nohtml(escaped)
    return result
