r"""Maps as Python modules: the format argmap maps are written in, both ways.

Reading runs the module (it is code, and trusted: see :func:`argmap.loader.load_map`).
Writing (:func:`dumps`) turns any map -- one imported from AIF, Argdown, JSON or a
Carneades graph -- back into an editable map module: one :class:`~argmap.MapBuilder`
call per element, in the map's order, with every field (sources with their text,
quotes with locators, notes, schemes, weights, answers to critical questions), and what
importers keep in ``meta`` as a literal. The code is laid out as ``ruff format`` lays it
out, and loading it gives a map equal to the one written.

>>> import argmap
>>> from argmap.formats.python import dumps
>>> b = argmap.MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> _ = b.argument("a1", [b.claim("rich", 'Tea is "rich" in antioxidants.')], tea)
>>> print(dumps(b.build()).split("\n", 2)[2], end="")
import argmap
<BLANKLINE>
b = argmap.MapBuilder("Tea")
<BLANKLINE>
# --- claims
b.claim("tea", "Tea is good for you.")
b.claim("rich", 'Tea is "rich" in antioxidants.')
<BLANKLINE>
# --- arguments
b.argument("a1", ["rich"], "tea")
<BLANKLINE>
MAP = b.build()
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from argmap._meta import thaw
from argmap.formats._format import Format
from argmap.formats._input import write_output
from argmap.loader import load_python
from argmap.map import ArgumentMap
from argmap.model import (
    Argument,
    Claim,
    Evidence,
    Objection,
    ObjectionKind,
    Party,
    QuestionAnswer,
    Quote,
    Source,
)

__all__ = ["FORMAT", "dump", "dumps"]

_WIDTH = 100  # the project's ruff line length
_INDENT = "    "


# --- Python literals and calls, laid out as ruff format lays them out ------------------------


@attrs.frozen
class _Call:
    """A call ``func(args..., name=value...)`` to lay out."""

    func: str
    args: tuple[Any, ...] = ()
    kwargs: tuple[tuple[str, Any], ...] = ()


@attrs.frozen
class _Raw:
    """Code written as it is (a name such as ``argmap.raised``)."""

    code: str


def _string(text: str) -> str:
    # ruff picks the quote that needs fewer escapes, double quotes on a tie.
    quote = "'" if text.count('"') > text.count("'") else '"'
    out = [quote]
    for ch in text:
        if ch == quote or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif not ch.isprintable() or "\ud800" <= ch <= "\udfff":
            code = ord(ch)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def _flat(value: Any) -> str:
    """``value`` as code on one line."""
    if isinstance(value, _Raw):
        return value.code
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, _Call):
        return f"{value.func}({', '.join(_items(value))})"
    if isinstance(value, Mapping):
        return "{" + ", ".join(_items(value)) + "}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(_items(value)) + "]"
    msg = f"cannot write {value!r} as Python"
    raise TypeError(msg)


def _parts(value: Any) -> tuple[str, str, list[tuple[str, Any]]] | None:
    """Opening, closing and items (prefix, value) of a bracketed value; None for atoms."""
    if isinstance(value, _Call):
        items = [("", a) for a in value.args] + [(f"{k}=", v) for k, v in value.kwargs]
        return f"{value.func}(", ")", items
    if isinstance(value, Mapping):
        return "{", "}", [(f"{_flat(k)}: ", v) for k, v in value.items()]
    if isinstance(value, Sequence) and not isinstance(value, str | _Raw):
        return "[", "]", [("", v) for v in value]
    return None


def _items(value: Any) -> list[str]:
    parts = _parts(value)
    assert parts is not None
    return [prefix + _flat(v) for prefix, v in parts[2]]


def _width(text: str) -> int:
    """The columns ``text`` takes, as ruff measures lines (Unicode's East Asian Width:
    wide and fullwidth characters take two columns, combining and format ones none)."""
    if text.isascii():
        return len(text)
    total = 0
    for ch in text:
        zero = unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
        if zero and ch != "\u00ad":  # (the soft hyphen is shown)
            continue
        if "\u1160" <= ch <= "\u11ff":  # Hangul medial vowels and final consonants
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _lay_out(value: Any, indent: str, head: str, tail: str) -> list[str]:
    """Lines for ``head + value + tail`` at ``indent``, split as ruff would."""
    one = f"{indent}{head}{_flat(value)}{tail}"
    parts = _parts(value)
    if _width(one) <= _WIDTH or parts is None or not parts[2]:
        return [one]
    opening, closing, items = parts
    inner = indent + _INDENT
    body = ", ".join(prefix + _flat(v) for prefix, v in items)
    # A call's arguments may stay together on their own line; a list or dict literal of
    # several items that must be split is one item per line (as ruff and black do).
    hug = isinstance(value, _Call) or len(items) == 1
    if hug and _width(inner + body) <= _WIDTH:
        return [f"{indent}{head}{opening}", inner + body, f"{indent}{closing}{tail}"]
    lines = [f"{indent}{head}{opening}"]
    for prefix, item in items:
        lines.extend(_lay_out(item, inner, prefix, ","))
    lines.append(f"{indent}{closing}{tail}")
    return lines


# --- elements as builder calls ------------------------------------------------------------


def _kwargs(**fields: Any) -> tuple[tuple[str, Any], ...]:
    """Keyword arguments, leaving out those at their default (None, False, empty)."""
    return tuple((k, v) for k, v in fields.items() if v is not None and v is not False and v != ())


def _quote(quote: Quote | None) -> _Call | None:
    if quote is None:
        return None
    return _Call("argmap.Quote", (quote.source, quote.text), _kwargs(locator=quote.locator))


def _party(party: Party) -> _Call:
    fields = _kwargs(role=party.role, description=party.description)
    return _Call("b.party", (party.key, party.name), fields)


def _source(source: Source) -> _Call:
    fields = _kwargs(
        author=source.author,
        date=source.date,
        publication=source.publication,
        url=source.url,
        text=source.text,
    )
    return _Call("b.source", (source.key, source.title), fields)


def _claim(claim: Claim) -> _Call:
    if claim.implicit:
        return _Call("b.implicit", (claim.key, claim.text), _kwargs(by=claim.by, note=claim.note))
    fields = _kwargs(by=claim.by, quote=_quote(claim.quote), note=claim.note)
    return _Call("b.claim", (claim.key, claim.text), fields)


def _evidence(evidence: Evidence) -> _Call:
    same = evidence.quote is not None and evidence.quote.text == evidence.text
    args = (evidence.key,) if same else (evidence.key, evidence.text)
    fields = _kwargs(
        quote=_quote(evidence.quote), source=evidence.source, by=evidence.by, note=evidence.note
    )
    return _Call("b.evidence", args, fields)


def _answer(answer: QuestionAnswer) -> _Call:
    return _Call("argmap.answered", (answer.answer,), _kwargs(by=answer.by, note=answer.note))


def _argument(argument: Argument) -> _Call:
    questions = {a.question: _answer(a) for a in argument.answers} or None
    fields = _kwargs(
        by=argument.by,
        scheme=argument.scheme,
        weight=argument.weight,
        label=argument.label,
        note=argument.note,
        questions=questions,
        text=argument.text,
        reconstructed=argument.reconstructed or None,
    )
    return _Call("b.argument", (argument.key, list(argument.premises), argument.conclusion), fields)


def _objection(objection: Objection) -> _Call:
    common = {
        "key": objection.key,
        "by": objection.by,
        "text": objection.text,
        "quote": _quote(objection.quote),
        "note": objection.note,
    }
    kind = objection.kind
    opposition = None if objection.opposition is None else objection.opposition.value
    if kind is ObjectionKind.REBUT:
        args = (objection.attacker, objection.target)
        return _Call("b.rebut", args, _kwargs(**common, opposition=opposition))
    if kind is ObjectionKind.UNDERMINE:
        args = (objection.attacker, objection.target)
        fields = _kwargs(argument=objection.argument, **common, opposition=opposition)
        return _Call("b.undermine", args, fields)
    if kind is ObjectionKind.UNDERCUT:
        return _Call("b.undercut", (objection.attacker, objection.target), _kwargs(**common))
    fields = _kwargs(attacker=objection.attacker, **common, question=objection.question)
    return _Call("b.challenge", (objection.target,), fields)


_HEADER = '"""An argument map, written by argmap; edit it like any map module."""'


def dumps(argument_map: ArgumentMap) -> str:
    """``argument_map`` as a Python map module (deterministic, ending in a newline).

    Parameters
    ----------
    argument_map:
        Any map.

    Returns
    -------
    str
        Code that builds the map with :class:`~argmap.MapBuilder` and publishes it as
        ``MAP``; :func:`argmap.load_map` on it gives a map equal to ``argument_map``.
    """
    m = argument_map
    lines = [_HEADER, "", "import argmap", ""]
    head = _kwargs(description=m.description, meta=thaw(m.meta) if m.meta else None)
    lines += _lay_out(_Call("argmap.MapBuilder", (m.title,), head), "", "b = ", "")
    sections: list[tuple[str, list[_Call]]] = [
        ("parties", [_party(p) for p in m.parties]),
        ("sources", [_source(s) for s in m.sources]),
        ("claims", [_claim(c) for c in m.claims]),
        ("evidence", [_evidence(e) for e in m.evidence]),
        ("arguments", [_argument(a) for a in m.arguments]),
        ("objections", [_objection(o) for o in m.objections]),
    ]
    for name, calls in sections:
        if calls:
            lines += ["", f"# --- {name}"]
            for call in calls:
                lines += _lay_out(call, "", "", "")
    lines += ["", "MAP = b.build()"]
    return "\n".join(lines) + "\n"


def dump(argument_map: ArgumentMap, path: str | os.PathLike[str]) -> None:
    """Write ``argument_map`` as a Python map module to ``path``, atomically.

    Raises
    ------
    WriteError
        If the file cannot be written; an existing file is then left as it was.
    """
    write_output(path, dumps(argument_map))


FORMAT = Format(
    "python",
    "Python",
    (".py",),
    "a map module defining MAP (reading runs the code)",
    load=load_python,
    dump=lambda argument_map, _target: dumps(argument_map),
)
"""Python map modules in the format registry: read by running, written by :func:`dumps`."""
