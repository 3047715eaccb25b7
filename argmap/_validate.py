"""The checks every layer shares: the key pattern, fresh keys, [0, 1] numbers, text.

Each rule is written once here; the model's attrs validators, the builder, the codecs,
the semantics and the renderer call it. Errors carry structured fields (``field``,
``owner``, ``key``; see :class:`argmap.errors.ArgmapError`) so that other code -- the
JSON codec pointing at the member at fault -- reads them instead of parsing messages.

>>> KEY_RE.match("cook.forgery") is not None, KEY_RE.match("2 words") is None
(True, True)
>>> unit(0.5, field="weight", owner="Argument")
0.5
>>> unit(1.5, field="weight", owner="Argument")
Traceback (most recent call last):
...
argmap.errors.InvalidValueError: weight of Argument must be in [0, 1], got 1.5
"""

from __future__ import annotations

import math
import re
from collections.abc import Container
from typing import Any

import attrs

from argmap._shown import shown
from argmap.errors import EvaluationError, InvalidKeyError, InvalidValueError

__all__ = [
    "KEY_PATTERN",
    "KEY_RE",
    "Rule",
    "boolean",
    "free_suffix",
    "fresh_key",
    "instance_of",
    "key",
    "key_problem",
    "text",
    "unencodable",
    "unit",
    "unit_rule",
]

KEY_PATTERN = r"[A-Za-z_][A-Za-z0-9_.\-]*"
"""What a key looks like: a letter or ``_``, then letters, digits, ``_``, ``-`` or ``.``
(the JSON Schema and the Hypothesis strategies are built from this string)."""
KEY_RE = re.compile(KEY_PATTERN + r"\Z")
_KEY_EXPECTED = "a letter or '_' followed by letters, digits, '_', '-' or '.'"

# A lone UTF-16 surrogate is a str Python allows but no UTF-8 file (JSON, SVG, HTML, a
# terminal) can hold: refused where the element is made, not where it is first written.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _of(field: str, owner: str | None) -> str:
    return field if owner is None else f"{field} of {owner}"


def key_problem(value: str, *, what: str, owner: str | None = None) -> str | None:
    """Why ``value`` is not a valid key, naming it ``what`` (of ``owner``); ``None`` if it is.

    >>> key_problem("cook.forgery", what="key")
    >>> key_problem("2 words", what="premise")
    "premise '2 words' is not valid: expected a letter or '_' followed by letters, digits, '_', '-' or '.'"
    """
    if KEY_RE.match(value):
        return None
    of = "" if owner is None else f" of {owner}"
    return f"{what} {shown(value)}{of} is not valid: expected {_KEY_EXPECTED}"


def unencodable(value: str, *, what: str) -> str | None:
    """Why ``value`` cannot be written as UTF-8 (a lone surrogate), or ``None`` if it can.

    ``what`` names the text in the message, e.g. ``"text of Claim"``.

    >>> unencodable("fine", what="text")
    >>> unencodable("bad \\ud800", what="text of Claim")
    "text of Claim holds a lone surrogate '\\\\ud800' at index 4, which no UTF-8 file can hold; expected valid Unicode text"
    """
    match = _SURROGATE_RE.search(value)
    if match is None:
        return None
    return (
        f"{what} holds a lone surrogate {match.group()!r} at index {match.start()}, which no "
        "UTF-8 file can hold; expected valid Unicode text"
    )


def unit(
    value: object,
    *,
    field: str,
    owner: str | None = None,
    key: str | None = None,
    optional: bool = False,
    what: str | None = None,
    error: type[InvalidValueError] | type[EvaluationError] = InvalidValueError,
) -> float | None:
    """``value`` as a float if it is a number in [0, 1]; the one [0, 1] check.

    ``field`` (of ``owner``) names the value on the error and, unless ``what`` does, in
    the message; ``None`` passes when ``optional``. ``error`` is the class raised: an
    option of an evaluation raises :class:`~argmap.errors.EvaluationError`. Integers are compared as they are: ``math.isfinite`` would
    overflow on a 5000-digit one.

    Raises
    ------
    InvalidValueError
        If ``value`` is not a real number (bools are not) or lies outside [0, 1]
        (``error`` if given).

    >>> unit(None, field="strength", optional=True) is None
    True
    >>> unit(True, field="strength")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: strength must be a number in [0, 1], got True
    """
    if value is None and optional:
        return None
    where = what or _of(field, owner)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not number or (isinstance(value, float) and not math.isfinite(value)):
        alternative = " or None" if optional else ""
        msg = f"{where} must be a number in [0, 1]{alternative}, got {shown(value)}"
        raise error(msg, field=field, owner=owner, key=key)
    if not 0 <= value <= 1:  # type: ignore[operator]
        msg = f"{where} must be in [0, 1], got {shown(value)}"
        raise error(msg, field=field, owner=owner, key=key)
    return float(value)  # type: ignore[arg-type]


def fresh_key(stem: str, taken: Container[str], *, start: int = 2) -> str:
    """``stem`` if it is not ``taken``, else ``stem.N`` for the first free ``N >= start``.

    The one way argmap makes a key up (the builder's challenges and objections, what-if
    changes, the importers).

    >>> fresh_key("rebut.a.b", {"rebut.a.b", "rebut.a.b.2"})
    'rebut.a.b.3'
    """
    if stem not in taken:
        return stem
    return f"{stem}.{free_suffix(stem, taken, start=start)}"


def free_suffix(stem: str, taken: Container[str], *, start: int = 2) -> int:
    """The first ``N >= start`` with ``stem.N`` not ``taken``: a caller that remembers
    where it stopped per stem (the importers' key maker) stays linear.

    >>> free_suffix("c", {"c", "c.2"})
    3
    """
    n = start
    while f"{stem}.{n}" in taken:
        n += 1
    return n


# --- attrs validators ----------------------------------------------------------------------


def _element_key(instance: object) -> str | None:
    # The element's own key, when it has been set already (attrs validates in field order).
    found = getattr(instance, "key", None)
    return found if isinstance(found, str) else None


@attrs.frozen
class Rule:
    """An attrs validator that says which rule it applies.

    ``name`` is ``"key"``, ``"text"``, ``"unit"``, ``"bool"`` or ``"instance"``; the JSON
    codec reads it to publish the same rule in the schema.
    """

    name: str
    optional: bool = False
    cls: type | None = None

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and self.optional:
            return
        owner = type(instance).__name__
        field = attribute.name
        where = _of(field, owner)
        context: dict[str, Any] = {"field": field, "owner": owner, "key": _element_key(instance)}
        if self.name == "unit":
            unit(value, **context)
            return
        if self.name == "bool":
            if not isinstance(value, bool):
                msg = f"{where} must be True or False, got {shown(value)}"
                raise InvalidValueError(msg, **context)
            return
        if self.name == "instance":
            assert self.cls is not None
            if not isinstance(value, self.cls):
                alternative = " or None" if self.optional else ""
                msg = f"{where} must be a {self.cls.__name__}{alternative}, got {shown(value)}"
                raise InvalidValueError(msg, **context)
            return
        if not isinstance(value, str):
            msg = f"{where} must be a str, got {shown(value)}"
            raise InvalidValueError(msg, **context)
        if self.name == "key":
            problem = key_problem(value, what=field, owner=owner)
            if problem is not None:
                raise InvalidKeyError(problem, field=field, owner=owner, key=value)
            return
        if not value.strip():
            msg = f"{where} must not be empty or blank, got {shown(value)}"
            raise InvalidValueError(msg, **context)
        problem = unencodable(value, what=where)
        if problem is not None:
            raise InvalidValueError(problem, **context)


def key(*, optional: bool = False) -> Rule:
    """Validator: a str matching :data:`KEY_RE` (or ``None`` when ``optional``)."""
    return Rule("key", optional)


def text(*, optional: bool = False) -> Rule:
    """Validator: a non-blank str that UTF-8 can hold (or ``None`` when ``optional``)."""
    return Rule("text", optional)


def unit_rule(*, optional: bool = False) -> Rule:
    """Validator: a number in [0, 1] (see :func:`unit`)."""
    return Rule("unit", optional)


def boolean() -> Rule:
    """Validator: ``True`` or ``False``, nothing else truthy."""
    return Rule("bool")


def instance_of(cls: type, *, optional: bool = False) -> Rule:
    """Validator: an instance of ``cls`` (or ``None`` when ``optional``)."""
    return Rule("instance", optional, cls)
