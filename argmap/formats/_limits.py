"""Size caps for untrusted input: every importer checks these before building a map.

Maps written as Python modules are code and trusted; files in an interchange format are
data from anywhere. To keep a hostile or broken file from exhausting memory or the
stack, importers refuse input beyond these limits with a :class:`LimitExceededError`
that names the limit. The numbers are generous for real maps (the largest AIFdb node
sets have a few thousand nodes) and documented in ``docs/formats/index.md``.
"""

from __future__ import annotations

from collections.abc import Sized

from argmap.errors import FormatError, LimitExceededError

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_TEXT_CHARS",
    "check_depth",
    "check_file_size",
    "check_items",
    "check_text",
]

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest input file read, in bytes (64 MiB)."""

MAX_ITEMS = 200_000
"""Most entries in one list of a document (nodes, edges, claims, ...)."""

MAX_TEXT_CHARS = 1_000_000
"""Longest single string (a claim's text, a source's full text), in characters."""

MAX_DEPTH = 64
"""Deepest nesting of arrays and objects in a JSON document."""


def check_file_size(size: int, *, what: str) -> None:
    """Refuse an input of ``size`` bytes beyond :data:`MAX_FILE_BYTES`.

    >>> check_file_size(MAX_FILE_BYTES + 1, what="map.json")
    Traceback (most recent call last):
    ...
    argmap.errors.LimitExceededError: map.json is 67108865 bytes; the limit is 67108864 bytes
    """
    if size > MAX_FILE_BYTES:
        msg = f"{what} is {size} bytes; the limit is {MAX_FILE_BYTES} bytes"
        raise LimitExceededError(msg)


def check_items(items: Sized, *, location: str) -> None:
    """Refuse a list longer than :data:`MAX_ITEMS`."""
    if len(items) > MAX_ITEMS:
        msg = f"list has {len(items)} entries; the limit is {MAX_ITEMS}"
        raise LimitExceededError(msg, location=location)


def check_text(text: str, *, location: str) -> None:
    """Refuse a string longer than :data:`MAX_TEXT_CHARS`, or one that is not valid Unicode.

    JSON can spell a lone UTF-16 surrogate (``"\\ud800"``), which no UTF-8 file can
    hold; such text is refused here rather than failing later on export.
    """
    if len(text) > MAX_TEXT_CHARS:
        msg = f"text has {len(text)} characters; the limit is {MAX_TEXT_CHARS}"
        raise LimitExceededError(msg, location=location)
    # UTF-8 encodes every code point but a surrogate: the encoder finds the first one
    # (a regular expression for them takes a millisecond to compile, at every start).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        at = error.start
        msg = f"text holds a lone surrogate {text[at]!r} at index {at}; expected valid Unicode"
        raise FormatError(msg, location=location) from None


def check_depth(value: object, *, location: str = "") -> None:
    """Refuse JSON data nested deeper than :data:`MAX_DEPTH`, and any over-long list or string.

    Walks iteratively, so a hostile document cannot exhaust the stack here; the path of
    an item is only spelled out when it is refused.

    >>> check_depth([[["deep enough"]]])
    >>> nested: list[object] = []
    >>> for _ in range(MAX_DEPTH + 1):
    ...     nested = [nested]
    >>> check_depth(nested)
    Traceback (most recent call last):
    ...
    argmap.errors.LimitExceededError: /0/0/0/...: data is nested more than 64 levels deep
    """
    # Each entry: the item, its depth, and the index in `trail` of its (parent, token).
    trail: list[tuple[int, str]] = [(-1, location)]
    stack: list[tuple[object, int, int]] = [(value, 0, 0)]

    def path(at: int) -> str:
        tokens = []
        while at >= 0:
            at, token = trail[at]
            tokens.append(token)
        return "".join(reversed(tokens)) or "/"

    while stack:
        item, depth, at = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_TEXT_CHARS or not item.isascii():
                check_text(item, location=path(at))
        elif isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                shown = "/".join(path(at).split("/")[:4]) + "/..."
                msg = f"data is nested more than {MAX_DEPTH} levels deep"
                raise LimitExceededError(msg, location=shown)
            if len(item) > MAX_ITEMS:
                check_items(item, location=path(at))
            if isinstance(item, dict):
                for key, child in item.items():
                    key_text = str(key)
                    trail.append((at, "/" + _escape(key_text)))
                    if len(key_text) > MAX_TEXT_CHARS or not key_text.isascii():
                        check_text(key_text, location=path(at))
                    stack.append((child, depth + 1, len(trail) - 1))
            else:
                for index, child in enumerate(item):
                    if isinstance(child, dict | list | str):
                        trail.append((at, f"/{index}"))
                        stack.append((child, depth + 1, len(trail) - 1))


def _escape(token: str) -> str:
    # JSON Pointer (RFC 6901) escaping, so a key holding "/" cannot fake a path.
    return token.replace("~", "~0").replace("/", "~1")
