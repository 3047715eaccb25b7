r"""Text for people to read on a terminal: control characters made visible.

A map's texts and keys, and the names of files, come from whoever wrote them. Printed
raw, an escape sequence in a claim could retitle the terminal window, clear the screen
or recolour what follows; a carriage return could overwrite the start of a line; a
bidirectional override could reorder what the reader sees (the "Trojan Source" trick).
:func:`clean` spells such characters out instead, as Python does in a string literal
(``\x1b``, ``\r``, ``\u202e``), so the output means what it says.

Line feeds and tabs are kept: they shape the output. Backslashes are left alone, so a
literal ``\x1b`` in a text looks like an escaped one; that costs nothing but the rare
ambiguity, whereas doubling every backslash would garble ordinary paths.

The command line writes its human-readable output through :func:`clean_stdout`;
machine-readable output (``--json``, ``argmap solve``'s ICCMA lines, ``-o -`` data) is
written exactly as it is.

>>> clean("evil \x1b]0;owned\x07 title\r\n")
'evil \\x1b]0;owned\\x07 title\\r\n'
>>> clean("right\u202eleft\tnext")
'right\\u202eleft\tnext'
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

__all__ = ["CleanWriter", "clean", "clean_stdout"]

# C0 controls but tab and line feed, DEL, C1 controls, lone surrogates (a file name that
# is not UTF-8 arrives with them and cannot be encoded), the line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates.
# Compiled on first use: its ranges take 1-2 ms to compile, and most runs print no text
# for people (``argmap solve`` prints only ICCMA's answer).
_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]"


def _spell(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0D:
        return "\\r"  # as Python spells it; the others are rarer and read fine as hex
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` with every control character spelled out (``\\x1b``); see the module.

    Parameters
    ----------
    text:
        Anything about to be shown on a terminal.

    Returns
    -------
    str
        The same text, with line feeds and tabs kept and other controls escaped.

    Examples
    --------
    >>> clean("plain text stays as it is: déjà vu")
    'plain text stays as it is: déjà vu'
    >>> print(clean("bell\\a and NUL\\0"))
    bell\\x07 and NUL\\x00
    """
    return re.sub(_UNSAFE, _spell, text)


class CleanWriter:
    """A text stream that :func:`clean`\\ s what is written to it before passing it on.

    Characters the stream's encoding cannot hold (a Latin-1 terminal shown Cyrillic) are
    written as backslash escapes too, rather than failing. Everything else (``buffer``,
    ``fileno``, ``isatty``, ...) is the wrapped stream's.

    >>> import io
    >>> raw = io.StringIO()
    >>> CleanWriter(raw).write("\\x1b[2J cleared?")
    13
    >>> raw.getvalue()
    '\\\\x1b[2J cleared?'
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            self._utf = codecs.lookup(encoding).name.startswith("utf")
        except LookupError:
            self._utf = True
        self._encoding = encoding

    def write(self, text: str) -> int:
        shown = clean(text)
        if not self._utf:
            shown = shown.encode(self._encoding, "backslashreplace").decode(self._encoding)
        self._stream.write(shown)
        return len(text)

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def clean_stdout() -> Iterator[None]:
    """Within the block, everything printed to ``sys.stdout`` is :func:`clean`\\ ed."""
    original = sys.stdout
    sys.stdout = cast(TextIO, CleanWriter(original))
    try:
        yield
    finally:
        sys.stdout = original
