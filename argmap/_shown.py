"""Values shown in error messages: short, and never an error themselves.

Messages name the bad value (``got {shown(value)}``). A value from a hostile or buggy
map may be huge (a claim text of a million characters), impossible to print (an integer
of more digits than Python converts to text, which raises ``ValueError``) or carry a
broken ``__repr__``; :func:`shown` turns any of them into a short, safe description.
"""

from __future__ import annotations

__all__ = ["shown"]

_LIMIT = 200
# Python refuses to print ints of more than 4300 digits; stay well below.
_MAX_INT_BITS = 10_000


def shown(value: object, *, limit: int = _LIMIT) -> str:
    """``repr(value)``, cut to ``limit`` characters, or a description if it cannot be made.

    >>> shown("tea")
    "'tea'"
    >>> shown(10**5000)
    'an int of 5001 digits'
    >>> shown("x" * 500, limit=10)
    "'xxxxxxxxx... (502 characters in all)"
    """
    if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
        return f"an int of {_digits(value)} digits"
    try:
        text = repr(value)
    except Exception:  # a broken __repr__ must not hide the error being reported
        return f"a {type(value).__name__} that cannot be shown"
    if len(text) > limit:
        return f"{text[:limit]}... ({len(text)} characters in all)"
    return text


def _digits(value: int) -> int:
    # Exact without converting to text: compare against a power of ten near the estimate.
    magnitude = abs(value)
    estimate = int(magnitude.bit_length() * 0.30102999566398120)  # log10(2)
    return estimate + 1 if magnitude >= 10**estimate else estimate
