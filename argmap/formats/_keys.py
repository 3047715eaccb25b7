"""Readable, unique keys for imported elements, made in linear time.

Importers name elements after what they say: ``"The sky is grey."`` becomes
``the-sky-is-grey``. A key already taken gets the next free suffix (``.2``, ``.3``, ...);
the next suffix to try is remembered per stem, so 16,000 names that clean up to the
same key cost 16,000 steps, not 16,000² (a hostile file must not make import quadratic).
"""

from __future__ import annotations

import re
import unicodedata

from argmap._validate import KEY_RE, free_suffix

__all__ = ["KEY_RE", "Keys", "slug"]

_WORD = re.compile(r"[a-z0-9]+")
_MAX_WORDS = 6
_MAX_CHARS = 40


def slug(text: str, *, fallback: str) -> str:
    """A short key made of the first words of ``text`` (ASCII letters and digits).

    ``fallback`` is used when ``text`` has no such word (e.g. it is in Cyrillic), and in
    front of a slug that starts with a digit.

    >>> slug("The sky is grey -- and it's cold, very cold today!", fallback="claim")
    'the-sky-is-grey-and-it'
    >>> slug("1924: the letter", fallback="claim"), slug("Зиновьев", fallback="claim")
    ('claim-1924-the-letter', 'claim')
    >>> slug("Crème brûlée", fallback="claim")
    'creme-brulee'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _WORD.findall(folded.lower())[:_MAX_WORDS]
    key = ""
    for word in words:
        candidate = f"{key}-{word}" if key else word
        if key and len(candidate) > _MAX_CHARS:
            break
        key = candidate[:_MAX_CHARS]
    if not key:
        return fallback
    if not key[0].isalpha():
        key = f"{fallback}-{key}"
    return key


class Keys:
    """Hands out unique keys; see the module docstring."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}
        self.probes = 0  # suffixes tried: stays linear in the keys handed out

    def reserve(self, key: str) -> bool:
        """Take ``key`` as it is, if it is free; whether it was."""
        if key in self.taken:
            return False
        self.taken.add(key)
        return True

    def fresh(self, stem: str) -> str:
        """``stem`` if free, else ``stem.N`` with the smallest free ``N`` >= 2 not yet tried."""
        if self.reserve(stem):
            return stem
        start = self._next.get(stem, 2)
        n = free_suffix(stem, self.taken, start=start)
        self.probes += n - start
        self._next[stem] = n + 1
        key = f"{stem}.{n}"
        self.taken.add(key)
        return key

    def for_text(self, text: str, *, fallback: str) -> str:
        """A fresh key made from ``text`` (see :func:`slug`)."""
        return self.fresh(slug(text, fallback=fallback))

    def for_name(self, name: str, *, fallback: str) -> str:
        """``name`` itself when it is a valid free key, else a fresh slug of it."""
        if KEY_RE.match(name) and self.reserve(name):
            return name
        return self.for_text(name, fallback=fallback)
