""" "Did you mean ...?" hints for a name that is not among the known ones.

Every message that refuses a key, a semantics, a format or a scheme names the bad value
and what was expected; when the value is a near miss of a known name (a typo, a
different case, a dot where a dash belongs), the hint says which name was probably
meant, so the user fixes it in one step.

>>> did_you_mean("grounde", ["grounded", "preferred"])
"did you mean 'grounded'?"
>>> did_you_mean("zzz", ["grounded", "preferred"])
''
>>> hint("cook.forgry", ["cook.forgery", "cook.not_zinoviev"])
" (did you mean 'cook.forgery'?)"
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["close_matches", "did_you_mean", "hint"]

_CUTOFF = 0.6  # difflib's own default: catches typos, not unrelated names


def close_matches(value: str, choices: Iterable[str], *, limit: int = 3) -> list[str]:
    """The known names closest to ``value``, best first (case-insensitive), at most ``limit``.

    >>> close_matches("DF-QUAD", ["df-quad", "euler"])
    ['df-quad']
    """
    import difflib  # only a mistake needs it: not loaded on every start

    known = list(dict.fromkeys(str(c) for c in choices))
    by_folded: dict[str, str] = {}
    for name in known:
        by_folded.setdefault(name.casefold(), name)
    found = difflib.get_close_matches(str(value).casefold(), by_folded, n=limit, cutoff=_CUTOFF)
    return [by_folded[f] for f in found]


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """``"did you mean 'x'?"`` for the names close to ``value``, or ``""`` when none is."""
    similar = close_matches(value, choices)
    if not similar:
        return ""
    return f"did you mean {' or '.join(repr(s) for s in similar)}?"


def hint(value: str, choices: Iterable[str]) -> str:
    """:func:`did_you_mean` in parentheses after a space, ready to append; ``""`` when none."""
    text = did_you_mean(value, choices)
    return f" ({text})" if text else ""
